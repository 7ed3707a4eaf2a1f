/**
 * Date cells as the sheet readers meet them (docs/rules.md section 6): serials (shifted in a 1904-system
 * workbook), texts in the many forms offices type, date objects. One reader per sheet: text dates repeat
 * down a column, so each distinct text is parsed once and cached as a number. The roster reader runs this
 * once per date cell over up to a million rows; the contact reader uses the same rules.
 */
import {
  DATE1904_OFFSET,
  isYearOrMonthNumber,
  MAX_SERIAL,
  parseDateValue,
  plainDateSerial,
} from "../core/dates";
import type { CellValue } from "../core/types";

/** A date cell that is blank, or unreadable (serials are >= 1). */
export const BLANK_DATE = 0;
export const BAD_DATE = -1;

/** Past this many distinct texts the cache is cleared and refilled. */
const CACHE_LIMIT = 4096;

export class DateCells {
  private readonly cache = new Map<string, number>();
  /** Days added to a number in a date column: 1462 in a 1904-system workbook, else 0. */
  private readonly shift: number;
  private readonly options: { date1904: boolean };

  constructor(date1904 = false) {
    this.shift = date1904 ? DATE1904_OFFSET : 0;
    this.options = { date1904 };
  }

  /** A date cell as its serial (>= 1), BLANK_DATE, or BAD_DATE. */
  serial(v: CellValue): number {
    if (v === null || v === undefined || v === "") return BLANK_DATE;
    // A serial (the commonest cell) is read here; parseDateValue has the same rule for it (a year, or a
    // year and month, typed alone is none).
    if (typeof v === "number" && v >= 1 && v <= MAX_SERIAL - this.shift && !isYearOrMonthNumber(v))
      return Math.floor(v) + this.shift;
    if (typeof v === "string") return this.text(v);
    const p = parseDateValue(v, this.options);
    return p.kind === "ok" ? p.serial : p.kind === "blank" ? BLANK_DATE : BAD_DATE;
  }

  /** The text a bad-date message quotes for a cell `serial` found unreadable (parsed again: only for bad cells). */
  badText(v: CellValue): string {
    const p = parseDateValue(v, this.options);
    return p.kind === "bad" ? p.text : "";
  }

  private text(v: string): number {
    // The commonest forms are read directly: cheaper than hashing the text for the cache.
    const plain = plainDateSerial(v);
    if (plain > 0) return plain;
    let hit = this.cache.get(v);
    if (hit === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      const p = parseDateValue(v, this.options);
      hit = p.kind === "ok" ? p.serial : p.kind === "blank" ? BLANK_DATE : BAD_DATE;
      this.cache.set(v, hit);
    }
    return hit;
  }
}
