/**
 * The figures of the 通报, computed once from the analysis at the as-of date and the one at the comparison
 * date (docs/rules.md section 11): every unit's rank and its change since then, the units that met their
 * targets and those that did not, and the money in 万元. The summary paragraph, the per-unit table, the
 * notes and the Word bulletin all read them from here, so they cannot disagree.
 */
import { yearEnd } from "../core/dates";
import type { Analysis, Serial, UnitRow } from "../core/types";
import { rankedOrder, rankUnits } from "./ranking";

/** Yuan per 万元. */
export const YUAN_PER_WAN = 10000;

export interface UnitLine {
  row: UnitRow;
  /** 1 = highest completion; null without a completion (and for 合计). */
  rank: number | null;
  /** The same unit at the comparison date; null when that analysis has no such unit. */
  before: UnitRow | null;
  /** Valid now less valid at the comparison date; null without `before`. */
  validChange: number | null;
  /** Completion now less completion then, in percentage points; null unless both have one. */
  completionChange: number | null;
  /** Awards in 万元 (exact). */
  awardsWan: number;
}

export interface BulletinFigures {
  analysis: Analysis;
  /**
   * The comparison date. Only the date and the per-unit rows are kept of the analysis there: its lists
   * (a full roster's expiring and award lists) are not needed once the figures are made.
   */
  compareAsOf: Serial;
  /** Units in bulletin order: by rank, then the unranked in table order. */
  lines: UnitLine[];
  total: UnitLine;
  /** Units with a completion that met their targets, and those that did not, in rank order. */
  met: UnitRow[];
  notMet: UnitRow[];
  /** Expiring-list entries already past their last valid day. */
  expired: number;
  /** Whether the comparison date is the previous year end (then the change is the net increase). */
  comparedWithYearEnd: boolean;
}

/**
 * What the figures take of the analysis at the comparison date: its date and its per-unit rows. Kept
 * alone, without that analysis's lists (a full roster's expiring and award lists are tens of MB).
 */
export type Comparison = Pick<Analysis, "asOf" | "units" | "total">;

/** The comparison an analysis gives, without its lists. */
export function comparisonOf(a: Analysis): Comparison {
  return { asOf: a.asOf, units: a.units, total: a.total };
}

/** A difference of ratios without its floating-point noise (4.999999999999993 -> 5): nine decimals are plenty. */
const roundNoise = (x: number): number => Math.round(x * 1e9) / 1e9;

function line(row: UnitRow, rank: number | null, before: UnitRow | null): UnitLine {
  return {
    row,
    rank,
    before,
    validChange: before === null ? null : row.valid - before.valid,
    completionChange:
      before === null || row.completion === null || before.completion === null
        ? null
        : roundNoise((row.completion - before.completion) * 100),
    awardsWan: row.awards / YUAN_PER_WAN,
  };
}

/** The bulletin's figures from the analysis and the analysis at the comparison date. */
export function bulletinFigures(analysis: Analysis, compare: Comparison): BulletinFigures {
  const ranks = rankUnits(analysis.units);
  const beforeOf = new Map(compare.units.map((u) => [u.unit, u]));
  const lines = rankedOrder(ranks).map((i) =>
    line(analysis.units[i], ranks[i], beforeOf.get(analysis.units[i].unit) ?? null)
  );
  const ranked = lines.filter((l) => l.rank !== null).map((l) => l.row);
  return {
    analysis,
    compareAsOf: compare.asOf,
    lines,
    total: line(analysis.total, null, compare.total),
    met: ranked.filter((u) => u.target !== null && u.valid >= u.target),
    notMet: ranked.filter((u) => u.target !== null && u.valid < u.target),
    expired: analysis.expiring.filter((e) => e.status === "expired").length,
    comparedWithYearEnd: compare.asOf === yearEnd(analysis.year - 1),
  };
}
