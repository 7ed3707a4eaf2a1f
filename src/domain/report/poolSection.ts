/** The annex of the cultivation pool (培育库): each unit's pool by stage at the as-of date, with the 合计 row. */
import { isoFromSerial } from "../dates";
import type { Analysis, Lang, UnitRow } from "../types";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { addCaption, addTable, columnSpecs } from "./tableParts";

/** Pool enterprises of a unit, whatever their stage. */
export function poolSize(u: UnitRow): number {
  return u.pool.found + u.pool.served + u.pool.submitted + u.pool.recognised;
}

/** Appends the pool by unit and stage; units in table order, 合计 last and bold. */
export function addPoolAppendix(grid: ReportGrid, analysis: Analysis, lang: Lang): void {
  grid.addRow();
  addCaption(grid, reportText(lang, "poolCaption", { count: poolSize(analysis.total), asOf: isoFromSerial(analysis.asOf) }));
  const rows = [...analysis.units, analysis.total].map((u) => [
    u === analysis.total ? reportText(lang, "total") : u.unit,
    u.pool.found,
    u.pool.served,
    u.pool.submitted,
    u.pool.recognised,
    u.pool.recognisedThisYear,
    poolSize(u),
  ]);
  const { lastRow } = addTable(
    grid,
    "pool",
    lang,
    columnSpecs(lang, [
      ["unit", FORMATS.text, "left"],
      ["stage.found", FORMATS.count, "right"],
      ["stage.served", FORMATS.count, "right"],
      ["stage.submitted", FORMATS.count, "right"],
      ["stage.recognised", FORMATS.count, "right"],
      ["recognisedThisYear", FORMATS.count, "right"],
      ["poolSize", FORMATS.count, "right"],
    ]),
    rows
  );
  grid.style(lastRow, 0, 1, 7, { bold: true, fill: COLORS.totalFill });
}
