/** A date given on the command line (--as-of, --compare, --base-date) as a serial, or why it is none. */
import { serialFromIso } from "../domain/core/dates";
import type { Serial } from "../domain/core/types";
import { inputError } from "./inputError";

/**
 * The serial of `text` (YYYY-MM-DD) given to `option`; an InputError naming the option when the day
 * does not exist (2023-02-30) or comes before 1900-01-01, the first day a workbook can hold.
 */
export function optionDate(option: string, text: string): Serial {
  const s = serialFromIso(text);
  if (s !== null) return s;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && Number(text.slice(0, 4)) < 1900)
    throw inputError(
      null,
      `${option}: ${text} is before 1900-01-01, the first date a workbook holds`,
      `${option}：${text} 早于 1900-01-01（工作簿能记录的最早日期）`
    );
  throw inputError(null, `${option}: no such date ${text}`, `${option}：日期 ${text} 不存在`);
}
