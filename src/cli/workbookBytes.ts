/**
 * Workbooks given as bytes (what a user opened in a web page, a worker or the task pane) read as the
 * engine's SheetInputs, by the same readers the CLI streams files with: the .xlsx reader over the
 * host-neutral zip seam (webZipHost.ts), or the .xls reader for a compound file, told apart by content.
 * Every refusal is the CLI's one line naming the file (an InputError). Nothing here needs Node.
 */
import type { CellValue, SheetCell, SheetInput } from "../domain/core/types";
import { asInputError, type WorkbookFormat } from "./readerError";
import { exportedAsExcel } from "./exportedAsExcel";
import { inputError } from "./inputError";
import { engineValues } from "./rowValues";
import type { XlsxReadOptions, XlsxSheet } from "./xlsx/workbookReader";
import { readXlsxArchive } from "./xlsx/workbookReader";
import { openZipBytes } from "./xlsx/webZipHost";
import { isCompoundFile } from "./xls/compoundFile";
import { readXls } from "./xls/xlsReader";

export interface BytesReadOptions {
  /** Called now and then with the bytes read so far and the file's size. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the read between blocks of rows (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** A workbook the user opened: its name (for messages and findings) and its bytes. */
export interface WorkbookBytes {
  name: string;
  bytes: Uint8Array;
}

function sheetsOf(bytes: Uint8Array, opts: XlsxReadOptions): AsyncGenerator<XlsxSheet> {
  return isCompoundFile(bytes) ? readXls(bytes, opts) : readXlsxArchive(openZipBytes(bytes), opts);
}

/** One sheet's rows as the engine's dense values, from its first row with a value. */
async function sheetInput(sheet: XlsxSheet, signal?: AbortSignal): Promise<SheetInput> {
  const values: CellValue[][] = [];
  const noValues: SheetCell[] = [];
  let firstRow = 0;
  for await (const block of sheet.blocks()) {
    signal?.throwIfAborted();
    for (const r of block) {
      if (firstRow === 0) firstRow = r.number;
      while (firstRow + values.length < r.number) values.push([]);
      values.push(engineValues(r, (i) => noValues.push({ row: r.number, column: i + 1 })));
    }
  }
  const input: SheetInput = { name: sheet.name, values, firstRow: firstRow || 1 };
  if (sheet.merges.length > 0) input.merges = sheet.merges;
  if (noValues.length > 0) input.noValues = noValues;
  // Numbers come as the file holds them: the engine shifts the date columns of a 1904 workbook.
  if (sheet.date1904) input.date1904 = true;
  return input;
}

/**
 * The worksheets of one workbook, in tab order, as the engine reads them; rejects with an InputError
 * naming `fileName` for a damaged, hostile or unsupported file.
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  opts: BytesReadOptions = {}
): Promise<SheetInput[]> {
  const format: WorkbookFormat = isCompoundFile(bytes) ? "xls" : "xlsx";
  const exported = exportedAsExcel(bytes, fileName);
  if (exported) throw inputError(fileName, exported["en-US"], exported["zh-CN"]);
  const out: SheetInput[] = [];
  try {
    for await (const sheet of sheetsOf(bytes, { onProgress: opts.onProgress, shift1904: false }))
      out.push(await sheetInput(sheet, opts.signal));
  } catch (e) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    throw asInputError(fileName, e, format);
  }
  return out;
}

/**
 * A workbook to read with others: its name, and its bytes or a way to read them (a file the user picked,
 * read anew each time, so that a read again sees the file as it is now).
 */
export interface WorkbookFile {
  name: string;
  bytes: Uint8Array | (() => Promise<ArrayBuffer | Uint8Array>);
  /** The file's size when its bytes are read on demand (a picked File has it): then each file's bytes
   *  are read only when its turn comes, and let go after, rather than all held at once. */
  size?: number;
}

export interface WorkbooksReadOptions extends Omit<BytesReadOptions, "onProgress"> {
  /** Called now and then with the bytes read so far of all files, their sum, and the file being read. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Each sheet names its file even when there is one (its sheets join a workbook read elsewhere). */
  nameEveryFile?: boolean;
}

async function bytesOf(f: WorkbookFile): Promise<Uint8Array> {
  if (typeof f.bytes !== "function") return f.bytes;
  const b = await f.bytes();
  // isView rather than instanceof: the bytes may come from another realm (a frame, a test's jsdom).
  return ArrayBuffer.isView(b) ? (b as Uint8Array) : new Uint8Array(b);
}

/**
 * Several workbooks read as one: their sheets concatenated in the order given. With more than one
 * file (or `nameEveryFile`) each sheet names its file, so that findings can say which file a row came
 * from. Rejects with the InputError of the first file refused.
 */
export async function readWorkbooksBytes(
  files: readonly WorkbookFile[],
  opts: WorkbooksReadOptions = {}
): Promise<SheetInput[]> {
  // The progress runs over the files' summed size: known up front when every file has its bytes or says
  // its size; else every file's bytes are read first to learn it.
  const sizeKnown = files.every((f) => typeof f.bytes !== "function" || f.size !== undefined);
  const early = sizeKnown ? null : await Promise.all(files.map(bytesOf));
  const sizeOf = (f: WorkbookFile, i: number): number =>
    early !== null ? early[i].length : typeof f.bytes !== "function" ? f.bytes.length : f.size!;
  const total = files.reduce((n, f, i) => n + sizeOf(f, i), 0);
  const named = opts.nameEveryFile === true || files.length > 1;
  const out: SheetInput[] = [];
  let before = 0;
  for (const [i, f] of files.entries()) {
    opts.signal?.throwIfAborted();
    const bytes = early !== null ? early[i] : await bytesOf(f);
    const sheets = await readWorkbookBytes(bytes, f.name, {
      signal: opts.signal,
      onProgress: (done) => opts.onProgress?.(before + done, total, f.name),
    });
    for (const s of sheets) out.push(named ? { ...s, file: f.name } : s);
    before += sizeOf(f, i);
  }
  return out;
}
