/** The unified social credit code (统一社会信用代码, GB 32100-2015): normalisation and check character. */
import { normaliseCode } from "../core/text";
import { hashText } from "../core/stringIndex";

/** The 31 characters a credit code may use, in value order 0..30 (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CODE_LENGTH = 18;

// Character code -> value 0..30, or -1: one array read per character instead of an indexOf.
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CREDIT_CODE_CHARSET.length; i++) VALUE[CREDIT_CODE_CHARSET.charCodeAt(i)] = i;

function valueOf(c: number): number {
  return c < 128 ? VALUE[c] : -1;
}

/** Numbers per credit code in a packed column beside its hash (packCreditCode). */
export const CODE_WORDS = 2;
/** Characters per packed word: six of 5 bits each, 30 bits, so a word is never negative. */
const CHARS_PER_WORD = 6;
/** A packed code's first word when the code is not 18 characters of the charset (compare the text). */
export const UNPACKED = -1;

/** Characters first..first+5 of a code as one 30-bit number; -1 when one is not of the charset. */
function packWord(c: string, first: number): number {
  let word = 0;
  for (let k = first; k < first + CHARS_PER_WORD; k++) {
    const v = valueOf(c.charCodeAt(k));
    if (v < 0) return -1;
    word = word * 32 + v;
  }
  return word;
}

/**
 * A normalised credit code packed for comparison without reading its text (on a large heap each string
 * read may wait on memory): writes its first twelve characters as two numbers at into[at] and
 * into[at + 1] and returns its hash, which is the last six characters' number mixed with the first two
 * numbers. Given the two numbers the hash gives back the last six characters, so two codes of the charset
 * are the same text exactly when their hashes and numbers are equal. A code of another form (malformed,
 * blank) gets UNPACKED and hashText(code): equal texts always pack alike, and only such codes need their
 * texts compared.
 */
export function packCreditCode(c: string, into: Int32Array, at: number): number {
  const w0 = c.length === CODE_LENGTH ? packWord(c, 0) : -1;
  const w1 = w0 < 0 ? -1 : packWord(c, CHARS_PER_WORD);
  const w2 = w1 < 0 ? -1 : packWord(c, 2 * CHARS_PER_WORD);
  if (w2 < 0) {
    into[at] = UNPACKED;
    into[at + 1] = 0;
    return hashText(c);
  }
  into[at] = w0;
  into[at + 1] = w1;
  let h = Math.imul(w0 ^ (w0 >>> 15), 0x2c1b3c6d) ^ Math.imul(w1 ^ (w1 >>> 13), 0x297a2d39);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ w2) | 0;
}

const scratch = new Int32Array(CODE_WORDS);

/** The hash packCreditCode gives a normalised credit code ("" included): what RecordTable.codeHash holds. */
export function creditCodeHash(c: string): number {
  return packCreditCode(c, scratch, 0);
}

/** A credit code as read: trimmed, upper case, half-width, inner spaces removed. */
export function normaliseCreditCode(raw: string): string {
  return normaliseCode(raw);
}

/** The check character (18th) for the first 17 characters; null when they are not 17 valid characters. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== CODE_LENGTH - 1) return null;
  const v = checkValue(first17);
  return v < 0 ? null : CREDIT_CODE_CHARSET[v];
}

/** The check character's value (0..30) for the first 17 characters of `s`; -1 when one is not valid. */
function checkValue(s: string): number {
  let sum = 0;
  for (let i = 0; i < CODE_LENGTH - 1; i++) {
    const v = valueOf(s.charCodeAt(i));
    if (v < 0) return -1;
    sum += v * WEIGHTS[i];
  }
  return (31 - (sum % 31)) % 31;
}

/**
 * Checks a credit code (normalised first): "form" when it is not 18 characters of the charset,
 * "checksum" when the check character is wrong (real codes exist that fail it: a warning), else "ok".
 */
export function checkCreditCode(code: string): "ok" | "form" | "checksum" {
  return checkNormalisedCreditCode(normaliseCode(code));
}

/** checkCreditCode for a code already normalised (the roster reader's per-row check: no second scan). */
export function checkNormalisedCreditCode(c: string): "ok" | "form" | "checksum" {
  if (c.length !== CODE_LENGTH) return "form";
  const last = valueOf(c.charCodeAt(CODE_LENGTH - 1));
  const expected = checkValue(c);
  if (expected < 0 || last < 0) return "form";
  return expected === last ? "ok" : "checksum";
}
