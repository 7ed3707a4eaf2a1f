/**
 * 格式化为报表: the house style on the selected table, values untouched. A first row with a single
 * filled cell is a title (large, bold, centred across the selection: no merge, which would drop values);
 * the next row is the header (dark fill, white bold, wrapped). Borders on header and data, number
 * formats on numeric columns only (dates by header name, ratios, integers), autofit widths, the header
 * frozen, print set to A4 landscape one page wide with the header repeated. The number formats are one
 * string per cell, so a long table's go out in row chunks (Excel on the web's 5 MB request limit, see
 * src/excel/chunks.ts); the sample of values read to choose them is sized by cells, not only rows.
 */
import { chunkStarts, jsonRowBytes, rowsWithin } from "../excel/chunks";
import type { RunBatch, SupportsSet } from "../excel/excelRun";
import { requireSet } from "../excel/excelRun";
import { blockRows, MAX_BLOCK_CELLS } from "../excel/readSheets";
import type { CellValue } from "../domain/core/types";

const SAMPLE_ROWS = 200;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** The number format for a column from its header and sample values; null leaves the column as it is. */
export function columnFormat(header: CellValue, sample: CellValue[]): string | null {
  const nums = sample.filter((v) => v !== "" && v !== null && v !== undefined);
  if (nums.length === 0 || !nums.every((v) => typeof v === "number")) return null;
  const h = String(header ?? "");
  // 有效期至 (valid until) is a date; 有效期内高企 (enterprises within validity) is a count.
  if (/日期|时间|有效期(至|截止)|到期日|date|expiry|valid until/i.test(h)) return "yyyy-mm-dd";
  if (/率|比例|%|ratio|completion|rate/i.test(h)) return "0.0%";
  if ((nums as number[]).every((n) => Number.isInteger(n)))
    return /序号|No\.?$|#/i.test(h) ? "0" : "#,##0";
  return "#,##0.00";
}

/** Whether the first row is a title: exactly one non-empty cell. */
export function isTitleRow(row: CellValue[]): boolean {
  return (
    row.filter((v) => v !== "" && v !== null && v !== undefined).length === 1 && row.length > 1
  );
}

/** The number format of each body column that gets one (by 0-based column), from the sampled rows. */
export function bodyFormats(
  values: CellValue[][],
  headerRow: number
): { col: number; format: string }[] {
  const out: { col: number; format: string }[] = [];
  values[headerRow].forEach((head, col) => {
    const format = columnFormat(
      head,
      values.slice(headerRow + 1).map((row) => row[col])
    );
    if (format) out.push({ col, format });
  });
  return out;
}

/**
 * Styles the selection, cut to the sheet's used range (values only); resolves to its address, or null
 * when nothing is left to style (a blank sheet, a selection outside the data). `chunkRows` overrides the
 * rows per number-format request (tests).
 */
export async function formatSelection(
  run: RunBatch,
  supports: SupportsSet,
  chunkRows?: number
): Promise<string | null> {
  requireSet(supports, "ExcelApi", "1.9", {
    "zh-CN": "格式化为报表",
    "en-US": "Formatting as a report",
  });
  return run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const selected = context.workbook.getSelectedRange();
    // getUsedRange would answer A1 on a blank sheet (documented), and A1 would then be styled as a table.
    const used = ws.getUsedRangeOrNullObject(true);
    await context.sync();
    if (used.isNullObject) return null;
    // A whole-column selection is cut to the used range, so nothing is styled a million rows down.
    const range = selected.getIntersectionOrNullObject(used);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (range.isNullObject) return null;
    const sampleRows = Math.min(
      range.rowCount,
      Math.max(3, blockRows(range.columnCount, SAMPLE_ROWS + 2, MAX_BLOCK_CELLS))
    );
    const top = range.getRow(0).getResizedRange(sampleRows - 1, 0);
    top.load("values");
    await context.sync();
    const values = top.values as CellValue[][];
    const title = range.rowCount > 2 && isTitleRow(values[0]);
    const h = title ? 1 : 0;
    const bodyRows = range.rowCount - h - 1;

    // Number formats first (chunk by chunk, recursing: one sync each), so autofit below sees them.
    const formats = bodyRows > 0 ? bodyFormats(values, h) : [];
    const size = chunkRows ?? rowsWithin(formats.reduce((n, f) => n + jsonRowBytes([f.format]), 0));
    const starts = chunkStarts(formats.length > 0 ? bodyRows : 0, size);
    const formatChunk = async (i: number): Promise<void> => {
      if (i >= starts.length) return;
      const n = Math.min(size, bodyRows - starts[i]);
      for (const { col, format } of formats) {
        ws.getRangeByIndexes(
          range.rowIndex + h + 1 + starts[i],
          range.columnIndex + col,
          n,
          1
        ).numberFormat = Array.from({ length: n }, () => [format]);
      }
      await context.sync();
      return formatChunk(i + 1);
    };
    await formatChunk(0);

    const header = range.getRow(h);
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
