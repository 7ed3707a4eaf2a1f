/**
 * The year's award events split as finance needs them: the payable ones (an amount above 0), and those
 * that earn nothing, each with its reason: dated (a relocation: moved in) outside the policy window, a
 * relocation stage lapsed because the enterprise had left or held no valid certificate on its due date,
 * or an award the settings set at 0.
 */
import type { Analysis, AwardEvent, AwardSettings, LapsedStage, Serial } from "../core/types";

export type UnpaidReason = "window" | "left" | "invalid" | "noAmount";

export interface UnpaidAward {
  event: AwardEvent;
  reason: UnpaidReason;
}

export interface AwardsSplit {
  /** Events with an amount, by date then reading order. */
  paid: AwardEvent[];
  /** Events without one (lapsed stages included), by date then reading order. */
  unpaid: AwardEvent[];
}

const isLapsed = (e: AwardEvent): e is LapsedStage => "lapsed" in e;

/** The payable and the unpaid events of an analysis. */
export function awardsSplit(a: Analysis): AwardsSplit {
  const paid = a.awards.filter((e) => e.amount > 0);
  const unpaid = [...a.awards.filter((e) => e.amount <= 0), ...(a.lapsedStages ?? [])].sort(
    (x, y) => x.date - y.date
  );
  return { paid, unpaid };
}

/** What the settings pay for the event, inside the window. */
function setAmount(e: AwardEvent, awards: AwardSettings): number {
  if (e.type === "first") return awards.first;
  if (e.type === "renewal") return awards.renewal;
  return awards.relocationStages[(e.stage ?? 1) - 1]?.amount ?? 0;
}

/**
 * Why an unpaid event earns nothing. A relocation stage's eligibility is its move-in's: a stage of an
 * in-window move-in is paid whatever its own date, so a zero stage with an amount set moved in outside.
 */
export function unpaidReason(
  e: AwardEvent,
  awards: AwardSettings,
  window: { start: Serial; end: Serial }
): UnpaidReason {
  if (isLapsed(e)) return e.lapsed;
  if (setAmount(e, awards) <= 0) return "noAmount";
  if (e.type !== "relocation" && e.date >= window.start && e.date <= window.end) return "noAmount";
  return "window";
}
