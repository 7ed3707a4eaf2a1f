/** Excel column letters and 0-based column indexes, both ways. */
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
