/**
 * Writes the report's sheets (the 通报 and its 附件) whole or not at all, each to a sheet the add-in marks as
 * its own (reportMarker.ts: one marker per sheet). User sheets are never touched.
 *
 * Every new sheet is drawn on a hidden staging sheet first (the many syncs, the large payloads: whatever
 * can fail fails there, and the staging sheets are removed). Only then one small batch swaps them in: a
 * sheet the report did not have yet is the staging sheet itself, renamed, shown and marked; an existing
 * report sheet is cleared and receives the staging content through Range.copyFrom (a server-side copy, not
 * a payload), and its staging sheet is removed. An own sheet the new report no longer has (the findings
 * 附件 turned off) is deleted with its marker. A failure while staging leaves every previous report sheet
 * as it was. If the swap batch itself fails, a recovery batch leaves a clear message on the report sheets.
 * Hosts without ExcelApi 1.9 (no copyFrom) draw directly on the cleared existing sheets, with the same
 * recovery message on failure.
 */
import type { ReportLayout, SheetId } from "../domain/report/layout";
import { OWN_SHEET_IDS } from "../domain/report/sheetIds";
import { freeName } from "../domain/sheets/sheetNames";
import { a1 } from "../domain/sheets/columnLetters";
import { errorText } from "../domain/core/localError";
import { type RunBatch, type SupportsSet, requireSet } from "./excelRun";
import { queueDateSystemProbe } from "./dateSystem";
import { abortError } from "./officeErrors";
import {
  markerName,
  queueReportLookup,
  queueSetMarker,
  reportSheetOf,
  type ReportLookup,
} from "./reportMarker";
import { queueSheetSetup, renderCells } from "./renderLayout";
import type { WriteOptions } from "./workbookSource";

export const STAGING_PREFIX = "GaoqiStaging";

const FAILED = {
  "zh-CN": "生成通报失败，本表已清空（未写入不完整的通报）。请再次点击“生成通报”。原因：",
  "en-US":
    "The report could not be generated; this sheet was cleared (no partial report was written). Click Generate report again. Reason: ",
};

/** Clears everything a previous report left on the sheet (values, formats, merges, rules, charts). */
function queueClear(ws: Excel.Worksheet, charts: Excel.ChartCollection | null): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear("All");
  charts?.items.forEach((c) => c.delete());
}

/** One sheet of the report as it is written: where it is drawn and where it ends up. */
interface Job {
  layout: ReportLayout;
  lookup: ReportLookup;
  /** The add-in's sheet for this id from an earlier report; null the first time. */
  report: Excel.Worksheet | null;
  charts: Excel.ChartCollection | null;
  /** Drawn directly on `report` (no copyFrom on this host). */
  direct: boolean;
  /** Where it is drawn: `report` when direct, else a new hidden staging sheet. */
  target: Excel.Worksheet;
  /** The names the staging sheet has had (its own, then the report's when it becomes a new report sheet). */
  names: string[];
}

/** Writes the report's sheets; resolves to the name of the first (the 通报's) sheet. */
export async function writeReport(
  run: RunBatch,
  layouts: readonly ReportLayout[],
  supports: SupportsSet,
  options: WriteOptions = {}
): Promise<string> {
  requireSet(supports, "ExcelApi", "1.4", { "zh-CN": "生成通报", "en-US": "Writing the report" });
  if (layouts.length === 0) throw new RangeError("a report needs at least one sheet");
  const lang = layouts[0].lang;
  // After each chunk of rows: the progress over all the report's sheets, then a cancel (thrown here, it
  // takes the failure's way back).
  const rowsTotal = layouts.reduce((n, l) => n + l.values.length, 0);
  let rowsBefore = 0;
  const onRows =
    (sheet: string) =>
    (done: number): void => {
      options.onProgress?.({ sheet, rowsRead: rowsBefore + done, rowsTotal });
      if (options.signal?.aborted) throw abortError();
    };
  return run(async (context) => {
    const sync = (): Promise<void> => context.sync();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const ids = new Set<SheetId>([...OWN_SHEET_IDS, ...layouts.map((l) => l.id)]);
    const lookups = new Map([...ids].map((id) => [id, queueReportLookup(context, markerName(id))]));
    // Asked of the workbook itself, in the same sync: its dates are written as it counts them.
    const probe = queueDateSystemProbe(context);
    await sync();
    const date1904 = probe.value === 0;

    const taken = new Set(sheets.items.map((s) => s.name));
    const existingOf = (id: SheetId): string | null =>
      reportSheetOf(lookups.get(id) as ReportLookup);
    const copyFrom = supports("ExcelApi", "1.9");
    const jobs: Job[] = layouts.map((layout) => {
      const name = existingOf(layout.id);
      const report = name !== null ? sheets.getItem(name) : null;
      const charts = report ? report.charts : null;
      charts?.load("items/name");
      const direct = report !== null && !copyFrom;
      let target: Excel.Worksheet;
      const names: string[] = [];
      if (direct) target = report as Excel.Worksheet;
      else {
        const staging = freeName(`${STAGING_PREFIX}${Date.now() % 100000}`, taken);
        taken.add(staging);
        names.push(staging);
        target = sheets.add(staging);
        target.visibility = "Hidden";
      }
      return {
        layout,
        lookup: lookups.get(layout.id) as ReportLookup,
        report,
        charts,
        direct,
        target,
        names,
      };
    });
    // Own sheets of an earlier report that this one does not have.
    const wanted = new Set(layouts.map((l) => l.id));
    const obsolete = [...ids].filter((id) => !wanted.has(id) && existingOf(id) !== null);

    // `touched`: whether the report sheets may hold part of a report (direct drawing, or a failed swap); a
    // failure while staging leaves them exactly as they were, the previous report intact. Then every sheet
    // this run added goes, looked up by the names it has had: after a failed batch some may be gone already,
    // and deleting a sheet that is not there would fail the whole batch.
    const recover = async (e: unknown, touched: boolean): Promise<never> => {
      try {
        for (const job of jobs) {
          if (!job.report || !(touched || job.direct)) continue;
          queueClear(job.report, null);
          const cell = job.report.getRange("A1");
          cell.numberFormat = [["@"]];
          cell.values = [[FAILED[lang] + errorText(e)[lang]]];
        }
        await sync();
      } catch {
        // The host refuses the message: the sheets we added still go below.
      }
      try {
        const added = jobs
          .flatMap((job) => job.names)
          .map((name) => sheets.getItemOrNullObject(name));
        added.forEach((ws) => ws.load("name"));
        await sync();
        added.forEach((ws) => {
          if (!ws.isNullObject) ws.delete();
        });
        await sync();
      } catch {
        // The host is gone or refuses every write: nothing more can be done; report the first error.
      }
      throw e;
    };

    try {
      // The staging sheets are added in this first sync: a failure from here on removes them again.
      await sync();
      for (const job of jobs) if (job.direct) queueClear(job.target, job.charts);
      for (const job of jobs) {
        await renderCells(job.target, job.layout, sync, {
          date1904,
          onRows: onRows(job.layout.sheetName),
        });
        rowsBefore += job.layout.values.length;
      }
    } catch (e) {
      return recover(e, false);
    }

    // The swap: one batch that only copies server-side, names, shows, marks and sets up.
    try {
      for (const job of jobs) {
        const { layout, report, target } = job;
        if (report && !job.direct) {
          queueClear(report, job.charts);
          const rows = layout.values.length;
          const cols = layout.values[0]?.length ?? 0;
          if (rows > 0 && cols > 0)
            report
              .getRange("A1")
              .copyFrom(target.getRange(a1({ row: 0, col: 0, rows, cols })), "All");
          queueSheetSetup(report, layout, supports);
          target.delete();
        } else if (report) {
          queueSheetSetup(report, layout, supports);
        } else {
          const name = freeName(layout.sheetName, taken);
          taken.add(name);
          job.names.push(name);
          target.name = name;
          target.visibility = "Visible";
          queueSheetSetup(target, layout, supports);
          // A marker left pointing at a deleted sheet (#REF!) is replaced by the new one.
          queueSetMarker(context, target, !job.lookup.item.isNullObject, markerName(layout.id));
        }
      }
      for (const id of obsolete) {
        sheets.getItem(existingOf(id) as string).delete();
        context.workbook.names.getItem(markerName(id)).delete();
      }
      const first = jobs[0].report ?? jobs[0].target;
      first.load("name");
      await sync();
      return first.name;
    } catch (e) {
      return recover(e, true);
    }
  });
}
