/**
 * The bulletin's own words as settings (report.refNo 文号, report.addressee 主送, report.title, report.closing
 * 工作要求): what may be written in them, and the defaults, in both languages, used where a setting is "".
 * The checks live here so that the settings file and the task pane's inputs refuse the same text.
 */
import type { Lang, LocalText, ReportSettings } from "../core/types";

export const BULLETIN_TEXT_KEYS = ["refNo", "addressee", "title", "closing"] as const;
export type BulletinTextKey = (typeof BULLETIN_TEXT_KEYS)[number];

/** The names a text may fill in: {district} (the district as the bulletin names it) and {year} (the report's year). */
export const BULLETIN_TEXT_VARS = ["district", "year"] as const;

/** Longest text each setting takes: a 文号 and a 主送 are one short line, a title two at most. */
const MAX_LENGTH: Record<BulletinTextKey, number> = {
  refNo: 40,
  addressee: 120,
  title: 120,
  closing: 2000,
};
/** Only the closing may run to several paragraphs (one a line). */
const MULTILINE: Record<BulletinTextKey, boolean> = {
  refNo: false,
  addressee: false,
  title: false,
  closing: true,
};

/** Why `text` cannot be the setting `key` (English and Chinese, one line each), or null when it can. */
export function bulletinTextProblem(key: BulletinTextKey, text: unknown): LocalText | null {
  if (typeof text !== "string") return { "en-US": "must be text", "zh-CN": "必须是文本" };
  const max = MAX_LENGTH[key];
  if (text.trim().length > max)
    return { "en-US": `must be at most ${max} characters`, "zh-CN": `不能超过 ${max} 个字符` };
  if (!MULTILINE[key] && /[\r\n]/.test(text.trim()))
    return { "en-US": "must be one line", "zh-CN": "只能是一行" };
  // Tabs and other control characters print as boxes or nothing in Word and Excel.
  if (/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(text))
    return { "en-US": "must not contain control characters", "zh-CN": "不能含控制字符" };
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    if (!(BULLETIN_TEXT_VARS as readonly string[]).includes(m[1])) {
      return {
        "en-US": `names {${m[1]}}, which is not one of {district}, {year}`,
        "zh-CN": `含有 {${m[1]}}，只能使用 {district}、{year}`,
      };
    }
  }
  return null;
}

/** The setting as stored: trimmed, each line of a closing trimmed and blank lines dropped. */
export function bulletinTextValue(key: BulletinTextKey, text: string): string {
  const t = text.trim();
  return MULTILINE[key]
    ? t
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join("\n")
    : t;
}

const DEFAULTS: Record<BulletinTextKey, LocalText> = {
  // The office fills in its abbreviation and number; the year in 〔〕 is the year of issue.
  refNo: { "zh-CN": "〔{issueYear}〕　号", "en-US": "Ref. No. ({issueYear}) ____" },
  addressee: {
    "zh-CN": "各镇人民政府、各园区：",
    "en-US": "To the town governments and the parks:",
  },
  title: {
    "zh-CN": "{district}高新技术企业目标任务完成情况通报（{year}年）",
    "en-US": "{district} high-tech enterprises: targets and progress, {year}",
  },
  closing: {
    "zh-CN":
      "下一步，各镇、各园区要对照年度目标任务，逐户做好到期企业的重新认定提醒和服务，加强培育库企业的申报辅导；未完成目标的单位要分析原因、明确措施、倒排时间节点，确保完成目标任务。",
    "en-US":
      "Each town and park should now check its progress against its target, remind and help every enterprise whose certificate expires to re-apply, and coach the pool's candidates through their applications; units behind their targets should find the causes and set out measures and a timetable to meet them.",
  },
};

/** The default of a bulletin text in `lang` (before {district}, {year} and {issueYear} are filled in). */
export function defaultBulletinText(key: BulletinTextKey, lang: Lang): string {
  return DEFAULTS[key][lang];
}

/** The setting `key` of `report`, or its default in `lang` when it is "". */
export function bulletinTextOf(
  report: Pick<ReportSettings, BulletinTextKey>,
  key: BulletinTextKey,
  lang: Lang
): string {
  return report[key] !== "" ? report[key] : DEFAULTS[key][lang];
}
