/**
 * Report-only wording (titles, captions, status and award-type names). Column labels shared with the
 * task pane and the CLI come from the domain i18n catalogue; these are the ones only the report uses.
 */
import type { Lang, LocalText } from "../types";

const REPORT_TEXT = {
  sheetName: { "zh-CN": "高企通报", "en-US": "HNTE Bulletin" },
  title: {
    "zh-CN": "{district}高新技术企业目标任务完成情况通报（{year}年）",
    "en-US": "{district} high-tech enterprises: targets and progress, {year}",
  },
  subtitle: {
    "zh-CN":
      "统计截至 {asOf}；目标来源：{source}；读取 {sheets} 个名单工作表，共 {records} 条证书记录",
    "en-US":
      "As of {asOf}; targets: {source}; {sheets} roster sheet(s), {records} certificate record(s)",
  },
  defaultTargets: { "zh-CN": "政策默认目标表", "en-US": "the policy's default table" },
  unitsCaption: {
    "zh-CN": "一、各责任单位目标完成情况",
    "en-US": "1. Progress by responsible unit",
  },
  expiringCaption: {
    "zh-CN": "二、{year}年内到期证书（{count}家）",
    "en-US": "2. Certificates expiring in {year} ({count})",
  },
  awardsCaption: {
    "zh-CN": "三、{year}年奖励事项（{count}项，合计 {amount} 元）",
    "en-US": "3. Awards in {year} ({count} events, CNY {amount} in total)",
  },
  findingsCaption: { "zh-CN": "四、数据问题（{count}条）", "en-US": "4. Data findings ({count})" },
  none: { "zh-CN": "（无）", "en-US": "(none)" },
  notApplicable: { "zh-CN": "—", "en-US": "—" },
  chartTitle: { "zh-CN": "各单位目标完成率", "en-US": "Completion by unit" },
  statusExpired: { "zh-CN": "期满待重新认定", "en-US": "Expired, re-apply" },
  statusExpiring: { "zh-CN": "即将到期", "en-US": "Expiring" },
  awardFirst: { "zh-CN": "首次认定", "en-US": "First recognition" },
  awardRenewal: { "zh-CN": "重新认定", "en-US": "Re-recognition" },
  awardRelocation: { "zh-CN": "迁入", "en-US": "Relocation" },
  colUnit: { "zh-CN": "责任单位", "en-US": "Unit" },
  colTarget: { "zh-CN": "目标", "en-US": "Target" },
  colValid: { "zh-CN": "有效期内高企", "en-US": "Valid HNTEs" },
  colCompletion: { "zh-CN": "完成率", "en-US": "Completion" },
  colGap: { "zh-CN": "缺口", "en-US": "Gap" },
  colNetIncrease: { "zh-CN": "净增", "en-US": "Net increase" },
  colExpiring: { "zh-CN": "年内到期", "en-US": "Expiring" },
  colAwards: { "zh-CN": "奖励金额", "en-US": "Awards (CNY)" },
  colName: { "zh-CN": "企业名称", "en-US": "Enterprise" },
  colCertNo: { "zh-CN": "证书编号", "en-US": "Certificate No." },
  colOwnUnit: { "zh-CN": "所属单位", "en-US": "Unit" },
  colLastValid: { "zh-CN": "有效期至", "en-US": "Valid until" },
  colStatus: { "zh-CN": "状态", "en-US": "Status" },
  colDaysLeft: { "zh-CN": "剩余天数", "en-US": "Days left" },
  colType: { "zh-CN": "类型", "en-US": "Type" },
  colDate: { "zh-CN": "日期", "en-US": "Date" },
  colAmount: { "zh-CN": "金额（元）", "en-US": "Amount (CNY)" },
  colSheet: { "zh-CN": "工作表", "en-US": "Sheet" },
  colRow: { "zh-CN": "行", "en-US": "Row" },
  colColumn: { "zh-CN": "列", "en-US": "Column" },
  colProblem: { "zh-CN": "问题", "en-US": "Problem" },
} satisfies Record<string, LocalText>;

export type ReportTextKey = keyof typeof REPORT_TEXT;

/** The report text for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function reportText(
  lang: Lang,
  key: ReportTextKey,
  vars: Record<string, string | number> = {}
): string {
  return REPORT_TEXT[key][lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m
  );
}
