/**
 * Pool sheets (培育库, docs/rules.md section 8) -> pool rows. A pool is a few hundred rows, read whole (as
 * target tables are), so rows are plain objects. What a row means at the as-of date (its enterprise, its
 * stage, its unit when the cell is blank) is worked out with the roster by poolAnalysis.
 */
import { checkNormalisedCreditCode } from "../enterprise/creditCode";
import { parseDateValue, yearOfSerial } from "../core/dates";
import { readIdentityCells } from "../enterprise/identityCells";
import { detectPoolHeader, isPoolHeaderRow, type PoolHeader } from "./poolHeader";
import { poolText } from "./poolMessages";
import { parseStage } from "./poolStage";
import { cellText, isBlank, isFormulaLike, yearCellValue } from "../sheets/cellValues";
import { openSmallSheet } from "../sheets/smallSheet";
import { identityText } from "../enterprise/identityMessages";
import type { CellValue, Finding, LocalText, PoolStage, Serial, SheetInput } from "../core/types";
import type { UnitResolver } from "../enterprise/units";

const STAGE_LABEL: LocalText = { "zh-CN": "培育阶段", "en-US": "Pool stage" };

/** One counted row of a pool sheet, cleaned. */
export interface PoolRow {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Reading order across the workbook, as roster records have it. */
  seq: number;
  name: string;
  /** Normalised; "" when absent. */
  creditCode: string;
  /** Canonical unit; "" when the cell is blank (the roster's unit then, else 其他). */
  unit: string;
  /** The stage the cell names; null when blank or unreadable (counted as found). */
  stage: PoolStage | null;
  plannedYear: number | null;
  /** 入库日期 when readable; null otherwise (it counts for nothing but the file's newest date). */
  entered: Serial | null;
  /** Column letters of the unit and stage cells ("" when the sheet has no unit column). */
  unitColumn: string;
  stageColumn: string;
}

export interface PoolSheetRead {
  header: PoolHeader;
  rows: PoolRow[];
  findings: Finding[];
}

/**
 * The year a planned-year cell gives: a year (2024, "2024年度"), or a date's year; 0 when blank, -1 when
 * unreadable. A date serial of a 1904-system workbook is shifted (`date1904`), as every date cell is.
 */
function plannedYearOf(v: CellValue, date1904: boolean): number {
  if (isBlank(v)) return 0;
  const year = yearCellValue(v);
  if (year > 0) return year;
  const date = parseDateValue(v, { date1904 });
  return date.kind === "ok" ? yearOfSerial(date.serial) : -1;
}

/** An entry date cell as a serial (shifted from the 1904 system where `date1904`); null when blank or unreadable. */
function enteredOf(v: CellValue, date1904: boolean): Serial | null {
  if (isBlank(v)) return null;
  const date = parseDateValue(v, { date1904 });
  return date.kind === "ok" ? date.serial : null;
}

/**
 * Reads a whole pool sheet held in memory (merged cells already filled); null when it has no pool header.
 * `seqStart` numbers its rows in reading order, as roster sheets are numbered.
 */
export function readPoolSheet(
  sheet: SheetInput,
  resolveUnit: UnitResolver,
  seqStart = 0
): PoolSheetRead | null {
  const frame = openSmallSheet(sheet, detectPoolHeader);
  if (!frame) return null;
  const { header, notes, letter, cell } = frame;
  const nameColumn = letter(header.name ?? header.creditCode);
  const codeColumn = letter(header.creditCode);
  const unitColumn = letter(header.unit);
  const stageColumn = letter(header.stage);
  const yearColumn = letter(header.plannedYear);
  const used = [header.name, header.creditCode, header.unit, header.stage, header.plannedYear];
  const date1904 = sheet.date1904 === true;
  const rows: PoolRow[] = [];

  // A header merged over two rows repeats itself in the second: that row is header, not an enterprise.
  for (const { row, sheetRow } of frame.rows(used, isPoolHeaderRow)) {
    const { name, creditCode } = readIdentityCells(
      cell(row, header.name),
      cell(row, header.creditCode),
      notes,
      nameColumn,
      codeColumn
    );
    if (name === "" && creditCode === "") {
      notes.add(nameColumn, "pool-unmatched", "error", poolText.unmatched());
      continue;
    }
    if (creditCode !== "") {
      const check = checkNormalisedCreditCode(creditCode);
      if (check !== "ok")
        notes.add(
          codeColumn,
          "credit-code",
          "warning",
          check === "form"
            ? identityText.creditForm(creditCode)
            : identityText.creditChecksum(creditCode)
        );
    }

    let unit = "";
    const unitCell = cell(row, header.unit);
    if (!isBlank(unitCell)) {
      const raw = cellText(unitCell);
      const match = resolveUnit(raw);
      unit = match.unit;
      if (match.how === "unknown")
        notes.add(unitColumn, "unknown-unit", "warning", identityText.unknownUnit(raw, unit));
    }

    const stageCell = row[header.stage];
    const stageText = cellText(stageCell);
    const stage = typeof stageCell === "string" ? parseStage(stageText) : null;
    if (stage === null)
      notes.add(stageColumn, "pool-stage-unknown", "warning", poolText.unknownStage(stageText));
    if (stageText !== "" && isFormulaLike(stageText))
      notes.add(
        stageColumn,
        "formula-like",
        "warning",
        identityText.formulaLikeIn(STAGE_LABEL, stageText)
      );

    const yearCell = cell(row, header.plannedYear);
    const year = plannedYearOf(yearCell, date1904);
    if (year < 0)
      notes.add(yearColumn, "bad-date", "warning", poolText.badYear(cellText(yearCell)));

    rows.push({
      sheet: sheet.name,
      row: sheetRow,
      seq: seqStart + sheetRow,
      name,
      creditCode,
      unit,
      stage,
      plannedYear: year > 0 ? year : null,
      entered: enteredOf(cell(row, header.entered), date1904),
      unitColumn,
      stageColumn,
    });
  }
  return { header, rows, findings: notes.findings };
}
