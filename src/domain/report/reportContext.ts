/**
 * What every part of the report is built from: the analysis, the bulletin's figures (which also hold the
 * analysis at the comparison date), the resolved options, and the 附件 numbers of the sheets in the report.
 */
import { isoFromSerial } from "../core/dates";
import type { Analysis, Lang, Serial } from "../core/types";
import type { BulletinFigures } from "./bulletinFigures";
import type { BulletinOptions } from "./bulletinOptions";
import type { ReportGrid } from "./grid";
import type { SheetId } from "./layout";
import { formatValue } from "./numberText";
import { FORMATS } from "./palette";

export interface ReportContext {
  lang: Lang;
  analysis: Analysis;
  figures: BulletinFigures;
  opts: BulletinOptions;
  /** The 附件 number of a sheet of the report; null when the report has no such sheet. */
  annex(id: SheetId): number | null;
}

/** One part of a sheet: appends its rows to the grid (nothing when it has nothing to say). */
export type SheetPart = (grid: ReportGrid, ctx: ReportContext) => void;

export { longDate } from "./prose";

/** A count as the report's tables show it: 1,380. */
export const countText = (n: number): string => formatValue(n, FORMATS.count);

/** A date as the report's tables show it: 2023-12-31. */
export const isoText = (s: Serial): string => isoFromSerial(s);

/** Appends a thin blank row between blocks. */
export function addSpacer(grid: ReportGrid, height = 8): void {
  const row = grid.addRow();
  grid.rowHeights.push({ row, height });
}
