/** Reading one cell's value: blank or not, as trimmed text, as a year, an error value or formula-like text. */
import type { CellValue } from "../core/types";
import { ERROR_CODES } from "./cellMarkers";

/** Whether a cell is empty or white space only. */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined || v === "") return true;
  return typeof v === "string" && v.trim() === "";
}

/** A cell as trimmed text ("" for blank; a date object as its ISO day). */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
}

/** The longest text a year cell can be ("2023 年度" with some spacing); longer is not a year. */
const MAX_YEAR_TEXT = 16;

/**
 * The year a year cell holds (2023, "2023", "2023年", "2023年度", full-width digits), or 0: a revocation
 * cell may hold one (取消年度: its 1 January), a pool's planned application year (申报年度) does.
 */
export function yearCellValue(v: CellValue): number {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 2999 ? v : 0;
  if (typeof v !== "string") return 0;
  const s = v.trim();
  if (s.length > MAX_YEAR_TEXT) return 0;
  const m = /^(\d{4})\s*(?:年度?)?$/.exec(
    s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  );
  const y = m ? +m[1] : 0;
  return y >= 1900 && y <= 2999 ? y : 0;
}

/** Excel's error values as every host hands them over (Office.js gives an error cell as this text). */
const ERROR_VALUES: ReadonlySet<string> = new Set(ERROR_CODES);

/** Whether a cell's text is one of Excel's error values (#N/A, #VALUE!, ...): a broken formula, not data. */
export function isErrorValue(text: string): boolean {
  return (
    text.length <= 14 && text.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.has(text.toUpperCase())
  );
}

/**
 * Whether a cell holds no text a name, code or number column can mean: an error value (a broken formula,
 * #N/A of a failed lookup) or TRUE/FALSE. `text` is the cell's text as read (cellText, or a normalised code).
 */
export function isNotText(v: CellValue, text: string): boolean {
  return text !== "" && (typeof v === "boolean" || isErrorValue(text));
}

/**
 * Whether a normalised code (credit code, certificate number) is a placeholder rather than a code: it has
 * no digit but 0, as "/", "无", "暂无", "N/A" or "0" have none, while every real code has several (a
 * credit code's area digits, a certificate number's year).
 */
export function isPlaceholderCode(code: string): boolean {
  if (code === "") return false;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 49 && c <= 57) return false;
  }
  return true;
}

/** Text a spreadsheet would take for a formula when typed or pasted: it starts with = + - or @. */
export function isFormulaLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64;
}
