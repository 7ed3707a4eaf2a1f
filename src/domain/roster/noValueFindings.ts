/**
 * Formula cells without a calculated value in a roster: each read as blank, so each in a column the
 * header maps gets a no-value finding (docs/rules.md section 6). One copy for the streaming CLI and the
 * in-memory engine, so every host names the same cells.
 */
import { columnLetter } from "../sheets/columnLetters";
import type { CellValue, Finding, HeaderMatch, SheetCell } from "../core/types";
import { noValueFinding } from "./readRoster";

/** Where a roster's header sits: its sheet's name, its header and the 1-based sheet row and column of that header's first cell. */
export interface RosterPlace {
  sheet: string;
  header: HeaderMatch;
  headerRow: number;
  /** 1-based sheet column of the header's index 0 (default 1). */
  firstColumn?: number;
}

/**
 * The roster's findings with a no-value finding for each of `cells` (1-based sheet coordinates) below
 * the header in a mapped column, naming the enterprise from the cell's row (`rowOf`), in row order.
 */
export function withNoValueFindings<C extends SheetCell>(
  findings: Finding[],
  cells: readonly C[],
  place: RosterPlace,
  rowOf: (cell: C) => readonly CellValue[] | undefined
): Finding[] {
  const firstColumn = place.firstColumn ?? 1;
  const mapped = new Set<number>();
  for (const index of Object.values(place.header.columns))
    if (index !== undefined) mapped.add(index + firstColumn);
  const nameAt = place.header.columns.name;
  const own = cells
    .filter((c) => c.row > place.headerRow && mapped.has(c.column))
    .map((c) => {
      const name = nameAt === undefined ? "" : String(rowOf(c)?.[nameAt] ?? "").trim();
      return noValueFinding(place.sheet, c.row, columnLetter(c.column - 1), name);
    });
  if (own.length === 0) return findings;
  // A stable sort: each no-value finding after the reader's findings of its row.
  return [...findings, ...own].sort((a, b) => a.row - b.row);
}
