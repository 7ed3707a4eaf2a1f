/**
 * The year-end forecast (docs/rules.md section 8): forecast = valid(A) - dropping + renewed + new, with the
 * renewal rate measured from the roster (or the user's, or the default) and the pass rate a setting,
 * and `needed`, the further submitted applications that would close the gap.
 */
import { serialFromYmd } from "../core/dates";
import { NONE, type Enterprises } from "../enterprise/enterprises";
import { DEFAULT_RENEWAL_RATE } from "../settings/settings";
import { NO_SERIAL } from "../enterprise/recordTable";
import type { ForecastBasis, ForecastSettings, Serial, UnitForecast } from "../core/types";

/** A renewal base smaller than this says too little: the default rate is used instead. */
export const MIN_RENEWAL_BASE = 20;

/** Rounding noise allowed when comparing expected values (sums of products of rates). */
const EPSILON = 1e-9;

/** The measured renewal base and how many of its entries renewed. */
export interface RenewalMeasure {
  base: number;
  renewed: number;
}

/**
 * The renewal base for the forecast of year Y (docs/rules.md section 8): for E = Y-2 and Y-1, each
 * enterprise whose latest certificate issued before 1 January of E has its last valid day L in E and
 * which was in the district on L is one entry; it renewed when it holds a newer certificate issued on
 * or before 31 December of E.
 *
 * It runs over every enterprise of a million-row roster, so: an enterprise whose first certificate came
 * after 1 January of Y-3 cannot be an entry (a certificate ending by 31 December of Y-1 was issued by then)
 * and is skipped on its minIssue alone; an enterprise with one row (most) is read from minIssue without
 * walking its rows; only the others walk their rows once, for the latest issue on or before 31 December
 * of Y-3, Y-2 and Y-1.
 */
export function measureRenewal(
  ent: Enterprises,
  issueOf: Int32Array,
  year: number,
  lastValid: (issue: Serial) => Serial
): RenewalMeasure {
  const { head, next, duplicate, minIssue, count } = ent;
  const end3 = serialFromYmd(year - 3, 12, 31);
  const end2 = serialFromYmd(year - 2, 12, 31);
  const end1 = serialFromYmd(year - 1, 12, 31);
  const latestFirst = end3 + 1;
  let base = 0;
  let renewed = 0;
  for (let e = 0; e < count; e++) {
    const first = minIssue[e];
    if (first > latestFirst) continue;
    // Latest issue on or before the end of Y-3, Y-2, Y-1 (-1: none).
    let by3 = first <= end3 ? first : -1;
    let by2 = first;
    let by1 = first;
    const h = head[e];
    if (next[h] !== NONE) {
      for (let i = h; i !== NONE; i = next[i]) {
        const issue = issueOf[i];
        if (duplicate[i] || issue === NO_SERIAL || issue > end1) continue;
        if (issue > by1) by1 = issue;
        if (issue <= end2 && issue > by2) by2 = issue;
        if (issue <= end3 && issue > by3) by3 = issue;
      }
    }
    // E = Y-2: the certificate held at the end of Y-3; E = Y-1: the one held at the end of Y-2.
    if (by3 >= 0) {
      const lv = lastValid(by3);
      if (lv > end3 && lv <= end2 && ent.inDistrict(e, lv)) {
        base++;
        if (by2 > by3) renewed++;
      }
    }
    const lv = lastValid(by2);
    if (lv > end2 && lv <= end1 && ent.inDistrict(e, lv)) {
      base++;
      if (by1 > by2) renewed++;
    }
  }
  return { base, renewed };
}

/** The rates a forecast uses: the user's renewal rate, else the measured one when its base is large enough, else the default. */
export function forecastBasis(
  settings: ForecastSettings,
  year: number,
  measured: RenewalMeasure
): ForecastBasis {
  const basis = {
    year,
    renewalBase: measured.base,
    renewalRenewed: measured.renewed,
    passRate: settings.passRate,
  };
  if (settings.renewalRate !== "data")
    return { ...basis, renewalRate: settings.renewalRate, renewalSource: "setting" };
  if (measured.base >= MIN_RENEWAL_BASE)
    return { ...basis, renewalRate: measured.renewed / measured.base, renewalSource: "data" };
  return { ...basis, renewalRate: DEFAULT_RENEWAL_RATE, renewalSource: "default" };
}

/** The fewest whole further applications that, at `passRate`, close `gap` (0 when there is none). */
export function neededApplications(gap: number, passRate: number): number {
  if (gap <= EPSILON) return 0;
  return Math.ceil(gap / passRate - EPSILON);
}

/**
 * A unit's (or the total's) forecast from its own figures: valid at A, target, enterprises dropping out
 * this year, and pool candidates (submitted for this year, not yet recognised).
 */
export function unitForecast(
  valid: number,
  target: number | null,
  dropping: number,
  candidates: number,
  basis: ForecastBasis
): UnitForecast {
  const renewed = dropping * basis.renewalRate;
  const added = candidates * basis.passRate;
  const value = valid - dropping + renewed + added;
  const gap = target === null ? null : target - value;
  return {
    dropping,
    renewed,
    new: added,
    value,
    gap,
    needed: gap === null ? null : neededApplications(gap, basis.passRate),
  };
}
