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
 * first row in reading order with that name and a code. Codes are found by their hashes in one
 * open-addressed table (hash, enterprise); the texts are compared only when two hashes agree, which is
 * about as costly as comparing a stored number (either is a read from far away) and needs no column.
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

  // About 1.4 slots per row rather than the next power of two above 2: the table is a large part of
  // what one analysis allocates, and a million rows' worth of typed arrays is what starts V8's full
  // collection (see RecordTable). A slot's home is the hash scaled to the table (no mask needed).
  const size = Math.max(16, Math.ceil(n * 1.4));
  const home = (hash: number): number => Math.floor((mix(hash) / 4294967296) * size);
  // Slot s: [2s] = a code's hash, [2s + 1] = 1 + its enterprise (0 = empty).
  const slots = new Int32Array(size * 2);
  /** Whether rows a and b hold the same credit code (asked only when their hashes agree). */
  const sameCode = (a: number, b: number): boolean => a === b || creditCode[a] === creditCode[b];
  // Enterprise -> the row whose credit code is its key (>= 0), or ~ its name's id in codeless.
  const keyRef = new Int32Array(n);
  const enterpriseOfName = new Int32Array(codeless.size).fill(-1);
  const enterpriseOf = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    let codeRow = i;
    let nameId = -1;
    if (!coded(i)) {
      nameId = codeless.get(normaliseName(name[i]), nameHash[i]);
      codeRow = codeRowOfName[nameId];
    }
    if (codeRow < 0) {
      if (enterpriseOfName[nameId] < 0) {
        enterpriseOfName[nameId] = count;
        keyRef[count++] = ~nameId;
      }
      enterpriseOf[i] = enterpriseOfName[nameId];
      continue;
    }
    const hash = codeHash[codeRow];
    let s = home(hash);
    for (; slots[2 * s + 1] !== 0; s = s + 1 === size ? 0 : s + 1) {
      const e = slots[2 * s + 1] - 1;
      if (slots[2 * s] === hash && sameCode(keyRef[e], codeRow)) break;
    }
    if (slots[2 * s + 1] === 0) {
      slots[2 * s] = hash;
      slots[2 * s + 1] = count + 1;
      keyRef[count++] = codeRow;
    }
    enterpriseOf[i] = slots[2 * s + 1] - 1;
  }
  return {
    enterpriseOf,
    count,
    keyOf: (e) =>
      keyRef[e] >= 0 ? "C:" + creditCode[keyRef[e]] : "N:" + codeless.keys[~keyRef[e]],
  };
}

/** A 32-bit hash with its bits spread to the top (homes come from the top bits), as an unsigned number. */
function mix(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Numbers the enterprises of `records` (in the given order) and fills each record's `key`. */
export function assignIdentities(records: CertRecord[]): Identities {
  const ids = identifyTable(RecordTable.fromRecords(records));
  records.forEach((r, i) => (r.key = ids.keyOf(ids.enterpriseOf[i])));
  return ids;
}
