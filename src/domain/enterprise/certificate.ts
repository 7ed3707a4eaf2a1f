/** Certificate numbers and the three-year validity of a qualification (docs/rules.md section 1). */
import { addMonths } from "../core/dates";
import { normaliseCode } from "../core/text";
import type { Serial, ValidityConvention } from "../core/types";

/** A certificate number as read: trimmed, half-width, upper case, inner spaces removed. */
export function normaliseCertNumber(raw: string): string {
  return normaliseCode(raw);
}

export interface CertNumber {
  normalised: string;
  prefix: "GR" | "GF";
  year: number;
  province: string;
  serialNo: string;
}

const CERT_LENGTH = 14;

/** True when characters from..to-1 of s are all ASCII digits. */
function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Parses `GR`/`GF` + 4-digit year + 2-digit province + 6-digit serial (e.g. GR202231005683); null
 * when the number has another shape or an implausible year (before 1900).
 */
export function parseCertNumber(raw: string): CertNumber | null {
  const s = normaliseCode(raw);
  const year = certNumberYear(s);
  if (year < 0) return null;
  const second = s.charCodeAt(1);
  return {
    normalised: s,
    prefix: second === 82 ? "GR" : "GF",
    year,
    province: s.slice(6, 8),
    serialNo: s.slice(8),
  };
}

/**
 * The year of a normalised certificate number, or -1 when it is not one (parseCertNumber's rules): the
 * roster reader's per-row check, which allocates nothing.
 */
export function certNumberYear(s: string): number {
  if (s.length !== CERT_LENGTH || s.charCodeAt(0) !== 71 /* G */) return -1;
  const second = s.charCodeAt(1);
  if (second !== 82 /* R */ && second !== 70 /* F */) return -1;
  if (!allDigits(s, 2, CERT_LENGTH)) return -1;
  const year =
    (s.charCodeAt(2) - 48) * 1000 +
    (s.charCodeAt(3) - 48) * 100 +
    (s.charCodeAt(4) - 48) * 10 +
    (s.charCodeAt(5) - 48);
  return year < 1900 ? -1 : year;
}

/** Whether a normalised certificate number has the old GF prefix. */
export function isOldCertNumber(s: string): boolean {
  return s.charCodeAt(1) === 70; /* F */
}

/** Last valid day of a certificate issued on `issue`: EDATE(issue, 36) - 1 ("day-before") or EDATE(issue, 36). */
export function lastValidDay(issue: Serial, convention: ValidityConvention): Serial {
  const sameDay = addMonths(issue, 36);
  return convention === "same-day" ? sameDay : sameDay - 1;
}

/** Whether a certificate issued on `issue` is valid on `asOf` (issue <= asOf <= last valid day). */
export function isValidAt(issue: Serial, asOf: Serial, convention: ValidityConvention): boolean {
  return issue <= asOf && asOf <= lastValidDay(issue, convention);
}
