/**
 * Draws a report layout onto an exceljs worksheet: values, styles, merges, widths, heights, frozen
 * panes, conditional formats and print setup. exceljs cannot draw charts, so `layout.chart` is left
 * out here (the add-in's Office.js renderer draws it); `chartOmitted` tells the caller.
 */
import type * as ExcelJS from "exceljs";
import type { CellStyle, ConditionalRule, RangeRef, ReportLayout } from "../domain/report/layout";

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

/** The CJK font the report asks for; Excel and LibreOffice fall back sensibly where it is missing. */
const FONT_NAME = "等线";

const argb = (rgb: string): string => "FF" + rgb.toUpperCase();

/** A1-style address of a layout range (0-based rows and columns). */
export function rangeAddress(r: RangeRef): string {
  const a = (row: number, col: number): string => `${columnName(col)}${row + 1}`;
  return r.rows === 1 && r.cols === 1
    ? a(r.row, r.col)
    : `${a(r.row, r.col)}:${a(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

function columnName(index0: number): string {
  let n = index0 + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** exceljs style for one merged layout style (objects are shared between cells with equal styles). */
function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: FONT_NAME,
      size: s.fontSize ?? 10,
      bold: s.bold ?? false,
      italic: s.italic ?? false,
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    },
  };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap) {
    style.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.numberFormat) style.numFmt = s.numberFormat;
  if (s.border) style.border = BORDER;
  return style;
}

function toRule(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  const formulae =
    rule.operator === "between" ? [rule.value1, rule.value2 ?? rule.value1] : [rule.value1];
  return {
    type: "cellIs",
    operator: rule.operator as ExcelJS.CellIsOperators,
    formulae,
    priority,
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
      ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
    },
  } as ExcelJS.ConditionalFormattingRule;
}

/** Draws `layout` on a new worksheet of `workbook`; returns the sheet and whether a chart was left out. */
export function renderLayout(
  workbook: ExcelJS.Workbook,
  layout: ReportLayout
): { sheet: ExcelJS.Worksheet; chartOmitted: boolean } {
  const freeze = layout.freeze;
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [
      freeze.rows > 0 || freeze.columns > 0
        ? { state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }
        : {},
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.print.orientation,
      fitToPage: true,
      fitToWidth: layout.print.fitToWidth,
      fitToHeight: layout.print.fitToHeight,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  if (layout.print.repeatRows)
    sheet.pageSetup.printTitlesRow = `${layout.print.repeatRows.first + 1}:${layout.print.repeatRows.last + 1}`;
  layout.columnWidths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });

  // Merge the layout's overlapping styles per cell first, then hand exceljs one object per distinct style.
  const merged = new Map<number, CellStyle>();
  const width = layout.values[0]?.length ?? 0;
  for (const { range, style } of layout.styles) {
    for (let r = range.row; r < range.row + range.rows; r++) {
      for (let c = range.col; c < range.col + range.cols; c++) {
        const key = r * width + c;
        const prev = merged.get(key);
        merged.set(key, prev ? { ...prev, ...style } : style);
      }
    }
  }
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const excelStyle = (s: CellStyle): Partial<ExcelJS.Style> => {
    const k = JSON.stringify(s);
    let v = styleCache.get(k);
    if (!v) styleCache.set(k, (v = toExcelStyle(s)));
    return v;
  };

  layout.values.forEach((rowValues, r) => {
    const row = sheet.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const value = rowValues[c];
      const style = merged.get(r * width + c);
      if (value === null && !style) continue;
      const cell = row.getCell(c + 1);
      if (style) cell.style = excelStyle(style);
      // A plain JS string is always a string cell in exceljs (formulas need { formula }), so user text
      // such as "=HYPERLINK(...)" stays text; the "@" format keeps Excel from re-reading it on edit.
      if (value !== null) cell.value = value;
    }
  });
  for (const { row, height } of layout.rowHeights) sheet.getRow(row + 1).height = height;
  for (const m of layout.merges)
    sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);

  // Group rules by range so each range is one <conditionalFormatting> block; list order is priority order.
  const byRange = new Map<string, ConditionalRule[]>();
  for (const rule of layout.conditionalFormats) {
    const ref = rangeAddress(rule.range);
    byRange.set(ref, [...(byRange.get(ref) ?? []), rule]);
  }
  let priority = 1;
  for (const [ref, rules] of byRange) {
    sheet.addConditionalFormatting({ ref, rules: rules.map((rule) => toRule(rule, priority++)) });
  }
  return { sheet, chartOmitted: layout.chart !== null };
}
