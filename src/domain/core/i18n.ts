/**
 * Shared labels in both interface languages: column and section names the report, the CLI and the
 * task pane all show, status and award-type names, and a name for every finding code.
 */
import type {
  AwardType,
  ExpiryStatus,
  FindingCode,
  Lang,
  LocalText,
  PoolStage,
  Severity,
} from "./types";

const FINDING_CODES: Record<FindingCode, LocalText> = {
  "bad-date": { "zh-CN": "日期无法识别", "en-US": "Unreadable date" },
  "issue-date-inferred": {
    "zh-CN": "发证日期按证书编号推定",
    "en-US": "Issue date inferred from the certificate number",
  },
  "cert-number": { "zh-CN": "证书编号格式有误", "en-US": "Malformed certificate number" },
  "cert-year-mismatch": {
    "zh-CN": "证书年份与发证日期不符",
    "en-US": "Certificate year differs from the issue date",
  },
  "credit-code": { "zh-CN": "统一社会信用代码有误", "en-US": "Invalid credit code" },
  "unknown-unit": { "zh-CN": "无法识别的责任单位", "en-US": "Unknown unit" },
  "missing-unit": { "zh-CN": "未填责任单位", "en-US": "Missing unit" },
  duplicate: { "zh-CN": "重复记录", "en-US": "Duplicate row" },
  "missing-identity": { "zh-CN": "缺少企业名称和信用代码", "en-US": "No name or credit code" },
  "target-total": {
    "zh-CN": "目标合计与各单位之和不符",
    "en-US": "Target total differs from the sum",
  },
  "merges-unread": { "zh-CN": "无法读取合并单元格", "en-US": "Merged cells could not be read" },
  "bad-value": {
    "zh-CN": "单元格为错误值或逻辑值",
    "en-US": "Error or logical value in a text cell",
  },
  "no-relocation-award": {
    "zh-CN": "迁入时非高企，无迁入奖励",
    "en-US": "Not an HNTE at move-in: no relocation award",
  },
  "stage-lapsed": { "zh-CN": "迁入奖励分期不再发放", "en-US": "Relocation stage lapsed" },
  "formula-like": {
    "zh-CN": "文本可能被当作公式",
    "en-US": "Text a spreadsheet may take for a formula",
  },
  "no-value": { "zh-CN": "公式没有计算结果", "en-US": "Formula without a calculated value" },
  "pool-stage-stale": { "zh-CN": "培育库阶段已过时", "en-US": "Pool stage out of date" },
  "pool-unmatched": { "zh-CN": "培育库行缺少企业", "en-US": "Pool row without an enterprise" },
  "pool-stage-unknown": { "zh-CN": "培育阶段无法识别", "en-US": "Unreadable pool stage" },
  "visit-unmatched": { "zh-CN": "走访记录对不上企业", "en-US": "Visit matches no enterprise" },
  "visit-status-unknown": { "zh-CN": "办理状态无法识别", "en-US": "Unreadable contact status" },
  "decomposition-infeasible": {
    "zh-CN": "目标分解无法满足下限",
    "en-US": "Decomposition floors cannot be met",
  },
  "target-value": { "zh-CN": "目标数无法使用", "en-US": "Unusable target" },
  "target-duplicate": { "zh-CN": "目标表单位重复", "en-US": "Unit twice in a target table" },
  "targets-ignored": { "zh-CN": "目标表未使用", "en-US": "Target table not used" },
  "visit-date-future": { "zh-CN": "走访日期远在未来", "en-US": "Contact date far in the future" },
  "unit-conflict": { "zh-CN": "各报送文件属地不一致", "en-US": "Files disagree on the unit" },
  "certificate-conflict": {
    "zh-CN": "各报送文件发证日期不一致",
    "en-US": "Files disagree on an issue date",
  },
  "targets-conflict": { "zh-CN": "各报送文件目标不一致", "en-US": "Files disagree on targets" },
  "visit-duplicate": { "zh-CN": "走访重复记录", "en-US": "Visit recorded twice" },
  "file-unreadable": { "zh-CN": "文件无法读取", "en-US": "File could not be read" },
};

const LABELS = {
  // Per-unit table
  unit: { "zh-CN": "责任单位", "en-US": "Unit" },
  target: { "zh-CN": "目标", "en-US": "Target" },
  valid: { "zh-CN": "有效期内高企", "en-US": "Valid HNTEs" },
  completion: { "zh-CN": "完成率", "en-US": "Completion" },
  gap: { "zh-CN": "缺口", "en-US": "Gap" },
  validPrevYearEnd: { "zh-CN": "上年末有效数", "en-US": "Valid at last year end" },
  netIncrease: { "zh-CN": "净增", "en-US": "Net increase" },
  expiring: { "zh-CN": "年内到期", "en-US": "Expiring" },
  awards: { "zh-CN": "奖励金额", "en-US": "Awards (CNY)" },
  forecast: { "zh-CN": "预计年末", "en-US": "Year-end forecast" },
  needed: { "zh-CN": "还需推出", "en-US": "Applications needed" },
  total: { "zh-CN": "合计", "en-US": "Total" },
  other: { "zh-CN": "其他", "en-US": "Other" },
  // Expiring list and awards
  name: { "zh-CN": "企业名称", "en-US": "Enterprise" },
  creditCode: { "zh-CN": "统一社会信用代码", "en-US": "Credit code" },
  certNo: { "zh-CN": "证书编号", "en-US": "Certificate No." },
  issueDate: { "zh-CN": "发证日期", "en-US": "Issue date" },
  lastValid: { "zh-CN": "有效期至", "en-US": "Valid until" },
  status: { "zh-CN": "状态", "en-US": "Status" },
  daysLeft: { "zh-CN": "剩余天数", "en-US": "Days left" },
  type: { "zh-CN": "类型", "en-US": "Type" },
  date: { "zh-CN": "日期", "en-US": "Date" },
  amount: { "zh-CN": "金额（元）", "en-US": "Amount (CNY)" },
  // The pool (培育库)
  "stage.found": { "zh-CN": "发现", "en-US": "Found" },
  "stage.served": { "zh-CN": "服务", "en-US": "Served" },
  "stage.submitted": { "zh-CN": "推出", "en-US": "Submitted" },
  "stage.recognised": { "zh-CN": "认定", "en-US": "Recognised" },
  recognisedThisYear: { "zh-CN": "本年认定", "en-US": "Recognised this year" },
  poolSize: { "zh-CN": "入库合计", "en-US": "In the pool" },
  plannedYear: { "zh-CN": "计划申报年度", "en-US": "Planned year" },
  // Findings
  sheet: { "zh-CN": "工作表", "en-US": "Sheet" },
  row: { "zh-CN": "行", "en-US": "Row" },
  column: { "zh-CN": "列", "en-US": "Column" },
  code: { "zh-CN": "问题类型", "en-US": "Code" },
  severity: { "zh-CN": "级别", "en-US": "Severity" },
  problem: { "zh-CN": "问题", "en-US": "Problem" },
  // Sections
  "section.units": { "zh-CN": "各责任单位目标完成情况", "en-US": "Progress by unit" },
  "section.expiring": { "zh-CN": "年内到期证书", "en-US": "Certificates expiring this year" },
  "section.awards": { "zh-CN": "奖励事项", "en-US": "Awards" },
  "section.findings": { "zh-CN": "数据问题", "en-US": "Data findings" },
  // Names of values
  "status.expired": { "zh-CN": "期满待重新认定", "en-US": "Expired, re-apply" },
  "status.expiring": { "zh-CN": "即将到期", "en-US": "Expiring" },
  "award.first": { "zh-CN": "首次认定", "en-US": "First recognition" },
  "award.renewal": { "zh-CN": "重新认定", "en-US": "Re-recognition" },
  "award.relocation": { "zh-CN": "迁入", "en-US": "Relocation" },
  "severity.error": { "zh-CN": "错误", "en-US": "Error" },
  "severity.warning": { "zh-CN": "警告", "en-US": "Warning" },
  "severity.info": { "zh-CN": "说明", "en-US": "Info" },
  none: { "zh-CN": "（无）", "en-US": "(none)" },
  asOf: { "zh-CN": "统计截至", "en-US": "As of" },
} satisfies Record<string, LocalText>;

/** Keys of the shared label catalogue. */
export type LabelKey = keyof typeof LABELS;

/** Every label key, for tools and tests that need to walk the catalogue. */
export const LABEL_KEYS = Object.keys(LABELS) as LabelKey[];

/** The shared label `key` in `lang` (责任单位 / Unit, ...); an unknown key comes back as itself, so a gap shows. */
export function t(lang: Lang, key: string): string {
  const entry = (LABELS as Record<string, LocalText>)[key];
  return entry === undefined ? key : entry[lang];
}

/** The short name of a finding code ("bad-date" -> 日期无法识别 / Unreadable date). */
export function findingCodeLabel(code: FindingCode, lang: Lang): string {
  const entry = FINDING_CODES[code];
  return entry === undefined ? code : entry[lang];
}

/** The name of an expiring-list status. */
export function statusLabel(status: ExpiryStatus, lang: Lang): string {
  return LABELS[`status.${status}`][lang];
}

/** The name of an award type. */
export function awardTypeLabel(type: AwardType, lang: Lang): string {
  return LABELS[`award.${type}`][lang];
}

/** An award event's type as the award list shows it: 迁入 第1期 / Relocation stage 1 for a relocation stage. */
export function awardEventLabel(event: { type: AwardType; stage?: number }, lang: Lang): string {
  const type = awardTypeLabel(event.type, lang);
  if (event.stage === undefined) return type;
  return lang === "zh-CN" ? `${type} 第${event.stage}期` : `${type} stage ${event.stage}`;
}

/** The name of a pool stage (发现 / Found, ...). */
export function stageLabel(stage: PoolStage, lang: Lang): string {
  return LABELS[`stage.${stage}`][lang];
}

/** The name of a finding severity. */
export function severityLabel(severity: Severity, lang: Lang): string {
  return LABELS[`severity.${severity}`][lang];
}

/**
 * The one language rule of the add-in: Chinese for every Chinese display language (zh-*), English for
 * every other. The manifest follows it too (English by default, a Chinese Override per zh-* locale), so
 * ribbon, function help and pane agree; the pane's language menu changes the pane only.
 */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return /^zh\b/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}
