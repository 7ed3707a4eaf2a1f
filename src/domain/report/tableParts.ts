/**
 * Pieces every tabular section shares: a caption row above it, a styled header row, bordered data
 * rows with per-column number formats, and a "(none)" row when there is nothing to list.
 */
import type { Lang } from "../core/types";
import type { ReportGrid } from "./grid";
import type { CellStyle, HAlign, ReportValue, SectionId } from "./layout";
import { reportText, type ReportTextKey } from "./labels";
import { COLORS, FONT_SIZES, FORMATS } from "./palette";
import type { ColumnFit } from "./sheetFinish";
import { isWideChar } from "./textWidth";

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

/** Wide characters a header keeps on one line before it breaks (a CJK term of 6 and more: 有效期内 / 高企). */
const HEADER_CJK_LINE = 4;

/**
 * A column head with its line breaks where a reader expects them, not where the cell's width happens to
 * fall: before a parenthesised unit ("奖励" / "（万元）", "Awards" / "(10,000 CNY)"), after a slash, and a
 * long CJK term after its first four characters. Heads with spaces wrap between their words by themselves.
 */
export function headerText(label: string): string {
  const paren = label.search(/ ?[（(]/);
  if (paren > 0) return `${label.slice(0, paren)}\n${label.slice(paren).trimStart()}`;
  const slash = label.indexOf("/");
  if (slash > 0 && slash < label.length - 1)
    return `${label.slice(0, slash + 1)}\n${label.slice(slash + 1)}`;
  const chars = [...label];
  const cjk = chars.every((ch) => isWideChar(ch.codePointAt(0) as number));
  if (cjk && chars.length >= HEADER_CJK_LINE + 2)
    return `${chars.slice(0, HEADER_CJK_LINE).join("")}\n${chars.slice(HEADER_CJK_LINE).join("")}`;
  return label;
}

/** A column as data: label key, number format, alignment. */
export type ColumnDef = [label: ReportTextKey, numberFormat: string, hAlign: HAlign];

/** A 附件 sheet's column: its table column and, in the same place, the width it may take. */
export type SheetColumnDef = [
  label: ReportTextKey,
  numberFormat: string,
  hAlign: HAlign,
  width: ColumnFit,
];

/** The columns that open every list of enterprises (序号, 企业名称, 信用代码, 证书编号, 所属单位). */
export const ENTERPRISE_COLUMNS: readonly SheetColumnDef[] = [
  ["seq", FORMATS.integer, "center", { min: 4, max: 6 }],
  ["name", FORMATS.text, "left", { min: 12, max: 36 }],
  ["creditCode", FORMATS.text, "left", { min: 10, max: 21 }],
  ["certNo", FORMATS.text, "left", { min: 10, max: 17 }],
  ["ownUnit", FORMATS.text, "left", { min: 6, max: 14 }],
];

/** The width bounds of a sheet's column definitions, in order. */
export function columnWidths(defs: readonly SheetColumnDef[]): ColumnFit[] {
  return defs.map((d) => d[3]);
}

/** Column specs from their definitions, labelled in `lang`. */
export function columnSpecs(
  lang: Lang,
  defs: readonly (ColumnDef | SheetColumnDef)[]
): ColumnSpec[] {
  return defs.map(([label, numberFormat, hAlign]) => ({
    label: headerText(reportText(lang, label)),
    numberFormat,
    hAlign,
  }));
}

/** Appends a bold caption row spanning the grid. */
export function addCaption(grid: ReportGrid, text: string): number {
  const row = grid.addText(text, {
    bold: true,
    fontSize: FONT_SIZES.caption,
    fontColor: COLORS.captionFont,
  });
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
