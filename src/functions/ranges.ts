/**
 * VALIDCOUNT and COMPLETION read two parallel ranges (units, issue dates), as the user selects them in
 * a roster: this walks them in step. It counts certificates (rows), not enterprises; the report's
 * per-enterprise count comes from the task pane's analysis.
 */
import { isValidAt } from "../domain/enterprise/certificate";
import { parseDateValue } from "../domain/core/dates";
import type { CellValue, Serial, Settings } from "../domain/core/types";
import { TOTAL_LABEL } from "../domain/enterprise/units";
import { workbookDates } from "./args";
import { fail } from "./errors";
import { unitResolver } from "./units";

/** A range cell as the engine reads it; anything else (an entity value) as its text, which fails as a date. */
function cell(v: unknown): CellValue {
  return v === null ||
    v === undefined ||
    typeof v === "string" ||
    typeof v === "number" ||
    typeof v === "boolean"
    ? v
    : String(v);
}

/** Rows whose unit resolves to `unit` (every row for 合计) and whose issue date makes the certificate valid on `asOf`. */
export function countValid(
  units: unknown[][],
  issueDates: unknown[][],
  unit: string,
  asOf: Serial,
  settings: Settings
): number {
  const u = units.flat();
  const d = issueDates.flat();
  if (u.length !== d.length) {
    return fail(
      `两个区域大小不同（${u.length} 与 ${d.length} 个单元格）`,
      `the two ranges differ in size (${u.length} and ${d.length} cells)`
    );
  }
  const resolve = unitResolver();
  const all = unit === TOTAL_LABEL;
  const dates = workbookDates();
  let n = 0;
  for (let i = 0; i < u.length; i++) {
    if (!all && resolve(u[i] === null || u[i] === undefined ? "" : String(u[i])).unit !== unit)
      continue;
    const p = parseDateValue(cell(d[i]), dates);
    if (p.kind === "blank") continue;
    if (p.kind === "bad")
      return fail(
        `发证日期区域第 ${i + 1} 个单元格无法识别为日期：${p.text}`,
        `issueDates cell ${i + 1} is not a date: ${p.text}`
      );
    if (isValidAt(p.serial, asOf, settings.validityEnd)) n++;
  }
  return n;
}
