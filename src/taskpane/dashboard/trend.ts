/**
 * A unit's trend since the last month end (DOMAIN.md section 13): its count at the latest progress date
 * against the date before it (the previous year end for the first). The pane marks it beside the unit.
 */
import type { Analysis } from "../../domain/core/types";

export type TrendDirection = "up" | "flat" | "down";

export interface Trend {
  direction: TrendDirection;
  /** The change in count, signed. */
  change: number;
}

/** Each unit's trend by unit name, and the district's under "" (empty when the analysis has no progress). */
export function unitTrends(a: Analysis): Map<string, Trend> {
  const out = new Map<string, Trend>();
  const last = a.progress.at(-1);
  if (!last) return out;
  const before = a.progress.at(-2);
  const earlier = (unit: string): number =>
    before
      ? (before.units.find((u) => u.unit === unit)?.valid ?? 0)
      : (a.units.find((u) => u.unit === unit)?.validPrevYearEnd ?? 0);
  const trend = (change: number): Trend => ({
    direction: change > 0 ? "up" : change < 0 ? "down" : "flat",
    change,
  });
  for (const u of last.units) out.set(u.unit, trend(u.valid - earlier(u.unit)));
  out.set("", trend(last.valid - (before ? before.valid : a.total.validPrevYearEnd)));
  return out;
}
