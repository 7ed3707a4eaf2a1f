/**
 * 附件 待走访名单 (docs/rules.md section 10): first each unit's service contacts (visits this year, enterprises
 * visited, open and overdue problems, 待走访) with the 合计 row, the table the 通报's 服务情况 paragraph
 * refers to; then the call list: enterprises expiring in the as-of year or submitted from the pool with no
 * contact in the last N days, in unit order (expiring first, then submitted, as the analysis lists them),
 * with the reason and the last contact (未联系 when none). The call list's header row is the one repeated
 * on every printed page. In the report when the workbook has a contact sheet: without one, every such
 * enterprise would be listed as never contacted.
 */
import type { UnitRow } from "../core/types";
import { longDate, proseCount } from "./prose";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import { hasContactSheet } from "./contactSection";
import type { ReportGrid } from "./grid";
import { reportText, unitLabel } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { addSpacer, type ReportContext } from "./reportContext";
import { addCaption, addTable, columnSpecs } from "./tableParts";

/** Both tables share the columns: 序号, unit or enterprise, then the counts or the list's fields. */
const COLUMNS = [
  { min: 4, max: 6 },
  { min: 12, max: 36 },
  { min: 8, max: 21 },
  { min: 8, max: 14 },
  { min: 8, max: 16 },
  { min: 10, max: 12 },
  { min: 7, max: 10 },
];
const LAST_CONTACT_COL = 5;

/** Each unit's contact counts in table order, then 合计 (bold, shaded). */
function addUnitTable(grid: ReportGrid, ctx: ReportContext): void {
  const { lang, analysis: a } = ctx;
  addCaption(grid, reportText(lang, "contactsByUnitCaption"));
  const line = (u: UnitRow, seq: number | null) => {
    const c = u.contacts;
    return [seq, unitLabel(u.unit, lang), c.visits, c.enterprises, c.open, c.overdue, c.toVisit];
  };
  const rows = [...a.units.map((u, i) => line(u, i + 1)), line(a.total, null)];
  const { firstRow, lastRow } = addTable(
    grid,
    "contactUnits",
    lang,
    columnSpecs(lang, [
      ["seq", FORMATS.integer, "center"],
      ["unit", FORMATS.text, "left"],
      ["visits", FORMATS.count, "right"],
      ["enterprisesContacted", FORMATS.count, "right"],
      ["openProblems", FORMATS.count, "right"],
      ["overdueProblems", FORMATS.count, "right"],
      ["toVisit", FORMATS.count, "right"],
    ]),
    rows
  );
  grid.style(lastRow, 0, 1, COLUMNS.length, { bold: true, fill: COLORS.totalFill });
  grid.style(firstRow, 1, lastRow - firstRow + 1, 1, { wrap: true });
}

/** The call list; a never-contacted enterprise's 未联系 in red. */
function addCallList(grid: ReportGrid, ctx: ReportContext): void {
  const { lang, analysis: a } = ctx;
  addCaption(grid, reportText(lang, "toVisitCaption", { days: ctx.opts.contactDays }));
  const never = reportText(lang, "neverContacted");
  const rows = a.toVisit.map((v, i) => [
    i + 1,
    v.name,
    v.creditCode || null,
    unitLabel(v.unit, lang),
    reportText(lang, v.reason === "expiring" ? "reason.expiring" : "reason.submitted"),
    v.lastContact ?? never,
  ]);
  const { firstRow } = addTable(
    grid,
    "toVisit",
    lang,
    columnSpecs(lang, [
      ["seq", FORMATS.integer, "center"],
      ["name", FORMATS.text, "left"],
      ["creditCode", FORMATS.text, "left"],
      ["ownUnit", FORMATS.text, "left"],
      ["toVisitReason", FORMATS.text, "center"],
      ["lastContact", FORMATS.date, "center"],
    ]),
    rows
  );
  if (rows.length) grid.style(firstRow, 1, rows.length, 1, { wrap: true });
  a.toVisit.forEach((v, i) => {
    if (v.lastContact === null)
      grid.style(firstRow + i, LAST_CONTACT_COL, 1, 1, {
        numberFormat: FORMATS.text,
        fontColor: COLORS.expiredFont,
      });
  });
}

export const toVisitAnnex: AnnexBuilder = {
  id: "toVisit",
  include: hasContactSheet,
  build(ctx, n) {
    const { analysis: a, lang } = ctx;
    const grid = openAnnex(
      COLUMNS.length,
      ctx,
      n,
      reportText(lang, "toVisitTitle", { year: a.year }),
      reportText(lang, "toVisitSubtitle", {
        asOf: longDate(a.asOf, lang),
        count: proseCount(a.toVisit.length, lang),
        days: ctx.opts.contactDays,
      })
    );
    addUnitTable(grid, ctx);
    addSpacer(grid);
    addCallList(grid, ctx);
    return finishAnnex(grid, ctx, "toVisit", "toVisitSheet", n, COLUMNS);
  },
};
