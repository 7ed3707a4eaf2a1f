/**
 * Enterprise identity (DOMAIN.md section 2): rows with the same credit code are one enterprise; a row
 * without a code joins the enterprise with the same normalised name, else forms one by its name.
 */
import { EMPTY_HASH, RecordTable } from "./recordTable";
import { StringIndex } from "./stringIndex";
import { normaliseName } from "./text";
import type { CertRecord } from "./types";

export interface Identities {
  /** Enterprise index of each record (0-based, in order of first appearance). */
  enterpriseOf: Int32Array;
  /** Number of enterprises. */
  count: number;
  /** Each enterprise's identity key: "C:" + credit code, or "N:" + normalised name. */
  keyOf(enterprise: number): string;
}

/**
 * Numbers the enterprises of a table's rows in reading order. A name-only row takes the code of the
 * first row in reading order with that name and a code. Same codes are found first (firstRowOfCode);
 * one pass in reading order then numbers them, reading per row only its own slots and, for a repeated
 * code, its first row's slot.
 */
export function identifyTable(t: RecordTable): Identities {
  const n = t.length;
  const { creditCode, name, codeHash, nameHash } = t;
  const coded = (i: number): boolean => codeHash[i] !== EMPTY_HASH || creditCode[i] !== "";

  // Normalised names of rows without a code, and for each the first coded row with that name.
  const codeless = new StringIndex();
  for (let i = 0; i < n; i++) if (!coded(i)) codeless.intern(normaliseName(name[i]), nameHash[i]);
  const codeRowOfName = new Int32Array(codeless.size).fill(-1);
  if (codeless.size > 0) {
    for (let i = 0; i < n; i++) {
      if (!coded(i) || !codeless.hasHash(nameHash[i])) continue;
      const k = codeless.get(normaliseName(name[i]), nameHash[i]);
      if (k >= 0 && codeRowOfName[k] < 0) codeRowOfName[k] = i;
    }
  }

  // first[i]: a coded row's first row with its code (itself when it is the first); once that first row
  // has an enterprise e, its own slot holds ASSIGNED - e instead. UNCODED for a row without a code.
  const first = firstRowOfCode(t, coded);
  // Enterprise -> the row whose credit code is its key (>= 0), or ~ its name's id in codeless.
  const keyRef = new Int32Array(n);
  const enterpriseOfName = new Int32Array(codeless.size).fill(-1);
  const enterpriseOf = new Int32Array(n);
  let count = 0;
  const enterpriseOfCode = (row: number): number => {
    const r = first[row];
    if (r <= ASSIGNED) return ASSIGNED - r;
    const f = first[r];
    if (f <= ASSIGNED) return ASSIGNED - f;
    keyRef[count] = r;
    first[r] = ASSIGNED - count;
    return count++;
  };
  for (let i = 0; i < n; i++) {
    if (first[i] !== UNCODED) {
      enterpriseOf[i] = enterpriseOfCode(i);
      continue;
    }
    const nameId = codeless.get(normaliseName(name[i]), nameHash[i]);
    const codeRow = codeRowOfName[nameId];
    if (codeRow >= 0) {
      enterpriseOf[i] = enterpriseOfCode(codeRow);
      continue;
    }
    if (enterpriseOfName[nameId] < 0) {
      enterpriseOfName[nameId] = count;
      keyRef[count++] = ~nameId;
    }
    enterpriseOf[i] = enterpriseOfName[nameId];
  }
  return {
    enterpriseOf,
    count,
    keyOf: (e) =>
      keyRef[e] >= 0 ? "C:" + creditCode[keyRef[e]] : "N:" + codeless.keys[~keyRef[e]],
  };
}

/** In firstRowOfCode's result: a row without a code. */
const UNCODED = -1;
/** In firstRowOfCode's result, a first row whose enterprise e is known holds ASSIGNED - e. */
const ASSIGNED = -2;
/** Rows per group in firstRowOfCode: a group's probe table then stays within the fast caches. */
const GROUP_ROWS = 2048;

/**
 * For each coded row, the first row in reading order with the same credit code text; UNCODED for the rest.
 * One table probed in reading order would be read at random across megabytes, and on a large table each
 * such read waits on memory (hundreds of nanoseconds a read measured here, against tens within a few
 * megabytes). So rows are first split by the top bits of their mixed code hash into groups of about
 * GROUP_ROWS, kept in reading order within each group, and each group is matched in a small table that
 * is reused. Texts are compared only when mixed hashes agree (mix is one-to-one on 32 bits).
 */
function firstRowOfCode(t: RecordTable, coded: (i: number) => boolean): Int32Array {
  const n = t.length;
  const { codeHash, creditCode } = t;
  const first = new Int32Array(n).fill(UNCODED);
  const bits = Math.max(0, Math.ceil(Math.log2(n / GROUP_ROWS)));
  // x >>> 32 is x in JavaScript, so one group is its own case.
  const groupOf = (m: number): number => (bits === 0 ? 0 : m >>> (32 - bits));
  const groups = 2 ** bits;

  const start = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) if (coded(i)) start[groupOf(mix(codeHash[i])) + 1]++;
  let largest = 0;
  for (let g = 0; g < groups; g++) {
    largest = Math.max(largest, start[g + 1]);
    start[g + 1] += start[g];
  }
  // Each group's rows, in reading order, with their mixed hashes beside them.
  const rowAt = new Int32Array(start[groups]);
  const mixedAt = new Int32Array(start[groups]);
  const fill = start.slice(0, groups);
  for (let i = 0; i < n; i++) {
    if (!coded(i)) continue;
    const m = mix(codeHash[i]);
    const k = fill[groupOf(m)]++;
    rowAt[k] = i;
    mixedAt[k] = m;
  }

  let size = 16;
  while (size < largest * 2) size *= 2;
  const mask = size - 1;
  // Slot s: [3s] = 1 + the group that filled it (so the table needs no clearing), [3s + 1] = mixed hash,
  // [3s + 2] = row.
  const slots = new Int32Array(size * 3);
  for (let g = 0; g < groups; g++) {
    const stamp = g + 1;
    for (let k = start[g]; k < start[g + 1]; k++) {
      const i = rowAt[k];
      const m = mixedAt[k];
      let s = m & mask;
      for (; slots[3 * s] === stamp; s = (s + 1) & mask) {
        const r = slots[3 * s + 2];
        if (slots[3 * s + 1] === m && creditCode[r] === creditCode[i]) break;
      }
      if (slots[3 * s] !== stamp) {
        slots[3 * s] = stamp;
        slots[3 * s + 1] = m;
        slots[3 * s + 2] = i;
      }
      first[i] = slots[3 * s + 2];
    }
  }
  return first;
}

/** A 32-bit hash with its bits spread over all 32 (groups come from the top, slots from the bottom). */
function mix(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Numbers the enterprises of `records` (in the given order) and fills each record's `key`. */
export function assignIdentities(records: CertRecord[]): Identities {
  const ids = identifyTable(RecordTable.fromRecords(records));
  records.forEach((r, i) => (r.key = ids.keyOf(ids.enterpriseOf[i])));
  return ids;
}
