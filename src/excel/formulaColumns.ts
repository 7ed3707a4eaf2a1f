/**
 * Inserts 有效期至 / 年内到期 / 奖励金额 formula columns right of a roster's data, on the user's click
 * only: one write of a 2-D formulas array (number formats first) whose formulas reference the row's own
 * cells. The award type is the row's type cell where the sheet has a type column; otherwise the type the
 * engine infers (重新认定 when the enterprise holds an earlier certificate, else 首次认定) as text.
 * Clicking again (after rows were added, say) rewrites the columns where they stand instead of adding a
 * second set, but only while every cell below their headers is empty or still one of our formulas: a
 * value the user typed there is never overwritten.
 */
import { columnLetter } from "../domain/findings";
import { assignIdentities } from "../domain/identity";
import { readRoster } from "../domain/roster";
import type { CertRecord, Settings, SheetInput, TargetTable } from "../domain/types";
import { createUnitResolver } from "../domain/units";
import type { RunBatch } from "./excelRun";
import { readAllSheets } from "./readSheets";
import type { FormulaColumnsResult } from "./workbookSource";

const HEADERS = ["有效期至", "年内到期", "奖励金额"];
const FORMATS = ["yyyy-mm-dd", "General", "#,##0"];

export class FormulaColumnsError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
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
    out.set(r.row, r.issue !== null && first !== undefined && first < r.issue ? "重新认定" : "首次认定");
  });
  return out;
}

/** Whether `formula` (as Range.formulas gives it) is empty or one this module writes. */
export function isOurFormula(formula: unknown): boolean {
  return formula === "" || formula === null || (typeof formula === "string" && /^=GAOQI\./i.test(formula));
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
export function formulaBlock(sheet: SheetInput, settings: Settings, targets: TargetTable): FormulaBlock {
  const roster = readRoster(sheet, settings, createUnitResolver(targets.units, settings.aliases));
  const issueCol = roster?.header.columns.issueDate;
  if (!roster || issueCol === undefined) {
    throw new FormulaColumnsError(
      `Sheet "${sheet.name}" has no roster header with an issue date column.`,
      `工作表“${sheet.name}”没有识别到含发证日期列的名单表头。`,
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
    const type = typeCol !== undefined ? `${letter(typeCol)}${r}` : JSON.stringify(inferred?.get(r) ?? "首次认定");
    formulas.push([`=GAOQI.EXPIRY(${issue})`, `=GAOQI.EXPIRING(${issue})`, `=GAOQI.AWARD(${type},${issue})`]);
  }
  const existing = existingColumns(sheet.values[roster.header.rowIndex] ?? []);
  const firstCol = firstColumn + (existing >= 0 ? existing : width);
  return { firstRow: headerRow, firstCol, formulas, replaces: existing >= 0 };
}

/** Reads the sheet (the active one by default) and writes the three columns in one sync. */
export async function insertFormulaColumns(run: RunBatch, settings: Settings, targets: TargetTable, sheet?: string): Promise<FormulaColumnsResult> {
  const name =
    sheet ??
    (await run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    }));
  const [input] = await readAllSheets(run, { only: name });
  if (!input) throw new FormulaColumnsError(`Sheet "${name}" was not found (or is the report sheet).`, `找不到工作表“${name}”（或它是通报表）。`);
  const block = formulaBlock(input, settings, targets);
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const range = ws.getRangeByIndexes(block.firstRow - 1, block.firstCol - 1, block.formulas.length, HEADERS.length);
    if (block.replaces) {
      range.load("formulas");
      await context.sync();
      const rows = range.formulas as unknown[][];
      for (let r = 1; r < rows.length; r++) {
        const c = rows[r].findIndex((f) => !isOurFormula(f));
        if (c >= 0) {
          const cell = `${columnLetter(block.firstCol - 1 + c)}${block.firstRow + r}`;
          throw new FormulaColumnsError(
            `Sheet "${name}" already has these columns, and cell ${cell} holds something other than a Gaoqi formula: nothing was changed. Delete the three columns, then insert them again.`,
            `工作表“${name}”已有这三列，且 ${cell} 单元格不是 Gaoqi 公式：未做任何改动。请先删除这三列，再重新插入。`,
          );
        }
      }
    }
    range.numberFormat = block.formulas.map((_, i) => (i === 0 ? ["@", "@", "@"] : FORMATS));
    range.formulas = block.formulas;
    range.load("address");
    await context.sync();
    return { sheet: name, address: range.address.replace(/^.*!/, ""), rows: block.formulas.length - 1 };
  });
}
