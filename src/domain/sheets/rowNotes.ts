/** Collecting a sheet's findings row by row, each naming the enterprise of its row. */
import { finding } from "../core/findings";
import type { Finding } from "../core/types";

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

  add(
    column: string,
    code: Finding["code"],
    severity: Finding["severity"],
    message: Finding["message"]
  ): void {
    this.findings.push(finding(this.sheet, this.row, column, code, severity, message, this.name));
  }
}
