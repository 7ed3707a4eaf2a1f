/**
 * The CLI's view of a workbook file: its worksheets in tab order, each with its merged ranges and its
 * rows in blocks, read by the owned readers: the streaming .xlsx reader (src/cli/xlsx) or, for a file
 * that is a compound file by its first bytes whatever its name, the Excel 97-2003 reader (src/cli/xls).
 * Whatever is wrong with the file becomes one InputError line naming the file and the part (exit code 2).
 */
import * as fs from "fs";
import * as path from "path";
import { asInputError, type WorkbookFormat } from "./readerError";
import type { MergeRange, SheetRow, XlsxReadOptions } from "./xlsx/workbookReader";
import { readXlsx } from "./xlsx/readXlsxFile";
import { isCompoundFile } from "./xls/compoundFile";
import { fileTooLarge, MAX_XLS_BYTES, readXls } from "./xls/xlsReader";

export type { MergeRange } from "./xlsx/workbookReader";
export type { SheetValue } from "./xlsx/workbookReader";
export { CellError, NO_VALUE } from "../domain/sheets/cellMarkers";

/** One row: `values` may hold CellError / NO_VALUE markers, flagged by `marked`. */
export type StreamedRow = SheetRow;

export interface StreamedSheet {
  name: string;
  /** 0-based position in the workbook's tab order. */
  index: number;
  /** True when the workbook counts dates from 1904. */
  date1904: boolean;
  /** Merged ranges, 1-based and inclusive: known before the first row. */
  merges: MergeRange[];
  /** The rows with a value, ascending, a block at a time. */
  blocks: AsyncIterable<StreamedRow[]>;
}

export type ReadOptions = XlsxReadOptions;

export { asInputError, type WorkbookFormat } from "./readerError";
export { engineValues } from "./rowValues";

async function* checkedBlocks(
  file: string,
  format: WorkbookFormat,
  blocks: AsyncGenerator<SheetRow[]>
): AsyncGenerator<SheetRow[]> {
  try {
    yield* blocks;
  } catch (e) {
    throw asInputError(file, e, format);
  }
}

/** "xls" for a compound file (Excel 97-2003, or an encrypted package the reader names), else "xlsx". */
export function formatOf(file: string): WorkbookFormat {
  const head = new Uint8Array(8);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 8, 0);
  } finally {
    fs.closeSync(fd);
  }
  return isCompoundFile(head) ? "xls" : "xlsx";
}

/** The file's bytes for the .xls reader, which reads from memory; refused unread when too large. */
function xlsBytes(file: string): Uint8Array {
  if (fs.statSync(file).size > MAX_XLS_BYTES) throw fileTooLarge();
  return fs.readFileSync(file);
}

/** Yields each worksheet of `file`; a sheet's rows must be consumed before the next sheet is asked for. */
export async function* streamWorkbook(
  file: string,
  opts: ReadOptions = {}
): AsyncGenerator<StreamedSheet> {
  let format: WorkbookFormat = "xlsx";
  try {
    format = formatOf(file);
    const full = path.resolve(file);
    const sheets = format === "xls" ? readXls(xlsBytes(full), opts) : readXlsx(full, opts);
    for await (const sheet of sheets) {
      yield {
        name: sheet.name,
        index: sheet.index,
        date1904: sheet.date1904,
        merges: sheet.merges,
        blocks: checkedBlocks(file, format, sheet.blocks()),
      };
    }
  } catch (e) {
    throw asInputError(file, e, format);
  }
}
