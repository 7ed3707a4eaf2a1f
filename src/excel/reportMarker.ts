/**
 * How the add-in recognises its own report sheets: one hidden workbook-level name per sheet, GAOQI_REPORT
 * for the 通报 (the name earlier versions gave their one report sheet) and GAOQI_REPORT_<ID> for each 附件
 * (GAOQI_REPORT_AWARDS, ...), each referring to A1 of its sheet. Chosen over a worksheet custom property because it needs only ExcelApi 1.4 (custom
 * properties need 1.12), it follows the sheet when the user renames it, and one lookup finds it (no
 * per-sheet scan). A deleted report sheet leaves the name at #REF!, which reads as "no report sheet".
 */

import type { SheetId } from "../domain/report/layout";
import { OWN_SHEET_IDS } from "../domain/report/sheetIds";

export const REPORT_NAME = "GAOQI_REPORT";

/** The marker of the report's sheet `id`. */
export function markerName(id: SheetId): string {
  return id === "bulletin" ? REPORT_NAME : `${REPORT_NAME}_${id.toUpperCase()}`;
}

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

/** Queues the lookup of a marker's A1 (the 通报's by default); read it with reportSheetOf after the next sync. */
export function queueReportLookup(context: Excel.RequestContext, name = REPORT_NAME): ReportLookup {
  const item = context.workbook.names.getItemOrNullObject(name);
  const range = item.getRangeOrNullObject();
  range.load("address");
  return { item, range };
}

/** The report sheet's name from a synced lookup; null when there is none (or the name is #REF!). */
export function reportSheetOf(lookup: ReportLookup): string | null {
  return lookup.item.isNullObject || lookup.range.isNullObject
    ? null
    : sheetOfAddress(lookup.range.address);
}

/** Points the marker `name` at `sheet` (replacing a stale one); hidden from the Name Manager's casual view. */
export function queueSetMarker(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  hadMarker: boolean,
  name = REPORT_NAME
): void {
  if (hadMarker) context.workbook.names.getItem(name).delete();
  const item = context.workbook.names.add(
    name,
    sheet.getRange("A1"),
    "Gaoqi report sheet (do not delete)"
  );
  item.visible = false;
}

/** Queues the lookup of every report sheet's marker; read them with reportSheetsOf after the next sync. */
export function queueReportLookups(context: Excel.RequestContext): Map<SheetId, ReportLookup> {
  return new Map(OWN_SHEET_IDS.map((id) => [id, queueReportLookup(context, markerName(id))]));
}

/** The names of the add-in's report sheets from synced lookups. */
export function reportSheetsOf(lookups: Map<SheetId, ReportLookup>): Set<string> {
  const names = new Set<string>();
  for (const lookup of lookups.values()) {
    const sheet = reportSheetOf(lookup);
    if (sheet !== null) names.add(sheet);
  }
  return names;
}
