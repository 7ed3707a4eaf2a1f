/**
 * Figures as running text writes them, which differs from the tables: Chinese official style (GB/T 15835)
 * puts no space between a number and its measure word (169家, 12个) and no thousands separator in a
 * count (1538家), and writes dates as 2024年12月31日; English prose keeps its commas (1,538) and writes
 * 31 December 2024. Tables keep their own formats (1,538 and 2024-12-31).
 */
import { ymdFromSerial } from "../core/dates";
import type { Lang, Serial } from "../core/types";
import { groupedNumber, roundDecimal } from "./numberText";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date as a sentence writes it: 2023年12月31日 / 31 December 2023. */
export function longDate(s: Serial, lang: Lang): string {
  const { y, m, d } = ymdFromSerial(s);
  return lang === "zh-CN" ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A whole count in a sentence: 1538 (zh-CN), 1,538 (en-US). */
export function proseCount(n: number, lang: Lang): string {
  return lang === "zh-CN" ? String(Math.round(n)) : groupedNumber(n, 0);
}

/** A sum of yuan in 万元 with at most two decimals and no trailing zeros: 2050000 -> 205, 12300 -> 1.23. */
export function proseWan(yuan: number, lang: Lang): string {
  const wan = roundDecimal(yuan / 10000, 2);
  const text =
    lang === "zh-CN"
      ? String(wan)
      : groupedNumber(wan, Number.isInteger(wan) ? 0 : 2).replace(/(\.\d)0$/, "$1");
  return text;
}

/** A sum of yuan as English prose writes it: CNY 2,050,000. */
export function proseYuan(yuan: number): string {
  return `CNY ${groupedNumber(yuan, 0)}`;
}
