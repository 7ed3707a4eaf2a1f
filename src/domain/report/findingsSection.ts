/**
 * Data problems, each pointing at its sheet, row and column, so the user can go and fix the cell. Past
 * `maxListed` (a setting: report.maxListedFindings) the rest are counted per code in a small table
 * instead, with a note that the JSON output and the task pane list every one: 200,000 rows of the same
 * warning help no reader, and would make the workbook slow to write and to open.
 */
import { findingCodeLabel } from "../i18n";
import type { Analysis, Finding, FindingCode, Lang } from "../types";
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

/** Appends the findings list (see above); at most `maxListed` findings are listed one by one. */
export function addFindings(
  grid: ReportGrid,
  analysis: Analysis,
  lang: Lang,
  maxListed = Infinity
): void {
  grid.addRow();
  const all = analysis.findings;
  addCaption(grid, reportText(lang, "findingsCaption", { count: all.length }));
  const listed = all.length > maxListed ? all.slice(0, maxListed) : all;
  if (listed.length < all.length) {
    const note = grid.addRow([
      reportText(lang, "findingsListed", {
        listed: listed.length.toLocaleString("en-US"),
        rest: (all.length - listed.length).toLocaleString("en-US"),
      }),
    ]);
    grid.mergeRow(note);
    grid.style(note, 0, 1, grid.width, {
      italic: true,
      fontColor: COLORS.noteFont,
      numberFormat: FORMATS.text,
      wrap: true,
    });
  }
  const rows = listed.map((f) => [f.sheet, f.row === 0 ? null : f.row, f.column, f.name || null, f.message[lang]]);
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
  listed.forEach((f, i) => {
    if (f.severity === "error")
      grid.style(firstRow + i, MESSAGE_COL, 1, 1, { fontColor: COLORS.errorFont });
  });
  if (listed.length < all.length) addCounts(grid, all.slice(listed.length), lang);
}

/** The findings not listed, counted per code, most frequent first. */
function addCounts(grid: ReportGrid, rest: Finding[], lang: Lang): void {
  const counts = new Map<FindingCode, number>();
  for (const f of rest) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => [findingCodeLabel(code, lang), n]);
  grid.addRow();
  addTable(
    grid,
    "findingCounts",
    lang,
    columnSpecs(lang, [
      ["code", FORMATS.text, "left"],
      ["notListed", FORMATS.count, "right"],
    ]),
    rows
  );
}
