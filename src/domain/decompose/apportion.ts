/**
 * Whole numbers in proportion to weights that add up exactly to a total, by the largest-remainder method,
 * with a lower bound per part (docs/rules.md section 9). Used by the target decomposition.
 */

/** The split: one whole number per weight; `feasible` false when the floors add up to more than the total. */
export interface Apportionment {
  values: number[];
  feasible: boolean;
}

/**
 * Splits `total` over `indexes` in proportion to `weights` (equal parts when their weights are all 0) and
 * writes the parts into `out`: each gets the whole part of its quota, and what is left goes one by one to
 * the largest remainders; ties go to the larger `bases`, then to the earlier index. Remainders are compared
 * as `total x weight - part x sum`, exact for whole weights (the usual case: counts and targets).
 */
function largestRemainder(
  total: number,
  indexes: number[],
  weights: readonly number[],
  bases: readonly number[],
  out: number[]
): void {
  if (indexes.length === 0) return;
  let sum = 0;
  for (const i of indexes) sum += weights[i];
  const weightOf = sum > 0 ? (i: number): number => weights[i] : (): number => 1;
  if (sum <= 0) sum = indexes.length;
  const rest: number[] = [];
  let given = 0;
  for (const i of indexes) {
    const scaled = total * weightOf(i);
    const part = Math.floor(scaled / sum);
    out[i] = part;
    rest[i] = scaled - part * sum;
    given += part;
  }
  // Whole weights give exact remainders; fractional ones leave rounding noise, so near-equal is a tie.
  const exact = Number.isInteger(total) && indexes.every((i) => Number.isInteger(weightOf(i)));
  const tie = exact ? 0 : sum * 1e-9;
  const order = indexes.slice().sort((a, b) => {
    const d = rest[b] - rest[a];
    if (Math.abs(d) > tie) return d;
    return bases[b] - bases[a] || a - b;
  });
  const left = Math.max(0, Math.min(order.length, total - given));
  for (let k = 0; k < left; k++) out[order[k]]++;
}

/**
 * Whole parts of `total` in proportion to `weights`, each at least its floor (floors are whole numbers),
 * adding up exactly to `total`. Floors come first: a part whose quota falls below its floor is fixed at
 * the floor and the rest of the total is split again over the others, until no quota falls below its
 * floor. When the floors add up to more than the total they cannot all be met: the total is then split in
 * proportion to the floors (never more than the total) and `feasible` is false. Ties: larger base, then
 * the earlier index. Deterministic: the same input always gives the same parts.
 */
export function apportion(
  total: number,
  weights: readonly number[],
  floors: readonly number[],
  bases: readonly number[]
): Apportionment {
  const n = weights.length;
  const values = new Array<number>(n).fill(0);
  const all = Array.from({ length: n }, (_, i) => i);
  const floorSum = floors.reduce((s, f) => s + f, 0);
  if (floorSum > total || (n === 0 && total > 0)) {
    largestRemainder(total, all, floors, bases, values);
    return { values, feasible: false };
  }
  const fixed = new Array<boolean>(n).fill(false);
  let free = all;
  let rest = total;
  for (;;) {
    let sum = 0;
    for (const i of free) sum += weights[i];
    const weightOf = sum > 0 ? (i: number): number => weights[i] : (): number => 1;
    if (sum <= 0) sum = free.length;
    // quota < floor, written without division so that whole numbers compare exactly.
    const below = free.filter((i) => rest * weightOf(i) < floors[i] * sum);
    if (below.length === 0) break;
    for (const i of below) {
      fixed[i] = true;
      values[i] = floors[i];
      rest -= floors[i];
    }
    free = free.filter((i) => !fixed[i]);
  }
  largestRemainder(rest, free, weights, bases, values);
  return { values, feasible: true };
}
