/**
 * A1 references read straight from bytes: column letters and row digits, each bounded so that a
 * hostile reference cannot overflow or make a huge number.
 */

/** Result slots of parseRef, reused to avoid an object per cell. */
export interface RefParts {
  /** 1-based column; 0 when the reference has no letters; -1 when it is malformed or too large. */
  col: number;
  /** 1-based row; 0 when the reference has no digits; -1 when it is malformed or too large. */
  row: number;
}

/** Far above Excel's limits, far below overflow: values past it are "too large" whatever they are. */
const CAP = 1 << 30;

/** Parses "AB12" (or "AB", or "12") in bytes [start, end) into `out`. */
export function parseRef(buf: Uint8Array, start: number, end: number, out: RefParts): void {
  // Absolute references ($A$1) appear in merge ranges written by some tools.
  let i = start < end && buf[start] === 36 ? start + 1 : start;
  let col = 0;
  for (; i < end; i++) {
    let b = buf[i];
    if (b >= 97 && b <= 122) b -= 32;
    if (b < 65 || b > 90) break;
    col = col * 26 + (b - 64);
    if (col > CAP) col = CAP;
  }
  let row = 0;
  if (i < end && buf[i] === 36) i++;
  const digitsFrom = i;
  for (; i < end; i++) {
    const b = buf[i];
    if (b < 48 || b > 57) break;
    row = row * 10 + (b - 48);
    if (row > CAP) row = CAP;
  }
  if (i !== end || (i === digitsFrom && col === 0)) {
    out.col = -1;
    out.row = -1;
    return;
  }
  out.col = col;
  out.row = row;
}

/** A non-negative integer written in bytes [start, end) (at most 2^53); -1 when it is not one. */
export function parseIndex(buf: Uint8Array, start: number, end: number): number {
  while (
    start < end &&
    (buf[start] === 32 || buf[start] === 9 || buf[start] === 10 || buf[start] === 13)
  )
    start++;
  while (
    end > start &&
    (buf[end - 1] === 32 || buf[end - 1] === 9 || buf[end - 1] === 10 || buf[end - 1] === 13)
  )
    end--;
  if (start === end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b < 48 || b > 57) return -1;
    if (n < Number.MAX_SAFE_INTEGER) n = Math.min(Number.MAX_SAFE_INTEGER, n * 10 + (b - 48));
  }
  return n;
}
