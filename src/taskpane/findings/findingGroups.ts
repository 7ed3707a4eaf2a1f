/**
 * Findings arranged to be worked through: grouped by cell (a row with three problems in one cell is one
 * entry), each group with the unit its row counts under, so the list can be filtered by code and unit;
 * and, for an unknown unit, the text the cell holds (what an alias would map).
 * The unit is read from the row's own unit cell through the engine's header detection and unit resolver,
 * so the pane and the report agree on it.
 */
import { columnIndex } from "../../domain/sheets/columnLetters";
import { detectPoolHeader } from "../../domain/pool/poolHeader";
import { detectHeader } from "../../domain/roster/rosterHeader";
import type { CellValue, Finding, FindingCode, SheetInput } from "../../domain/core/types";
import type { UnitResolver } from "../../domain/enterprise/units";

export interface CellGroup {
  /** The file of the sheet, when several workbooks are read as one (none for the open workbook). */
  file?: string;
  sheet: string;
  row: number;
  column: string;
  /** The enterprise of the row, when a finding of the group names one. */
  name?: string;
  /** The canonical unit the row counts under; "" when the row has none (a whole-sheet finding). */
  unit: string;
  findings: Finding[];
}

function cellOf(sheet: SheetInput, row: number, column: number): CellValue {
  const r = row - (sheet.firstRow ?? 1);
  const c = column - ((sheet.firstColumn ?? 1) - 1);
  return sheet.values[r]?.[c] ?? null;
}

/** The 0-based unit column of a sheet (roster or pool header), null when it has none. */
function unitColumn(sheet: SheetInput): number | null {
  const roster = detectHeader(sheet.values);
  if (roster?.columns.unit !== undefined)
    return roster.columns.unit + ((sheet.firstColumn ?? 1) - 1);
  const pool = detectPoolHeader(sheet.values);
  return pool?.unit !== undefined ? pool.unit + ((sheet.firstColumn ?? 1) - 1) : null;
}

/** The sheet a finding is on: the same name in the same file (sheets of several files may share names). */
function sheetOf(f: Finding, sheets: SheetInput[]): SheetInput | undefined {
  return sheets.find((s) => s.name === f.sheet && s.file === f.file);
}

/** The text a finding's cell holds ("" when none), as the user typed it. */
export function cellText(f: Finding, sheets: SheetInput[]): string {
  const sheet = sheetOf(f, sheets);
  if (!sheet || f.row === 0 || !f.column) return "";
  const v = cellOf(sheet, f.row, columnIndex(f.column));
  return v === null || v === undefined ? "" : String(v).trim();
}

const cellKey = (f: Finding) => `${f.file ?? ""}\u0000${f.sheet}\u0000${f.row}\u0000${f.column}`;

/** How many cells the findings are in: what the findings list shows, one entry a cell. */
export function cellCount(findings: readonly Finding[]): number {
  return new Set(findings.map(cellKey)).size;
}

/** Findings grouped by cell, in order of first appearance, each group with its row's unit. */
export function groupByCell(
  findings: Finding[],
  sheets: SheetInput[],
  resolve: UnitResolver
): CellGroup[] {
  const columns = new Map<string, number | null>();
  const groups = new Map<string, CellGroup>();
  for (const f of findings) {
    const key = cellKey(f);
    let g = groups.get(key);
    if (!g) {
      g = { sheet: f.sheet, row: f.row, column: f.column, unit: "", findings: [] };
      if (f.file !== undefined) g.file = f.file;
      const sheet = sheetOf(f, sheets);
      const sheetKey = `${f.file ?? ""}\u0000${f.sheet}`;
      if (sheet && f.row > 0) {
        if (!columns.has(sheetKey)) columns.set(sheetKey, unitColumn(sheet));
        const col = columns.get(sheetKey);
        if (col !== null && col !== undefined)
          g.unit = resolve(String(cellOf(sheet, f.row, col) ?? "")).unit;
      }
      groups.set(key, g);
    }
    g.findings.push(f);
    if (f.name && !g.name) g.name = f.name;
  }
  return [...groups.values()];
}

export interface FindingFilter {
  code: FindingCode | "";
  unit: string;
}

/** The groups holding a finding of `code` (all when "") in `unit` (all when ""); other codes of a cell stay beside it. */
export function filterGroups(groups: CellGroup[], filter: FindingFilter): CellGroup[] {
  return groups.filter(
    (g) =>
      (filter.unit === "" || g.unit === filter.unit) &&
      (filter.code === "" || g.findings.some((f) => f.code === filter.code))
  );
}

/** Codes present, in order of first appearance, with their counts. */
export function codeCounts(findings: Finding[]): [FindingCode, number][] {
  const counts = new Map<FindingCode, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts];
}
