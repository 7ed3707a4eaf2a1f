/**
 * 附件 下降明细 (DOMAIN.md section 13): every month end at which a unit's valid count fell since the month
 * end before (January: the previous year end), with the enterprises that left the unit and why: a lapsed
 * certificate, a move out of the district, a revocation, or a new certificate under another unit. In the
 * report when a unit fell.
 */
import { longDate, proseCount } from "./prose";
import type { FallEnterprise } from "../core/types";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import { reportText, unitLabel } from "./labels";
import { FORMATS } from "./palette";
import { countText } from "./reportContext";
import { addTable, columnSpecs, columnWidths, type SheetColumnDef } from "./tableParts";

const COLUMNS: SheetColumnDef[] = [
  ["seq", FORMATS.integer, "center", { min: 4, max: 6 }],
  ["fallMonth", FORMATS.date, "center", { min: 10, max: 11 }],
  ["unit", FORMATS.text, "left", { min: 8, max: 16 }],
  ["fallChange", FORMATS.text, "center", { min: 8, max: 12 }],
  ["name", FORMATS.text, "left", { min: 12, max: 36 }],
  ["creditCode", FORMATS.text, "left", { min: 10, max: 21 }],
  ["fallReason", FORMATS.text, "left", { min: 8, max: 18 }],
  ["fallOn", FORMATS.date, "center", { min: 10, max: 11 }],
];

export const fallsAnnex: AnnexBuilder = {
  id: "falls",
  include: (ctx) => ctx.analysis.falls.length > 0,
  build(ctx, n) {
    const { analysis: a, lang } = ctx;
    const left = a.falls.reduce((sum, f) => sum + f.enterprises.length, 0);
    const grid = openAnnex(
      COLUMNS.length,
      ctx,
      n,
      reportText(lang, "fallsTitle", { year: a.year }),
      reportText(lang, "fallsSubtitle", {
        asOf: longDate(a.asOf, lang),
        falls: proseCount(a.falls.length, lang),
        count: proseCount(left, lang),
      })
    );
    const reason = (e: FallEnterprise): string =>
      reportText(lang, `fall.${e.reason}`, {
        unit: e.toUnit === undefined ? "" : unitLabel(e.toUnit, lang),
      });
    // One line per enterprise; a fall's date, unit and change stand on its first line only, so each fall reads as a block.
    let seq = 0;
    const rows = a.falls.flatMap((f) => {
      const head = [
        f.date,
        unitLabel(f.unit, lang),
        `${countText(f.before)} → ${countText(f.after)}`,
      ];
      if (f.enterprises.length === 0) return [[null, ...head, null, null, null, null]];
      return f.enterprises.map((e, k) => [
        ++seq,
        ...(k === 0 ? head : [null, null, null]),
        e.name,
        e.creditCode || null,
        reason(e),
        e.on,
      ]);
    });
    const { firstRow } = addTable(grid, "falls", lang, columnSpecs(lang, COLUMNS), rows);
    if (rows.length) grid.style(firstRow, 4, rows.length, 1, { wrap: true });
    return finishAnnex(grid, ctx, "falls", "fallsSheet", n, columnWidths(COLUMNS));
  },
};
