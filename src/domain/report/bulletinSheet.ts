/**
 * The sheet 通报: what a district leader signs, on one A4 page. Its parts, in order, each a small builder
 * of its own: a new paragraph or table is one more entry in BULLETIN_PARTS.
 */
import { addBulletinTable, BULLETIN_COLUMNS } from "./bulletinTable";
import { addChart } from "./chartSection";
import { addClosing } from "./closingSection";
import { addContacts } from "./contactSection";
import { addForecastSummary } from "./forecastSection";
import { ReportGrid } from "./grid";
import { reportText } from "./labels";
import type { ReportLayout } from "./layout";
import { addDecompositionNote } from "./methodNote";
import type { ReportContext, SheetPart } from "./reportContext";
import { finishSheet } from "./sheetFinish";
import { addSignature } from "./signatureSection";
import { addSummary } from "./summarySection";
import { addTableNotes } from "./tableNotes";
import { addTitle } from "./titleSection";

/** The parts of the 通报, top to bottom. */
export const BULLETIN_PARTS: SheetPart[] = [
  addTitle,
  addSummary,
  addForecastSummary,
  addDecompositionNote,
  addBulletinTable,
  addTableNotes,
  addChart,
  addContacts,
  addClosing,
  addSignature,
];

/** The 通报 sheet: portrait, the whole sheet on one page. */
export function buildBulletinSheet(ctx: ReportContext): ReportLayout {
  const grid = new ReportGrid(BULLETIN_COLUMNS.length);
  for (const part of BULLETIN_PARTS) part(grid, ctx);
  return finishSheet(grid, {
    id: "bulletin",
    sheetName: reportText(ctx.lang, "sheetName"),
    lang: ctx.lang,
    columns: BULLETIN_COLUMNS,
    freeze: { rows: 0, columns: 0 },
    orientation: "portrait",
    fitToHeight: 1,
    footer: reportText(ctx.lang, "footer"),
    chart: grid.chart,
  });
}
