/**
 * How much one context.sync() may carry. Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and any host gives up on a get of
 * more than five million cells, sometimes by returning `values` as null instead of an error. Both are on
 * the "Payload size limit best practices" section of docs/excel/performance.md and in
 * docs/concepts/resource-limits-and-performance-optimization.md (OfficeDev/office-js-docs-pr). Writes
 * and reads are therefore cut into row chunks sized from what they carry, well under those limits.
 */

/**
 * Bytes of data one request may write: a fifth of the 5 MB limit, leaving room for the request's own
 * framing (each range and property is an action with ids and names) and for estimates that run short.
 */
export const REQUEST_BUDGET_BYTES = 1_000_000;

/** Rows per chunk so that `bytesPerRow` times the rows stays within `budget`; at least one row. */
export function rowsWithin(bytesPerRow: number, budget = REQUEST_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
}

/** UTF-8 length of a string (what the JSON request carries), without allocating a buffer. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
    else if (c >= 0xd800 && c <= 0xdfff) n += 2;
    else n += 3;
  }
  return n;
}

/** About the JSON size of one row of strings: each quoted (with its quotes and backslashes escaped), comma separated, bracketed. */
export function jsonRowBytes(row: readonly string[]): number {
  return row.reduce((n, s) => n + utf8Length(s) + (s.match(/["\\]/g)?.length ?? 0) + 3, 2);
}

/** The start of each chunk of `size` rows over `total` rows. */
export function chunkStarts(total: number, size: number): number[] {
  const starts: number[] = [];
  for (let r = 0; r < total; r += size) starts.push(r);
  return starts;
}
