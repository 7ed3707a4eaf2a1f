/**
 * The 通报's head, as an official document opens: the 文号 line, the title, and the 主送 line (settings
 * report.refNo, report.title, report.addressee; each with a default in the bulletin's language).
 */
import { ymdFromSerial } from "../core/dates";
import { bulletinTextOf, type BulletinTextKey } from "../settings/bulletinText";
import type { Lang, ReportSettings } from "../core/types";
import type { ReportGrid } from "./grid";
import { interpolate } from "../core/interpolate";
import { COLORS, FONT_SIZES, ROW_HEIGHTS } from "./palette";
import { addSpacer, type ReportContext } from "./reportContext";

/** What the bulletin texts may name: the district, the report's year, the year of issue (the 文号's). */
export interface BulletinTextVars {
  district: string;
  year: number;
  issueYear: number;
}

/** A bulletin text as set (or its default in `lang`), its names filled in: what the 通报 prints and the pane previews. */
export function bulletinTextFor(
  texts: Pick<ReportSettings, BulletinTextKey>,
  key: BulletinTextKey,
  lang: Lang,
  vars: BulletinTextVars
): string {
  return interpolate(bulletinTextOf(texts, key, lang), { ...vars });
}

/** A bulletin text setting of the context, its {district}, {year} and {issueYear} filled in. */
export function bulletinSetting(ctx: ReportContext, key: BulletinTextKey): string {
  const vars = {
    district: ctx.opts.district,
    year: ctx.analysis.year,
    issueYear: ymdFromSerial(ctx.opts.issuedOn).y,
  };
  return bulletinTextFor(ctx.opts.texts, key, ctx.lang, vars);
}

/** The bulletin's title in the context's language. */
export function bulletinTitle(ctx: ReportContext): string {
  return bulletinSetting(ctx, "title");
}

/** Appends the 文号, the title and the 主送 line. */
export function addTitle(grid: ReportGrid, ctx: ReportContext): void {
  const refNo = grid.addText(bulletinSetting(ctx, "refNo"), {
    fontSize: FONT_SIZES.body + 1,
    fontColor: COLORS.bodyFont,
    hAlign: "center",
  });
  grid.textSection("refNo", refNo);
  addSpacer(grid, 6);
  const title = grid.addText(bulletinTitle(ctx), {
    bold: true,
    fontSize: FONT_SIZES.title,
    fontColor: COLORS.titleFont,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
  });
  grid.rowHeights.push({ row: title, height: ROW_HEIGHTS.title });
  grid.textSection("title", title);
  addSpacer(grid, 6);
  const addressee = grid.addText(bulletinSetting(ctx, "addressee"), {
    fontSize: 11,
    fontColor: COLORS.bodyFont,
    wrap: true,
  });
  grid.textSection("addressee", addressee);
}
