/** The 通报's closing 工作要求 (setting report.closing, default in the bulletin's language): one row a paragraph. */
import type { ReportGrid } from "./grid";
import { COLORS } from "./palette";
import { addSpacer, type ReportContext } from "./reportContext";
import { bulletinSetting } from "./titleSection";

/** Appends the closing paragraphs (nothing when the setting is blank lines only). */
export function addClosing(grid: ReportGrid, ctx: ReportContext): void {
  const paragraphs = bulletinSetting(ctx, "closing")
    .split("\n")
    .filter((p) => p.trim() !== "");
  if (paragraphs.length === 0) return;
  addSpacer(grid, 4);
  const first = grid.nextRow;
  for (const p of paragraphs)
    grid.addText(p, { wrap: true, vAlign: "top", fontSize: 11, fontColor: COLORS.bodyFont });
  grid.textSection("closing", first, grid.nextRow - 1);
}
