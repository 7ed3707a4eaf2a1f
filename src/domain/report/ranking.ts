/**
 * 排名 (docs/rules.md section 11): responsible units ranked by completion; ties by the larger valid count, then
 * table order. 其他 (enterprises of a blank or unknown unit) is no responsible unit and is never ranked.
 */
import type { UnitRow } from "../core/types";
import { OTHER_UNIT } from "../enterprise/units";

/**
 * Each unit's rank (1 = highest completion), in the units' own order; null for 其他 and for a unit without
 * a completion (no target, or a target of 0), which take no part in the ranking.
 */
export function rankUnits(units: readonly UnitRow[]): (number | null)[] {
  const order = units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.completion !== null && u.unit !== OTHER_UNIT)
    .sort(
      (a, b) =>
        (b.u.completion as number) - (a.u.completion as number) ||
        b.u.valid - a.u.valid ||
        a.i - b.i
    );
  const ranks: (number | null)[] = units.map(() => null);
  order.forEach(({ i }, k) => (ranks[i] = k + 1));
  return ranks;
}

/** The units' indexes in bulletin order: ranked units by rank, then the unranked in table order. */
export function rankedOrder(ranks: readonly (number | null)[]): number[] {
  const idx = ranks.map((_, i) => i);
  return idx.sort((a, b) => {
    const ra = ranks[a];
    const rb = ranks[b];
    if (ra !== null && rb !== null) return ra - rb;
    if (ra !== null) return -1;
    if (rb !== null) return 1;
    return a - b;
  });
}
