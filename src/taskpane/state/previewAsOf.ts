/** The as-of date the preview opens at, so the bundled sample shows a year the target table covers. */
import { yearEnd, yearOfSerial } from "../../domain/core/dates";
import type { Serial, TargetTable } from "../../domain/core/types";

/**
 * Keeps `today` when the target table has targets for its year; otherwise 31 December of the table's
 * latest year (the default table ends in 2024). Used in preview only; in Excel the default stays today.
 */
export function previewAsOf(today: Serial, targets: TargetTable): Serial {
  if (targets.years.length === 0 || targets.years.includes(yearOfSerial(today))) return today;
  return yearEnd(Math.max(...targets.years));
}
