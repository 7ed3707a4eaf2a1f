/**
 * 数据问题: in the 工作底稿 (working papers) always, and as an 附件 of the bulletin when the setting
 * report.findings asks for it (off by default: the leader's copy has no use for it). Each problem in the data pointing at its sheet, row and
 * column, so the office can go and fix the cell. Past `maxListedFindings` the rest are counted per code in a
 * small table on a page of its own, with a note that the JSON output and the task pane list every one:
 * 200,000 rows of the same warning help no reader, and would make the workbook slow to write and to open.
 */
import { findingCodeLabel } from "../core/i18n";
import type { Finding, FindingCode, Lang } from "../core/types";
import { type AnnexBuilder, finishListSheet, openLabelled } from "./annexFrame";
import { longDate, proseCount } from "./prose";
import type { ReportGrid } from "./grid";
import { reportText } from "./labels";
import type { ReportLayout, SheetId } from "./layout";
import { COLORS, FONT_SIZES, FORMATS } from "./palette";
import type { ReportContext } from "./reportContext";
import { addCaption, addTable, columnSpecs, columnWidths, type SheetColumnDef } from "./tableParts";

/** The list's columns; the counts table under a long list uses the first two. */
const COLUMNS: SheetColumnDef[] = [
  ["sheet", FORMATS.text, "left", { min: 8, max: 24 }],
  ["row", FORMATS.integer, "right", { min: 5, max: 9 }],
  ["column", FORMATS.text, "center", { min: 4, max: 5 }],
  ["name", FORMATS.text, "left", { min: 12, max: 30 }],
  ["problem", FORMATS.text, "left", { min: 30, max: 60 }],
];
const MESSAGE_COL = 4;
/** Before the others when several files are read as one: the file of the finding's sheet. */
const FILE_COLUMN: SheetColumnDef = ["sourceFile", FORMATS.text, "left", { min: 10, max: 24 }];

/** The findings not listed, counted per code, most frequent first, on a page of their own. */
function addCounts(grid: ReportGrid, rest: readonly Finding[], lang: Lang): void {
  const counts = new Map<FindingCode, number>();
  for (const f of rest) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => [findingCodeLabel(code, lang), n]);
  // Its caption starts a page, so it is never left alone at the foot of one.
  grid.rowBreaks.push(addCaption(grid, reportText(lang, "countsCaption")));
  addTable(
    grid,
    "findingCounts",
    lang,
    columnSpecs(lang, [
      ["code", FORMATS.text, "left"],
      ["notListed", FORMATS.count, "right"],
    ]),
    rows
  );
}

/** Where the findings list goes: an 附件 of the bulletin, or a sheet of the 工作底稿. */
export interface FindingsFrame {
  id: SheetId;
  /** The line at the top left: 附件N, 工作底稿. */
  label: string;
  sheetName: string;
}

/** The findings list on a sheet of its own, framed as `frame` says. */
export function findingsSheet(ctx: ReportContext, frame: FindingsFrame): ReportLayout {
  const { analysis: a, lang } = ctx;
  const all = a.findings;
  const max = ctx.opts.maxListedFindings;
  const listed = all.length > max ? all.slice(0, max) : all;
  const several = a.sources !== undefined;
  const columns = several ? [FILE_COLUMN, ...COLUMNS] : COLUMNS;
  const at = several ? 1 : 0;
  const grid = openLabelled(
    columns.length,
    frame.label,
    reportText(lang, "findingsTitle"),
    reportText(lang, "findingsSubtitle", {
      asOf: longDate(a.asOf, lang),
      count: proseCount(all.length, lang),
    })
  );
  {
    if (listed.length < all.length) {
      const note = grid.addText(
        reportText(lang, "findingsListed", {
          listed: proseCount(listed.length, lang),
          rest: proseCount(all.length - listed.length, lang),
        }),
        { italic: true, fontSize: FONT_SIZES.note, fontColor: COLORS.noteFont, wrap: true }
      );
      grid.textSection("notes", note);
    }
    const rows = listed.map((f) => [
      ...(several ? [f.file ?? null] : []),
      f.sheet,
      f.row === 0 ? null : f.row,
      f.column || null,
      f.name || null,
      f.message[lang],
    ]);
    const { firstRow } = addTable(grid, "findings", lang, columnSpecs(lang, columns), rows);
    if (rows.length) {
      grid.style(firstRow, at + 3, rows.length, 2, { wrap: true });
      grid.style(firstRow, 0, rows.length, at + 1, { wrap: true });
    }
    listed.forEach((f, i) => {
      if (f.severity === "error")
        grid.style(firstRow + i, at + MESSAGE_COL, 1, 1, { fontColor: COLORS.errorFont });
    });
    if (listed.length < all.length) addCounts(grid, all.slice(listed.length), lang);
  }
  return finishListSheet(grid, ctx, frame.id, frame.sheetName, columnWidths(columns), "findings");
}

/** The findings as an 附件 of the bulletin (setting report.findings "sheet"; the 工作底稿 has them always). */
export const findingsAnnex: AnnexBuilder = {
  id: "findings",
  include: (ctx) => ctx.opts.findings === "sheet",
  build: (ctx, n) =>
    findingsSheet(ctx, {
      id: "findings",
      label: reportText(ctx.lang, "annexLabel", { n }),
      sheetName: reportText(ctx.lang, "findingsSheet", { n }),
    }),
};
