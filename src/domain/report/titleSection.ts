/** The 通报's title block: district and year, then the as-of and comparison dates and where the numbers came from. */
import { isoFromSerial } from "../core/dates";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COLORS, FONT_SIZES, ROW_HEIGHTS } from "./palette";
import { addSpacer, type ReportContext } from "./reportContext";

/** The bulletin's title in the context's language. */
export function bulletinTitle(ctx: ReportContext): string {
  return reportText(ctx.lang, "title", { district: ctx.opts.district, year: ctx.analysis.year });
}

/** Appends the title and subtitle rows (and a spacer). */
export function addTitle(grid: ReportGrid, ctx: ReportContext): void {
  const { analysis, lang } = ctx;
  const rosters = analysis.sheets.filter((s) => s.kind === "roster");
  const records = rosters.reduce((sum, s) => sum + s.records, 0);
  // A target table from the workbook is named by its sheet (or file), which stays as the user wrote it.
  const source = analysis.targets.source === "default" ? reportText(lang, "defaultTargets") : reportText(lang, "targetSheet", { sheet: analysis.targets.source });
  const title = grid.addText(bulletinTitle(ctx), {
    bold: true,
    fontSize: FONT_SIZES.title,
    fontColor: COLORS.titleFont,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
  });
  grid.rowHeights.push({ row: title, height: ROW_HEIGHTS.title });
  grid.textSection("title", title);
  const subtitle = grid.addText(
    reportText(lang, "subtitle", {
      asOf: isoFromSerial(analysis.asOf),
      compare: isoFromSerial(ctx.figures.compare.asOf),
      source,
      sheets: rosters.length,
      records: records.toLocaleString("en-US"),
    }),
    { fontSize: FONT_SIZES.subtitle, fontColor: COLORS.noteFont, hAlign: "center", vAlign: "middle", wrap: true }
  );
  grid.textSection("subtitle", subtitle);
  addSpacer(grid);
}
