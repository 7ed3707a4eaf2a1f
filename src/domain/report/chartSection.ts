/**
 * The 通报's chart: each ranked unit's valid count against its target, as horizontal bars in rank order
 * (rank 1 at the top), on the rows below the table. Units without a target have no bar pair to compare.
 */
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COL } from "./bulletinTable";
import { CHART_COLORS } from "./palette";
import { addSpacer, type ReportContext } from "./reportContext";

/**
 * Points of chart per unit (two bars, their labels, and the gap between units), and the least and the
 * most a chart gets: past the most, bars get thinner rather than push the 通报 over its one page (a
 * district of 20 units still prints at about 80%, with the 主送 and 工作要求 around it).
 */
const POINTS_PER_UNIT = 16;
const MIN_POINTS = 140;
const MAX_POINTS = 220;
/** The rows the chart covers have this height. */
const CHART_ROW_HEIGHT = 15;

/** Appends the rows the chart covers and sets `grid.chart` (nothing when no unit is ranked). */
export function addChart(grid: ReportGrid, ctx: ReportContext): void {
  const table = grid.sections.find((s) => s.id === "units");
  const ranked = ctx.figures.lines.filter((l) => l.rank !== null).length;
  if (!table || ranked === 0) return;
  addSpacer(grid);
  const rows = Math.ceil(
    Math.min(MAX_POINTS, Math.max(MIN_POINTS, ranked * POINTS_PER_UNIT + 60)) / CHART_ROW_HEIGHT
  );
  const first = grid.nextRow;
  for (let i = 0; i < rows; i++) grid.addRow();
  const { lang } = ctx;
  const column = (col: number) => ({ row: table.firstRow, col, rows: ranked, cols: 1 });
  grid.chart = {
    type: "bar",
    title: reportText(lang, "chartTitle"),
    categories: column(COL.unit),
    series: [
      // Named by text, not by the header cells: those break onto two lines, which a legend should not.
      { name: reportText(lang, "target"), values: column(COL.target), color: CHART_COLORS.target },
      { name: reportText(lang, "valid"), values: column(COL.valid), color: CHART_COLORS.valid },
    ],
    topDown: true,
    anchor: { row: first, col: 0, rows, cols: grid.width },
  };
  grid.sections.push({
    id: "chart",
    kind: "chart",
    headerRow: first,
    firstRow: first,
    lastRow: first + rows - 1,
  });
}
