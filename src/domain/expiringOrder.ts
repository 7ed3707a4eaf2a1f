/**
 * The expiring list's order (unit in table order, then last valid day, then name) for up to a million
 * items. A comparator sort reads two names per comparison, n log n reads of strings scattered over a
 * large heap; here numbers are sorted natively and names read only where unit and day tie.
 */

/** Positions below this fit beside a (unit, day) pair in one exact Float64 key. */
const POSITION_LIMIT = 2 ** 21;
const UNIT_LIMIT = 512;
const DAY_LIMIT = 2 ** 22;

/**
 * Positions 0..n-1 ordered by unit, then day, then name, ties kept in position order (what a stable
 * comparator sort gives). Unit and day are packed with the position into one number per item and sorted
 * by the typed array's native sort; names are compared only within runs of equal unit and day, where
 * the comparator reads a few dozen names instead of every name log n times (each read can miss the
 * cache on a large heap).
 */
export function sortByUnitDayName(unit: ArrayLike<number>, day: ArrayLike<number>, nameOf: (k: number) => string): Int32Array {
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
    packable = Number.isInteger(u) && u >= 0 && u < UNIT_LIMIT && Number.isInteger(d) && d >= 0 && d < DAY_LIMIT;
  }
  if (!packable) {
    const all = Array.from({ length: n }, (_, k) => k);
    all.sort((x, y) => unit[x] - unit[y] || day[x] - day[y] || byName(x, y));
    return Int32Array.from(all);
  }
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (unit[k] * DAY_LIMIT + day[k]) * POSITION_LIMIT + k;
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k] % POSITION_LIMIT;
  for (let start = 0; start < n; ) {
    const group = Math.floor(keys[start] / POSITION_LIMIT);
    let end = start + 1;
    while (end < n && Math.floor(keys[end] / POSITION_LIMIT) === group) end++;
    if (end - start > 1) {
      // Array.prototype.sort is stable, and the run is in position order: equal names keep it.
      const run = Array.from(order.subarray(start, end)).sort(byName);
      order.set(run, start);
    }
    start = end;
  }
  return order;
}
