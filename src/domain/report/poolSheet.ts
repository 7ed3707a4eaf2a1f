/**
 * 附件 培育库: each unit's cultivation pool (docs/rules.md section 8) by stage at the as-of date, with the
 * 合计 row. In the report when the workbook has a pool sheet.
 */
import type { UnitRow } from "../core/types";
import { longDate, proseCount } from "./prose";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import { reportText, unitLabel } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { addTable, columnSpecs } from "./tableParts";

const COLUMNS = [{ min: 10, max: 16 }, ...Array.from({ length: 6 }, () => ({ min: 7, max: 12 }))];

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
      reportText(lang, "poolSubtitle", { asOf: longDate(a.asOf, lang), count: proseCount(poolSize(a.total), lang) })
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
    grid.style(lastRow, 0, 1, COLUMNS.length, { bold: true, fill: COLORS.totalFill });
    return finishAnnex(grid, ctx, "pool", "poolSheet", n, COLUMNS);
  },
};
