/**
 * The year-end forecast (DOMAIN.md section 8): forecast = valid(A) - dropping + renewed + new, with the
 * renewal rate measured from the roster (or the user's, or the default) and the pass rate a setting,
 * and `needed`, the further submitted applications that would close the gap.
 */
import { serialFromYmd } from "./dates";
import { NONE, type Enterprises } from "./enterprises";
import { DEFAULT_RENEWAL_RATE } from "./policy";
import { NO_SERIAL } from "./recordTable";
import type { ForecastBasis, ForecastSettings, Serial, UnitForecast } from "./types";

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
 * The renewal base for the forecast of year Y (DOMAIN.md section 8): for E = Y-2 and Y-1, each
 * enterprise whose latest certificate issued before 1 January of E has its last valid day L in E and
 * which was in the district on L is one entry; it renewed when it holds a newer certificate issued on
 * or before 31 December of E. One walk of each enterprise's rows finds its latest issue on or before
 * 31 December of Y-3, Y-2 and Y-1; enterprises whose first certificate came after Y-2 are skipped unread.
 */
export function measureRenewal(ent: Enterprises, issueOf: Int32Array, year: number, lastValid: (issue: Serial) => Serial): RenewalMeasure {
  const { head, next, duplicate, minIssue } = ent;
  const end3 = serialFromYmd(year - 3, 12, 31);
  const end2 = serialFromYmd(year - 2, 12, 31);
  const end1 = serialFromYmd(year - 1, 12, 31);
  let base = 0;
  let renewed = 0;
  // One entry: `latest` the certificate issued before E, `later` the latest by the end of E (-1: none).
  const entry = (e: number, latest: number, later: number, from: Serial, to: Serial): void => {
    if (latest < 0) return;
    const lv = lastValid(latest);
    if (lv < from || lv > to || !ent.inDistrict(e, lv)) return;
    base++;
    if (later > latest) renewed++;
  };
  for (let e = 0; e < ent.count; e++) {
    if (minIssue[e] > end2) continue;
    let by3 = -1;
    let by2 = -1;
    let by1 = -1;
    for (let i = head[e]; i !== NONE; i = next[i]) {
      const issue = issueOf[i];
      if (duplicate[i] || issue === NO_SERIAL || issue > end1) continue;
      if (issue > by1) by1 = issue;
      if (issue <= end2 && issue > by2) by2 = issue;
      if (issue <= end3 && issue > by3) by3 = issue;
    }
    entry(e, by3, by2, end3 + 1, end2);
    entry(e, by2, by1, end2 + 1, end1);
  }
  return { base, renewed };
}

/** The rates a forecast uses: the user's renewal rate, else the measured one when its base is large enough, else the default. */
export function forecastBasis(settings: ForecastSettings, year: number, measured: RenewalMeasure): ForecastBasis {
  const basis = { year, renewalBase: measured.base, renewalRenewed: measured.renewed, passRate: settings.passRate };
  if (settings.renewalRate !== "data") return { ...basis, renewalRate: settings.renewalRate, renewalSource: "setting" };
  if (measured.base >= MIN_RENEWAL_BASE) return { ...basis, renewalRate: measured.renewed / measured.base, renewalSource: "data" };
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
export function unitForecast(valid: number, target: number | null, dropping: number, candidates: number, basis: ForecastBasis): UnitForecast {
  const renewed = dropping * basis.renewalRate;
  const added = candidates * basis.passRate;
  const value = valid - dropping + renewed + added;
  const gap = target === null ? null : target - value;
  return { dropping, renewed, new: added, value, gap, needed: gap === null ? null : neededApplications(gap, basis.passRate) };
}
