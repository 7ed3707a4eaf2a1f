/**
 * The enterprise a row of a small sheet (a pool, a contact log) names: its name and normalised credit
 * code, read as the roster reads them. A name cell holding an error value (#N/A) or TRUE/FALSE is no
 * company name (read as blank), and a name a spreadsheet would take for a formula is kept as text; each
 * gets a finding.
 */
import { normaliseCreditCode } from "./creditCode";
import { finding, isErrorValue, isFormulaLike } from "../core/findings";
import { cellText } from "../roster/readRoster";
import { rosterText } from "../roster/rosterMessages";
import type { CellValue, Finding } from "../core/types";

/** A sheet's findings, row by row: each names the enterprise of the row being read, once known. */
export class RowNotes {
  readonly findings: Finding[] = [];
  private row = 0;
  private name = "";

  constructor(private readonly sheet: string) {}

  /** Starts a row (1-based sheet row) whose enterprise is not known yet. */
  at(row: number): void {
    this.row = row;
    this.name = "";
  }

  /** The enterprise the row's later findings name. */
  naming(name: string): void {
    this.name = name;
  }

  add(column: string, code: Finding["code"], severity: Finding["severity"], message: Finding["message"]): void {
    this.findings.push(finding(this.sheet, this.row, column, code, severity, message, this.name));
  }
}

export interface RowIdentity {
  /** "" when blank or unusable. */
  name: string;
  /** Normalised; "" when absent. */
  creditCode: string;
}

/** Reads a row's name and credit code cells, noting an unusable name cell and a formula-like name in `nameColumn`. */
export function readIdentityCells(nameCell: CellValue, codeCell: CellValue, notes: RowNotes, nameColumn: string): RowIdentity {
  let name = cellText(nameCell);
  if (name !== "" && (typeof nameCell === "boolean" || isErrorValue(name))) {
    notes.add(nameColumn, "bad-value", "warning", rosterText.badName(name));
    name = "";
  }
  notes.naming(name);
  const creditCode = typeof codeCell === "string" ? normaliseCreditCode(codeCell) : cellText(codeCell);
  if (name !== "" && isFormulaLike(name)) notes.add(nameColumn, "formula-like", "warning", rosterText.formulaLike(name));
  return { name, creditCode };
}
