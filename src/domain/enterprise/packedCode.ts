/**
 * Credit codes packed as numbers, so that two codes are compared without reading their strings (on a
 * large heap each string read may wait on memory). A code of 18 characters of the charset is six 5-bit
 * characters per 30-bit word, three words; the table keeps the first two and a hash that is the third
 * word mixed with the first two. Given the two words the hash gives back the third, so two such codes
 * are the same text exactly when their hashes and words are equal. A code of another form (malformed,
 * blank) is UNPACKED with hashText(code) as its hash: equal texts always pack alike, and only such codes
 * need their texts compared.
 */
import { hashText } from "../core/stringIndex";
import { CHECK_WEIGHTS, checkCharValue, CODE_LENGTH, valueOf } from "./creditCode";

/** Numbers per credit code in a packed column beside its hash. */
export const CODE_WORDS = 2;
/** A packed code's first word when the code is not 18 characters of the charset (compare the text). */
export const UNPACKED = -1;

/** A credit code's check, as checkNormalisedCreditCode gives it. */
export type CodeCheck = "ok" | "form" | "checksum";

/**
 * One normalised credit code read in a single scan: its words, hash and check. The roster reader keeps
 * one and reads each row's code with it; the record table takes the words and hash from it.
 */
export class PackedCode {
  hash = 0;
  first = UNPACKED;
  second = 0;
  check: CodeCheck = "form";

  read(c: string): this {
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let sum = 0;
    let valid = c.length === CODE_LENGTH;
    for (let i = 0; valid && i < CODE_LENGTH; i++) {
      const v = valueOf(c.charCodeAt(i));
      if (v < 0) valid = false;
      else if (i < 6) w0 = w0 * 32 + v;
      else if (i < 12) w1 = w1 * 32 + v;
      else w2 = w2 * 32 + v;
      if (i < CODE_LENGTH - 1) sum += v * CHECK_WEIGHTS[i];
    }
    if (!valid) {
      this.hash = hashText(c);
      this.first = UNPACKED;
      this.second = 0;
      this.check = "form";
      return this;
    }
    this.first = w0;
    this.second = w1;
    let h = Math.imul(w0 ^ (w0 >>> 15), 0x2c1b3c6d) ^ Math.imul(w1 ^ (w1 >>> 13), 0x297a2d39);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    this.hash = (h ^ w2) | 0;
    this.check = checkCharValue(sum) === (w2 & 31) ? "ok" : "checksum";
    return this;
  }
}

const scratch = new PackedCode();

/** The hash of a normalised credit code ("" included) in a packed column: what RecordTable.codeHash holds. */
export function creditCodeHash(c: string): number {
  return scratch.read(c).hash;
}
