/**
 * Draws report layouts as an .xlsx workbook, one sheet per layout, with the CLI's own streaming writer
 * (src/cli/xlsx/write): values, styles, merges, widths, heights, frozen panes, conditional formats, print
 * setup (margins, print titles, the page-number footer, page breaks) and the chart. Host-neutral: the
 * CLI writes the spec to a file (renderXlsx.ts), the offline page to a download (xlsxBlob.ts).
 */
import type { ReportLayout } from "../domain/report/layout";
import type { SheetSpec, WorkbookSpec } from "./xlsx/write/workbookSpec";

/** The CJK font the report asks for; Excel and LibreOffice fall back sensibly where it is missing. */
export const FONT_NAME = "等线";
const BORDER_COLOR = "BFBFBF";

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
      margins: p.margins,
      horizontalCentered: p.centerHorizontally,
      ...(p.footer ? { footer: { center: p.footer } } : {}),
      rowBreaks: p.rowBreaks,
    },
    chart: layout.chart,
  };
}

/** The report workbook's fonts, borders and author, whatever its sheets. */
export const REPORT_BOOK: Omit<WorkbookSpec, "sheets"> = {
  creator: "gaoqi",
  fontName: FONT_NAME,
  // Calibri 11 is the Normal font the layout's column widths were measured against (Excel's default).
  normalFont: { name: "Calibri", size: 11 },
  borderColor: BORDER_COLOR,
};

/** The workbook of `layouts`, one sheet each, charts included. */
export function reportWorkbookSpec(layouts: readonly ReportLayout[]): WorkbookSpec {
  return { sheets: layouts.map(layoutSheet), ...REPORT_BOOK };
}
