/** Data problems, each pointing at its sheet, row and column, so the user can go and fix the cell. */
import type { Analysis, Lang } from "../types";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { addCaption, addTable, columnSpecs } from "./tableParts";

/**
 * Appends the findings list. The message sits in the fourth column and, left unwrapped, runs on over
 * the empty cells to its right (merging thousands of rows would be slow in both renderers).
 */
export function addFindings(grid: ReportGrid, analysis: Analysis, lang: Lang): void {
  grid.addRow();
  addCaption(grid, reportText(lang, "findingsCaption", { count: analysis.findings.length }));
  const rows = analysis.findings.map((f) => [
    f.sheet,
    f.row === 0 ? null : f.row,
    f.column,
    f.message[lang],
  ]);
  const { firstRow } = addTable(
    grid,
    "findings",
    lang,
    columnSpecs(lang, [
      ["colSheet", FORMATS.text, "left"],
      ["colRow", FORMATS.integer, "right"],
      ["colColumn", FORMATS.text, "center"],
      ["colProblem", FORMATS.text, "left"],
    ]),
    rows
  );
  analysis.findings.forEach((f, i) => {
    if (f.severity === "error") grid.style(firstRow + i, 3, 1, 1, { fontColor: COLORS.errorFont });
  });
}
