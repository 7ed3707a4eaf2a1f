/** The 通报's 落款: the issuing office and the date, at the right, as an official document closes. */
import type { ReportGrid } from "./grid";
import { addSpacer, longDate, type ReportContext } from "./reportContext";

/** Appends the office and the date (settings report.issuer and report.issueDate). */
export function addSignature(grid: ReportGrid, ctx: ReportContext): void {
  addSpacer(grid, 12);
  const style = { hAlign: "right" as const, fontSize: 11 };
  const office = grid.addText(ctx.opts.issuer, style);
  grid.addText(longDate(ctx.opts.issuedOn, ctx.lang), style);
  grid.textSection("signature", office, office + 1);
}
