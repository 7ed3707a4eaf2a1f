/**
 * Writes layouts to NEW worksheets (a decomposed target table, the first-run templates), in one
 * Excel.run: one sync to learn the sheet names, then every sheet queued (values, text formats, styles,
 * merges, widths, freeze panes, print setup) and sent in one sync. An existing sheet is never written:
 * a taken name gets " (2)", " (3)", ... until it is free.
 *
 * Office.js applies a batch command by command, with no rollback: when a sync fails, what ran before the
 * failing command stays (OfficeExtension.Error, traceMessages example:
 * https://learn.microsoft.com/javascript/api/office/officeextension.error). So on a failure every new
 * sheet that was created is deleted again: all or nothing, and no other sheet is touched.
 *
 * Calls and their requirement sets (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection,
 * .../excel.worksheet, .../excel.range): WorksheetCollection.add and Worksheet.activate, ExcelApi 1.1 (add
 * appends the sheet after the existing ones); getItemOrNullObject, 1.4; Worksheet.getRangeByIndexes (used
 * by renderCells), 1.7, hence the 1.7 requirement; freeze panes (1.7) and page layout (1.9) are queued by
 * queueSheetSetup only where supported.
 */
import type { LocalText } from "../domain/core/types";
import type { ReportLayout } from "../domain/report/layout";
import { type RunBatch, type SupportsSet, requireSet } from "./excelRun";
import { queueDateSystemProbe } from "./dateSystem";
import { queueSheetSetup, renderCells } from "./renderLayout";
import { freeNames } from "../domain/sheets/sheetNames";

/** Writes each layout to a new sheet (the first activated); resolves to the names they got. `what` names the action for a host too old. */
export async function writeNewSheets(
  run: RunBatch,
  layouts: ReportLayout[],
  supports: SupportsSet,
  what: LocalText
): Promise<string[]> {
  requireSet(supports, "ExcelApi", "1.7", what);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    // The example dates of a template are written as the workbook counts dates.
    const probe = queueDateSystemProbe(context);
    await context.sync();
    const date1904 = probe.value === 0;
    const names = freeNames(
      layouts.map((l) => l.sheetName),
      sheets.items.map((s) => s.name)
    );
    try {
      const added = names.map((name) => sheets.add(name));
      for (let i = 0; i < layouts.length; i++) {
        // renderCells syncs between chunks through the callback it is given; these sheets are small, so
        // nothing is sent until the single sync below.
        await renderCells(added[i], layouts[i], async () => undefined, { date1904 });
        queueSheetSetup(added[i], layouts[i], supports);
      }
      added[0]?.activate();
      await context.sync();
      return names;
    } catch (e) {
      try {
        const made = names.map((name) => sheets.getItemOrNullObject(name));
        made.forEach((m) => m.load("name"));
        await context.sync();
        made.filter((m) => !m.isNullObject).forEach((m) => m.delete());
        await context.sync();
      } catch {
        // The host refuses every call: nothing more can be done; report the first error.
      }
      throw e;
    }
  });
}
