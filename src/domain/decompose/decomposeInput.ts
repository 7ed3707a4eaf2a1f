/**
 * What a decomposition starts from, as the CLI and the pane take it from the user: totals typed per year
 * or a doubling rule, a range of years, the default base date, and the units' valid counts from an
 * analysis. Messages are bilingual, so both doors say the same thing about the same mistake.
 */
import { yearEnd, yearOfSerial } from "../core/dates";
import { MAX_DECOMPOSE_TOTAL, type DecomposeUnitInput } from "./decompose";
import { toHalfWidth } from "../core/text";
import type { Analysis, LocalText, Serial } from "../core/types";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: LocalText };

const MIN_YEAR = 1901;
const MAX_YEAR = 2999;
/** A plan spans a few years; more than this is a typing slip (2025-20270). */
export const MAX_DECOMPOSE_YEARS = 30;
/** Doubling periods are a few years; 0 would divide by zero, and a century is not a plan. */
const MAX_DOUBLING_YEARS = 100;

const fail = <T>(zh: string, en: string): Parsed<T> => ({
  ok: false,
  message: { "zh-CN": zh, "en-US": en },
});

function yearOk(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Full-width digits and punctuation as typed in a Chinese input method, made half-width, white space removed. */
const plain = (text: string): string => toHalfWidth(text).replace(/\s+/g, "");

/** "2025=1750,2026=1900" (also 2025:1750, ；、 as separators) -> totals per year. */
export function parseTotals(text: string): Parsed<Record<number, number>> {
  const s = plain(text).replace(/[;、]/g, ",");
  if (s === "")
    return fail(
      "未给出总量（例如 2025=1750,2026=1900）",
      "no totals given (e.g. 2025=1750,2026=1900)"
    );
  const totals: Record<number, number> = {};
  for (const part of s.split(",")) {
    const m = /^(\d{4})[=:](\d+)$/.exec(part);
    if (!m)
      return fail(
        `总量“${part}”应写作 年份=总量，例如 2025=1750`,
        `total "${part}" must be year=total, e.g. 2025=1750`
      );
    const year = Number(m[1]);
    const total = Number(m[2]);
    const checked = checkYearTotal(year, total);
    if (!checked.ok) return checked;
    if (year in totals)
      return fail(`${year}年的总量给了两次`, `the total for ${year} is given twice`);
    totals[year] = total;
  }
  if (Object.keys(totals).length > MAX_DECOMPOSE_YEARS)
    return fail(
      `最多分解 ${MAX_DECOMPOSE_YEARS} 个年度`,
      `at most ${MAX_DECOMPOSE_YEARS} years at a time`
    );
  return { ok: true, value: totals };
}

/** One year's total: a year from 1901 to 2999 and a whole number from 0 to MAX_DECOMPOSE_TOTAL. */
export function checkYearTotal(year: number, total: number): Parsed<number> {
  if (!yearOk(year))
    return fail(
      `年份 ${year} 超出范围（${MIN_YEAR}-${MAX_YEAR}）`,
      `year ${year} is out of range (${MIN_YEAR}-${MAX_YEAR})`
    );
  if (!Number.isInteger(total) || total < 0 || total > MAX_DECOMPOSE_TOTAL)
    return fail(
      `${year}年总量须为 0 到 ${MAX_DECOMPOSE_TOTAL} 之间的整数`,
      `the total for ${year} must be a whole number from 0 to ${MAX_DECOMPOSE_TOTAL}`
    );
  return { ok: true, value: total };
}

/** "2025-2027" or "2025" -> [2025, 2026, 2027]. */
export function parseYearRange(text: string): Parsed<number[]> {
  const m = /^(\d{4})(?:[-~至到](\d{4}))?$/.exec(plain(text));
  if (!m)
    return fail(`年度范围“${text}”应写作 2025-2027`, `years "${text}" must be written 2025-2027`);
  return yearRange(Number(m[1]), Number(m[2] ?? m[1]));
}

/** The years from `first` to `last`, both included. */
export function yearRange(first: number, last: number): Parsed<number[]> {
  for (const y of [first, last]) {
    if (!yearOk(y))
      return fail(
        `年份 ${y} 超出范围（${MIN_YEAR}-${MAX_YEAR}）`,
        `year ${y} is out of range (${MIN_YEAR}-${MAX_YEAR})`
      );
  }
  if (last < first)
    return fail(
      `年度范围 ${first}-${last} 的结束年早于开始年`,
      `years ${first}-${last} end before they start`
    );
  if (last - first + 1 > MAX_DECOMPOSE_YEARS)
    return fail(
      `最多分解 ${MAX_DECOMPOSE_YEARS} 个年度`,
      `at most ${MAX_DECOMPOSE_YEARS} years at a time`
    );
  return { ok: true, value: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
}

/** The doubling rule's inputs: base year and how many years the doubling takes. */
export function checkDoubling(fromYear: number, inYears: number, years: number[]): Parsed<null> {
  if (!yearOk(fromYear))
    return fail(`基准年 ${fromYear} 超出范围`, `base year ${fromYear} is out of range`);
  if (!Number.isInteger(inYears) || inYears < 1 || inYears > MAX_DOUBLING_YEARS)
    return fail(
      `翻番年数须为 1 到 ${MAX_DOUBLING_YEARS} 之间的整数`,
      `the doubling period must be a whole number of years from 1 to ${MAX_DOUBLING_YEARS}`
    );
  if (years.some((y) => y <= fromYear))
    return fail(
      `分解年度须晚于基准年 ${fromYear}`,
      `the years to decompose must come after the base year ${fromYear}`
    );
  return { ok: true, value: null };
}

/**
 * The growth rule of docs/rules.md section 9: total(Y) = base x 2^((Y - fromYear) / inYears), rounded to the
 * nearest whole number, halves up (Math.round; base and totals are never negative).
 */
export function doublingTotals(
  base: number,
  fromYear: number,
  inYears: number,
  years: number[]
): Record<number, number> {
  // A base of 0 stays 0 (0 x 2^1098, which is Infinity in floating point, would be NaN).
  return Object.fromEntries(
    years.map((y) => [y, base === 0 ? 0 : Math.round(base * 2 ** ((y - fromYear) / inYears))])
  );
}

/**
 * The default base date: 31 December before the first year to decompose (2024-12-31 for 2025-2027), or
 * the latest 31 December before today when that is earlier (a plan made for years further ahead starts
 * from the last year end the data has seen, never from a date still to come).
 */
export function defaultBaseDate(firstYear: number, today: Serial): Serial {
  return Math.min(yearEnd(firstYear - 1), yearEnd(yearOfSerial(today) - 1));
}

/**
 * The units of the analysis's target table, in its order (其他 only where the table has it), with their
 * valid counts at the analysis's date and, when the workbook has a pool sheet, their pool enterprises at
 * served and submitted (stage at that date): what decompose takes.
 */
export function decomposeUnits(analysis: Analysis): DecomposeUnitInput[] {
  const rows = new Map(analysis.units.map((u) => [u.unit, u]));
  const hasPool = analysis.sheets.some((s) => s.kind === "pool");
  return analysis.targets.units.map((unit) => {
    const row = rows.get(unit);
    const input: DecomposeUnitInput = { unit, valid: row?.valid ?? 0 };
    if (hasPool)
      input.pool = { served: row?.pool.served ?? 0, submitted: row?.pool.submitted ?? 0 };
    return input;
  });
}
