/** Responsible units (责任单位): canonical names and mapping messy unit text onto them (docs/rules.md section 3). */
import { normaliseName } from "../core/text";

/** The catch-all unit for blank and unknown unit text. */
export const OTHER_UNIT = "其他";
/** The label of a target table's total row. */
export const TOTAL_LABEL = "合计";

/**
 * Built-in aliases, raw name -> canonical unit: Jinshan's park names for 碳谷绿湾公司 and short forms
 * of the development company. Town names without 镇 need no alias (the suffix rule finds them).
 */
export const DEFAULT_ALIASES: Record<string, string> = {
  碳谷绿湾: "碳谷绿湾公司",
  碳谷绿湾产业园: "碳谷绿湾公司",
  金山第二工业区: "碳谷绿湾公司",
  金山二工区: "碳谷绿湾公司",
  新金山发展: "新金山发展公司",
  新金山: "新金山发展公司",
  其它: OTHER_UNIT,
};

export type UnitHow = "exact" | "alias" | "suffix" | "unknown" | "blank";

/** Where a unit text landed and by which rule. */
export interface UnitMatch {
  unit: string;
  how: UnitHow;
}

export type UnitResolver = (raw: string) => UnitMatch;

// Past this many distinct raw texts the memo is dropped and refilled, so free text cannot grow it without bound.
const MEMO_LIMIT = 65536;

/**
 * A resolver from unit text to a canonical unit: exact name (after normaliseName), then an alias
 * (defaults, overridden by the user's), then name + 镇; blank or unknown text goes to 其他. An alias
 * whose target is not one of `units` (nor 其他) maps to nothing. Results are memoised by raw text.
 */
export function createUnitResolver(units: string[], aliases: Record<string, string>): UnitResolver {
  const byName = new Map<string, string>();
  for (const u of units) byName.set(normaliseName(u), u);
  if (!byName.has(OTHER_UNIT)) byName.set(OTHER_UNIT, OTHER_UNIT);

  const byAlias = new Map<string, string>();
  for (const table of [DEFAULT_ALIASES, aliases]) {
    for (const [from, to] of Object.entries(table)) {
      const target = byName.get(normaliseName(to));
      const key = normaliseName(from);
      // A user alias to an unknown unit still overrides (removes) a default with the same key.
      if (target === undefined) byAlias.delete(key);
      else byAlias.set(key, target);
    }
  }

  const resolve = (raw: string): UnitMatch => {
    const name = normaliseName(raw);
    if (name === "") return { unit: OTHER_UNIT, how: "blank" };
    const exact = byName.get(name);
    if (exact !== undefined) return { unit: exact, how: "exact" };
    const alias = byAlias.get(name);
    if (alias !== undefined) return { unit: alias, how: "alias" };
    const suffixed = byName.get(name + "镇");
    if (suffixed !== undefined) return { unit: suffixed, how: "suffix" };
    return { unit: OTHER_UNIT, how: "unknown" };
  };

  let memo = new Map<string, UnitMatch>();
  return (raw: string): UnitMatch => {
    let hit = memo.get(raw);
    if (hit === undefined) {
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      hit = Object.freeze(resolve(raw));
      memo.set(raw, hit);
    }
    return hit;
  };
}
