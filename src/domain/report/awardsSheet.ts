/**
 * 附件 奖励明细: the list finance pays from. Every payable award event of the year up to the as-of date
 * (docs/rules.md section 5) with the enterprise's credit code and certificate number, its type (首次认定 /
 * 重新认定 / 迁入 第k期) and date (the issue date, or a relocation stage's due date), the amount in 元;
 * grouped by unit with a subtotal after each, then a subtotal per type and the 合计. The events that earn
 * nothing follow in a short table of their own, counted by reason and type (unpaidAwards.ts); the 工作底稿
 * lists them one by one.
 */
import { serialFromYmd } from "../core/dates";
import { awardEventLabel } from "../core/i18n";
import type { AwardEvent, Lang } from "../core/types";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import { awardsSplit } from "./awardSplit";
import { reportText, unitLabel } from "./labels";
import type { ReportValue } from "./layout";
import { COLORS, FORMATS, SUBTOTAL_FILL } from "./palette";
import { longDate, proseCount, proseWan, proseYuan } from "./prose";
import { countText } from "./reportContext";
import { addUnpaidAwards } from "./unpaidAwards";
import {
  addTable,
  columnSpecs,
  columnWidths,
  ENTERPRISE_COLUMNS,
  type SheetColumnDef,
} from "./tableParts";

/** The list's columns (the 工作底稿's list of unpaid events reuses their widths). */
export const COLUMNS: SheetColumnDef[] = [
  ...ENTERPRISE_COLUMNS,
  ["type", FORMATS.text, "center", { min: 8, max: 18 }],
  ["awardDate", FORMATS.date, "center", { min: 10, max: 12 }],
  ["amountYuan", FORMATS.money, "right", { min: 10, max: 14 }],
];
const LABEL_COL = 1;
const AMOUNT_COL = 7;

/** An event's type key for the per-type subtotals: the type, and a relocation's stage. */
const typeKey = (e: AwardEvent): string =>
  e.stage === undefined ? e.type : `${e.type}:${e.stage}`;
const TYPE_ORDER = ["first", "renewal", "relocation"];

function sum(events: AwardEvent[]): number {
  return events.reduce((n, e) => n + e.amount, 0);
}

/** The per-type subtotals in a fixed order: first, renewal, then each relocation stage. */
function byType(events: AwardEvent[], lang: Lang): { label: string; events: AwardEvent[] }[] {
  const groups = new Map<string, AwardEvent[]>();
  for (const e of events) {
    const k = typeKey(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return [...groups.entries()]
    .sort(
      ([a, ea], [b, eb]) =>
        TYPE_ORDER.indexOf(ea[0].type) - TYPE_ORDER.indexOf(eb[0].type) ||
        (ea[0].stage ?? 0) - (eb[0].stage ?? 0) ||
        a.localeCompare(b)
    )
    .map(([, list]) => ({ label: awardEventLabel(list[0], lang), events: list }));
}

export const awardsAnnex: AnnexBuilder = {
  id: "awards",
  include: () => true,
  build(ctx, n) {
    const { analysis: a, lang } = ctx;
    const { paid, unpaid } = awardsSplit(a);
    const total = sum(paid);
    const grid = openAnnex(
      COLUMNS.length,
      ctx,
      n,
      reportText(lang, "awardsTitle", { year: a.year }),
      reportText(lang, "awardsSubtitle", {
        from: longDate(serialFromYmd(a.year, 1, 1), lang),
        asOf: longDate(a.asOf, lang),
        count: proseCount(paid.length, lang),
        amount: lang === "zh-CN" ? proseWan(total, lang) : proseYuan(total),
      })
    );
    const columns = columnSpecs(lang, COLUMNS);
    // Each unit's events and its subtotal, then a subtotal per type and the 合计: one list, one header.
    const rows: ReportValue[][] = [];
    const totals: { at: number; fill: string }[] = [];
    const subtotal = (label: string, amount: number, fillColor = SUBTOTAL_FILL): void => {
      const cells: ReportValue[] = Array(COLUMNS.length).fill(null);
      cells[LABEL_COL] = label;
      cells[AMOUNT_COL] = amount;
      totals.push({ at: rows.length, fill: fillColor });
      rows.push(cells);
    };
    if (paid.length > 0) {
      let seq = 0;
      for (const u of a.units) {
        const events = paid.filter((e) => e.unit === u.unit);
        if (events.length === 0) continue;
        for (const e of events)
          rows.push([
            ++seq,
            e.name,
            e.creditCode || null,
            e.certNo || null,
            unitLabel(e.unit, lang),
            awardEventLabel(e, lang),
            e.date,
            e.amount,
          ]);
        subtotal(
          reportText(lang, "unitSubtotal", {
            unit: unitLabel(u.unit, lang),
            count: countText(events.length),
          }),
          sum(events)
        );
      }
      for (const g of byType(paid, lang))
        subtotal(
          reportText(lang, "typeSubtotal", { type: g.label, count: countText(g.events.length) }),
          sum(g.events)
        );
      subtotal(
        reportText(lang, "grandTotal", { count: countText(paid.length) }),
        total,
        COLORS.totalFill
      );
    }
    const { firstRow } = addTable(grid, "awards", lang, columns, rows);
    if (rows.length) grid.style(firstRow, LABEL_COL, rows.length, 1, { wrap: true });
    for (const t of totals) {
      const row = firstRow + t.at;
      grid.merges.push({ row, col: LABEL_COL, rows: 1, cols: AMOUNT_COL - LABEL_COL });
      grid.style(row, 0, 1, COLUMNS.length, { bold: true, fill: t.fill });
    }
    addUnpaidAwards(grid, ctx, unpaid);
    return finishAnnex(grid, ctx, "awards", "awardsSheet", n, columnWidths(COLUMNS));
  },
};
