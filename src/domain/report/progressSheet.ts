/**
 * 附件 月度进度 (DOMAIN.md section 13): each unit's valid count at every month end of the as-of year up to
 * the as-of date (units by months, after the previous year end), the 合计, the district's target and its
 * completion by month, and under the table a line chart of the 合计 against the target line. One page
 * wide, landscape when the months need it, the header row repeated on every printed page.
 */
import { serialFromYmd, ymdFromSerial } from "../core/dates";
import { longDate } from "./prose";
import type { Lang, Serial } from "../core/types";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import type { ReportGrid } from "./grid";
import { reportText, unitLabel } from "./labels";
import { CHART_COLORS, COLORS, FORMATS } from "./palette";
import { addSpacer } from "./reportContext";
import { addTable, type ColumnSpec } from "./tableParts";

const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** A progress date as a column head: 3月 / Mar for a month end, 6月15日 / Jun 15 for the as-of date within a month. */
export function progressDateLabel(date: Serial, monthEnd: boolean, lang: Lang): string {
  const { m, d } = ymdFromSerial(date);
  if (lang === "zh-CN") return monthEnd ? `${m}月` : `${m}月${d}日`;
  return monthEnd ? MONTHS_EN[m - 1] : `${MONTHS_EN[m - 1]} ${d}`;
}

/** Whether a serial is the last day of its month. */
const isMonthEnd = (s: Serial): boolean => ymdFromSerial(s + 1).d === 1;

/** Rows of the chart below the table, at the default row height: about 3.4 inches. */
const CHART_ROWS = 16;
/** Rows a landscape A4 page holds below the title rows, at the table's row height (a little less, to be safe). */
const ROWS_PER_PAGE = 28;
/** Columns before the months: unit, target, previous year end. */
const LEAD = 3;

/** Appends the line chart of `totalRow` against `targetRow` (none without a target), the months in the header row's cells. */
function addProgressChart(
  grid: ReportGrid,
  lang: Lang,
  headerRow: number,
  totalRow: number,
  targetRow: number | null,
  months: number
): void {
  addSpacer(grid);
  // A chart cut by a page break prints as two halves: below a long table it starts a page of its own.
  if (grid.nextRow + CHART_ROWS > ROWS_PER_PAGE) grid.rowBreaks.push(grid.nextRow);
  const first = grid.nextRow;
  for (let i = 0; i < CHART_ROWS; i++) grid.addRow();
  const across = (row: number) => ({ row, col: LEAD, rows: 1, cols: months });
  grid.chart = {
    type: "line",
    title: reportText(lang, "progressChartTitle"),
    categories: across(headerRow),
    series: [
      { name: reportText(lang, "valid"), values: across(totalRow), color: CHART_COLORS.valid },
      ...(targetRow === null
        ? []
        : [
            {
              name: reportText(lang, "districtTarget"),
              values: across(targetRow),
              color: CHART_COLORS.targetLine,
              dashed: true,
            },
          ]),
    ],
    topDown: false,
    anchor: { row: first, col: 0, rows: CHART_ROWS, cols: grid.width },
  };
  grid.sections.push({
    id: "chart",
    kind: "chart",
    headerRow: first,
    firstRow: first,
    lastRow: first + CHART_ROWS - 1,
  });
}

export const progressAnnex: AnnexBuilder = {
  id: "progress",
  include: (ctx) => ctx.analysis.progress.length > 0,
  build(ctx, n) {
    const { analysis: a, lang } = ctx;
    const months = a.progress.length;
    const columns = [
      { min: 10, max: 16 },
      { min: 6, max: 9 },
      { min: 6, max: 9 },
      ...a.progress.map(() => ({ min: 5, max: 8 })),
    ];
    const grid = openAnnex(
      columns.length,
      ctx,
      n,
      reportText(lang, "progressTitle", { year: a.year }),
      reportText(lang, "progressSubtitle", {
        asOf: longDate(a.asOf, lang),
        prevEnd: longDate(serialFromYmd(a.year, 1, 1) - 1, lang),
      })
    );
    const specs: ColumnSpec[] = [
      { label: reportText(lang, "unit"), numberFormat: FORMATS.text, hAlign: "left" },
      { label: reportText(lang, "target"), numberFormat: FORMATS.count, hAlign: "right" },
      {
        label: reportText(lang, "prevYearEnd", { year: a.year - 1 }),
        numberFormat: FORMATS.count,
        hAlign: "right",
      },
      ...a.progress.map((p): ColumnSpec => ({
        label: progressDateLabel(p.date, isMonthEnd(p.date), lang),
        numberFormat: FORMATS.count,
        hAlign: "right",
      })),
    ];
    const byUnit = a.progress.map((p) => new Map(p.units.map((u) => [u.unit, u.valid])));
    const unitRows = a.units.map((u) => [
      unitLabel(u.unit, lang),
      u.target,
      u.validPrevYearEnd,
      ...byUnit.map((m) => m.get(u.unit) ?? null),
    ]);
    const t = a.total;
    const rows = [
      ...unitRows,
      [unitLabel(t.unit, lang), t.target, t.validPrevYearEnd, ...a.progress.map((p) => p.valid)],
    ];
    // The target as a row of its own: the chart's target line is drawn from it, one value per month.
    const target = t.target;
    if (target !== null && target > 0) {
      rows.push([reportText(lang, "districtTarget"), null, null, ...a.progress.map(() => target)]);
      rows.push([
        reportText(lang, "districtCompletion"),
        null,
        t.validPrevYearEnd / target,
        ...a.progress.map((p) => p.completion),
      ]);
    }
    const { headerRow, firstRow, lastRow } = addTable(grid, "progress", lang, specs, rows);
    const totalRow = firstRow + unitRows.length;
    grid.style(totalRow, 0, 1, columns.length, { bold: true, fill: COLORS.totalFill });
    if (lastRow > totalRow) {
      grid.style(totalRow + 1, 0, 2, columns.length, { fontColor: COLORS.noteFont });
      grid.style(lastRow, 2, 1, columns.length - 2, { numberFormat: FORMATS.percent });
    }
    addProgressChart(
      grid,
      lang,
      headerRow,
      totalRow,
      lastRow > totalRow ? totalRow + 1 : null,
      months
    );
    return finishAnnex(grid, ctx, "progress", "progressSheet", n, columns);
  },
};
