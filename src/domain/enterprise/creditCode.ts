/** The unified social credit code (统一社会信用代码, GB 32100-2015): normalisation and check character. */
import { normaliseCode } from "../core/text";

/** The 31 characters a credit code may use, in value order 0..30 (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** The weights of the first 17 characters in the check character's sum. */
export const CHECK_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CODE_LENGTH = 18;

// Character code -> value 0..30, or -1: one array read per character instead of an indexOf.
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CREDIT_CODE_CHARSET.length; i++) VALUE[CREDIT_CODE_CHARSET.charCodeAt(i)] = i;

/** A character code's value in the charset (0..30), or -1 when it is not one of it. */
export function valueOf(c: number): number {
  return c < 128 ? VALUE[c] : -1;
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
    sum += v * CHECK_WEIGHTS[i];
  }
  return checkCharValue(sum);
}

/** The check character's value (0..30) for the weighted sum of the first 17 characters' values. */
export function checkCharValue(sum: number): number {
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
