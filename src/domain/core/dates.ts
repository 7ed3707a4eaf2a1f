/**
 * Dates as integer Excel day serials (1900 system), and readers for every way a date reaches a sheet.
 * Calendar arithmetic is done on integers (no Date objects), so no time zone can move a day.
 */
import { toHalfWidth } from "./text";
import type { CellValue, Serial } from "./types";

export type DateParse =
  { kind: "blank" } | { kind: "ok"; serial: Serial } | { kind: "bad"; text: string };

/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2958465;
/** Days between the 1900 and 1904 date systems' day zero. */
export const DATE1904_OFFSET = 1462;

// Days since 1970-01-01 of a proleptic Gregorian date (after H. Hinnant's civil-days algorithm).
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

// Serial 61 is 1900-03-01; from there on serials are plain day counts from 1899-12-30.
const EPOCH_AFTER_BUG = daysFromCivil(1899, 12, 30);
const EPOCH_BEFORE_BUG = daysFromCivil(1899, 12, 31);

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month m (1-12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Whether y-m-d is a real calendar date Excel can hold (1900-01-01 .. 9999-12-31). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1900 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Serial of a calendar date (1900 system, 1900-01-01 = 1; 1900-02-29 is Excel's fictitious serial 60). */
export function serialFromYmd(y: number, m: number, d: number): Serial {
  if (y === 1900 && m === 2 && d === 29) return 60;
  const days = daysFromCivil(y, m, d);
  const serial = days - EPOCH_AFTER_BUG;
  return serial >= 61 ? serial : days - EPOCH_BEFORE_BUG;
}

/** Calendar date of a serial (60 gives the fictitious 1900-02-29). */
export function ymdFromSerial(s: Serial): { y: number; m: number; d: number } {
  if (s === 60) return { y: 1900, m: 2, d: 29 };
  return civilFromDays(s < 60 ? s + EPOCH_BEFORE_BUG : s + EPOCH_AFTER_BUG);
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** "YYYY-MM-DD" of a serial. */
export function isoFromSerial(s: Serial): string {
  const { y, m, d } = ymdFromSerial(s);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Serial of a strict "YYYY-MM-DD" string; null when it is not a real date. */
export function serialFromIso(iso: string): Serial | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  return isValidYmd(y, mo, d) ? serialFromYmd(y, mo, d) : null;
}

/** Serial of a Date's local calendar day (the user's "today" and dates a browser hands over). */
export function serialFromLocalDate(d: Date): Serial {
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Serial of a Date's UTC calendar day (.xlsx readers and writers hand a calendar day over as UTC midnight). */
export function serialFromUtcDate(d: Date): Serial {
  return serialFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** UTC midnight of a serial's calendar day, for .xlsx writers that take Date objects (the sample scripts). */
export function utcDateFromSerial(s: Serial): Date {
  const { y, m, d } = ymdFromSerial(s);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Today as a serial: the local calendar date. */
export function todaySerial(now: Date = new Date()): Serial {
  return serialFromLocalDate(now);
}

/** Excel's EDATE: the same day `months` later, clamped to the end of a shorter month. */
export function addMonths(s: Serial, months: number): Serial {
  const { y, m, d } = ymdFromSerial(s);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return serialFromYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Calendar year of a serial. */
export function yearOfSerial(s: Serial): number {
  return ymdFromSerial(s).y;
}

/** 31 December of a year, as a serial. */
export function yearEnd(year: number): Serial {
  return serialFromYmd(year, 12, 31);
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  "○": 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// 七 -> 7, 十 -> 10, 十一 -> 11, 二十 -> 20, 三十一 -> 31; -1 when not a number up to 99.
function chineseSmallNumber(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 && s in CN_DIGITS ? CN_DIGITS[s] : -1;
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens =
    tensPart === "" ? 1 : tensPart.length === 1 && tensPart in CN_DIGITS ? CN_DIGITS[tensPart] : -1;
  const ones =
    onesPart === "" ? 0 : onesPart.length === 1 && onesPart in CN_DIGITS ? CN_DIGITS[onesPart] : -1;
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

const CN_DATE =
  /^([〇零○OＯ一二三四五六七八九]{4})年([〇零一二三四五六七八九十]{1,3})月([〇零一二三四五六七八九十]{1,3})[日号]?$/;
const SPACES = /\s+/g;
const NUMERIC_DATE =
  /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?(?:[\sT]+(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm]|Z)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d{5}$/;

function fromParts(y: number, m: number, d: number, text: string): DateParse {
  return isValidYmd(y, m, d)
    ? { kind: "ok", serial: serialFromYmd(y, m, d) }
    : { kind: "bad", text };
}

/**
 * Whether a number in a date cell is a year typed alone (2022) or a year and month (202212), not a
 * serial: as a serial the one would be a day of 1905-1908 and the other of 2420-2721, which no roster,
 * pool or contact date is. Neither is a day, as the texts "2022" and "202212" are none.
 */
export function isYearOrMonthNumber(n: number): boolean {
  if (n >= 1900 && n <= 2999) return Number.isInteger(n);
  if (n < 190001 || n > 299912 || !Number.isInteger(n)) return false;
  const month = n % 100;
  return month >= 1 && month <= 12;
}

function parseNumber(n: number, date1904: boolean): DateParse {
  if (!Number.isFinite(n) || isYearOrMonthNumber(n)) return { kind: "bad", text: String(n) };
  if (n >= 19000101 && n <= 99991231 && Number.isInteger(n)) {
    const y = Math.floor(n / 10000);
    return fromParts(y, Math.floor(n / 100) % 100, n % 100, String(n));
  }
  const serial = Math.floor(n) + (date1904 ? DATE1904_OFFSET : 0);
  return serial >= 1 && serial <= MAX_SERIAL
    ? { kind: "ok", serial }
    : { kind: "bad", text: String(n) };
}

/** Digit value of the code unit at i, or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

const YEAR_MARK = 0x5e74; // 年
const MONTH_MARK = 0x6708; // 月
const DAY_MARK = 0x65e5; // 日

/**
 * The serial of the commonest date texts, with nothing around them: "2022-07-08", "2022/7/8",
 * "2022.7.8" and "2022年7月8日", read by char codes with no regex and no allocation (a roster has one
 * such cell a row). 0 for anything else, including an impossible day: the full parser then decides,
 * and agrees on every text this accepts.
 */
export function plainDateSerial(s: string): Serial {
  const n = s.length;
  if (n < 8 || n > 11) return 0;
  const y0 = digitAt(s, 0),
    y1 = digitAt(s, 1),
    y2 = digitAt(s, 2),
    y3 = digitAt(s, 3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0) return 0;
  const sep = s.charCodeAt(4);
  const chinese = sep === YEAR_MARK;
  if (!chinese && sep !== 45 && sep !== 47 && sep !== 46) return 0;
  const sep2 = chinese ? MONTH_MARK : sep;
  let i = 5;
  let m = digitAt(s, i++);
  if (m < 0) return 0;
  if (s.charCodeAt(i) !== sep2) {
    const m2 = digitAt(s, i++);
    if (m2 < 0) return 0;
    m = m * 10 + m2;
  }
  if (s.charCodeAt(i++) !== sep2) return 0;
  let d = digitAt(s, i++);
  if (d < 0) return 0;
  const d2 = i < n ? digitAt(s, i) : -1;
  if (d2 >= 0) {
    d = d * 10 + d2;
    i++;
  }
  if (chinese && i < n && s.charCodeAt(i) === DAY_MARK) i++;
  if (i !== n) return 0;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return isValidYmd(y, m, d) ? serialFromYmd(y, m, d) : 0;
}

/** No way of writing a date takes more characters (with a time of day and generous spacing); longer is not a date. */
export const MAX_DATE_TEXT = 64;

function parseText(raw: string, date1904: boolean): DateParse {
  const plain = plainDateSerial(raw);
  if (plain > 0) return { kind: "ok", serial: plain };
  const text = raw.trim();
  if (text === "") return { kind: "blank" };
  // The patterns below stay cheap only on short text: a long cell is refused before any of them runs.
  if (text.length > MAX_DATE_TEXT) return { kind: "bad", text: text.slice(0, MAX_DATE_TEXT) + "…" };
  const s = toHalfWidth(text).trim();
  let m = NUMERIC_DATE.exec(s);
  if (m) return fromParts(+m[1], +m[2], +m[3], text);
  m = COMPACT_DATE.exec(s);
  if (m) return fromParts(+m[1], +m[2], +m[3], text);
  if (SERIAL_TEXT.test(s)) return parseNumber(+s, date1904);
  m = CN_DATE.exec(s.replace(SPACES, ""));
  if (m) {
    let y = 0;
    for (const ch of m[1]) y = y * 10 + CN_DIGITS[ch];
    return fromParts(y, chineseSmallNumber(m[2]), chineseSmallNumber(m[3]), text);
  }
  return { kind: "bad", text };
}

/**
 * Reads a date cell: a serial (a time of day is dropped), an 8-digit yyyymmdd number, a Date object
 * (its UTC calendar day, the .xlsx convention; other edges convert first), or text in any form of
 * docs/rules.md section 6. `date1904` shifts serials from the 1904 date system.
 */
export function parseDateValue(v: CellValue, opts?: { date1904?: boolean }): DateParse {
  const date1904 = opts?.date1904 === true;
  if (typeof v === "number") return parseNumber(v, date1904);
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "string") return parseText(v, date1904);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { kind: "bad", text: "Invalid Date" };
    const y = v.getUTCFullYear();
    return y >= 1900 && y <= 9999
      ? { kind: "ok", serial: serialFromUtcDate(v) }
      : { kind: "bad", text: v.toISOString() };
  }
  return { kind: "bad", text: String(v) };
}
