/**
 * The year's progress (DOMAIN.md section 13): each unit's valid count (section 2) at every month end of A's
 * year up to A, and at A, from one pass over the enterprises rather than one analysis per date. Most
 * enterprises count under one unit over one stretch of days in the year (their latest certificate at A,
 * from its issue date to its last valid day or revocation): that stretch is a range of dates, added to a
 * difference array in two writes. Only enterprises that moved, or got a further certificate during the
 * year, are evaluated date by date. Where a unit's count fell from one date to the next, the enterprises
 * that left it are named with the reason.
 */
import { serialFromYmd, yearOfSerial } from "../core/dates";
import { grown } from "../core/typedColumns";
import { type Enterprises, NONE } from "../enterprise/enterprises";
import { NO_SERIAL, type RecordTable } from "../enterprise/recordTable";
import type { Fall, FallEnterprise, FallReason, ProgressPoint, Serial } from "../core/types";
import { progressDates } from "./monthEnds";
import { lazyList } from "../core/lazyList";
import { RowTexts } from "../enterprise/rowTexts";

export interface ProgressInput {
  t: RecordTable;
  ent: Enterprises;
  /** Per enterprise, its latest certificate issued on or before A (NONE when none). */
  latestAtAsOf: Int32Array;
  asOf: Serial;
  lastValid: (issue: Serial) => Serial;
  units: readonly string[];
  /** The year's target of each unit (null without one), and of the district. */
  targets: readonly (number | null)[];
  totalTarget: number | null;
  /** The unit (index into `units`) of a certificate row. */
  unitOfRow: (row: number) => number;
}

export interface YearProgress {
  progress: ProgressPoint[];
  falls: Fall[];
}

const REASONS: readonly FallReason[] = ["revoked", "moved-out", "lapsed", "unit-change"];
const REVOKED = 0;
const MOVED_OUT = 1;
const LAPSED = 2;
const UNIT_CHANGE = 3;

/**
 * Who left a unit between date k-1 and date k, as parallel typed columns grown by doubling: a year's
 * lapses on a large roster are a hundred thousand drops, and five growing arrays of boxed numbers cost
 * more than the pass that finds them.
 */
class Drops {
  length = 0;
  bucket = new Int32Array(1024);
  row = new Int32Array(1024);
  reason = new Uint8Array(1024);
  /** The day of the cause; Infinity when none is known by that date. */
  on = new Float64Array(1024);
  /** The unit moved to (UNIT_CHANGE), else -1. */
  toUnit = new Int32Array(1024);
  add(bucket: number, row: number, reason: number, on: Serial, toUnit: number): void {
    const i = this.length;
    if (i === this.bucket.length) this.grow();
    this.bucket[i] = bucket;
    this.row[i] = row;
    this.reason[i] = reason;
    this.on[i] = on;
    this.toUnit[i] = toUnit;
    this.length = i + 1;
  }
  private grow(): void {
    const n = this.bucket.length * 2;
    this.bucket = grown(this.bucket, n);
    this.row = grown(this.row, n);
    this.reason = grown(this.reason, n);
    this.on = grown(this.on, n);
    this.toUnit = grown(this.toUnit, n);
  }
}

const completionOf = (valid: number, target: number | null): number | null =>
  target === null || target === 0 ? null : valid / target;

/** Month-end valid counts of A's year per unit and in total, and the falls between them. */
export function yearProgress(input: ProgressInput): YearProgress {
  const { t, ent, latestAtAsOf, asOf, lastValid, units, unitOfRow } = input;
  const issueOf = t.issue;
  const { head, next, moves } = ent;
  // Date 0 is the previous year end: January's fall is measured from it, as the net increase is.
  const base = serialFromYmd(yearOfSerial(asOf), 1, 1) - 1;
  const dates = [base, ...progressDates(asOf)];
  const K = dates.length;
  const U = units.length;
  // The index of the first date on or after each day of the year up to A.
  const firstOnOrAfter = new Uint8Array(asOf - base + 1);
  for (let k = 0, s = base; s <= asOf; s++) {
    while (dates[k] < s) k++;
    firstOnOrAfter[s - base] = k;
  }
  const dateIndex = (s: Serial): number =>
    s <= base ? 0 : s > asOf ? K : firstOnOrAfter[s - base];
  // Per unit, a difference array over the dates: +1 where a stretch starts, -1 after it ends.
  const W = K + 1;
  const diff = new Int32Array(U * W);
  const drops = new Drops();

  const latestMoveOut = (e: number, d: Serial): Serial => {
    let best = NO_SERIAL;
    for (let i = head[e]; i !== NONE; i = next[i]) {
      const m = t.moveOut[i];
      if (m !== NO_SERIAL && m <= d && m > best) best = m;
    }
    return best;
  };

  // An enterprise whose unit or presence may change during the year, evaluated at each date.
  const dateByDate = (e: number, a: number): void => {
    const issueA = issueOf[a];
    let before = -1;
    let beforeRow = NONE;
    for (let k = 0; k < K; k++) {
      const d = dates[k];
      const c = d >= issueA ? a : ent.latestAt(e, d);
      // A revocation reaches the certificate it was made against, not a later one (enterprises.ts).
      const revoked = c === NONE ? Infinity : ent.revokedFrom(e, issueOf[c]);
      const u =
        c !== NONE && lastValid(issueOf[c]) >= d && revoked > d && ent.inDistrict(e, d)
          ? unitOfRow(c)
          : -1;
      if (u >= 0) {
        diff[u * W + k]++;
        diff[u * W + k + 1]--;
      }
      if (before >= 0 && u !== before) {
        const bucket = k * U + before;
        if (u >= 0) drops.add(bucket, beforeRow, UNIT_CHANGE, issueOf[c], u);
        else {
          // Several causes in one month: the one that came first.
          let reason = LAPSED;
          let on = lastValid(issueOf[c]);
          if (on >= d) on = Infinity;
          const out = ent.inDistrict(e, d) ? NO_SERIAL : latestMoveOut(e, d);
          if (out !== NO_SERIAL && out <= on) [reason, on] = [MOVED_OUT, out];
          if (revoked <= d && revoked <= on) [reason, on] = [REVOKED, revoked];
          drops.add(bucket, beforeRow, reason, on, -1);
        }
      }
      before = u;
      beforeRow = c;
    }
  };

  for (let e = 0; e < ent.count; e++) {
    const a = latestAtAsOf[e];
    if (a === NONE) continue;
    const issueA = issueOf[a];
    if (moves[e] || (issueA > base && (head[e] !== a || next[a] !== NONE))) {
      dateByDate(e, a);
      continue;
    }
    // One certificate over the whole year: counted from its issue to its last valid day or revocation.
    const lv = lastValid(issueA);
    const revoked = ent.revokedFrom(e, issueA);
    const end = revoked <= lv ? revoked - 1 : lv;
    if (end < base) continue;
    const from = dateIndex(issueA);
    const to = dateIndex(end + 1) - 1;
    if (to < from) continue;
    const u = unitOfRow(a);
    diff[u * W + from]++;
    diff[u * W + to + 1]--;
    if (to + 1 < K)
      drops.add(
        (to + 1) * U + u,
        a,
        revoked <= lv ? REVOKED : LAPSED,
        revoked <= lv ? revoked : lv,
        -1
      );
  }

  // Counts per unit and date, from the difference arrays.
  const count = new Int32Array(U * K);
  for (let u = 0; u < U; u++) {
    let run = 0;
    for (let k = 0; k < K; k++) count[u * K + k] = run += diff[u * W + k];
  }
  const progress: ProgressPoint[] = [];
  for (let k = 1; k < K; k++) {
    let valid = 0;
    const perUnit = units.map((unit, u) => {
      const n = count[u * K + k];
      valid += n;
      return { unit, valid: n, completion: completionOf(n, input.targets[u]) };
    });
    progress.push({
      date: dates[k],
      valid,
      completion: completionOf(valid, input.totalTarget),
      units: perUnit,
    });
  }
  return { progress, falls: fallsOf(t, ent, drops, count, dates, units) };
}

/**
 * Indexes of the drops `keep` accepts, by bucket then row. A year's lapses in a large roster are a hundred
 * thousand drops: they are sorted as one number each (bucket, row and index packed into a double, exact
 * below 2^53) by the typed array's own numeric sort, not by a comparator called per pair.
 */
function keptInOrder(
  drops: Drops,
  keep: (bucket: number) => boolean,
  buckets: number,
  rows: number
): number[] {
  const n = drops.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (keep(drops.bucket[i])) idx.push(i);
  if (buckets * rows * n >= 2 ** 53)
    return idx.sort((x, y) => drops.bucket[x] - drops.bucket[y] || drops.row[x] - drops.row[y]);
  // Plain loops: TypedArray.from and Array.from with a mapping function go through the iterator
  // protocol, about ten times slower for a hundred thousand items.
  const packed = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    packed[k] = (drops.bucket[i] * rows + drops.row[i]) * n + i;
  }
  packed.sort();
  for (let k = 0; k < idx.length; k++) idx[k] = packed[k] % n;
  return idx;
}

/** The falls, by date then unit (table order); each with the enterprises that left, in reading order. */
function fallsOf(
  t: RecordTable,
  ent: Enterprises,
  drops: Drops,
  count: Int32Array,
  dates: Serial[],
  units: readonly string[]
): Fall[] {
  const K = dates.length;
  const U = units.length;
  const fell = (bucket: number): boolean => {
    const k = Math.floor(bucket / U);
    const u = bucket % U;
    return count[u * K + k] < count[u * K + k - 1];
  };
  // Only the drops of units that fell, grouped by bucket, each group in reading order (rows are).
  const kept = keptInOrder(drops, fell, K * U, t.length);
  const falls: Fall[] = [];
  const fallBucket: number[] = [];
  for (let k = 1; k < K; k++) {
    for (let u = 0; u < U; u++) {
      if (count[u * K + k] < count[u * K + k - 1]) {
        fallBucket.push(k * U + u);
        falls.push({
          unit: units[u],
          from: dates[k - 1],
          date: dates[k],
          before: count[u * K + k - 1],
          after: count[u * K + k],
          enterprises: [],
        });
      }
    }
  }
  // Each fall's enterprises, made when read, from the rows' texts copied in the order kept (by bucket,
  // then reading order within one).
  const keptRows = new Int32Array(kept.length);
  for (let j = 0; j < kept.length; j++) keptRows[j] = drops.row[kept[j]];
  const texts = new RowTexts(t, keptRows, ent);
  const enterprise = (j: number): FallEnterprise => {
    const i = kept[j];
    const item: FallEnterprise = texts.item(j, {
      reason: REASONS[drops.reason[i]],
      on: drops.on[i],
    });
    if (drops.toUnit[i] >= 0) item.toUnit = units[drops.toUnit[i]];
    return item;
  };
  // Falls and kept drops are both in bucket order, and every kept drop's bucket has its fall.
  let j = 0;
  falls.forEach((fall, f) => {
    const from = j;
    while (j < kept.length && drops.bucket[kept[j]] === fallBucket[f]) j++;
    fall.enterprises = lazyList(j - from, (m) => enterprise(from + m));
  });
  return falls;
}
