/** Number and date formatting for the pane, per interface language. */
import { isoFromSerial } from "../../domain/core/dates";
import { BAND_HIGH, BAND_LOW } from "../../domain/report/palette";
import type { Lang, Serial } from "../../domain/core/types";

export function formatCount(n: number | null, lang: Lang): string {
  return n === null ? "—" : n.toLocaleString(lang);
}

/** A signed count: "+12", "-3", "0". */
export function formatSigned(n: number, lang: Lang): string {
  return n > 0 ? `+${n.toLocaleString(lang)}` : n.toLocaleString(lang);
}

export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${(ratio * 100).toFixed(1)}%`;
}

/** Yuan without decimals; zh-CN in 万 when it is a round number of them, as commission staff write it. */
export function formatCny(amount: number, lang: Lang): string {
  if (lang === "zh-CN" && amount !== 0 && amount % 10000 === 0)
    return `${(amount / 10000).toLocaleString(lang)}万`;
  return amount.toLocaleString(lang);
}

/**
 * Yuan in 万 (10,000 yuan), as summary figures are shown (docs/rules.md section 11), at most two decimals:
 * 2,050,000 -> "205", 125,000 -> "12.5". The column head carries the unit.
 */
export function formatWan(amount: number, lang: Lang): string {
  return (amount / 10000).toLocaleString(lang, { maximumFractionDigits: 2 });
}

export function formatDate(s: Serial): string {
  return isoFromSerial(s);
}

export type Band = "low" | "mid" | "high" | "none";

/** The report's completion bands, so the pane and the bulletin colour the same units alike. */
export function completionBand(ratio: number | null): Band {
  if (ratio === null) return "none";
  if (ratio < BAND_LOW) return "low";
  return ratio < BAND_HIGH ? "mid" : "high";
}
