/**
 * How the add-in recognises its own report sheet: a hidden workbook-level name, GAOQI_REPORT, that refers
 * to A1 of that sheet. Chosen over a worksheet custom property because it needs only ExcelApi 1.4 (custom
 * properties need 1.12), it follows the sheet when the user renames it, and one lookup finds it (no
 * per-sheet scan). A deleted report sheet leaves the name at #REF!, which reads as "no report sheet".
 */

export const REPORT_NAME = "GAOQI_REPORT";

/** The sheet name inside an address such as "'HNTE Bulletin'!$A$1" or "高企通报!A1"; null without one. */
export function sheetOfAddress(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = address.slice(0, bang);
  return raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

export interface ReportLookup {
  item: Excel.NamedItem;
  range: Excel.Range;
}

/** Queues the lookup of the report sheet's A1; read it with reportSheetOf after the next sync. */
export function queueReportLookup(context: Excel.RequestContext): ReportLookup {
  const item = context.workbook.names.getItemOrNullObject(REPORT_NAME);
  const range = item.getRangeOrNullObject();
  range.load("address");
  return { item, range };
}

/** The report sheet's name from a synced lookup; null when there is none (or the name is #REF!). */
export function reportSheetOf(lookup: ReportLookup): string | null {
  return lookup.item.isNullObject || lookup.range.isNullObject ? null : sheetOfAddress(lookup.range.address);
}

/** Points the marker at `sheet` (replacing a stale one); hidden from the Name Manager's casual view. */
export function queueSetMarker(context: Excel.RequestContext, sheet: Excel.Worksheet, hadMarker: boolean): void {
  if (hadMarker) context.workbook.names.getItem(REPORT_NAME).delete();
  const item = context.workbook.names.add(REPORT_NAME, sheet.getRange("A1"), "Gaoqi report sheet (do not delete)");
  item.visible = false;
}
