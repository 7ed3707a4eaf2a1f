/**
 * The enterprise a row of a small sheet (a pool, a contact log) names: its name and normalised credit
 * code, read as the roster reads them. A name or code cell holding an error value (#N/A) or TRUE/FALSE
 * names nothing (read as blank, with a finding: rows sharing a #N/A are not one enterprise), nor does a
 * code with no digit (a placeholder such as / or 无, with a finding), nor a name that shows nothing
 * (zero-width or direction marks only). A name a spreadsheet would take for a formula is kept as text,
 * with a finding.
 */
import { normaliseCreditCode } from "./creditCode";
import { cellText, isFormulaLike, isNotText, isPlaceholderCode } from "../sheets/cellValues";
import type { RowNotes } from "../sheets/rowNotes";
import { identityText } from "./identityMessages";
import { isInvisibleName } from "../core/text";
import type { CellValue } from "../core/types";

export interface RowIdentity {
  /** "" when blank or unusable. */
  name: string;
  /** Normalised; "" when absent. */
  creditCode: string;
}

/**
 * Reads a row's name and credit code cells, noting an unusable name cell and a formula-like name in
 * `nameColumn` and an unusable code cell in `codeColumn`.
 */
export function readIdentityCells(
  nameCell: CellValue,
  codeCell: CellValue,
  notes: RowNotes,
  nameColumn: string,
  codeColumn: string
): RowIdentity {
  let name = cellText(nameCell);
  if (isNotText(nameCell, name)) {
    notes.add(nameColumn, "bad-value", "warning", identityText.badName(name));
    name = "";
  } else if (isInvisibleName(name)) name = "";
  notes.naming(name);
  let creditCode =
    typeof codeCell === "string" ? normaliseCreditCode(codeCell) : cellText(codeCell);
  if (isNotText(codeCell, creditCode)) {
    notes.add(codeColumn, "bad-value", "warning", identityText.badCode(creditCode));
    creditCode = "";
  } else if (isPlaceholderCode(creditCode)) {
    // No digit (/, 无): a placeholder, not a code rows can share.
    notes.add(codeColumn, "credit-code", "warning", identityText.creditForm(creditCode));
    creditCode = "";
  }
  if (name !== "" && isFormulaLike(name))
    notes.add(nameColumn, "formula-like", "warning", identityText.formulaLike(name));
  return { name, creditCode };
}
