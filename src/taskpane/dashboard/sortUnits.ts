/** Sorting the per-unit table by any of its columns (units without a value sort last). */
import type { UnitRow } from "../../domain/core/types";

export type UnitColumn =
  | "unit"
  | "target"
  | "valid"
  | "completion"
  | "gap"
  | "expiring"
  | "awards"
  | "forecast"
  | "needed";
export type SortDirection = "ascending" | "descending";

export interface UnitSort {
  column: UnitColumn;
  direction: SortDirection;
}

/** A row's value in a numeric column: the forecast's columns live in its `forecast`. */
function sortValue(row: UnitRow, column: Exclude<UnitColumn, "unit">): number | null {
  if (column === "forecast") return row.forecast.value;
  if (column === "needed") return row.forecast.needed;
  return row[column];
}

/** A sorted copy; the table's own order (target-table order) for `null`. Ties keep table order. */
export function sortUnits(rows: UnitRow[], sort: UnitSort | null, lang: string): UnitRow[] {
  if (!sort) return rows;
  const sign = sort.direction === "ascending" ? 1 : -1;
  const { column } = sort;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (column === "unit")
        return sign * a.row.unit.localeCompare(b.row.unit, lang) || a.index - b.index;
      const x = sortValue(a.row, column);
      const y = sortValue(b.row, column);
      if (x === null && y === null) return a.index - b.index;
      if (x === null) return 1;
      if (y === null) return -1;
      return sign * (x - y) || a.index - b.index;
    })
    .map((e) => e.row);
}

/** The next sort after clicking a column header: ascending, then descending, then the table's order. */
export function nextSort(current: UnitSort | null, column: UnitColumn): UnitSort | null {
  if (!current || current.column !== column)
    return { column, direction: column === "unit" ? "ascending" : "descending" };
  if (current.direction === (column === "unit" ? "ascending" : "descending"))
    return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return null;
}
