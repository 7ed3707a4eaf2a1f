/**
 * Text normalisation shared by names, units, certificate numbers and credit codes. These run once per
 * row over up to a million rows, so each has a scan-only fast path for text that is already clean.
 */
import { finishHash, HASH_PRIME, HASH_START, hashText } from "./stringIndex";

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** True for the characters toHalfWidth rewrites. */
function isFullWidth(c: number): boolean {
  return c === IDEOGRAPHIC_SPACE || (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST);
}

/** Full-width ASCII range (U+FF01..U+FF5E) and the ideographic space U+3000 to their half-width forms. */
export function toHalfWidth(s: string): string {
  let i = 0;
  while (i < s.length && !isFullWidth(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === IDEOGRAPHIC_SPACE) out += " ";
    else if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST)
      out += String.fromCharCode(c - FULLWIDTH_OFFSET);
    else out += s[i];
  }
  return out;
}

// \s covers U+3000, NBSP and BOM; zero-width spaces are added because pasted web text carries them, and
// the invisible direction marks, embeddings, overrides and isolates (U+200E-F, U+202A-E, U+2066-9) and
// the word joiner family (U+2060-4): a name that shows the same is the same name, whatever marks it hides.
const SPACES = /[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]+/g;

/** True when the code unit may need work: white space, a zero-width space or a full-width character. */
function needsWork(c: number): boolean {
  // Printable ASCII and U+3001..U+FEFE (CJK, where Chinese names live) first: no code unit in either
  // needs work, and a name's characters then cost two comparisons each instead of a dozen.
  if (c < 0x7f) return c <= 0x20;
  if (c > IDEOGRAPHIC_SPACE && c < 0xfeff) return false;
  // What is left is U+007F..U+3000 and U+FEFF..U+FFFF.
  return (
    c <= 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= IDEOGRAPHIC_SPACE) ||
    (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) ||
    (c >= 0x1680 && c <= 0x180e)
  );
}

/** True when nothing in `s` would be changed by removing white space or converting full-width text. */
function isClean(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (needsWork(s.charCodeAt(i))) return false;
  return true;
}

/** A name for comparison: all white space removed and full-width characters made half-width (（） -> ()). */
export function normaliseName(s: string): string {
  if (isClean(s)) return s;
  return toHalfWidth(s).replace(SPACES, "");
}

/**
 * True when a name shows nothing: only white space and invisible marks (a zero-width space, a direction
 * mark), so that normaliseName leaves "". Such a cell names no enterprise. A first character that
 * normaliseName keeps answers at once, so a real name costs one comparison.
 */
export function isInvisibleName(s: string): boolean {
  return s !== "" && needsWork(s.charCodeAt(0)) && normaliseName(s) === "";
}

/**
 * hashText(normaliseName(s)) in one pass over a clean name (the usual case): the cleanliness scan and
 * the hash read each code unit once, where the two calls would read the string twice. The same steps
 * as hashText, a pair of code units at a time.
 */
export function normalisedNameHash(s: string): number {
  const n = s.length;
  let h = HASH_START;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if (needsWork(a) || needsWork(b)) return hashText(normaliseName(s));
    h = Math.imul(h ^ (a | (b << 16)), HASH_PRIME);
  }
  if (i < n) {
    const a = s.charCodeAt(i);
    if (needsWork(a)) return hashText(normaliseName(s));
    h = Math.imul(h ^ a, HASH_PRIME);
  }
  return finishHash(h);
}

/** True for code units that normaliseCode leaves alone: ASCII digits and upper-case letters. */
function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/** A code (certificate number, credit code): trimmed, half-width, upper case, inner white space removed. */
export function normaliseCode(raw: string): string {
  let i = 0;
  while (i < raw.length && isCodeChar(raw.charCodeAt(i))) i++;
  if (i === raw.length) return raw;
  return toHalfWidth(raw).replace(SPACES, "").toUpperCase();
}
