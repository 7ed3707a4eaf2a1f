/** Building findings: every problem in the user's data points at a cell (docs/rules.md section 7). */
import type { Finding, FindingCode, LocalText, Severity } from "./types";

/**
 * A finding at a cell (row 1-based; row 0 / column "" for a whole sheet or row); `name` is the
 * enterprise of the row, where it has one.
 */
export function finding(
  sheet: string,
  row: number,
  column: string,
  code: FindingCode,
  severity: Severity,
  message: LocalText,
  name?: string
): Finding {
  return name
    ? { sheet, row, column, code, severity, message, name }
    : { sheet, row, column, code, severity, message };
}
