/**
 * The 通报's per-unit table (docs/rules.md section 11), in rank order, 合计 last: 排名, unit, target, valid,
 * completion (with band colours), gap, the change since the comparison date (较上期) in the valid count and in
 * completion points, expiring, awards in 万元, and the year-end forecast (the exact expected value, shown
 * rounded by its number format). A "—" marks what does not apply; the notes under the table say why.
 */
import type { Lang } from "../core/types";
import type { UnitLine } from "./bulletinFigures";
import type { ReportGrid } from "./grid";
import type { ConditionalRule, RangeRef, ReportValue } from "./layout";
import { reportText, unitLabel } from "./labels";
import { BAND_HIGH, BAND_LOW, BAND_MID_MAX, COLORS, FORMATS } from "./palette";
import { addSpacer, type ReportContext } from "./reportContext";
import type { ColumnFit } from "./sheetFinish";
import { addCaption, addTable, columnSpecs, type ColumnDef, type ColumnSpec } from "./tableParts";

/** 0-based columns of the table. */
export const COL = {
  rank: 0,
  unit: 1,
  target: 2,
  valid: 3,
  completion: 4,
  gap: 5,
  change: 6,
  points: 7,
  expiring: 8,
  awards: 9,
  forecast: 10,
} as const;

/** Width bounds of the table's columns; unit names wrap past theirs. */
export const BULLETIN_COLUMNS: ColumnFit[] = [
  { min: 4.5, max: 6 },
  { min: 9, max: 17 },
  ...Array.from({ length: 9 }, () => ({ min: 6.5, max: 12 })),
];

function lineValues(l: UnitLine, lang: Lang, na: string, isTotal = false): ReportValue[] {
  const u = l.row;
  return [
    isTotal ? null : (l.rank ?? na),
    unitLabel(u.unit, lang),
    u.target ?? na,
    u.valid,
    u.completion ?? na,
    u.gap ?? na,
    l.validChange ?? na,
    l.completionChange ?? na,
    u.expiring,
    l.awardsWan,
    u.forecast.value,
  ];
}

/** Contiguous runs of rows [first, last] whose completion is a number (cells with "—" get no band colour). */
export function numericRuns(
  lines: UnitLine[],
  firstRow: number
): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  lines.forEach((l, i) => {
    if (l.row.completion === null) return;
    const row = firstRow + i;
    const prev = runs[runs.length - 1];
    if (prev && prev.last === row - 1) prev.last = row;
    else runs.push({ first: row, last: row });
  });
  return runs;
}

/** The three completion bands over one range, green first, then amber, then red. */
export function bandRules(range: RangeRef): ConditionalRule[] {
  return [
    {
      range,
      operator: "greaterThanOrEqual",
      value1: BAND_HIGH,
      fill: COLORS.bandHigh.fill,
      fontColor: COLORS.bandHigh.font,
    },
    {
      range,
      operator: "between",
      value1: BAND_LOW,
      value2: BAND_MID_MAX,
      fill: COLORS.bandMid.fill,
      fontColor: COLORS.bandMid.font,
    },
    {
      range,
      operator: "lessThan",
      value1: BAND_LOW,
      fill: COLORS.bandLow.fill,
      fontColor: COLORS.bandLow.font,
    },
  ];
}

/** The table's column heads and formats; the change column names the net increase when it is one. */
function columns(ctx: ReportContext): ColumnSpec[] {
  const defs: ColumnDef[] = [
    ["rank", FORMATS.integer, "center"],
    ["unit", FORMATS.text, "left"],
    ["target", FORMATS.count, "right"],
    ["valid", FORMATS.count, "right"],
    ["completion", FORMATS.percent, "right"],
    ["gap", FORMATS.signedCount, "right"],
    [ctx.figures.comparedWithYearEnd ? "netSinceYearEnd" : "changeSince", FORMATS.delta, "right"],
    ["completionChange", FORMATS.points, "right"],
    ["expiring", FORMATS.count, "right"],
    ["awardsWan", FORMATS.wan, "right"],
    ["forecast", FORMATS.count, "right"],
  ];
  return columnSpecs(ctx.lang, defs);
}

/** Appends the caption, the table in rank order and the 合计 row, with the completion bands. */
export function addBulletinTable(grid: ReportGrid, ctx: ReportContext): void {
  const { lang, figures } = ctx;
  addSpacer(grid);
  addCaption(grid, reportText(lang, "unitsCaption"));
  const na = reportText(lang, "notApplicable");
  const rows = figures.lines.map((l) => lineValues(l, lang, na));
  const total = lineValues(figures.total, lang, na, true);
  const { firstRow, lastRow } = addTable(grid, "units", lang, columns(ctx), [...rows, total]);
  grid.style(lastRow, 0, 1, grid.width, { bold: true, fill: COLORS.totalFill });
  grid.style(firstRow, COL.unit, lastRow - firstRow + 1, 1, { wrap: true });
  // Bands cover the completion cells that hold numbers, the 合计 row included.
  for (const run of numericRuns([...figures.lines, figures.total], firstRow)) {
    grid.conditionalFormats.push(
      ...bandRules({ row: run.first, col: COL.completion, rows: run.last - run.first + 1, cols: 1 })
    );
  }
}
