/**
 * exceljs cell values -> engine CellValues. Dates become serials here, at the edge (exceljs hands
 * them over as UTC midnights), rich text becomes its plain text, a formula its cached result.
 */
import { serialFromUtcDate } from "../domain/dates";
import type { CellValue } from "../domain/types";

/** Converts one exceljs cell value (as found in `row.values`). */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
      return v;
    case "object":
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : serialFromUtcDate(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return (o.richText as { text?: unknown }[]).map((r) => String(r.text ?? "")).join("");
  if ("formula" in o || "sharedFormula" in o) return toCellValue(o.result);
  if (typeof o.error === "string") return o.error;
  // A hyperlink cell: its shown text (itself possibly rich text).
  if ("text" in o) return toCellValue(o.text);
  return null;
}

/** Converts an exceljs `row.values` array (1-based, sparse) to a 0-based row of CellValues. */
export function toRowValues(values: unknown): CellValue[] {
  if (!Array.isArray(values)) return [];
  const out: CellValue[] = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) out[i - 1] = toCellValue(values[i]);
  return out;
}
