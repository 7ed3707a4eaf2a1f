/**
 * Enterprise identity (docs/rules.md section 2): rows with the same credit code are one enterprise; a row
 * without a code joins the enterprise with the same normalised name, else forms one by its name.
 */
import { EMPTY_HASH, RecordTable } from "./recordTable";
import { CODE_WORDS, UNPACKED, creditCodeHash } from "./packedCode";
import { hashText, StringIndex } from "../core/stringIndex";
import { normaliseName } from "../core/text";
import { Scratch } from "../core/scratch";
import type { CertRecord } from "../core/types";

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
 * code, its first row's slot. The arrays come from `scratch`: the result, keyOf too, lasts until its
 * release.
 */
export function identifyTable(t: RecordTable, scratch = new Scratch()): Identities {
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
  const first = firstRowOfCode(t, coded, scratch);
  // Enterprise -> the row whose credit code is its key (>= 0), or ~ its name's id in codeless.
  const keyRef = scratch.int32(n);
  const enterpriseOfName = new Int32Array(codeless.size).fill(-1);
  const enterpriseOf = scratch.int32(n);
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
  scratch.done(first);
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
 * is reused. Codes are compared only when mixed hashes agree (mix is one-to-one on 32 bits), and then by
 * their packed words (RecordTable.codeWords), not their texts.
 */
function firstRowOfCode(
  t: RecordTable,
  coded: (i: number) => boolean,
  scratch: Scratch
): Int32Array {
  const n = t.length;
  const { codeHash, creditCode, codeWords } = t;
  // Whether rows a and b, whose code hashes are equal, have the same credit code: with the hash their
  // words are the code (PackedCode); two unpacked (malformed) codes are compared as text.
  const sameCode = (a: number, b: number): boolean => {
    const x = a * CODE_WORDS;
    const y = b * CODE_WORDS;
    return (
      codeWords[x] === codeWords[y] &&
      codeWords[x + 1] === codeWords[y + 1] &&
      (codeWords[x] !== UNPACKED || creditCode[a] === creditCode[b])
    );
  };
  const first = scratch.int32(n).fill(UNCODED);
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
  const rowAt = scratch.int32(start[groups]);
  const mixedAt = scratch.int32(start[groups]);
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
        if (slots[3 * s + 1] === m && sameCode(r, i)) break;
      }
      if (slots[3 * s] !== stamp) {
        slots[3 * s] = stamp;
        slots[3 * s + 1] = m;
        slots[3 * s + 2] = i;
      }
      first[i] = slots[3 * s + 2];
    }
  }
  scratch.done(rowAt, mixedAt);
  return first;
}

/** A 32-bit hash with its bits spread over all 32 (groups come from the top, slots from the bottom). */
function mix(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Bits in joinIdentities' filter of the joined rows' hashes (8 KB: stays in the fastest cache). */
const FILTER_BITS = 65536;

/** A row from outside the roster (a pool row) to be joined to the roster's enterprises. */
export interface IdentityRow {
  name: string;
  /** Normalised credit code; "" when absent. */
  creditCode: string;
}

/** Joined rows: each row's enterprise (roster enterprises keep their numbers; new ones follow them). */
export interface JoinedIdentities {
  enterpriseOf: Int32Array;
  /** Enterprises in all: the roster's plus the new ones. */
  count: number;
}

/**
 * Joins rows from outside the roster (pool rows, then contact rows, in reading order) to the enterprises identifyTable
 * numbered, by the same rules (docs/rules.md section 2), without changing any roster enterprise:
 * - a row with a credit code is the roster enterprise with that code, else the enterprise an earlier
 *   joined row with that code joined; failing that, the enterprise known only by this name, in the roster
 *   or from an earlier name-only joined row (no row with the name has a code yet: the row brings the
 *   code, as a coded row would in identifyTable); failing that, a new enterprise for the code;
 * - a row without a code is the enterprise of the first coded roster row with its normalised name, else
 *   the roster's name-only enterprise of that name, else the enterprise of the first earlier-joined row
 *   with that name and a code, else a new enterprise for the name.
 * The roster is scanned once by its stored hashes, first against a bitmap of the rows' hashes; a string
 * is read only where a hash matches one of the rows', so a million-row roster costs a pass over two
 * typed arrays.
 */
export function joinIdentities(
  t: RecordTable,
  enterpriseOf: Int32Array,
  count: number,
  rows: readonly IdentityRow[]
): JoinedIdentities {
  const codes = new StringIndex(rows.length);
  const names = new StringIndex(rows.length);
  // The rows' code and name hashes as bits: most roster rows match none, and a bit costs less than a probe.
  const filter = new Uint8Array(FILTER_BITS >>> 3);
  const bitOf = (hash: number): number => (hash ^ (hash >>> 16)) & (FILTER_BITS - 1);
  const mark = (hash: number): number => {
    const b = bitOf(hash);
    filter[b >>> 3] |= 1 << (b & 7);
    return hash;
  };
  const marked = (hash: number): boolean => {
    const b = bitOf(hash);
    return (filter[b >>> 3] & (1 << (b & 7))) !== 0;
  };
  // Keyed by the hash the table's codeHash holds, so a roster row is matched by its stored hash.
  const codeId = Int32Array.from(rows, (r) =>
    r.creditCode === "" ? -1 : codes.intern(r.creditCode, mark(creditCodeHash(r.creditCode)))
  );
  const nameId = Int32Array.from(rows, (r) => {
    const n = normaliseName(r.name);
    return n === "" ? -1 : names.intern(n, mark(hashText(n)));
  });

  // The roster's enterprise of each code; of each name, the first coded row's and the codeless rows'.
  const rosterOfCode = new Int32Array(codes.size).fill(-1);
  const codedOfName = new Int32Array(names.size).fill(-1);
  const codelessOfName = new Int32Array(names.size).fill(-1);
  const { creditCode, name, codeHash, nameHash } = t;
  for (let i = 0; i < t.length; i++) {
    if (!marked(codeHash[i]) && !marked(nameHash[i])) continue;
    const coded = codeHash[i] !== EMPTY_HASH || creditCode[i] !== "";
    if (coded && codes.size > 0 && codes.hasHash(codeHash[i])) {
      const k = codes.get(creditCode[i], codeHash[i]);
      if (k >= 0 && rosterOfCode[k] < 0) rosterOfCode[k] = enterpriseOf[i];
    }
    if (names.size === 0 || !names.hasHash(nameHash[i])) continue;
    const k = names.get(normaliseName(name[i]), nameHash[i]);
    if (k < 0) continue;
    const of = coded ? codedOfName : codelessOfName;
    if (of[k] < 0) of[k] = enterpriseOf[i];
  }

  // Of each code the roster lacks, the name it brings the code to: the first name (in reading order of
  // the rows) whose first row with a code carries it, unless a coded roster row has that name. Found
  // before the rows are numbered, so that a row with the code alone (a log keyed by credit code) joins
  // that name's enterprise wherever it stands, before or after the row that names it.
  const nameOfCode = new Int32Array(codes.size).fill(-1);
  const nameCoded = new Uint8Array(names.size);
  rows.forEach((_r, j) => {
    const c = codeId[j];
    const k = nameId[j];
    if (c < 0 || k < 0 || nameCoded[k]) return;
    nameCoded[k] = 1;
    if (rosterOfCode[c] < 0 && codedOfName[k] < 0 && nameOfCode[c] < 0) nameOfCode[c] = k;
  });

  const out = new Int32Array(rows.length);
  const newOfCode = new Int32Array(codes.size).fill(-1);
  const newOfName = new Int32Array(names.size).fill(-1);
  // Of each name, the enterprise of the first joined row with that name and a code.
  const joinedCodedOfName = new Int32Array(names.size).fill(-1);
  let total = count;
  rows.forEach((r, j) => {
    const c = codeId[j];
    const k = nameId[j];
    let e: number;
    if (c >= 0) {
      e = rosterOfCode[c];
      if (e < 0) e = newOfCode[c];
      // The enterprise known only by the code's name takes the code (as identifyTable gives a name-only
      // row the code of the first coded row with its name): the roster's, or one the rows make.
      const named = nameOfCode[c];
      if (e < 0 && named >= 0) {
        e = codelessOfName[named];
        if (e < 0) e = newOfName[named] >= 0 ? newOfName[named] : (newOfName[named] = total++);
      }
      if (e < 0) e = total++;
      if (rosterOfCode[c] < 0) newOfCode[c] = e;
      if (k >= 0 && joinedCodedOfName[k] < 0) joinedCodedOfName[k] = e;
    } else if (k >= 0) {
      e = codedOfName[k] >= 0 ? codedOfName[k] : codelessOfName[k];
      if (e < 0) e = joinedCodedOfName[k];
      if (e < 0) e = newOfName[k] >= 0 ? newOfName[k] : (newOfName[k] = total++);
    } else {
      // Neither name nor code: an enterprise of its own (the pool reader never joins such a row).
      e = total++;
    }
    out[j] = e;
  });
  return { enterpriseOf: out, count: total };
}

/** Numbers the enterprises of `records` (in the given order) and fills each record's `key`. */
export function assignIdentities(records: CertRecord[]): Identities {
  const ids = identifyTable(RecordTable.fromRecords(records));
  records.forEach((r, i) => (r.key = ids.keyOf(ids.enterpriseOf[i])));
  return ids;
}
