/**
 * A cell value as Excel shows it under the report's own number formats (palette.ts FORMATS): the text the
 * Word bulletin prints, and what column widths are measured against. Only the codes the report uses are
 * understood: "@", "General", "yyyy-mm-dd", and number sections built of an optional literal sign, "0" or
 * "#,##0", decimals ".0" and a trailing "%" (up to three sections: positive;negative;zero).
 */
import { isoFromSerial } from "../core/dates";
import type { ReportValue } from "./layout";

/** Rounds half away from zero on the decimal digits, as Excel does (1.005 to two places is 1.01). */
export function roundDecimal(x: number, places: number): number {
  const sign = x < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(x)}e${places}`))}e-${places}`);
}

/** A number with thousands separators and `places` decimals: 1234.5 -> "1,234.5". */
export function groupedNumber(x: number, places: number): string {
  const [int, frac] = roundDecimal(Math.abs(x), places).toFixed(places).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (
    (x < 0 && roundDecimal(Math.abs(x), places) !== 0 ? "-" : "") +
    grouped +
    (frac ? `.${frac}` : "")
  );
}

function section(x: number, code: string): string {
  const m = /^([^#0]*)(#,##0|0)(\.0+)?(%?)$/.exec(code);
  if (!m) return String(x);
  const [, literal, digits, decimals, percent] = m;
  const places = decimals ? decimals.length - 1 : 0;
  const v = percent ? x * 100 : x;
  const body =
    digits === "#,##0" ? groupedNumber(v, places) : roundDecimal(v, places).toFixed(places);
  return literal + body + percent;
}

/** The text of `value` under `format` (strings and empty cells as they are). */
export function formatValue(value: ReportValue, format = "General"): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (format === "yyyy-mm-dd") return isoFromSerial(value);
  if (format === "General" || format === "@") return String(value);
  const parts = format.split(";");
  if (parts.length === 1) return (value < 0 ? "-" : "") + section(Math.abs(value), parts[0]);
  if (value > 0) return section(value, parts[0]);
  if (value < 0) return section(-value, parts[1]);
  return section(0, parts[2] ?? parts[0]);
}
