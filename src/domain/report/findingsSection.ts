/** Data problems, each pointing at its sheet, row and column, so the user can go and fix the cell. */
import type { Analysis, Lang } from "../types";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { addCaption, addTable, columnSpecs, HEADER_STYLE } from "./tableParts";

/** The message column is merged across the rest of the grid (up to this many rows; beyond, it overflows). */
const MAX_MERGED_ROWS = 2000;

/**
 * Appends the findings list. The message is long, so its column spans the rest of the grid: merged
 * per row, bordered as one cell. Past MAX_MERGED_ROWS the text simply runs on over the empty cells to
 * its right, as thousands of merges would slow both renderers.
 */
const MESSAGE_COL = 4;

/** Appends the findings list (see above). */
export function addFindings(grid: ReportGrid, analysis: Analysis, lang: Lang): void {
  grid.addRow();
  addCaption(grid, reportText(lang, "findingsCaption", { count: analysis.findings.length }));
  const rows = analysis.findings.map((f) => [
    f.sheet,
    f.row === 0 ? null : f.row,
    f.column,
    f.name ?? "",
    f.message[lang],
  ]);
  const { headerRow, firstRow, lastRow } = addTable(
    grid,
    "findings",
    lang,
    columnSpecs(lang, [
      ["sheet", FORMATS.text, "left"],
      ["row", FORMATS.integer, "right"],
      ["column", FORMATS.text, "center"],
      ["name", FORMATS.text, "left"],
      ["problem", FORMATS.text, "left"],
    ]),
    rows
  );
  const span = grid.width - MESSAGE_COL;
  grid.style(headerRow, MESSAGE_COL, 1, span, HEADER_STYLE);
  grid.style(firstRow, MESSAGE_COL, lastRow - firstRow + 1, span, {
    border: true,
    numberFormat: FORMATS.text,
  });
  for (let r = headerRow; r <= Math.min(lastRow, headerRow + MAX_MERGED_ROWS); r++) {
    grid.merges.push({ row: r, col: MESSAGE_COL, rows: 1, cols: span });
  }
  analysis.findings.forEach((f, i) => {
    if (f.severity === "error")
      grid.style(firstRow + i, MESSAGE_COL, 1, 1, { fontColor: COLORS.errorFont });
  });
}
