/** A1 addresses for 0-based layout coordinates. */
import { columnLetter } from "../domain/sheets/columnLetters";
import type { RangeRef } from "../domain/report/layout";

/** "B3" or "B3:D9" for a 0-based range. */
export function a1(r: RangeRef): string {
  const tl = `${columnLetter(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Quotes a sheet name for a formula reference ('My Sheet'!A1). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
