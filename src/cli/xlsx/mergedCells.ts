/**
 * The running total of cells a workbook's merged ranges cover, refused past MAX_MERGED_CELLS. The merge
 * filler (domain/sheets/merges.ts) writes the area's value into every cell of an area on each row read,
 * so a few bytes naming the whole grid would make every row 16,384 cells wide: a 100 KB file took
 * minutes and gigabytes. The bound is the workbook's, not each sheet's, as a few hundred sheets each
 * just under it would cost as much. Both readers count here, so .xlsx and .xls stop at the same bound.
 */
import { columnLetter } from "../../domain/sheets/columnLetters";
import { MAX_MERGED_CELLS } from "./limits";
import { xlsxError } from "./xlsxError";

export class MergedCells {
  /** Cells counted so far; a pass given up and read again returns to it with rewind. */
  total = 0;

  /**
   * Counts an area of sheet `sheetName` (in `part`), 1-based and inclusive; throws the limit error
   * once the total is past the bound.
   */
  add(
    part: string,
    sheetName: string,
    top: number,
    left: number,
    bottom: number,
    right: number
  ): void {
    this.total += (bottom - top + 1) * (right - left + 1);
    if (this.total <= MAX_MERGED_CELLS) return;
    const ref = `${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`;
    const cap = MAX_MERGED_CELLS.toLocaleString("en-US");
    throw xlsxError(
      "limit",
      part,
      `the workbook merges more than ${cap} cells in all (reached at ${ref} of sheet ${sheetName})`,
      `工作簿合并的单元格合计超过 ${MAX_MERGED_CELLS} 个（至工作表 ${sheetName} 的合并区域 ${ref}）`
    );
  }
}
