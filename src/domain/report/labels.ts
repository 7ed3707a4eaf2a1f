/**
 * Report-only wording (annex titles and subtitles, numbered captions, chart title). Column, status and award-type
 * names shared with the task pane and the CLI come from the domain i18n catalogue.
 */
import { interpolate } from "../core/interpolate";
import { t, type LabelKey } from "../core/i18n";
import type { Lang, LocalText } from "../core/types";
import { OTHER_UNIT, TOTAL_LABEL } from "../enterprise/units";

const REPORT_TEXT = {
  sheetName: { "zh-CN": "高企通报", "en-US": "HNTE Bulletin" },
  unitsCaption: {
    "zh-CN": "各责任单位目标完成情况（按完成率排名）",
    "en-US": "Progress by responsible unit, ranked by completion",
  },
  rank: { "zh-CN": "排名", "en-US": "Rank" },
  changeSince: { "zh-CN": "较上期增减", "en-US": "Change" },
  netSinceYearEnd: { "zh-CN": "净增（较上年末）", "en-US": "Net increase" },
  completionChange: { "zh-CN": "完成率较上期（百分点）", "en-US": "Completion change (points)" },
  awardsWan: { "zh-CN": "奖励（万元）", "en-US": "Awards (10,000 CNY)" },
  chartTitle: { "zh-CN": "各单位有效期内高企与目标", "en-US": "Valid HNTEs and targets by unit" },
  /** The expiring list names the enterprise's own unit (所属单位), not the table's 责任单位 heading. */
  ownUnit: { "zh-CN": "所属单位", "en-US": "Unit" },
  seq: { "zh-CN": "序号", "en-US": "No." },
  annexLabel: { "zh-CN": "附件{n}", "en-US": "Annex {n}" },
  expiringSheet: { "zh-CN": "附件{n} 年内到期名单", "en-US": "Annex {n} Expiring" },
  awardsSheet: { "zh-CN": "附件{n} 奖励明细", "en-US": "Annex {n} Awards" },
  findingsSheet: { "zh-CN": "附件{n} 数据问题", "en-US": "Annex {n} Data findings" },
  poolSheet: { "zh-CN": "附件{n} 培育库", "en-US": "Annex {n} Pool" },
  toVisitSheet: { "zh-CN": "附件{n} 待走访名单", "en-US": "Annex {n} To visit" },
  toVisitTitle: {
    "zh-CN": "{year}年企业服务情况及待走访企业名单",
    "en-US": "Service contacts and enterprises to visit, {year}",
  },
  contactsByUnitCaption: {
    "zh-CN": "一、各责任单位服务情况",
    "en-US": "1. Service contacts by unit",
  },
  toVisitCaption: {
    "zh-CN": "二、待走访企业名单（近{days}天未联系）",
    "en-US": "2. Enterprises to visit (no contact in the last {days} days)",
  },
  toVisitSubtitle: {
    "zh-CN": "截至{asOf}，年内到期或已推出申报、近{days}天未联系的企业共{count}家",
    "en-US":
      "As of {asOf}: {count} enterprises expiring this year or submitted from the pool, with no contact in the last {days} days",
  },
  toVisitReason: { "zh-CN": "列入原因", "en-US": "Reason" },
  "reason.expiring": { "zh-CN": "年内到期", "en-US": "Expiring this year" },
  "reason.submitted": { "zh-CN": "已推出", "en-US": "Submitted" },
  lastContact: { "zh-CN": "最近联系", "en-US": "Last contact" },
  neverContacted: { "zh-CN": "未联系", "en-US": "No contact" },
  visits: { "zh-CN": "走访次数", "en-US": "Visits" },
  enterprisesContacted: { "zh-CN": "走访企业", "en-US": "Enterprises visited" },
  openProblems: { "zh-CN": "未办结", "en-US": "Open problems" },
  overdueProblems: { "zh-CN": "超期", "en-US": "Overdue" },
  toVisit: { "zh-CN": "待走访", "en-US": "To visit" },
  expiringTitle: {
    "zh-CN": "{year}年内到期高新技术企业名单",
    "en-US": "High-tech enterprises whose certificates expire in {year}",
  },
  expiringSubtitleAll: {
    "zh-CN": "截至{asOf}，共{count}家，均已期满待重新认定",
    "en-US": "As of {asOf}: {count}, all already expired and awaiting re-recognition",
  },
  expiringSubtitle: {
    "zh-CN": "截至{asOf}，共{count}家，其中已期满待重新认定{expired}家",
    "en-US":
      "As of {asOf}: {count}, of which {expired} already expired and awaiting re-recognition",
  },
  awardsTitle: {
    "zh-CN": "{year}年高新技术企业奖励明细",
    "en-US": "High-tech enterprise awards, {year}",
  },
  awardsSubtitle: {
    "zh-CN": "{from}至{asOf}，应予奖励{count}项，合计{amount}万元",
    "en-US": "{from} to {asOf}: {count} payable events, {amount} in total",
  },
  awardDate: { "zh-CN": "认定日期/分期到期日", "en-US": "Issue or due date" },
  amountYuan: { "zh-CN": "金额（元）", "en-US": "Amount (CNY)" },
  unitSubtotal: { "zh-CN": "{unit}小计（{count}项）", "en-US": "{unit} subtotal ({count})" },
  typeSubtotal: { "zh-CN": "{type}小计（{count}项）", "en-US": "{type} subtotal ({count})" },
  grandTotal: { "zh-CN": "合计（{count}项）", "en-US": "Total ({count})" },
  findingsTitle: { "zh-CN": "数据问题清单", "en-US": "Data findings" },
  findingsSubtitle: {
    "zh-CN": "截至{asOf}，共{count}条；请按工作表、行、列找到单元格修改",
    "en-US": "As of {asOf}: {count}; each points at the sheet, row and column to fix",
  },
  findingsListed: {
    "zh-CN":
      "此处仅列出前{listed}条，其余{rest}条按问题类型计数列于表后；完整清单见 JSON 输出（gaoqi report --json）或任务窗格“数据问题”页。",
    "en-US":
      "The first {listed} are listed here; the other {rest} are counted by code after the list. The JSON output (gaoqi report --json) and the task pane's findings page list every one.",
  },
  countsCaption: {
    "zh-CN": "未列出的数据问题（按问题类型计数）",
    "en-US": "Findings not listed, counted by code",
  },
  notListed: { "zh-CN": "未列出条数", "en-US": "Not listed" },
  poolTitle: { "zh-CN": "各责任单位培育库情况", "en-US": "The cultivation pool by unit" },
  poolSubtitle: {
    "zh-CN": "截至{asOf}，入库{count}家",
    "en-US": "As of {asOf}: {count} enterprises",
  },
  forecastLead: {
    "zh-CN": "按当前培育库和续认率测算，",
    "en-US": "With the current pool and renewal rate, ",
  },
  forecastLeadYearEnd: {
    "zh-CN": "计入已推出申报、尚未公布认定结果的企业，",
    "en-US": "Counting the applications submitted but not yet decided, ",
  },
  forecastShort: {
    "zh-CN": "预计年末{forecast}家，距目标差{gap}家，还需推出约{needed}家。",
    "en-US":
      "about {forecast} HNTEs are expected at year end, {gap} short of the target; about {needed} more applications are needed.",
  },
  forecastMet: {
    "zh-CN": "预计年末{forecast}家，可完成目标{target}家。",
    "en-US": "about {forecast} HNTEs are expected at year end, meeting the target of {target}.",
  },
  forecastNoTarget: {
    "zh-CN": "预计年末{forecast}家。",
    "en-US": "about {forecast} HNTEs are expected at year end.",
  },
  forecastNearly: {
    "zh-CN": "预计年末{forecast}家，距目标差不足1家，还需推出约{needed}家。",
    "en-US":
      "about {forecast} HNTEs are expected at year end, less than 1 short of the target; about {needed} more applications are needed.",
  },
  basisData: {
    "zh-CN":
      "预计年末数按续认率{rate}（{from}-{to}年到期的{base}家中{renewed}家按期重新认定）和申报通过率{pass}测算",
    "en-US":
      "the year-end forecast uses a renewal rate of {rate} ({renewed} of {base} enterprises whose certificates ran out in {from}-{to} were re-recognised in time) and a pass rate of {pass}",
  },
  basisDefault: {
    "zh-CN":
      "预计年末数按默认续认率{rate}（{from}-{to}年到期的仅{base}家，不足{min}家，不宜测算）和申报通过率{pass}测算",
    "en-US":
      "the year-end forecast uses the default renewal rate of {rate} (only {base} certificates ran out in {from}-{to}, fewer than {min} to measure one) and a pass rate of {pass}",
  },
  basisSetting: {
    "zh-CN": "预计年末数按设置的续认率{rate}和申报通过率{pass}测算",
    "en-US":
      "the year-end forecast uses the renewal rate of {rate} as set and a pass rate of {pass}",
  },
  progressSheet: { "zh-CN": "附件{n} 月度进度", "en-US": "Annex {n} Monthly progress" },
  progressTitle: {
    "zh-CN": "{year}年各责任单位有效期内高企数月度进度",
    "en-US": "Valid high-tech enterprises by unit, month by month, {year}",
  },
  progressSubtitle: {
    "zh-CN": "各月末有效期内高新技术企业数（截至{asOf}）；上年末为{prevEnd}",
    "en-US":
      "Valid high-tech enterprises at each month end (up to {asOf}); the previous year end is {prevEnd}",
  },
  progressChartTitle: {
    "zh-CN": "全区有效期内高企数与年度目标（按月）",
    "en-US": "District's valid HNTEs against the target, by month",
  },
  prevYearEnd: { "zh-CN": "上年末", "en-US": "End of {year}" },
  districtTarget: { "zh-CN": "全区目标", "en-US": "Target" },
  districtCompletion: { "zh-CN": "全区完成率", "en-US": "Completion" },
  fallsSheet: { "zh-CN": "附件{n} 下降明细", "en-US": "Annex {n} Falls" },
  fallsTitle: {
    "zh-CN": "{year}年各责任单位有效期内高企数下降明细",
    "en-US": "Where a unit's count fell, and who left it, {year}",
  },
  fallsSubtitle: {
    "zh-CN": "截至{asOf}，月末数较上月末（1月较上年末）下降{falls}次，涉及退出企业{count}家",
    "en-US":
      "Up to {asOf}: {falls} month(s) in which a unit's count fell since the month end before, {count} enterprises leaving",
  },
  fallMonth: { "zh-CN": "月末", "en-US": "Month end" },
  fallChange: { "zh-CN": "上月末→本月末", "en-US": "Before → after" },
  fallReason: { "zh-CN": "退出原因", "en-US": "Reason" },
  fallOn: { "zh-CN": "发生日期", "en-US": "On" },
  "fall.lapsed": { "zh-CN": "证书到期", "en-US": "Certificate lapsed" },
  "fall.moved-out": { "zh-CN": "迁出", "en-US": "Moved out" },
  "fall.revoked": { "zh-CN": "取消资格", "en-US": "Revoked" },
  "fall.unit-change": { "zh-CN": "转至{unit}", "en-US": "Moved to {unit}" },
  sourcesSheet: { "zh-CN": "附件{n} 报送情况", "en-US": "Annex {n} Submissions" },
  sourcesTitle: { "zh-CN": "各报送文件情况", "en-US": "The files received" },
  sourcesSubtitle: {
    "zh-CN": "截至{asOf}，合并统计报送文件{count}个",
    "en-US": "As of {asOf}: {count} files read as one",
  },
  sourceFile: { "zh-CN": "来源文件", "en-US": "File" },
  sourceSheets: { "zh-CN": "工作表（读作）", "en-US": "Sheets (read as)" },
  sourceRows: { "zh-CN": "读取行数", "en-US": "Rows read" },
  sourceUnits: { "zh-CN": "涉及单位", "en-US": "Units" },
  sourceNewest: { "zh-CN": "最新日期", "en-US": "Newest date" },
  sourceFindings: { "zh-CN": "数据问题", "en-US": "Findings" },
  sourceUnreadable: { "zh-CN": "无法读取：{reason}", "en-US": "Could not be read: {reason}" },
  "kind.roster": { "zh-CN": "企业名单", "en-US": "roster" },
  "kind.targets": { "zh-CN": "目标表", "en-US": "target table" },
  "kind.pool": { "zh-CN": "培育库", "en-US": "pool" },
  "kind.contacts": { "zh-CN": "走访记录", "en-US": "contact log" },
  "kind.ignored": { "zh-CN": "未使用", "en-US": "not used" },
  notApplicable: { "zh-CN": "—", "en-US": "—" },
  footer: { "zh-CN": "第 &P 页 共 &N 页", "en-US": "Page &P of &N" },
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
  return interpolate(own ? own[lang] : t(lang, key), vars);
}

/** A unit as the report names it: 合计 and 其他 in the report's language, every other unit by its own name. */
export function unitLabel(unit: string, lang: Lang): string {
  if (unit === TOTAL_LABEL) return t(lang, "total");
  if (unit === OTHER_UNIT) return t(lang, "other");
  return unit;
}
