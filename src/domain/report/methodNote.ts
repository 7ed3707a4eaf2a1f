/** The bulletin's note on a target table Gaoqi decomposed: which sheet, by which method, from which base date. */
import { methodLabel } from "../decompose/decomposeLabels";
import type { Analysis, Lang } from "../core/types";
import type { ReportGrid } from "./grid";
import { COLORS } from "./palette";
import { longDate } from "./prose";
import type { ReportContext } from "./reportContext";

/** The note's text; null when the targets were not decomposed by Gaoqi (the policy's table, a hand-made one). */
export function decompositionNoteText(analysis: Analysis, lang: Lang): string | null {
  const d = analysis.targets.decomposition;
  if (!d) return null;
  const sheet = analysis.targets.source;
  const method = methodLabel(d.method, lang);
  const base = longDate(d.baseDate, lang);
  return lang === "zh-CN"
    ? `目标表“${sheet}”由总量分解而来：${method}，基数为${base}有效期内高企数。`
    : `The target table "${sheet}" was decomposed from district totals ${method}, from the valid counts at ${base}.`;
}

/** Appends the note when the targets were decomposed; nothing otherwise. */
export function addDecompositionNote(grid: ReportGrid, ctx: ReportContext): void {
  const text = decompositionNoteText(ctx.analysis, ctx.lang);
  if (text === null) return;
  const row = grid.addText(text, { fontColor: COLORS.bodyFont, wrap: true, vAlign: "top" });
  grid.textSection("method", row);
}
