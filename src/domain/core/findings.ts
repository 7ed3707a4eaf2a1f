/** Building findings: every problem in the user's data points at a cell (DOMAIN.md section 7). */
import type { Finding, FindingCode, LocalText, Severity } from "./types";

/** Excel's column letter for a 0-based column index (0 -> "A", 25 -> "Z", 26 -> "AA"). */
export function columnLetter(index0: number): string {
  let n = Math.floor(index0);
  if (!(n >= 0)) return "";
  let out = "";
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

const LETTERS = /^[A-Z]{1,3}$/;

/** The 0-based column index of an Excel column letter ("A" -> 0, "AA" -> 26); -1 when it is not one. */
export function columnIndex(letter: string): number {
  const s = letter.trim().toUpperCase();
  if (!LETTERS.test(s)) return -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
  return n - 1;
}

/**
 * A finding at a cell (row 1-based; row 0 / column "" for a whole sheet or row); `name` is the
 * enterprise of the row, where it has one.
 */
export function finding(
  sheet: string,
  row: number,
  column: string,
  code: FindingCode,
  severity: Severity,
  message: LocalText,
  name?: string
): Finding {
  return name ? { sheet, row, column, code, severity, message, name } : { sheet, row, column, code, severity, message };
}

/** Excel's error values as every host hands them over (Office.js gives an error cell as this text). */
const ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!",
]);

/** Whether a cell's text is one of Excel's error values (#N/A, #VALUE!, ...): a broken formula, not data. */
export function isErrorValue(text: string): boolean {
  return text.length <= 14 && text.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.has(text.toUpperCase());
}

/** Text a spreadsheet would take for a formula when typed or pasted: it starts with = + - or @. */
export function isFormulaLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64;
}
