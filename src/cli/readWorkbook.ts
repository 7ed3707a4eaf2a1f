/**
 * The CLI's view of an .xlsx file: the workbook's worksheets in tab order, each with its merged ranges
 * and its rows in blocks, read by the owned streaming reader (src/cli/xlsx). Whatever is wrong with
 * the package becomes one InputError line naming the file and the part (exit code 2).
 */
import * as path from "path";
import type { CellValue } from "../domain/core/types";
import { CellError, NO_VALUE } from "../domain/sheets/cellMarkers";
import { InputError, inputError } from "./inputError";
import {
  readXlsx,
  type MergeRange,
  type SheetRow,
  type XlsxReadOptions,
} from "./xlsx/workbookReader";
import { XlsxError } from "./xlsx/xlsxError";

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

const PROBLEM = {
  corrupt: ["not a valid .xlsx file (the file is corrupt: ", "不是有效的 .xlsx 文件（文件已损坏："],
  unsupported: ["cannot be read (", "无法读取（"],
  limit: ["refused: past a safety limit (", "已拒绝：超出安全上限（"],
} as const;

/** An error of the reader as the user's one line; other errors pass through unchanged. */
export function asInputError(file: string, e: unknown): unknown {
  if (e instanceof InputError) return e;
  if (e instanceof XlsxError) {
    const [en, zh] = PROBLEM[e.problem];
    const where = e.part ? `${e.part}: ` : "";
    const whereZh = e.part ? `${e.part}：` : "";
    return inputError(
      file,
      `${en}${where}${e.detail["en-US"]})`,
      `${zh}${whereZh}${e.detail["zh-CN"]}）`
    );
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code))
    return inputError(file, `cannot be read (${code})`, `无法读取（${code}）`);
  return e;
}

async function* checkedBlocks(
  file: string,
  blocks: AsyncGenerator<SheetRow[]>
): AsyncGenerator<SheetRow[]> {
  try {
    yield* blocks;
  } catch (e) {
    throw asInputError(file, e);
  }
}

/** Yields each worksheet of `file`; a sheet's rows must be consumed before the next sheet is asked for. */
export async function* streamWorkbook(
  file: string,
  opts: ReadOptions = {}
): AsyncGenerator<StreamedSheet> {
  try {
    for await (const sheet of readXlsx(path.resolve(file), opts)) {
      yield {
        name: sheet.name,
        index: sheet.index,
        date1904: sheet.date1904,
        merges: sheet.merges,
        blocks: checkedBlocks(file, sheet.blocks()),
      };
    }
  } catch (e) {
    throw asInputError(file, e);
  }
}

/**
 * A row's values as the engine's readers take them: an error value as its code text and a formula
 * without a cached value as blank, each such column told through `noValue` (docs/rules.md section 6).
 */
export function engineValues(row: StreamedRow, noValue?: (column: number) => void): CellValue[] {
  if (!row.marked) return row.values as CellValue[];
  const out = row.values.slice() as unknown[];
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (v instanceof CellError) out[i] = v.code;
    else if (v === NO_VALUE) {
      out[i] = null;
      noValue?.(i);
    }
  }
  return out as CellValue[];
}
