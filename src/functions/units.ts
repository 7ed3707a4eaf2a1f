/**
 * Unit names for the custom functions: one resolver per (target table, settings) pair in force, so a
 * column of =GAOQI.UNIT(...) cells does not rebuild it per cell. The session replaces those objects on
 * every change, which makes identity a correct cache key.
 */
import type { Settings, TargetTable } from "../domain/core/types";
import { createUnitResolver, TOTAL_LABEL, type UnitResolver } from "../domain/enterprise/units";
import { currentSettings, currentTargets } from "../state/session";
import { notAvailable } from "./errors";

let cached: { targets: TargetTable; settings: Settings; resolve: UnitResolver } | null = null;

/** The resolver for the workbook's target table and aliases. */
export function unitResolver(): UnitResolver {
  const targets = currentTargets();
  const settings = currentSettings();
  if (!cached || cached.targets !== targets || cached.settings !== settings) {
    cached = { targets, settings, resolve: createUnitResolver(targets.units, settings.aliases) };
  }
  return cached.resolve;
}

/**
 * The canonical unit a function argument names, or 合计 (all units). Unlike a roster cell (unknown ->
 * 其他 with a finding), an argument naming no known unit is a typo the user must see: #N/A.
 */
export function knownUnit(text: string): string {
  if (text.trim() === TOTAL_LABEL) return TOTAL_LABEL;
  const r = unitResolver()(text);
  if (r.how === "unknown" || r.how === "blank")
    return notAvailable(`未知责任单位：${text}`, `unknown unit: ${text}`);
  return r.unit;
}
