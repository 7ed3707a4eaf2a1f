/** The report's title block: district and year, then the as-of date and where the numbers came from. */
import { isoFromSerial } from "../dates";
import type { Analysis, Lang } from "../types";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COLORS, FONT_SIZES, ROW_HEIGHTS } from "./palette";

/** Appends the title rows (and a blank spacer row) to the grid. */
export function addTitle(grid: ReportGrid, analysis: Analysis, lang: Lang): void {
  const rosters = analysis.sheets.filter((s) => s.kind === "roster");
  const records = rosters.reduce((sum, s) => sum + s.records, 0);
  const source =
    analysis.targets.source === "default"
      ? reportText(lang, "defaultTargets")
      : analysis.targets.source;
  const title = grid.addRow([
    reportText(lang, "title", { district: analysis.district, year: analysis.year }),
  ]);
  const subtitle = grid.addRow([
    reportText(lang, "subtitle", {
      asOf: isoFromSerial(analysis.asOf),
      source,
      sheets: rosters.length,
      records: records.toLocaleString("en-US"),
    }),
  ]);
  grid.addRow();
  grid.mergeRow(title);
  grid.mergeRow(subtitle);
  grid.style(title, 0, 1, grid.width, {
    bold: true,
    fontSize: FONT_SIZES.title,
    fontColor: COLORS.titleFont,
    hAlign: "center",
    vAlign: "middle",
    numberFormat: "@",
  });
  grid.style(subtitle, 0, 1, grid.width, {
    fontSize: FONT_SIZES.subtitle,
    fontColor: COLORS.noteFont,
    hAlign: "center",
    vAlign: "middle",
    numberFormat: "@",
  });
  grid.rowHeights.push(
    { row: title, height: ROW_HEIGHTS.title },
    { row: subtitle, height: ROW_HEIGHTS.subtitle }
  );
  grid.sections.push({ id: "title", headerRow: title, firstRow: title, lastRow: subtitle });
}
