/**
 * 附件 培育库: each unit's cultivation pool (docs/rules.md section 8) by stage at the as-of date, with the
 * 合计 row. In the report when the workbook has a pool sheet.
 */
import type { UnitRow } from "../core/types";
import { longDate, proseCount } from "./prose";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import { reportText, unitLabel } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { addTable, columnSpecs, columnWidths, type SheetColumnDef } from "./tableParts";

const COLUMNS: SheetColumnDef[] = [
  ["unit", FORMATS.text, "left", { min: 10, max: 16 }],
  ["stage.found", FORMATS.count, "right", { min: 7, max: 12 }],
  ["stage.served", FORMATS.count, "right", { min: 7, max: 12 }],
  ["stage.submitted", FORMATS.count, "right", { min: 7, max: 12 }],
  ["stage.recognised", FORMATS.count, "right", { min: 7, max: 12 }],
  ["recognisedThisYear", FORMATS.count, "right", { min: 7, max: 12 }],
  ["poolSize", FORMATS.count, "right", { min: 7, max: 12 }],
];

/** Pool enterprises of a unit, whatever their stage. */
export function poolSize(u: UnitRow): number {
  return u.pool.found + u.pool.served + u.pool.submitted + u.pool.recognised;
}

export const poolAnnex: AnnexBuilder = {
  id: "pool",
  include: (ctx) => ctx.analysis.sheets.some((s) => s.kind === "pool"),
  build(ctx, n) {
    const { analysis: a, lang } = ctx;
    const grid = openAnnex(
      COLUMNS.length,
      ctx,
      n,
      reportText(lang, "poolTitle"),
      reportText(lang, "poolSubtitle", {
        asOf: longDate(a.asOf, lang),
        count: proseCount(poolSize(a.total), lang),
      })
    );
    const rows = [...a.units, a.total].map((u) => [
      unitLabel(u.unit, lang),
      u.pool.found,
      u.pool.served,
      u.pool.submitted,
      u.pool.recognised,
      u.pool.recognisedThisYear,
      poolSize(u),
    ]);
    const { lastRow } = addTable(grid, "pool", lang, columnSpecs(lang, COLUMNS), rows);
    grid.style(lastRow, 0, 1, COLUMNS.length, { bold: true, fill: COLORS.totalFill });
    return finishAnnex(grid, ctx, "pool", "poolSheet", n, columnWidths(COLUMNS));
  },
};
