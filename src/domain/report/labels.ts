/**
 * Report-only wording (title, subtitle, numbered captions, chart title). Column, status and award-type
 * names shared with the task pane and the CLI come from the domain i18n catalogue.
 */
import { t, type LabelKey } from "../i18n";
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
  findingsListed: {
    "zh-CN":
      "此处仅列出前 {listed} 条，其余 {rest} 条按问题类型计数列于表后；完整清单见 JSON 输出（gaoqi report --json）或任务窗格“数据问题”页。",
    "en-US":
      "The first {listed} are listed here; the other {rest} are counted by code after the list. The JSON output (gaoqi report --json) and the task pane's findings page list every one.",
  },
  notListed: { "zh-CN": "未列出条数", "en-US": "Not listed" },
  poolCaption: {
    "zh-CN": "附件：各责任单位培育库情况（{count}家，截至 {asOf}）",
    "en-US": "Annex: the cultivation pool by unit ({count}, as of {asOf})",
  },
  forecastShort: {
    "zh-CN": "按当前培育库和续认率，预计年末 {forecast} 家，距目标差 {gap} 家，还需推出约 {needed} 家。",
    "en-US":
      "With the current pool and renewal rate, about {forecast} HNTEs are expected at year end, {gap} short of the target; about {needed} more applications are needed.",
  },
  forecastMet: {
    "zh-CN": "按当前培育库和续认率，预计年末 {forecast} 家，可完成目标 {target} 家。",
    "en-US": "With the current pool and renewal rate, about {forecast} HNTEs are expected at year end, meeting the target of {target}.",
  },
  forecastNoTarget: {
    "zh-CN": "按当前培育库和续认率，预计年末 {forecast} 家。",
    "en-US": "With the current pool and renewal rate, about {forecast} HNTEs are expected at year end.",
  },
  forecastNearly: {
    "zh-CN": "按当前培育库和续认率，预计年末 {forecast} 家，距目标差不足 1 家，还需推出约 {needed} 家。",
    "en-US":
      "With the current pool and renewal rate, about {forecast} HNTEs are expected at year end, less than 1 short of the target; about {needed} more applications are needed.",
  },
  basisData: {
    "zh-CN": "（续认率 {rate}：{from}-{to} 年到期的 {base} 家中 {renewed} 家按期重新认定；申报通过率 {pass}）",
    "en-US": " (renewal rate {rate}: {renewed} of {base} enterprises whose certificates ran out in {from}-{to} were re-recognised in time; pass rate {pass})",
  },
  basisDefault: {
    "zh-CN": "（续认率 {rate}：{from}-{to} 年到期的仅 {base} 家，不足 {min} 家，取默认值；申报通过率 {pass}）",
    "en-US": " (renewal rate {rate}: the default, as only {base} certificates ran out in {from}-{to}, fewer than {min}; pass rate {pass})",
  },
  basisSetting: {
    "zh-CN": "（续认率 {rate}，按设置；申报通过率 {pass}）",
    "en-US": " (renewal rate {rate}, as set; pass rate {pass})",
  },
  notApplicable: { "zh-CN": "—", "en-US": "—" },
  chartTitle: { "zh-CN": "各单位目标完成率", "en-US": "Completion by unit" },
  /** The expiring list names the enterprise's own unit (所属单位), not the table's 责任单位 heading. */
  ownUnit: { "zh-CN": "所属单位", "en-US": "Unit" },
} satisfies Record<string, LocalText>;

/** A report-only text, or a label of the shared i18n catalogue. */
export type ReportTextKey = keyof typeof REPORT_TEXT | LabelKey;

/** The text for `key` in `lang` (report-only first, then the shared catalogue), `{name}` filled from `vars`. */
export function reportText(
  lang: Lang,
  key: ReportTextKey,
  vars: Record<string, string | number> = {}
): string {
  const own = (REPORT_TEXT as Record<string, LocalText>)[key];
  return (own ? own[lang] : t(lang, key)).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m
  );
}
