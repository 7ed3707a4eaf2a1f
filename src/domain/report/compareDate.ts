/**
 * 较上期 (docs/rules.md section 11): the earlier date a bulletin compares with. The default, the last year end
 * before the as-of date, makes the change the net increase; the task pane also offers the last quarter end
 * and month end before it.
 */
import { serialFromYmd, ymdFromSerial } from "../core/dates";
import type { CompareChoice, Serial } from "../core/types";

/**
 * The comparison date for `asOf`: the last year, quarter or month end strictly before it (the day before
 * the first day of the year, quarter or month holding the as-of date), or the date chosen.
 */
export function compareDateFor(asOf: Serial, choice: CompareChoice): Serial {
  if (typeof choice === "number") return choice;
  const { y, m } = ymdFromSerial(asOf);
  // Quarters start in months 1, 4, 7 and 10.
  const first =
    choice === "year-end" ? 1 : choice === "quarter-end" ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  return serialFromYmd(y, first, 1) - 1;
}
