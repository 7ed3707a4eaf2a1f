/**
 * The long lists' tools (到期, 待走访, 已推出): a search over each entry's text and a unit filter, and the
 * filtered list as a CSV file a town can be sent (Excel opens it: UTF-8 with a byte-order mark, CRLF).
 */

export interface ListFilter {
  /** Text to find in the entry (name, credit code, certificate number...); blank: all. */
  query: string;
  /** One unit, or "" for all. */
  unit: string;
}

export const NO_FILTER: ListFilter = { query: "", unit: "" };

/** The entries of `unit` (all when "") whose text contains every word of the query, case-insensitively. */
export function filterList<T extends { unit: string }>(
  items: readonly T[],
  filter: ListFilter,
  text: (x: T) => string
): T[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((x) => {
    if (filter.unit !== "" && x.unit !== filter.unit) return false;
    const hay = text(x).toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The units of the list, in the list's order (the engine's: target-table order). */
export function listUnits(items: readonly { unit: string }[]): string[] {
  return [...new Set(items.map((x) => x.unit))];
}

// A cell starting with one of these is a formula to Excel: a user's text must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the head first) as CSV text for Excel: a byte-order mark, so Chinese reads right, and CRLF lines. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** "待走访名单-枫泾镇-2024-12-31.csv"; the unit is left out when the list is not filtered by one. */
export function listFileName(title: string, unit: string, isoDate: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|]/g, "_");
  return `${[title, unit, isoDate].filter(Boolean).map(safe).join("-")}.csv`;
}
