/**
 * Writes a decomposed target table (目标任务分解, DOMAIN.md section 9) to a NEW worksheet, in one
 * Excel.run: one sync to learn the sheet names, then the whole sheet queued (values, text formats,
 * styles, merges, widths, freeze panes, print setup) and sent in one sync. An existing sheet is never
 * written: the name gets " (2)", " (3)", ... until it is free.
 *
 * Office.js applies a batch command by command, with no rollback: when a sync fails, what ran before the
 * failing command stays (OfficeExtension.Error, traceMessages example:
 * https://learn.microsoft.com/javascript/api/office/officeextension.error). So on a failure the new sheet,
 * if it was created, is deleted again: whole or not at all, and no other sheet is touched.
 *
 * Calls and their requirement sets (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection,
 * .../excel.worksheet, .../excel.range): WorksheetCollection.add and Worksheet.activate, ExcelApi 1.1 (add
 * appends the sheet after the existing ones); getItemOrNullObject, 1.4; Worksheet.getRangeByIndexes (used
 * by renderCells), 1.7, hence the 1.7 requirement; freeze panes (1.7) and page layout (1.9) are queued by
 * queueSheetSetup only where supported.
 */
import type { ReportLayout } from "../domain/report/layout";
import { type RunBatch, type SupportsSet, requireSet } from "./excelRun";
import { removeSheetQuietly } from "./removeSheet";
import { queueSheetSetup, renderCells } from "./renderLayout";
import { freeName } from "./writeReport";

/** The name the table would get in a workbook whose sheets are `taken`. */
export function targetSheetName(layout: ReportLayout, taken: Iterable<string>): string {
  return freeName(layout.sheetName, new Set(taken));
}

/** Writes `layout` to a new sheet (activated); resolves to the name it got. */
export async function writeTargetSheet(run: RunBatch, layout: ReportLayout, supports: SupportsSet): Promise<string> {
  requireSet(supports, "ExcelApi", "1.7", { zh: "写入目标表", en: "Writing the target table" });
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = targetSheetName(
      layout,
      sheets.items.map((s) => s.name)
    );
    try {
      const ws = sheets.add(name);
      // renderCells syncs between chunks through the callback it is given; a 15-row table is one small
      // payload, so nothing is sent until the single sync below.
      await renderCells(ws, layout, async () => undefined);
      queueSheetSetup(ws, layout, supports);
      ws.activate();
      await context.sync();
      return name;
    } catch (e) {
      await removeSheetQuietly(context, name);
      throw e;
    }
  });
}
