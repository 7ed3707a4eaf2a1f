/** A streamed row's values in the engine's terms, for every host that reads workbooks. */
import type { CellValue } from "../domain/core/types";
import { CellError, NO_VALUE } from "../domain/sheets/cellMarkers";
import type { SheetRow } from "./xlsx/sheetScanner";

/**
 * A row's values as the engine's readers take them: an error value as its code text and a formula
 * without a cached value as blank, each such column told through `noValue` (docs/rules.md section 6).
 */
export function engineValues(row: SheetRow, noValue?: (column: number) => void): CellValue[] {
  if (!row.marked) return row.values as CellValue[];
  const out = row.values.slice() as unknown[];
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (v instanceof CellError) out[i] = v.code;
    else if (v === NO_VALUE) {
      out[i] = null;
      noValue?.(i);
    }
  }
  return out as CellValue[];
}
