/**
 * Inserts 有效期至 / 年内到期 / 奖励金额 formula columns right of a roster's data, on the user's click
 * only: a 2-D formulas array (number formats first) whose formulas reference the row's own cells, written
 * in row chunks that keep each request well under Excel on the web's 5 MB limit (about 125 bytes a row:
 * one request would fail from about 40,000 rows; see chunks.ts). A failure part way through a first
 * insertion clears what was written. The award type is the row's type cell where the sheet has a type column; otherwise the type the
 * engine infers (重新认定 when the enterprise holds an earlier certificate, else 首次认定) as text.
 * Clicking again (after rows were added, say) rewrites the columns where they stand instead of adding a
 * second set, but only while every cell below their headers is empty or still one of our formulas: a
 * value the user typed there is never overwritten.
 */
import { errorText, LocalError } from "../domain/core/localError";
import { columnLetter } from "../domain/sheets/columnLetters";
import { assignIdentities } from "../domain/enterprise/identity";
import { readRoster } from "../domain/roster/readRoster";
import type { CertRecord, Settings, SheetInput, TargetTable } from "../domain/core/types";
import { createUnitResolver } from "../domain/enterprise/units";
import { chunkStarts, jsonRowBytes, rowsWithin } from "./chunks";
import type { RunBatch } from "./excelRun";
import { readAllSheets } from "./readSheets";
import { abortError } from "./officeErrors";
import type { FormulaColumnsResult, WriteOptions } from "./workbookSource";

const HEADERS = ["有效期至", "年内到期", "奖励金额"];
const FORMATS = ["yyyy-mm-dd", "General", "#,##0"];

export class FormulaColumnsError extends LocalError {
  constructor(en: string, zh: string) {
    super({ "zh-CN": zh, "en-US": en });
    this.name = "FormulaColumnsError";
  }
}

/** Row -> inferred type text, for rows without a type cell. */
export function inferredTypes(records: CertRecord[]): Map<number, string> {
  const ids = assignIdentities(records);
  const earliest = new Map<number, number>();
  records.forEach((r, i) => {
    if (r.issue === null) return;
    const e = ids.enterpriseOf[i];
    earliest.set(e, Math.min(earliest.get(e) ?? Infinity, r.issue));
  });
  const out = new Map<number, string>();
  records.forEach((r, i) => {
    const first = earliest.get(ids.enterpriseOf[i]);
    out.set(
      r.row,
      r.issue !== null && first !== undefined && first < r.issue ? "重新认定" : "首次认定"
    );
  });
  return out;
}

/** Whether `formula` (as Range.formulas gives it) is empty or one this module writes. */
export function isOurFormula(formula: unknown): boolean {
  return (
    formula === "" ||
    formula === null ||
    (typeof formula === "string" && /^=GAOQI\./i.test(formula))
  );
}

/** The 0-based column where the header row holds the three headers in order, or -1. */
function existingColumns(headerRow: readonly unknown[]): number {
  const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
  for (let c = 0; c + HEADERS.length <= headerRow.length; c++) {
    if (HEADERS.every((h, k) => text(headerRow[c + k]) === h)) return c;
  }
  return -1;
}

export interface FormulaBlock {
  /** 1-based sheet row of the header row (the block's first row). */
  firstRow: number;
  /** 1-based sheet column of the block's first column. */
  firstCol: number;
  /** Header row first, then one row of three formulas per roster row. */
  formulas: string[][];
  /** Whether the block replaces columns inserted before (found by their headers). */
  replaces: boolean;
}

/** The formulas block (header row first) for a roster read as `sheet`. */
export function formulaBlock(
  sheet: SheetInput,
  settings: Settings,
  targets: TargetTable
): FormulaBlock {
  const roster = readRoster(sheet, settings, createUnitResolver(targets.units, settings.aliases));
  const issueCol = roster?.header.columns.issueDate;
  if (!roster || issueCol === undefined) {
    throw new FormulaColumnsError(
      `Sheet "${sheet.name}" has no roster header with an issue date column.`,
      `工作表“${sheet.name}”没有识别到含发证日期列的名单表头。`
    );
  }
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const width = sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
  const letter = (col0: number): string => columnLetter(firstColumn - 1 + col0);
  const typeCol = roster.header.columns.type;
  const inferred = typeCol === undefined ? inferredTypes(roster.records) : null;
  const headerRow = firstRow + roster.header.rowIndex;
  const formulas: string[][] = [HEADERS];
  for (let r = headerRow + 1; r < firstRow + sheet.values.length; r++) {
    const issue = `${letter(issueCol)}${r}`;
    const type =
      typeCol !== undefined
        ? `${letter(typeCol)}${r}`
        : JSON.stringify(inferred?.get(r) ?? "首次认定");
    formulas.push([
      `=GAOQI.EXPIRY(${issue})`,
      `=GAOQI.EXPIRING(${issue})`,
      `=GAOQI.AWARD(${type},${issue})`,
    ]);
  }
  const existing = existingColumns(sheet.values[roster.header.rowIndex] ?? []);
  const firstCol = firstColumn + (existing >= 0 ? existing : width);
  return { firstRow: headerRow, firstCol, formulas, replaces: existing >= 0 };
}

/** Rows of the block per request: from the longest row (formulas and number formats both go out). */
export function formulaChunkRows(block: FormulaBlock): number {
  const widest = block.formulas.reduce((w, row) => Math.max(w, jsonRowBytes(row)), 0);
  return rowsWithin(widest + jsonRowBytes(FORMATS));
}

/** The cell of the block at 0-based block row `r`, column `c` ("G7"). */
function cellOf(block: FormulaBlock, r: number, c: number): string {
  return `${columnLetter(block.firstCol - 1 + c)}${block.firstRow + r}`;
}

/**
 * Reads the sheet (the active one by default) and writes the three columns, chunk by chunk. When the
 * columns are there already, every chunk of them is checked before anything is written.
 */
export async function insertFormulaColumns(
  run: RunBatch,
  settings: Settings,
  targets: TargetTable,
  sheet?: string,
  chunkRows?: number,
  options: WriteOptions = {}
): Promise<FormulaColumnsResult> {
  const name =
    sheet ??
    (await run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    }));
  // The sheet is read first (its progress is the read's), then written chunk by chunk (the write's).
  const [input] = await readAllSheets(run, {
    only: name,
    onProgress: options.onProgress,
    signal: options.signal,
  });
  if (!input)
    throw new FormulaColumnsError(
      `Sheet "${name}" was not found (or is the report sheet).`,
      `找不到工作表“${name}”（或它是通报表）。`
    );
  const block = formulaBlock(input, settings, targets);
  const size = chunkRows ?? formulaChunkRows(block);
  const starts = chunkStarts(block.formulas.length, size);
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const part = (start: number): Excel.Range =>
      ws.getRangeByIndexes(
        block.firstRow - 1 + start,
        block.firstCol - 1,
        Math.min(size, block.formulas.length - start),
        HEADERS.length
      );

    // One chunk per call, recursing to the next: one sync each, none inside a loop.
    const check = async (i: number): Promise<void> => {
      if (i >= starts.length) return;
      const range = part(starts[i]);
      range.load("formulas");
      await context.sync();
      const rows = range.formulas as unknown[][];
      for (let k = 0; k < rows.length; k++) {
        const r = starts[i] + k;
        const c = r === 0 ? -1 : rows[k].findIndex((f) => !isOurFormula(f));
        if (c >= 0) {
          const cell = cellOf(block, r, c);
          throw new FormulaColumnsError(
            `Sheet "${name}" already has these columns, and cell ${cell} holds something other than a Gaoqi formula: nothing was changed. Delete the three columns, then insert them again.`,
            `工作表“${name}”已有这三列，且 ${cell} 单元格不是 Gaoqi 公式：未做任何改动。请先删除这三列，再重新插入。`
          );
        }
      }
      return check(i + 1);
    };
    const total = block.formulas.length;
    const write = async (i: number): Promise<void> => {
      if (i >= starts.length) return;
      // A cancel stops a first insertion between chunks (what was written is cleared again); columns
      // being rewritten are finished, so they never hold old and new formulas side by side.
      if (!block.replaces && options.signal?.aborted) throw abortError();
      const start = starts[i];
      const rows = block.formulas.slice(start, start + size);
      const range = part(start);
      range.numberFormat = rows.map((_, k) => (start + k === 0 ? ["@", "@", "@"] : FORMATS));
      range.formulas = rows;
      await context.sync();
      options.onProgress?.({
        sheet: name,
        rowsRead: Math.min(start + size, total),
        rowsTotal: total,
      });
      return write(i + 1);
    };

    if (block.replaces) await check(0);
    if (options.signal?.aborted) throw abortError();
    try {
      await write(0);
    } catch (e) {
      await reportFailedWrite(context, ws, block, e);
    }
    const all = ws.getRangeByIndexes(
      block.firstRow - 1,
      block.firstCol - 1,
      block.formulas.length,
      HEADERS.length
    );
    all.load("address");
    await context.sync();
    return {
      sheet: name,
      address: all.address.replace(/^.*!/, ""),
      rows: block.formulas.length - 1,
    };
  });
}

/**
 * After a failed write: a first insertion went to columns that held no value (right of the used range),
 * so their contents are cleared again (the number formats set on them stay). Columns being rewritten held
 * our formulas before and hold our formulas now, old or new by row: the message asks for another click.
 * Always rethrows, as a FormulaColumnsError saying which of the two happened (a cancel, once cleared,
 * as itself).
 */
async function reportFailedWrite(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  block: FormulaBlock,
  e: unknown
): Promise<never> {
  const reason = errorText(e);
  if (block.replaces) {
    throw new FormulaColumnsError(
      `Rewriting the formula columns failed part way (${reason["en-US"]}); some rows may still hold the previous formulas. Click again.`,
      `重写公式列中途失败（${reason["zh-CN"]}），部分行可能仍是原来的公式。请再点击一次。`
    );
  }
  let cleared = true;
  try {
    ws.getRangeByIndexes(
      block.firstRow - 1,
      block.firstCol - 1,
      block.formulas.length,
      HEADERS.length
    ).clear("Contents");
    await context.sync();
  } catch {
    cleared = false;
  }
  if (cleared && e instanceof Error && e.name === "AbortError") throw e;
  throw new FormulaColumnsError(
    cleared
      ? `Writing the formula columns failed (${reason["en-US"]}); what was written was cleared again.`
      : `Writing the formula columns failed (${reason["en-US"]}), and clearing the partly written columns failed too: delete them, then insert them again.`,
    cleared
      ? `写入公式列失败（${reason["zh-CN"]}），已写入的部分已清除。`
      : `写入公式列失败（${reason["zh-CN"]}），且未能清除已写入的部分：请删除这几列后重新插入。`
  );
}
