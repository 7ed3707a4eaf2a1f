/**
 * Pieces every tabular section shares: a caption row above it, a styled header row, bordered data
 * rows with per-column number formats, and a "(none)" row when there is nothing to list.
 */
import type { Lang } from "../types";
import type { ReportGrid } from "./grid";
import type { CellStyle, HAlign, ReportValue, SectionId } from "./layout";
import { reportText, type ReportTextKey } from "./labels";
import { COLORS, FONT_SIZES } from "./palette";

export interface ColumnSpec {
  label: string;
  numberFormat: string;
  hAlign?: HAlign;
}

/** Column headers: white bold on the house blue, centred, bordered. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: COLORS.headerFill,
  fontColor: COLORS.headerFont,
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
  border: true,
  numberFormat: "@",
};

/** A column as data: label key, number format, alignment. */
export type ColumnDef = [label: ReportTextKey, numberFormat: string, hAlign: HAlign];

/** Column specs from their definitions, labelled in `lang`. */
export function columnSpecs(lang: Lang, defs: ColumnDef[]): ColumnSpec[] {
  return defs.map(([label, numberFormat, hAlign]) => ({
    label: reportText(lang, label),
    numberFormat,
    hAlign,
  }));
}

/** Appends a bold caption row spanning the grid. */
export function addCaption(grid: ReportGrid, text: string): number {
  const row = grid.addText(text, { bold: true, fontSize: FONT_SIZES.caption, fontColor: COLORS.captionFont });
  grid.textSection("caption", row);
  return row;
}

/**
 * Appends a header row and the data rows of one table, styles them, and records the section.
 * Returns the first data row (rows before it are header and caption).
 */
export function addTable(
  grid: ReportGrid,
  id: SectionId,
  lang: Lang,
  columns: ColumnSpec[],
  rows: ReportValue[][]
): { headerRow: number; firstRow: number; lastRow: number } {
  const headerRow = grid.addRow(columns.map((c) => c.label));
  grid.style(headerRow, 0, 1, columns.length, HEADER_STYLE);
  const firstRow = grid.nextRow;
  for (const r of rows) grid.addRow(r);
  const lastRow = grid.nextRow - 1;
  if (rows.length > 0) {
    columns.forEach((c, col) => {
      const style: CellStyle = { numberFormat: c.numberFormat, border: true, vAlign: "middle" };
      if (c.hAlign) style.hAlign = c.hAlign;
      grid.style(firstRow, col, rows.length, 1, style);
    });
  } else {
    const none = grid.addRow([reportText(lang, "none")]);
    grid.style(none, 0, 1, 1, { italic: true, fontColor: COLORS.noteFont, numberFormat: "@" });
  }
  grid.sections.push({ id, kind: "table", headerRow, firstRow, lastRow, cols: columns.length });
  return { headerRow, firstRow, lastRow };
}
