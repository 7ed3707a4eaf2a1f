/**
 * The expiring list's order (unit in table order, then last valid day, then name) for up to a million
 * items. A comparator sort reads two names per comparison, n log n reads of strings scattered over a
 * large heap; here numbers are sorted natively, and where unit and day tie, names are compared by
 * numbers read from each name once.
 */
import { Scratch } from "../core/scratch";

/** Positions below this fit beside a (unit, day) pair in one exact Float64 key. */
const POSITION_LIMIT = 2 ** 21;
const UNIT_LIMIT = 512;
const DAY_LIMIT = 2 ** 22;
/** A name's first NAME_KEYS * 3 code units, as NAME_KEYS numbers (3 code units of 17 bits each). */
const NAME_KEYS = 4;
/** Runs of equal unit and day up to this long are sorted by insertion, without an array of their own. */
const SHORT_RUN = 32;

/**
 * Writes numbers for the start of `name` to keys[at..at + NAME_KEYS - 1] that order as the names do under
 * JavaScript's <: each code unit c becomes the digit c + 1, a position past the end the digit 0 (a name
 * that is the start of another comes first). Names whose keys all agree are compared as text.
 */
function writeNameKeys(name: string, keys: Float64Array, at: number): void {
  for (let j = 0; j < NAME_KEYS; j++) {
    let key = 0;
    for (let c = 3 * j; c < 3 * j + 3; c++)
      key = key * 131072 + (c < name.length ? name.charCodeAt(c) + 1 : 0);
    keys[at + j] = key;
  }
}

/**
 * Positions 0..n-1 ordered by unit, then day, then name, ties kept in position order (what a stable
 * comparator sort gives). Unit and day are packed with the position into one number per item and sorted
 * by the typed array's native sort; names are compared only within runs of equal unit and day, by
 * numbers taken from each name's first code units (writeNameKeys), and as text only where those agree.
 * A comparator over the names themselves would read them from all over a large heap, each read a
 * likely cache miss, a dozen times per name.
 */
export function sortByUnitDayName(
  unit: ArrayLike<number>,
  day: ArrayLike<number>,
  nameOf: (k: number) => string,
  scratch = new Scratch()
): Int32Array {
  const n = unit.length;
  const byName = (x: number, y: number): number => {
    const a = nameOf(x);
    const b = nameOf(y);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  let packable = n < POSITION_LIMIT;
  for (let k = 0; packable && k < n; k++) {
    const u = unit[k];
    const d = day[k];
    packable =
      Number.isInteger(u) &&
      u >= 0 &&
      u < UNIT_LIMIT &&
      Number.isInteger(d) &&
      d >= 0 &&
      d < DAY_LIMIT;
  }
  if (!packable) {
    const all = Array.from({ length: n }, (_, k) => k);
    all.sort((x, y) => unit[x] - unit[y] || day[x] - day[y] || byName(x, y));
    return Int32Array.from(all);
  }
  const keys = scratch.float64(n);
  for (let k = 0; k < n; k++) keys[k] = (unit[k] * DAY_LIMIT + day[k]) * POSITION_LIMIT + k;
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k] % POSITION_LIMIT;
  // Each name is read once, in position order (on a large heap, the order it was read in), for its keys.
  const nameKeys = scratch.float64(n * NAME_KEYS);
  for (let k = 0; k < n; k++) writeNameKeys(nameOf(k), nameKeys, k * NAME_KEYS);
  const byNameKeys = (x: number, y: number): number => {
    for (let j = 0; j < NAME_KEYS; j++) {
      const d = nameKeys[x * NAME_KEYS + j] - nameKeys[y * NAME_KEYS + j];
      if (d !== 0) return d;
    }
    return byName(x, y);
  };
  for (let start = 0; start < n;) {
    const group = Math.floor(keys[start] / POSITION_LIMIT);
    let end = start + 1;
    while (end < n && Math.floor(keys[end] / POSITION_LIMIT) === group) end++;
    if (end - start > SHORT_RUN) {
      // Array.prototype.sort is stable, and the run is in position order: equal names keep it.
      const run = Array.from(order.subarray(start, end)).sort(byNameKeys);
      order.set(run, start);
    } else if (end - start > 1) {
      // A short run (the usual one: a unit's certificates ending on one day) sorted in place by
      // insertion, stable as well: an item moves only past items whose names are greater.
      for (let a = start + 1; a < end; a++) {
        const item = order[a];
        let b = a;
        while (b > start && byNameKeys(order[b - 1], item) > 0) {
          order[b] = order[b - 1];
          b--;
        }
        order[b] = item;
      }
    }
    start = end;
  }
  scratch.done(keys, nameKeys);
  return order;
}
