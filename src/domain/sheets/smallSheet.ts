/**
 * The frame every reader of a small sheet (a pool, a contact log) shares: the header found among the
 * first 20 rows, column letters as the user's sheet shows them, the row-by-row notes, and the data rows
 * below the header that hold anything in a used column.
 */
import type { CellValue, SheetInput } from "../core/types";
import { isBlank } from "./cellValues";
import { columnLetter } from "./columnLetters";
import { HEADER_ROWS } from "./headerCells";
import { RowNotes } from "./rowNotes";

export interface SmallSheet<H> {
  header: H;
  notes: RowNotes;
  /** The letter of a 0-based column of `values` in the user's sheet ("" for a column the header lacks). */
  letter(c: number | undefined): string;
  /** A row's cell in a column the header may lack (null then). */
  cell(row: CellValue[], c: number | undefined): CellValue;
  /**
   * The data rows with their 1-based sheet row, each made current in `notes`: rows below the header with
   * a value in one of `used`, minus those `skip` rejects.
   */
  rows(
    used: readonly (number | undefined)[],
    skip?: (row: CellValue[]) => boolean
  ): Iterable<{ row: CellValue[]; sheetRow: number }>;
}

/** The frame of `sheet` with the header `detect` finds in its first 20 rows; null when there is none. */
export function openSmallSheet<H extends { rowIndex: number }>(
  sheet: SheetInput,
  detect: (head: CellValue[][]) => H | null
): SmallSheet<H> | null {
  const values = sheet.values;
  const header = detect(values.length > HEADER_ROWS ? values.slice(0, HEADER_ROWS) : values);
  if (!header) return null;
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const notes = new RowNotes(sheet.name);
  return {
    header,
    notes,
    letter: (c) => (c === undefined ? "" : columnLetter(c + firstColumn - 1)),
    cell: (row, c) => (c === undefined ? null : row[c]),
    *rows(usedColumns, skip) {
      const used = usedColumns.filter((c): c is number => c !== undefined);
      for (let i = header.rowIndex + 1; i < values.length; i++) {
        const row = values[i];
        if (!row || used.every((c) => isBlank(row[c])) || skip?.(row)) continue;
        const sheetRow = firstRow + i;
        notes.at(sheetRow);
        yield { row, sheetRow };
      }
    },
  };
}
