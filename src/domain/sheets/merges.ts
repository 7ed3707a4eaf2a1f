/**
 * Merged cells (docs/rules.md section 6): the value of a merged area belongs to every cell of the area. A
 * unit merged over rows 21-22 is the unit of both rows; a header merged over two rows or columns names
 * them all. Spreadsheets store the value in the area's top-left cell only, so the engine fills the other
 * cells before it classifies a sheet or reads a row. Rows may arrive in blocks (the CLI streams them, the
 * add-in reads 5,000 rows at a time), so the filler keeps the areas it is inside of between calls.
 */
import type { CellRange, CellValue, SheetInput } from "../core/types";

interface OpenArea {
  area: CellRange;
  value: CellValue;
}

export class MergeFiller {
  /** Areas by top row; `next` is the first not yet reached. */
  private readonly areas: CellRange[];
  private next = 0;
  private open: OpenArea[] = [];

  /**
   * `merges` in 1-based sheet coordinates; `firstColumn` is the 1-based sheet column of each row's
   * index 0. `copyRows` copies a row before writing into it, so the caller's arrays stay as they were.
   */
  constructor(
    merges: readonly CellRange[],
    private readonly firstColumn = 1,
    private readonly copyRows = false
  ) {
    this.areas = merges.filter(
      (m) => m.bottom >= m.top && m.right >= m.left && (m.bottom > m.top || m.right > m.left)
    );
    this.areas.sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /** True when no area is left to fill at or after the rows seen so far. */
  get done(): boolean {
    return this.next >= this.areas.length && this.open.length === 0;
  }

  /**
   * Fills rows[from] to rows[to - 1] in place (a copied row replaces the caller's when `copyRows`);
   * rows[i] is sheet row firstSheetRow + i. Calls must come in increasing row order.
   */
  fill(rows: CellValue[][], firstSheetRow: number, from = 0, to = rows.length): void {
    if (this.done) return;
    for (let i = from; i < to; i++) {
      const sheetRow = firstSheetRow + i;
      this.advance(sheetRow, rows[i]);
      if (this.open.length === 0) {
        if (this.next >= this.areas.length) return;
        continue;
      }
      let row = rows[i] ?? [];
      if (this.copyRows || rows[i] === undefined) row = rows[i] = row.slice();
      for (const { area, value } of this.open) {
        const first = area.left - this.firstColumn;
        const last = area.right - this.firstColumn;
        while (row.length <= last) row.push(null);
        for (let c = Math.max(0, first); c <= last; c++) {
          if (sheetRow === area.top && c === first) continue;
          row[c] = value;
        }
      }
    }
  }

  /** Opens the areas that start at or before `sheetRow` (taking the top-left value) and closes ended ones. */
  private advance(sheetRow: number, row: CellValue[] | undefined): void {
    if (this.open.some((o) => o.area.bottom < sheetRow))
      this.open = this.open.filter((o) => o.area.bottom >= sheetRow);
    const { areas } = this;
    while (this.next < areas.length && areas[this.next].top <= sheetRow) {
      const area = areas[this.next++];
      if (area.bottom < sheetRow) continue;
      // An area whose top row was never handed over (above the rows read) has no value to give.
      const value = area.top === sheetRow ? (row?.[area.left - this.firstColumn] ?? null) : null;
      this.open.push({ area, value });
    }
  }
}

/** A sheet whose merged areas are filled in (a new values array; the input is left as it was). */
export function withMergesFilled(sheet: SheetInput): SheetInput {
  if (!sheet.merges || sheet.merges.length === 0) return sheet;
  const values = sheet.values.slice();
  new MergeFiller(sheet.merges, sheet.firstColumn ?? 1, true).fill(values, sheet.firstRow ?? 1);
  return { ...sheet, values };
}
