/** Excel column letters and 0-based column indexes, both ways, and A1 references: the one copy every host uses. */
/** Excel's column letter for a 0-based column index (0 -> "A", 25 -> "Z", 26 -> "AA"). */
export function columnLetter(index0: number): string {
  let n = Math.floor(index0);
  if (!(n >= 0)) return "";
  let out = "";
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

const LETTERS = /^[A-Z]{1,3}$/;

/** The 0-based column index of an Excel column letter ("A" -> 0, "AA" -> 26); -1 when it is not one. */
export function columnIndex(letter: string): number {
  const s = letter.trim().toUpperCase();
  if (!LETTERS.test(s)) return -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
  return n - 1;
}

/** A range by its 0-based top-left cell and its size, as layouts and hosts give one. */
export interface CellBlock {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The A1 reference of a 0-based range: "B3", or "B3:D9" for more than one cell. */
export function a1(r: CellBlock): string {
  const topLeft = `${columnLetter(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1
    ? topLeft
    : `${topLeft}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows}`;
}
