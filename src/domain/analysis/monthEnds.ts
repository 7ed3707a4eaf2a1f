/**
 * The dates of the year's progress (DOMAIN.md section 13): the month ends of A's year up to A, and A itself
 * when it is not a month end.
 */
import { daysInMonth, serialFromYmd, ymdFromSerial } from "../core/dates";
import type { Serial } from "../core/types";

/** Month ends of the as-of date's year on or before it, then the as-of date when it is not one; ascending. */
export function progressDates(asOf: Serial): Serial[] {
  const { y, m } = ymdFromSerial(asOf);
  const dates: Serial[] = [];
  for (let month = 1; month < m; month++)
    dates.push(serialFromYmd(y, month, daysInMonth(y, month)));
  // The as-of month's own end is the as-of date itself, or lies after it.
  dates.push(asOf);
  return dates;
}
