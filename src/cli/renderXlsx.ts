/**
 * Draws report layouts as an .xlsx workbook, one sheet per layout, with the CLI's own streaming writer
 * (src/cli/xlsx/write): values, styles, merges, widths, heights, frozen panes, conditional formats and
 * print setup. The writer draws no charts, so `layout.chart` is left out here (the add-in's Office.js
 * renderer draws it); the result says so.
 */
import type { RangeRef, ReportLayout } from "../domain/report/layout";
import { rangeRef } from "./xlsx/write/sheetXml";
import type { SheetSpec } from "./xlsx/write/workbookSpec";
import { writeXlsx } from "./xlsx/write/writeXlsx";

/** The CJK font the report asks for; Excel and LibreOffice fall back sensibly where it is missing. */
export const FONT_NAME = "等线";
const BORDER_COLOR = "BFBFBF";
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };

/** A1-style address of a layout range (0-based rows and columns). */
export function rangeAddress(r: RangeRef): string {
  return rangeRef(r);
}

/** The writer's sheet for a layout. */
export function layoutSheet(layout: ReportLayout): SheetSpec {
  const p = layout.print;
  return {
    name: layout.sheetName,
    values: layout.values,
    columns: Math.max(layout.values[0]?.length ?? 0, layout.columnWidths.length),
    styles: layout.styles,
    merges: layout.merges,
    columnWidths: layout.columnWidths,
    rowHeights: layout.rowHeights,
    freeze: layout.freeze,
    conditionalFormats: layout.conditionalFormats,
    print: {
      orientation: p.orientation,
      paperSize: p.paperSize,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      repeatRows: p.repeatRows,
      margins: MARGINS,
      horizontalCentered: true,
    },
  };
}

/** Writes `layouts` (one sheet each) to the new file `file`; true when a chart was left out. */
export async function writeReportXlsx(
  file: string,
  layouts: readonly ReportLayout[]
): Promise<{ chartOmitted: boolean }> {
  await writeXlsx(file, {
    sheets: layouts.map(layoutSheet),
    creator: "gaoqi",
    fontName: FONT_NAME,
    // Calibri 11 is the Normal font the layout's column widths were measured against (exceljs's).
    normalFont: { name: "Calibri", size: 11 },
    borderColor: BORDER_COLOR,
  });
  return { chartOmitted: layouts.some((l) => l.chart !== null) };
}
