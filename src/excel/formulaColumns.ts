/**
 * Inserts 有效期至 / 年内到期 / 奖励金额 formula columns right of a roster's data, on the user's click
 * only: one write of a 2-D formulas array (number formats first) whose formulas reference the row's own
 * cells. The award type is the row's type cell where the sheet has a type column; otherwise the type the
 * engine infers (重新认定 when the enterprise holds an earlier certificate, else 首次认定) as text.
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

/** The formulas block (header row first) for a roster read as `sheet`. */
export function formulaBlock(sheet: SheetInput, settings: Settings, targets: TargetTable): { firstRow: number; firstCol: number; formulas: string[][] } {
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
  return { firstRow: headerRow, firstCol: firstColumn + width, formulas };
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
    range.numberFormat = block.formulas.map((_, i) => (i === 0 ? ["@", "@", "@"] : FORMATS));
    range.formulas = block.formulas;
    range.load("address");
    await context.sync();
    return { sheet: name, address: range.address.replace(/^.*!/, ""), rows: block.formulas.length - 1 };
  });
}
