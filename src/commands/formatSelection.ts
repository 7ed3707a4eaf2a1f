/**
 * 格式化为报表: the house style on the selected table, values untouched. A first row with a single
 * filled cell is a title (large, bold, centred across the selection: no merge, which would drop values);
 * the next row is the header (dark fill, white bold, wrapped). Borders on header and data, number
 * formats on numeric columns only (dates by header name, ratios, integers), autofit widths, the header
 * frozen, print set to A4 landscape one page wide with the header repeated.
 */
import type { RunBatch, SupportsSet } from "../excel/excelRun";
import { requireSet } from "../excel/excelRun";
import type { CellValue } from "../domain/types";

const SAMPLE_ROWS = 200;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** The number format for a column from its header and sample values; null leaves the column as it is. */
export function columnFormat(header: CellValue, sample: CellValue[]): string | null {
  const nums = sample.filter((v) => v !== "" && v !== null && v !== undefined);
  if (nums.length === 0 || !nums.every((v) => typeof v === "number")) return null;
  const h = String(header ?? "");
  // 有效期至 (valid until) is a date; 有效期内高企 (enterprises within validity) is a count.
  if (/日期|时间|有效期(至|截止)|到期日|date|expiry|valid until/i.test(h)) return "yyyy-mm-dd";
  if (/率|比例|%|ratio|completion|rate/i.test(h)) return "0.0%";
  if ((nums as number[]).every((n) => Number.isInteger(n))) return /序号|No\.?$|#/i.test(h) ? "0" : "#,##0";
  return "#,##0.00";
}

/** Whether the first row is a title: exactly one non-empty cell. */
export function isTitleRow(row: CellValue[]): boolean {
  return row.filter((v) => v !== "" && v !== null && v !== undefined).length === 1 && row.length > 1;
}

/** Styles the selection; resolves to its address. */
export async function formatSelection(run: RunBatch, supports: SupportsSet): Promise<string | null> {
  requireSet(supports, "ExcelApi", "1.9", { zh: "格式化为报表", en: "Formatting as a report" });
  return run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const selected = context.workbook.getSelectedRange();
    // A whole-column selection is cut to the used range, so nothing is styled a million rows down.
    const range = selected.getIntersectionOrNullObject(ws.getUsedRange(true));
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (range.isNullObject) return null;
    const top = range.getRow(0).getResizedRange(Math.min(range.rowCount, SAMPLE_ROWS + 2) - 1, 0);
    top.load("values");
    await context.sync();
    const values = top.values as CellValue[][];
    const title = range.rowCount > 2 && isTitleRow(values[0]);
    const h = title ? 1 : 0;
    const header = range.getRow(h);
    const body = range.rowCount > h + 1 ? range.getOffsetRange(h + 1, 0).getResizedRange(-(h + 1), 0) : null;
    const table = range.getOffsetRange(h, 0).getResizedRange(-h, 0);

    if (title) {
      const t = range.getRow(0);
      t.format.font.bold = true;
      t.format.font.size = 14;
      t.format.horizontalAlignment = "CenterAcrossSelection";
      t.format.rowHeight = 24;
    }
    header.format.fill.color = "#1F4E79";
    header.format.font.color = "#FFFFFF";
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.horizontalAlignment = "Center";
    header.format.verticalAlignment = "Center";
    for (const edge of EDGES) {
      const b = table.format.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#BFBFBF";
    }
    if (body) {
      const bodyRows = range.rowCount - h - 1;
      values[h].forEach((head, c) => {
        const fmt = columnFormat(head, values.slice(h + 1).map((row) => row[c]));
        if (fmt) body.getColumn(c).numberFormat = Array.from({ length: bodyRows }, () => [fmt]);
      });
    }
    range.format.autofitColumns();
    ws.freezePanes.freezeRows(range.rowIndex + h + 1);
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintArea(range);
    ws.pageLayout.setPrintTitleRows(`$${range.rowIndex + h + 1}:$${range.rowIndex + h + 1}`);
    await context.sync();
    return range.address.replace(/^.*!/, "");
  });
}
