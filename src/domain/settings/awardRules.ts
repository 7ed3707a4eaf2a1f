/**
 * The award rules (docs/rules.md section 5): which award a type cell names, and what an award event pays
 * under the settings' amounts and policy window.
 */
import { normaliseName } from "../core/text";
import type { AwardType, Serial, Settings } from "../core/types";
/**
 * The award type a type cell names: 首次认定/首次/新认定/first -> first; 重新认定/复审/再认定/renewal
 * -> renewal; 迁入/relocation -> relocation; null for anything else (blank included).
 */
export function parseAwardType(text: string): AwardType | null {
  const s = normaliseName(text).toLowerCase();
  if (s === "") return null;
  // Renewal first: 重新认定 contains 新认定.
  if (
    s.includes("重新认定") ||
    s.includes("复审") ||
    s.includes("再认定") ||
    s.includes("renew") ||
    s.includes("re-recogni")
  )
    return "renewal";
  if (s.includes("首次") || s.includes("新认定") || s.includes("first") || s === "new")
    return "first";
  if (s.includes("迁入") || s.includes("relocat") || s.includes("move-in") || s.includes("movein"))
    return "relocation";
  return null;
}

/**
 * The award for an event dated `date` (a relocation: its move-in date, which decides eligibility for
 * every stage): 0 outside the policy window (both ends included); a relocation pays the sum of its
 * stages, or only stage `installment` (0-based) when given.
 */
export function awardAmount(
  type: AwardType,
  date: Serial,
  settings: Settings,
  installment?: number
): number {
  if (date < settings.window.start || date > settings.window.end) return 0;
  const a = settings.awards;
  if (type === "first") return a.first;
  if (type === "renewal") return a.renewal;
  if (installment === undefined) return a.relocationStages.reduce((sum, st) => sum + st.amount, 0);
  return a.relocationStages[installment]?.amount ?? 0;
}
