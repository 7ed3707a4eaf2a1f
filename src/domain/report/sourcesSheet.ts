/**
 * 附件 报送情况 (docs/rules.md section 12): when several files are read as one, a row per file: its
 * sheets and what each was read as, the rows read, the units it covers, its newest date and its findings,
 * so the commission sees who sent what, and how current it is.
 */
import type { Lang, SourceSummary } from "../core/types";
import { finishAnnex, openAnnex, type AnnexBuilder } from "./annexFrame";
import { reportText, unitLabel } from "./labels";
import { COLORS, FORMATS } from "./palette";
import { longDate, proseCount } from "./prose";
import { addTable, columnSpecs, columnWidths, type SheetColumnDef } from "./tableParts";

const COLUMNS: SheetColumnDef[] = [
  ["seq", FORMATS.integer, "center", { min: 4, max: 6 }],
  ["sourceFile", FORMATS.text, "left", { min: 12, max: 30 }],
  ["sourceSheets", FORMATS.text, "left", { min: 16, max: 40 }],
  ["sourceRows", FORMATS.count, "right", { min: 6, max: 10 }],
  ["sourceUnits", FORMATS.text, "left", { min: 10, max: 30 }],
  ["sourceNewest", FORMATS.date, "center", { min: 10, max: 12 }],
  ["sourceFindings", FORMATS.count, "right", { min: 6, max: 10 }],
];
const SHEETS_COL = 2;

/** "高企名单（企业名单）、走访记录（走访记录）", or why the file could not be read. */
export function sourceSheetsText(s: SourceSummary, lang: Lang): string {
  if (s.unreadable) return reportText(lang, "sourceUnreadable", { reason: s.unreadable[lang] });
  const kinds = s.sheets.map((x) =>
    lang === "zh-CN"
      ? `${x.sheet}（${reportText(lang, `kind.${x.kind}`)}）`
      : `${x.sheet} (${reportText(lang, `kind.${x.kind}`)})`
  );
  return kinds.join(lang === "zh-CN" ? "、" : ", ");
}

export const sourcesAnnex: AnnexBuilder = {
  id: "sources",
  include: (ctx) => ctx.analysis.sources !== undefined,
  build(ctx, n) {
    const { analysis: a, lang } = ctx;
    const sources = a.sources ?? [];
    const grid = openAnnex(
      COLUMNS.length,
      ctx,
      n,
      reportText(lang, "sourcesTitle"),
      reportText(lang, "sourcesSubtitle", {
        asOf: longDate(a.asOf, lang),
        count: proseCount(sources.length, lang),
      })
    );
    const rows = sources.map((s, i) => [
      i + 1,
      s.file,
      sourceSheetsText(s, lang),
      s.rows,
      s.units.map((u) => unitLabel(u, lang)).join(lang === "zh-CN" ? "、" : ", ") || null,
      s.newest,
      s.findings,
    ]);
    const { firstRow } = addTable(grid, "sources", lang, columnSpecs(lang, COLUMNS), rows);
    if (rows.length) grid.style(firstRow, 1, rows.length, 4, { wrap: true });
    sources.forEach((s, i) => {
      if (s.unreadable) grid.style(firstRow + i, SHEETS_COL, 1, 1, { fontColor: COLORS.errorFont });
    });
    return finishAnnex(grid, ctx, "sources", "sourcesSheet", n, columnWidths(COLUMNS));
  },
};
