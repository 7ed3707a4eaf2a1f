/**
 * Finding the header row of an enterprise roster (docs/rules.md section 6): the row among the first 20 that
 * names the most known columns, in Chinese or English, however the user decorated the header cells
 * (line breaks, full-width brackets, notes such as （年月日）, a trailing colon or asterisk).
 */
import { parseCertNumber } from "../enterprise/certificate";
import { parseDateValue } from "../core/dates";
import { columnIndex } from "../sheets/columnLetters";
import { headerField } from "../sheets/enterpriseHeadings";
import { HEADER_ROWS } from "../sheets/headerCells";
import type { CellValue, HeaderMatch, RosterField } from "../core/types";

/** The fields a row names, first cell winning when two cells name the same field. */
function matchRow(row: CellValue[] | undefined): Partial<Record<RosterField, number>> {
  const columns: Partial<Record<RosterField, number>> = {};
  if (!row) return columns;
  for (let c = 0; c < row.length; c++) {
    const f = headerField(row[c]);
    if (f && columns[f] === undefined) columns[f] = c;
  }
  return columns;
}

/** True when the columns let a row be counted: a name or code, and a certificate number or issue date. */
function isUsable(columns: Partial<Record<RosterField, number>>): boolean {
  return (
    (columns.name !== undefined || columns.creditCode !== undefined) &&
    (columns.certNo !== undefined || columns.issueDate !== undefined)
  );
}

/** 0-based columns of a user mapping (field -> column letter); null when a letter is not one. */
function mappedColumns(
  mapping: Partial<Record<RosterField, string>>
): Partial<Record<RosterField, number>> | null {
  const out: Partial<Record<RosterField, number>> = {};
  for (const field of Object.keys(mapping) as RosterField[]) {
    const letter = mapping[field];
    if (letter === undefined || letter === "") continue;
    const index = columnIndex(letter);
    if (index < 0) return null;
    out[field] = index;
  }
  return out;
}

/** The first row whose certificate or issue-date cell reads as one (0 when none): where mapped data start. */
function firstDataRow(
  values: CellValue[][],
  rows: number,
  columns: Partial<Record<RosterField, number>>
): number {
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const cert = columns.certNo === undefined ? null : row[columns.certNo];
    if (typeof cert === "string" && parseCertNumber(cert)) return r;
    if (columns.issueDate !== undefined && parseDateValue(row[columns.issueDate]).kind === "ok")
      return r;
  }
  return 0;
}

/**
 * The header row among the first 20 rows: the one naming most known columns, which must include a name
 * or credit code and a certificate number or issue date. A mapping (field -> column letter) overrides the
 * detected columns; without a recognisable header row the data start at the first row whose certificate
 * number or issue date reads as one.
 */
export function detectHeader(
  values: CellValue[][],
  userMapping?: Partial<Record<RosterField, string>>
): HeaderMatch | null {
  // An empty mapping (every field cleared in the settings) is no mapping.
  const mapping = userMapping && Object.keys(userMapping).length > 0 ? userMapping : undefined;
  let best = -1;
  let bestCount = 0;
  let bestColumns: Partial<Record<RosterField, number>> = {};
  const rows = Math.min(values.length, HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const columns = matchRow(values[r]);
    const count = Object.keys(columns).length;
    const better = mapping ? count > bestCount : isUsable(columns) && count > bestCount;
    if (better) {
      best = r;
      bestCount = count;
      bestColumns = columns;
    }
  }
  if (mapping) {
    const mapped = mappedColumns(mapping);
    if (!mapped) return null;
    const columns = { ...bestColumns, ...mapped };
    if (!isUsable(columns)) return null;
    return { rowIndex: best >= 0 ? best : firstDataRow(values, rows, columns) - 1, columns };
  }
  return best >= 0 ? { rowIndex: best, columns: bestColumns } : null;
}
