/**
 * Strings of the expiring list (年内到期), in both interface languages, beside the components that show
 * them; the pane's table (i18n/strings.ts) takes them in. The en-US table is typed against the zh-CN one.
 */
export const zhCN = {
  tabExpiring: "年内到期",
  expiringTitle: "年内到期证书（{n}）",
  expiringNone: "到期范围内没有证书。",
  statusExpired: "已到期",
  statusExpiring: "剩 {days} 天",
  statusLastDay: "今天到期",
  lastValid: "有效期至 {date}",
  csvValidUntil: "有效期至",
  fileExpiring: "到期名单",
  tabExpiringDays: "{days} 天内到期",
  expiringTitleDays: "{date} 起 {days} 天内到期的证书（{n}）",
};

export const enUS: Record<keyof typeof zhCN, string> = {
  tabExpiring: "Expiring",
  expiringTitle: "Certificates expiring this year ({n})",
  expiringNone: "No certificates expire in this window.",
  statusExpired: "Expired",
  statusExpiring: "{days} days left",
  statusLastDay: "Last day today",
  lastValid: "valid until {date}",
  csvValidUntil: "Valid until",
  fileExpiring: "expiring",
  tabExpiringDays: "Expiring in {days} days",
  expiringTitleDays: "Certificates expiring within {days} days of {date} ({n})",
};
