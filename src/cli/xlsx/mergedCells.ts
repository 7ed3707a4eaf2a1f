/**
 * The running total of cells a sheet's merged ranges cover, refused past MAX_MERGED_CELLS. The merge
 * filler (domain/sheets/merges.ts) writes the area's value into every cell of an area on each row read,
 * so a few bytes naming the whole grid would make every row 16,384 cells wide: a 100 KB file took
 * minutes and gigabytes. Both readers count here, so .xlsx and .xls stop at the same bound.
 */
import { columnLetter } from "../../domain/sheets/columnLetters";
import { MAX_MERGED_CELLS } from "./limits";
import { xlsxError } from "./xlsxError";

export class MergedCells {
  private total = 0;

  constructor(
    private readonly part: string,
    private readonly sheetName: string
  ) {}

  /** Counts an area, 1-based and inclusive; throws the limit error once the total is past the bound. */
  add(top: number, left: number, bottom: number, right: number): void {
    this.total += (bottom - top + 1) * (right - left + 1);
    if (this.total <= MAX_MERGED_CELLS) return;
    const ref = `${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`;
    const cap = MAX_MERGED_CELLS.toLocaleString("en-US");
    throw xlsxError(
      "limit",
      this.part,
      `sheet ${this.sheetName} merges more than ${cap} cells in all (reached at ${ref})`,
      `工作表 ${this.sheetName} 合并的单元格合计超过 ${MAX_MERGED_CELLS} 个（至合并区域 ${ref}）`
    );
  }
}
