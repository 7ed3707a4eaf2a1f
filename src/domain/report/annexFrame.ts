/**
 * What every 附件 sheet shares: "附件N" at the top left, a centred title and a line under it, then one list
 * whose header row repeats on every printed page; A4 one page wide (landscape when the list is wide), the
 * page-number footer. A new 附件 (a call list, say) is an AnnexBuilder using these two functions.
 */
import { ReportGrid } from "./grid";
import { reportText, type ReportTextKey } from "./labels";
import type { ReportLayout, SheetId } from "./layout";
import { COLORS, FONT_SIZES } from "./palette";
import type { ReportContext } from "./reportContext";
import { finishSheet, type ColumnFit } from "./sheetFinish";

/** A 附件 of the report: whether this report has it, and its sheet as 附件 `n`. */
export interface AnnexBuilder {
  id: SheetId;
  include(ctx: ReportContext): boolean;
  build(ctx: ReportContext, n: number): ReportLayout;
}

/** A new grid `width` columns wide, opened with the 附件 label, the title and the line under it. */
export function openAnnex(
  width: number,
  ctx: ReportContext,
  n: number,
  title: string,
  subtitle: string
): ReportGrid {
  return openLabelled(width, reportText(ctx.lang, "annexLabel", { n }), title, subtitle);
}

/** A new grid opened with `labelText` at the top left (附件N, 工作底稿), the title and the line under it. */
export function openLabelled(
  width: number,
  labelText: string,
  title: string,
  subtitle: string
): ReportGrid {
  const grid = new ReportGrid(width);
  const label = grid.addText(labelText, { bold: true, fontSize: FONT_SIZES.caption });
  grid.textSection("annexLabel", label);
  const head = grid.addText(title, {
    bold: true,
    fontSize: FONT_SIZES.annexTitle,
    fontColor: COLORS.titleFont,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
  });
  grid.textSection("title", head);
  const sub = grid.addText(subtitle, {
    fontSize: FONT_SIZES.subtitle,
    fontColor: COLORS.noteFont,
    hAlign: "center",
    wrap: true,
  });
  grid.textSection("subtitle", sub);
  return grid;
}

/**
 * Rows an 附件 freezes at most: a list below another table (the call list under the per-unit table) would
 * freeze a pane taller than a laptop's window, and the list could not scroll into view. Such a sheet is not
 * frozen; its list's header row still repeats on every printed page.
 */
export const MAX_FROZEN_ROWS = 8;

/** Finishes an 附件 sheet: frozen (see MAX_FROZEN_ROWS) and repeated down to the list's header row (the section `listId`). */
export function finishAnnex(
  grid: ReportGrid,
  ctx: ReportContext,
  id: SheetId,
  nameKey: ReportTextKey,
  n: number,
  columns: ColumnFit[],
  listId = id
): ReportLayout {
  return finishListSheet(grid, ctx, id, reportText(ctx.lang, nameKey, { n }), columns, listId);
}

/** Finishes a sheet opened by openLabelled as finishAnnex does, under its own sheet name. */
export function finishListSheet(
  grid: ReportGrid,
  ctx: ReportContext,
  id: SheetId,
  sheetName: string,
  columns: ColumnFit[],
  listId: string = id
): ReportLayout {
  const list = grid.sections.find((s) => s.id === listId);
  const header = list ? list.headerRow : 0;
  return finishSheet(grid, {
    id,
    sheetName,
    lang: ctx.lang,
    columns,
    freeze: { rows: header + 1 <= MAX_FROZEN_ROWS ? header + 1 : 0, columns: 0 },
    fitToHeight: 0,
    repeatRows: { first: header, last: header },
    footer: reportText(ctx.lang, "footer"),
    chart: grid.chart,
  });
}
