/**
 * 附件 年内到期名单: the certificates whose last valid day falls in the as-of year (or the rolling window),
 * by unit, with the enterprise's credit code and certificate number: the commission's call list.
 */
import { statusLabel } from "../core/i18n";
import { longDate, proseCount } from "./prose";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import { reportText, unitLabel } from "./labels";
import { COLORS, FORMATS } from "./palette";
import {
  addTable,
  columnSpecs,
  columnWidths,
  ENTERPRISE_COLUMNS,
  type SheetColumnDef,
} from "./tableParts";

const COLUMNS: SheetColumnDef[] = [
  ...ENTERPRISE_COLUMNS,
  ["lastValid", FORMATS.date, "center", { min: 10, max: 12 }],
  ["status", FORMATS.text, "center", { min: 6, max: 16 }],
  ["daysLeft", FORMATS.integer, "right", { min: 6, max: 10 }],
];
const STATUS_COL = 6;

export const expiringAnnex: AnnexBuilder = {
  id: "expiring",
  include: () => true,
  build(ctx, n) {
    const { analysis: a, lang } = ctx;
    const grid = openAnnex(
      COLUMNS.length,
      ctx,
      n,
      reportText(lang, "expiringTitle", { year: a.year }),
      reportText(
        lang,
        ctx.figures.expired === a.expiring.length && a.expiring.length > 0
          ? "expiringSubtitleAll"
          : "expiringSubtitle",
        {
          asOf: longDate(a.asOf, lang),
          count: proseCount(a.expiring.length, lang),
          expired: proseCount(ctx.figures.expired, lang),
        }
      )
    );
    const rows = a.expiring.map((e, i) => [
      i + 1,
      e.name,
      e.creditCode || null,
      e.certNo || null,
      unitLabel(e.unit, lang),
      e.lastValid,
      statusLabel(e.status, lang),
      e.daysLeft,
    ]);
    const { firstRow } = addTable(grid, "expiring", lang, columnSpecs(lang, COLUMNS), rows);
    if (rows.length) grid.style(firstRow, 1, rows.length, 1, { wrap: true });
    a.expiring.forEach((e, i) => {
      if (e.status === "expired")
        grid.style(firstRow + i, STATUS_COL, 1, 1, { fontColor: COLORS.expiredFont });
    });
    return finishAnnex(grid, ctx, "expiring", "expiringSheet", n, columnWidths(COLUMNS));
  },
};
