/**
 * Header cells as users decorate them (line breaks, full-width brackets, notes such as （年月日）, a
 * trailing colon or asterisk), and the search for a sheet's header row among its first 20 rows.
 */
import { normaliseName } from "../core/text";
import type { CellValue } from "../core/types";

/** Rows searched for a header. */
export const HEADER_ROWS = 20;

const PUNCTUATION = /[.\-_:：*＊#№'"“”‘’、,，;；?？]/g;
/** No header names a column in more characters than this; a longer cell is data (and costs nothing more). */
const MAX_HEADER_LENGTH = 100;
const OPENERS = "([【<《";
const CLOSERS = ")]】>》";

/** A header cell's comparison key: white space removed, half-width, lower case, punctuation dropped. */
function headerKey(v: CellValue): string {
  if (typeof v !== "string" || v.length > MAX_HEADER_LENGTH) return "";
  return normaliseName(v).toLowerCase().replace(PUNCTUATION, "");
}

/**
 * The key without its bracketed notes (所属镇（园区） -> 所属镇, 发证日期（年月日） -> 发证日期): from each
 * opening bracket to the first closing bracket after it. One pass, so unclosed brackets cost nothing.
 */
function withoutBrackets(key: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    let open = i;
    while (open < key.length && !OPENERS.includes(key[open])) open++;
    let close = open;
    while (close < key.length && !CLOSERS.includes(key[close])) close++;
    if (close >= key.length) return out + key.slice(i);
    out += key.slice(i, open);
    i = close + 1;
  }
}

/**
 * The entry a header cell names in a table of header keys (synonym -> field), however the cell is
 * decorated: its key, else its key without bracketed notes; undefined when neither is in the table.
 */
export function lookupHeader<F>(v: CellValue, table: ReadonlyMap<string, F>): F | undefined {
  const key = headerKey(v);
  if (key === "") return undefined;
  const direct = table.get(key);
  if (direct !== undefined) return direct;
  const bare = withoutBrackets(key);
  return bare !== key && bare !== "" ? table.get(bare) : undefined;
}

/**
 * Among the first 20 rows, the row whose matched columns pass `usable` and name the most columns (the
 * first such row on a tie); null when none. Pools and contact logs find their headers this way.
 */
export function bestHeaderRow<C extends object>(
  values: CellValue[][],
  match: (row: CellValue[] | undefined) => C,
  usable: (columns: C) => boolean
): { rowIndex: number; columns: C } | null {
  let best: { rowIndex: number; columns: C } | null = null;
  let bestCount = 0;
  const rows = Math.min(values.length, HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const columns = match(values[r]);
    const count = Object.keys(columns).length;
    if (!usable(columns) || count <= bestCount) continue;
    best = { rowIndex: r, columns };
    bestCount = count;
  }
  return best;
}
