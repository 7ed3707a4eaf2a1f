/**
 * A target cell as offices type it: a number, numeric text with thousands separators or a counting word
 * (1,960 / 126人 / 140家), or Chinese numerals (一百四十). What is not one unambiguous number (an error
 * value, 约140, 140-150), a negative or non-finite number, or one past any district's size, is a problem
 * for a finding, never a silent blank.
 */
import { normaliseName } from "../core/text";
import type { CellValue } from "../core/types";

/** More enterprises than a worksheet can list: no district's target, so a typo. */
export const MAX_TARGET = 1_048_576;

/**
 * A readable target, or why a cell holds none. A target counts enterprises: a fraction (a formula's
 * 137.5, shown as 138 by the cell's format) is rounded half up, and `written` keeps what the cell held
 * so the rounding is a finding.
 */
export type TargetCell =
  { value: number; written?: number } | { problem: "unreadable" | "negative" | "too-large" };

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A whole number written in Chinese numerals (一百四十, 十二, 一千零五, 二〇二四 digit by digit); null otherwise. */
export function chineseNumber(s: string): number | null {
  if (s === "" || !/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  if (!/[十百千万]/.test(s)) {
    // Digit by digit (二〇二四), as years and codes are read out.
    return Number([...s].map((c) => DIGIT[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let wan = false;
  for (const c of s) {
    if (c in DIGIT) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 一二百 (after 零 one may follow)
      digit = DIGIT[c];
      continue;
    }
    const unit = UNIT[c];
    if (unit === 10000) {
      // One 万 a number (一万一万 is two numbers), and 万 alone is 一万 as 百 alone is 一百.
      if (wan) return null;
      wan = true;
      total += (section === 0 && digit === null ? 1 : section + (digit ?? 0)) * unit;
      section = 0;
      lastUnit = Infinity;
    } else {
      if (unit >= lastUnit) return null; // 一百一百
      section += (digit ?? 1) * unit;
      lastUnit = unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** A number from the text of a target cell, or null when it is not one unambiguous number. */
function numberFromText(raw: string): number | null {
  let s = normaliseName(raw).replace(/(人|家|个|户|項|项|家企业)$/, "");
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  return chineseNumber(s);
}

/** The target in a cell: null for an empty cell, the number, or the problem that keeps it from being one. */
export function readTargetCell(v: CellValue): TargetCell | null {
  let n: number | null;
  if (v === null || v === undefined) return null;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    // Empty, or a dash or 无 that says "no target" in so many words.
    if (/^[-—–/／无]*$/.test(normaliseName(v))) return null;
    n = numberFromText(v);
  } else n = null;
  if (n === null || Number.isNaN(n)) return { problem: "unreadable" };
  if (n < 0) return { problem: "negative" };
  if (!Number.isFinite(n) || n > MAX_TARGET) return { problem: "too-large" };
  // n + 0: a cell holding -0 is a target of 0, which every output shows as "0".
  if (Number.isInteger(n)) return { value: n + 0 };
  return { value: Math.floor(n + 0.5), written: n };
}
