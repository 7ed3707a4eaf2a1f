/**
 * Streams an .xlsx file sheet by sheet with exceljs's streaming reader, so memory holds one block of
 * rows at a time rather than the workbook's object model. Every sheet is visited, in file order, with
 * its position in the workbook's tab order so callers can restore reading order.
 */
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import type { CellValue } from "../domain/types";
import { toRowValues } from "./cellValue";
import { inputError } from "./inputError";
import { keepZipEntriesFlowing } from "./zipEntryFlow";

export interface StreamedRow {
  /** 1-based sheet row. */
  number: number;
  values: CellValue[];
}

export interface StreamedSheet {
  name: string;
  /** 0-based position in the workbook's tab order. */
  index: number;
  rows: AsyncIterable<StreamedRow>;
}

export interface ReadOptions {
  /** Called now and then with bytes of the file consumed so far and its size. */
  onProgress?: (done: number, total: number) => void;
}

interface ReaderInternals {
  model?: { sheets?: { name: string }[] };
}

/** Yields each worksheet of `file`; a sheet's rows must be consumed before the next sheet arrives. */
export async function* streamWorkbook(
  file: string,
  opts: ReadOptions = {}
): AsyncGenerator<StreamedSheet> {
  const total = fs.statSync(file).size;
  const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  keepZipEntriesFlowing(input);
  if (opts.onProgress) {
    let done = 0;
    const report = opts.onProgress;
    input.on("data", (chunk) => {
      done += chunk.length;
      report(done, total);
    });
  }
  // Styles are cached because only they tell a date cell from a number; hyperlinks are not needed.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let fallbackIndex = 1000;
  try {
    for await (const ws of reader) {
      const sheet = ws as unknown as {
        name: string;
        [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
      };
      const order = (reader as unknown as ReaderInternals).model?.sheets ?? [];
      const found = order.findIndex((s) => s.name === sheet.name);
      yield {
        name: sheet.name,
        index: found >= 0 ? found : fallbackIndex++,
        rows: rowsOf(sheet, file),
      };
    }
  } catch (e) {
    input.destroy();
    throw corrupt(file, e);
  }
  if (!(reader as unknown as ReaderInternals).model) {
    throw inputError(
      file,
      "not a valid .xlsx file (no workbook part; the file is corrupt)",
      "不是有效的 .xlsx 文件（缺少工作簿部件，文件已损坏）"
    );
  }
}

async function* rowsOf(ws: AsyncIterable<ExcelJS.Row>, file: string): AsyncGenerator<StreamedRow> {
  try {
    for await (const row of ws) {
      yield { number: row.number, values: toRowValues(row.values) };
    }
  } catch (e) {
    throw corrupt(file, e);
  }
}

function corrupt(file: string, e: unknown): Error {
  if (e instanceof Error && e.name === "InputError") return e;
  const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return inputError(
    file,
    `not a valid .xlsx file (the file is corrupt: ${detail})`,
    `不是有效的 .xlsx 文件（文件已损坏：${detail}）`
  );
}
