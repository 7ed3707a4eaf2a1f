/** The target table (目标任务分解): the policy's default, reading one from a sheet, and the 合计 check. */
import { serialFromIso } from "../core/dates";
import { parseMethodNote } from "../decompose/decomposeLabels";
import { finding } from "../core/findings";
import { columnLetter } from "../sheets/columnLetters";
import { normaliseName } from "../core/text";
import { ownValue, textRecord, textRecordOf } from "../core/textRecord";
import type { CellValue, Finding, SheetInput, TargetTable } from "../core/types";
import { MAX_TARGET, readTargetCell } from "./targetCell";
import {
  createUnitResolver,
  DEFAULT_ALIASES,
  OTHER_UNIT,
  TOTAL_LABEL,
  type UnitResolver,
} from "../enterprise/units";

const DEFAULT_ROWS: [string, number, number, number][] = [
  ["枫泾镇", 170, 196, 220],
  ["朱泾镇", 110, 126, 142],
  ["亭林镇", 122, 140, 158],
  ["漕泾镇", 80, 92, 105],
  ["山阳镇", 152, 175, 198],
  ["金山卫镇", 42, 48, 56],
  ["张堰镇", 65, 75, 86],
  ["廊下镇", 46, 53, 60],
  ["吕巷镇", 60, 69, 78],
  ["新金山发展公司", 215, 245, 275],
  ["碳谷绿湾公司", 164, 188, 210],
  [OTHER_UNIT, 24, 28, 32],
];
const DEFAULT_YEARS = [2022, 2023, 2024];

/** The policy's own table (金山区高新技术企业目标任务分解 2022-2024), verbatim, with its 合计 row. */
export const DEFAULT_TARGETS: TargetTable = {
  units: DEFAULT_ROWS.map((r) => r[0]),
  years: DEFAULT_YEARS,
  targets: textRecordOf(
    DEFAULT_ROWS.map(([unit, ...values]) => [
      unit,
      Object.fromEntries(DEFAULT_YEARS.map((y, i) => [y, values[i]])),
    ])
  ),
  declaredTotals: { 2022: 1250, 2023: 1435, 2024: 1620 },
  source: "default",
};

/** Where a 合计 cell sits, for pointing a finding at it. */
export interface CellAt {
  row: number;
  column: string;
}

/** Sum of the units' targets for a year; null when no unit has one. */
function sumFor(table: TargetTable, year: number): number | null {
  let sum: number | null = null;
  for (const unit of table.units) {
    const v = ownValue(table.targets, unit)?.[year];
    if (v !== undefined) sum = (sum ?? 0) + v;
  }
  return sum;
}

/**
 * A target-total finding for every year whose declared 合计 differs from the sum of the units;
 * `at` locates each year's 合计 cell (row 0 / column "" when unknown).
 */
export function checkTargetTotals(
  table: TargetTable,
  sheet: string,
  at: Record<number, CellAt> = {}
): Finding[] {
  const out: Finding[] = [];
  for (const year of table.years) {
    const declared = table.declaredTotals[year];
    if (declared === undefined) continue;
    const sum = sumFor(table, year) ?? 0;
    if (sum === declared) continue;
    const where = at[year] ?? { row: 0, column: "" };
    out.push(
      finding(sheet, where.row, where.column, "target-total", "warning", {
        "zh-CN": `${year}年合计为 ${declared}，但各单位目标之和为 ${sum}`,
        "en-US": `The ${year} total (合计) is ${declared}, but the units' targets add up to ${sum}`,
      })
    );
  }
  return out;
}

/** A unit's target for a year (合计: the sum of the units); null when the table has none. */
export function targetFor(table: TargetTable, unit: string, year: number): number | null {
  if (unit === TOTAL_LABEL) return sumFor(table, year);
  return ownValue(table.targets, unit)?.[year] ?? null;
}

const HEADER_ROWS = 20;
// Compared in lower case: the English headings are what an en-US decomposition sheet writes.
const UNIT_LABELS = new Set(["责任单位", "单位", "unit", "responsibleunit"]);
const TOTAL_LABELS = new Set([TOTAL_LABEL, "总计", "total"]);
// A year heading: "2022", "2022年", "2022年度", "2024年目标", "目标2023", "2023年目标数".
const YEAR_HEADING = /^(?:目标)?((?:19|20)\d\d)(?:年度?)?(?:目标(?:数|任务)?)?$/;

/** The text of a cell for matching headings and names: normalised; "" for non-text, non-number cells. */
function cellText(v: CellValue): string {
  if (typeof v === "string") return normaliseName(v);
  if (typeof v === "number") return String(v);
  return "";
}

/** The year a heading cell names, or null. */
function yearOf(v: CellValue): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 2099 ? v : null;
  if (typeof v !== "string") return null;
  const m = YEAR_HEADING.exec(normaliseName(v));
  return m ? +m[1] : null;
}

/** Year columns of a row (0-based index -> year), skipping the unit column. */
function yearColumns(row: CellValue[] | undefined, unitCol: number): Map<number, number> {
  const out = new Map<number, number>();
  if (!row) return out;
  row.forEach((v, j) => {
    if (j === unitCol) return;
    const y = yearOf(v);
    if (y !== null) out.set(j, y);
  });
  return out;
}

const TARGET_PROBLEM = {
  unreadable: (text: string) => ({
    "zh-CN": `目标数“${text}”无法读作一个数：未使用，请填写数字`,
    "en-US": `Target "${text}" is not one readable number: not used; enter a number`,
  }),
  negative: (text: string) => ({
    "zh-CN": `目标数 ${text} 为负数：未使用`,
    "en-US": `Target ${text} is negative: not used`,
  }),
  "too-large": (text: string) => ({
    "zh-CN": `目标数 ${text} 超过任何区县的规模（${MAX_TARGET}）：未使用，请核对`,
    "en-US": `Target ${text} is past any district's size (${MAX_TARGET}): not used; check it`,
  }),
};

/** The finding on a target cell that holds no usable number. */
function targetProblem(
  sheet: string,
  row: number,
  column: string,
  problem: keyof typeof TARGET_PROBLEM,
  v: CellValue
): Finding {
  return finding(sheet, row, column, "target-value", "warning", TARGET_PROBLEM[problem](String(v)));
}

/** The finding on a target cell holding a fraction, counted as the whole number `used`. */
function roundedTarget(
  sheet: string,
  row: number,
  column: string,
  written: number,
  used: number
): Finding {
  return finding(sheet, row, column, "target-value", "warning", {
    "zh-CN": `目标数 ${written} 不是整数：按 ${used} 计，请核对`,
    "en-US": `Target ${written} is not a whole number: counted as ${used}; check it`,
  });
}

/** The finding on a year's second column in a target table's header. */
function repeatedYear(
  sheet: string,
  row: number,
  column: string,
  year: number,
  firstColumn: string
): Finding {
  return finding(sheet, row, column, "target-duplicate", "warning", {
    "zh-CN": `目标表中 ${year} 年的列重复出现：使用 ${firstColumn} 列，本列未使用`,
    "en-US": `The year ${year} has two columns in the target table: column ${firstColumn} is used, this one is not`,
  });
}

/** The finding on a unit's second row in a target table. */
function duplicateUnit(
  sheet: string,
  row: number,
  column: string,
  unit: string,
  firstRow: number
): Finding {
  return finding(sheet, row, column, "target-duplicate", "warning", {
    "zh-CN": `单位“${unit}”在目标表中重复出现：使用第 ${firstRow} 行，本行未使用`,
    "en-US": `Unit "${unit}" appears twice in the target table: row ${firstRow} is used, this row is not`,
  });
}

/** Finds the header: the unit column and the year columns, on the unit row or the row below it. */
function findHeader(
  values: CellValue[][]
): { unitCol: number; years: Map<number, number>; dataStart: number } | null {
  const limit = Math.min(values.length, HEADER_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = values[i] ?? [];
    const unitCol = row.findIndex((v) => UNIT_LABELS.has(cellText(v).toLowerCase()));
    if (unitCol < 0) continue;
    const same = yearColumns(row, unitCol);
    if (same.size > 0) return { unitCol, years: same, dataStart: i + 1 };
    // The policy's layout: 责任单位 | 有效期内高企目标数 over a second row of 2022年 | 2023年 | 2024年.
    // The second row must hold nothing but year headings, so a roster's first data row never passes.
    const next = values[i + 1] ?? [];
    const below = yearColumns(next, unitCol);
    const filled = next.filter((v) => cellText(v) !== "").length;
    if (below.size > 0 && below.size === filled) return { unitCol, years: below, dataStart: i + 2 };
  }
  return null;
}

/** The method line Gaoqi writes above a decomposed table's header (docs/rules.md section 9), if the sheet has one. */
function decompositionNote(
  values: CellValue[][],
  headerStart: number
): TargetTable["decomposition"] {
  for (let i = 0; i < headerStart; i++) {
    for (const v of values[i] ?? []) {
      const note = typeof v === "string" ? parseMethodNote(v) : null;
      const baseDate = note ? serialFromIso(note.baseDateIso) : null;
      if (note && baseDate !== null) return { method: note.method, baseDate };
    }
  }
  return undefined;
}

/**
 * Canonical names for a target table's own unit names (docs/rules.md section 3): the same mapping as the
 * data's (exact, alias, name + 镇), over the units known without the table: the policy's units and every
 * alias's target, the user's included.
 */
function tableUnitResolver(aliases: Record<string, string>): UnitResolver {
  const known = new Set([
    ...DEFAULT_TARGETS.units,
    ...Object.values(DEFAULT_ALIASES),
    ...Object.values(aliases),
  ]);
  return createUnitResolver([...known], aliases);
}

/** A table unit that maps to no known unit: kept under its own name, pointed at by a finding. */
function unknownTableUnit(sheet: string, row: number, column: string, text: string): Finding {
  return finding(sheet, row, column, "unknown-unit", "warning", {
    "zh-CN": `目标表中的单位“${text}”无法对应到已知单位：按原名单列，请核对名称或在设置中添加别名`,
    "en-US": `Unit "${text}" of the target table matches no known unit: kept under its own name; check the name or add an alias in the settings`,
  });
}

/**
 * Reads a target table from a sheet: a header row (within the first 20) with 责任单位 or 单位 and
 * year columns (on that row or the row below), then one row per unit until 合计 (or the first row
 * without a unit name). Unit names go through the data's mapping (`aliases` are the user's), so 枫泾
 * means 枫泾镇; a name that maps to nothing keeps its own name with an unknown-unit finding, unless no
 * name of the table maps (another district's table names its own units). Declared totals are kept as
 * written; findings report a 合计 that is not the sum. Null when the sheet has no such header.
 */
export function readTargetTable(
  sheet: SheetInput,
  aliases: Record<string, string> = {}
): { table: TargetTable; findings: Finding[] } | null {
  const header = findHeader(sheet.values);
  if (!header) return null;
  const firstRow = sheet.firstRow ?? 1;
  const firstCol = (sheet.firstColumn ?? 1) - 1;
  // A year heading written twice: its first column is used, as a unit's first row is.
  const yearCol = new Map<number, number>();
  const repeatedYears: Finding[] = [];
  for (const [j, year] of [...header.years]) {
    const first = yearCol.get(year);
    if (first === undefined) yearCol.set(year, j);
    else {
      header.years.delete(j);
      repeatedYears.push(
        repeatedYear(
          sheet.name,
          firstRow + header.dataStart - 1,
          columnLetter(firstCol + j),
          year,
          columnLetter(firstCol + first)
        )
      );
    }
  }
  const years = [...new Set(header.years.values())].sort((a, b) => a - b);
  const table: TargetTable = {
    units: [],
    years,
    targets: textRecord(),
    declaredTotals: {},
    source: sheet.name,
  };
  const decomposition = decompositionNote(sheet.values, header.dataStart);
  if (decomposition) table.decomposition = decomposition;
  const totalsAt: Record<number, CellAt> = {};
  const resolve = tableUnitResolver(aliases);
  const unknown: Finding[] = [];
  const problems: Finding[] = [];
  const rowOfUnit = new Map<string, number>();
  let mapped = 0;

  for (let i = header.dataStart; i < sheet.values.length; i++) {
    const row = sheet.values[i] ?? [];
    const written = cellText(row[header.unitCol]);
    if (written === "") {
      if (table.units.length > 0) break;
      continue;
    }
    const isTotal = TOTAL_LABELS.has(written.toLowerCase());
    let unit = written;
    if (!isTotal) {
      const match = resolve(written);
      if (match.how === "unknown")
        unknown.push(
          unknownTableUnit(
            sheet.name,
            firstRow + i,
            columnLetter(firstCol + header.unitCol),
            written
          )
        );
      else {
        unit = match.unit;
        if (unit !== OTHER_UNIT) mapped++;
      }
    }
    const sheetRow = firstRow + i;
    const firstSeen = rowOfUnit.get(unit);
    if (!isTotal && firstSeen !== undefined) {
      problems.push(
        duplicateUnit(
          sheet.name,
          sheetRow,
          columnLetter(firstCol + header.unitCol),
          unit,
          firstSeen
        )
      );
      continue;
    }
    if (!isTotal) rowOfUnit.set(unit, sheetRow);
    const targets: Record<number, number> = {};
    for (const [j, year] of header.years) {
      const cell = readTargetCell(row[j]);
      if (cell === null) continue;
      if ("problem" in cell) {
        problems.push(
          targetProblem(sheet.name, sheetRow, columnLetter(firstCol + j), cell.problem, row[j])
        );
        continue;
      }
      const v = cell.value;
      if (cell.written !== undefined)
        problems.push(
          roundedTarget(sheet.name, sheetRow, columnLetter(firstCol + j), cell.written, v)
        );
      if (isTotal) {
        table.declaredTotals[year] = v;
        totalsAt[year] = { row: firstRow + i, column: columnLetter(firstCol + j) };
      } else targets[year] = v;
    }
    if (isTotal) break;
    const known = ownValue(table.targets, unit);
    if (known === undefined) table.units.push(unit);
    table.targets[unit] = { ...known, ...targets };
  }
  // A table none of whose units maps is another district's: its names are the units.
  const findings = mapped > 0 ? unknown : [];
  return {
    table,
    findings: [
      ...repeatedYears,
      ...findings,
      ...problems,
      ...checkTargetTotals(table, sheet.name, totalsAt),
    ],
  };
}

/**
 * The table a workbook's analysis uses when it holds several (the policy's 2022-2024 and a decomposition
 * for 2025-2027, say): the first, in workbook order, with targets for the as-of year; else the first.
 * A table without a single unit row (a header alone, or only 合计) is never used: counted against it,
 * every enterprise would fall under 其他.
 */
export function pickTargetTable(tables: TargetTable[], year: number): TargetTable | undefined {
  const usable = tables.filter(hasUnits);
  return usable.find((t) => t.years.includes(year)) ?? usable[0];
}

/** Whether a table read from a sheet names at least one unit. */
export function hasUnits(t: TargetTable): boolean {
  return t.units.length > 0;
}
