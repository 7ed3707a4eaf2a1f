/** The expiring list's name as its window is set: 年内到期 for the calendar year, N 天内到期 for a rolling window. */
import type { ExpiringWindow, Serial } from "../../domain/core/types";
import { isoFromSerial } from "../../domain/core/dates";
import type { Translate } from "../i18n/lang";

export function expiringTab(window: ExpiringWindow, t: Translate): string {
  return window.mode === "rolling" ? t("tabExpiringDays", { days: window.days }) : t("tabExpiring");
}

/** The list's heading, with the as-of date the window starts from. */
export function expiringHeading(
  window: ExpiringWindow,
  asOf: Serial,
  n: number,
  t: Translate
): string {
  const date = isoFromSerial(asOf);
  if (window.mode === "rolling") return t("expiringTitleDays", { days: window.days, date, n });
  return `${t("expiringTitle", { n })} · ${t("expiringAsOf", { date })}`;
}
