/**
 * Writes the report whole or not at all. The new report is drawn on a hidden staging sheet first (the
 * many syncs, the large payloads: whatever can fail fails there, and the staging sheet is removed). Only
 * then one small batch swaps it in: the first time the staging sheet itself becomes the report sheet;
 * afterwards the report sheet is cleared and receives the staging content through Range.copyFrom (a
 * server-side copy, not a payload), and the staging sheet is removed. The report sheet is never deleted.
 * A failure while staging leaves the previous report as it was. If the swap batch itself fails, a
 * recovery batch leaves a clear message on the report sheet.
 * Hosts without ExcelApi 1.9 (no copyFrom) draw directly on the cleared report sheet, with the same
 * recovery message on failure.
 */
import type { ReportLayout } from "../domain/report/layout";
import { a1 } from "./a1";
import { type RunBatch, type SupportsSet, requireSet } from "./excelRun";
import { abortError } from "./officeErrors";
import { queueReportLookup, queueSetMarker, reportSheetOf } from "./reportMarker";
import { queueSheetSetup, renderCells } from "./renderLayout";
import type { WriteOptions } from "./workbookSource";

export const STAGING_PREFIX = "GaoqiStaging";

const FAILED = {
  "zh-CN": "生成通报失败，本表已清空（未写入不完整的通报）。请再次点击“生成通报”。原因：",
  "en-US": "The report could not be generated; this sheet was cleared (no partial report was written). Click Generate report again. Reason: ",
};

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A sheet name not yet taken: the report name, else "name (2)", "name (3)", ... */
export function freeName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Clears everything a previous report left on the sheet (values, formats, merges, rules, charts). */
function queueClear(ws: Excel.Worksheet, charts: Excel.ChartCollection | null): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear("All");
  charts?.items.forEach((c) => c.delete());
}

/** Writes `layout` to the add-in's report sheet; resolves to that sheet's name. */
export async function writeReport(run: RunBatch, layout: ReportLayout, supports: SupportsSet, options: WriteOptions = {}): Promise<string> {
  requireSet(supports, "ExcelApi", "1.4", { zh: "生成通报", en: "Writing the report" });
  // After each chunk of rows: the progress, then a cancel (thrown here, it takes the failure's way back).
  const onRows = (done: number, total: number): void => {
    options.onProgress?.({ sheet: layout.sheetName, rowsRead: done, rowsTotal: total });
    if (options.signal?.aborted) throw abortError();
  };
  return run(async (context) => {
    const sync = (): Promise<void> => context.sync();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const marker = queueReportLookup(context);
    await sync();

    const names = new Set(sheets.items.map((s) => s.name));
    const existing = reportSheetOf(marker);
    const report = existing ? sheets.getItem(existing) : null;
    const charts = report ? report.charts : null;
    if (charts) {
      charts.load("items/name");
      await sync();
    }

    // No copyFrom: draw on the (cleared) report sheet directly; a failure leaves the message instead.
    const direct = report !== null && !supports("ExcelApi", "1.9");
    const target = direct ? report : sheets.add(freeName(`${STAGING_PREFIX}${Date.now() % 100000}`, names));
    if (!direct) target.visibility = "Hidden";
    else queueClear(report, charts);

    // `touched`: whether the report sheet may hold part of a report (direct drawing, or a failed swap);
    // a failure while staging leaves it exactly as it was, the previous report intact.
    const recover = async (e: unknown, touched: boolean): Promise<never> => {
      try {
        if (!direct) target.delete();
        if (report && touched) {
          queueClear(report, null);
          const cell = report.getRange("A1");
          cell.numberFormat = [["@"]];
          cell.values = [[FAILED[layout.lang] + errorText(e)]];
        }
        await sync();
      } catch {
        // The host is gone or refuses every write: nothing more can be done; report the first error.
      }
      throw e;
    };

    try {
      await renderCells(target, layout, sync, onRows);
      if (direct || !report) {
        // First report (the staging sheet becomes it) or direct drawing: set it up where it stands.
        queueSheetSetup(target, layout, supports);
        if (!report) {
          target.name = freeName(layout.sheetName, names);
          target.visibility = "Visible";
          // A marker left pointing at a deleted sheet (#REF!) is replaced by the new one.
          queueSetMarker(context, target, !marker.item.isNullObject);
        }
        await sync();
        target.load("name");
        await sync();
        return target.name;
      }
    } catch (e) {
      // Staging: nothing of the new report reached the report sheet. Direct: it was cleared and half drawn.
      return recover(e, direct);
    }

    // The swap: one batch that only copies server-side.
    try {
      queueClear(report, charts);
      const rows = layout.values.length;
      const cols = layout.values[0]?.length ?? 0;
      if (rows > 0 && cols > 0) report.getRange("A1").copyFrom(target.getRange(a1({ row: 0, col: 0, rows, cols })), "All");
      queueSheetSetup(report, layout, supports);
      target.delete();
      await sync();
      return existing as string;
    } catch (e) {
      return recover(e, true);
    }
  });
}
