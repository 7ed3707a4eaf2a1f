/**
 * The 工作底稿 (working papers): what staff need and the leader's copy leaves out, as a workbook of its
 * own: the data findings (each pointing at the cell to fix) and the award events that earn nothing, one
 * by one with the reason. Built from the same context as the bulletin, so its figures are the bulletin's.
 */
import { serialFromYmd } from "../core/dates";
import { COLUMNS as AWARD_COLUMNS } from "./awardsSheet";
import { columnWidths } from "./tableParts";
import { awardsSplit } from "./awardSplit";
import { finishListSheet, openLabelled } from "./annexFrame";
import { findingsSheet } from "./findingsSheet";
import { interpolate } from "../core/interpolate";
import type { ReportLayout } from "./layout";
import { FORMATS } from "./palette";
import { longDate, proseCount } from "./prose";
import type { ReportContext } from "./reportContext";
import { addTable, columnSpecs } from "./tableParts";
import { unpaidAwardRows } from "./unpaidAwards";

const TEXT = {
  label: { "zh-CN": "工作底稿", "en-US": "Working papers" },
  findingsSheet: { "zh-CN": "底稿 数据问题", "en-US": "WP Data findings" },
  unpaidSheet: { "zh-CN": "底稿 不予奖励", "en-US": "WP Unpaid awards" },
  unpaidTitle: {
    "zh-CN": "{year}年不予奖励事项",
    "en-US": "Award events that earn nothing, {year}",
  },
  unpaidSubtitle: {
    "zh-CN": "{from}至{asOf}，共{count}项；奖励政策执行期为{start}至{end}",
    "en-US": "{from} to {asOf}: {count} events; the award policy ran from {start} to {end}",
  },
  reason: { "zh-CN": "原因", "en-US": "Reason" },
};

function say(
  ctx: ReportContext,
  key: keyof typeof TEXT,
  vars: Record<string, string | number> = {}
): string {
  return interpolate(TEXT[key][ctx.lang], vars);
}

/** The award events of the year that earn nothing, one a row, with the reason. */
function unpaidSheet(ctx: ReportContext): ReportLayout {
  const { analysis: a, lang, opts } = ctx;
  const { unpaid } = awardsSplit(a);
  // The award list's column widths: name, credit code and unit fit the same texts.
  const award = columnWidths(AWARD_COLUMNS);
  const columnsFit = [
    award[0],
    award[1],
    award[2],
    award[4],
    award[5],
    award[6],
    { min: 16, max: 40 },
  ];
  const grid = openLabelled(
    columnsFit.length,
    say(ctx, "label"),
    say(ctx, "unpaidTitle", { year: a.year }),
    say(ctx, "unpaidSubtitle", {
      from: longDate(serialFromYmd(a.year, 1, 1), lang),
      asOf: longDate(a.asOf, lang),
      count: proseCount(unpaid.length, lang),
      start: longDate(opts.window.start, lang),
      end: longDate(opts.window.end, lang),
    })
  );
  const columns = columnSpecs(lang, [
    ["seq", FORMATS.integer, "center"],
    ["name", FORMATS.text, "left"],
    ["creditCode", FORMATS.text, "left"],
    ["ownUnit", FORMATS.text, "left"],
    ["type", FORMATS.text, "center"],
    ["awardDate", FORMATS.date, "center"],
    ["type", FORMATS.text, "left"],
  ]);
  columns[6].label = say(ctx, "reason");
  const { firstRow } = addTable(grid, "unpaidAwards", lang, columns, unpaidAwardRows(ctx, unpaid));
  if (unpaid.length) grid.style(firstRow, 1, unpaid.length, 1, { wrap: true });
  if (unpaid.length) grid.style(firstRow, 6, unpaid.length, 1, { wrap: true });
  return finishListSheet(
    grid,
    ctx,
    "workpaperUnpaid",
    say(ctx, "unpaidSheet"),
    columnsFit,
    "unpaidAwards"
  );
}

/** The working papers' sheets: the findings, then the unpaid award events. */
export function workpaperSheets(ctx: ReportContext): ReportLayout[] {
  return [
    findingsSheet(ctx, {
      id: "workpaperFindings",
      label: say(ctx, "label"),
      sheetName: say(ctx, "findingsSheet"),
    }),
    unpaidSheet(ctx),
  ];
}
