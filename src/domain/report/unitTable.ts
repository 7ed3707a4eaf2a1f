/**
 * The per-unit table: targets, valid counts, completion (with band colours), gaps, net increase, expiring,
 * awards, and the year-end forecast (the exact expected value, shown rounded by its number format).
 */
import type { Analysis, Lang, UnitRow } from "../types";
import type { ReportGrid } from "./grid";
import type { ChartSpec, ConditionalRule, RangeRef, ReportValue } from "./layout";
import { reportText } from "./labels";
import { BAND_HIGH, BAND_LOW, BAND_MID_MAX, COLORS, FORMATS } from "./palette";
import { addCaption, addTable, columnSpecs } from "./tableParts";

/** 0-based column of 完成率 in the unit table. */
export const COMPLETION_COL = 3;

function unitValues(u: UnitRow, na: string): ReportValue[] {
  return [
    u.unit,
    u.target ?? na,
    u.valid,
    u.completion ?? na,
    u.gap ?? na,
    u.netIncrease,
    u.expiring,
    u.awards,
    u.forecast.value,
  ];
}

/** Contiguous runs of rows [first, last] whose completion is a number (cells with "—" get no band colour). */
export function numericRuns(units: UnitRow[], firstRow: number): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  units.forEach((u, i) => {
    if (u.completion === null) return;
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

/** Appends the per-unit table with its 合计 row; returns the chart of completion by unit (null when no unit has a target). */
export function addUnitTable(grid: ReportGrid, analysis: Analysis, lang: Lang): ChartSpec | null {
  addCaption(grid, reportText(lang, "unitsCaption"));
  const na = reportText(lang, "notApplicable");
  const columns = columnSpecs(lang, [
    ["unit", FORMATS.text, "left"],
    ["target", FORMATS.count, "right"],
    ["valid", FORMATS.count, "right"],
    ["completion", FORMATS.percent, "right"],
    ["gap", FORMATS.signedCount, "right"],
    ["netIncrease", FORMATS.delta, "right"],
    ["expiring", FORMATS.count, "right"],
    ["awards", FORMATS.money, "right"],
    ["forecast", FORMATS.count, "right"],
  ]);
  const rows = [...analysis.units, analysis.total].map((u) => unitValues(u, na));
  const { firstRow, lastRow } = addTable(grid, "units", lang, columns, rows);
  grid.style(lastRow, 0, 1, columns.length, { bold: true, fill: COLORS.totalFill });

  // Bands cover the completion cells that hold numbers, the 合计 row included.
  const runs = numericRuns([...analysis.units, analysis.total], firstRow);
  for (const run of runs) {
    grid.conditionalFormats.push(
      ...bandRules({ row: run.first, col: COMPLETION_COL, rows: run.last - run.first + 1, cols: 1 })
    );
  }

  // The chart shows units (not 合计) over the longest run of units with a target.
  const unitRuns = numericRuns(analysis.units, firstRow);
  if (unitRuns.length === 0) return null;
  const best = unitRuns.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a));
  const count = best.last - best.first + 1;
  return {
    type: "bar",
    title: reportText(lang, "chartTitle"),
    categories: { row: best.first, col: 0, rows: count, cols: 1 },
    values: { row: best.first, col: COMPLETION_COL, rows: count, cols: 1 },
    seriesName: reportText(lang, "completion"),
    anchor: {
      row: firstRow - 1,
      col: grid.width + 1,
      rows: Math.max(16, lastRow - firstRow + 2),
      cols: 8,
    },
  };
}
