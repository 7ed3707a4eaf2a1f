/**
 * The task pane's bulletin strings (较上期, 附件, 落款, 导出 Word), in both languages, kept beside the
 * components that show them. The en-US table is typed against the zh-CN one.
 */
import { interpolate } from "../../domain/core/interpolate";
import type { Lang } from "../../domain/core/types";

const zhCN = {
  heading: "通报选项",
  compare: "较上期",
  compareYear: "上年末",
  compareQuarter: "上季末",
  compareMonth: "上月末",
  compareDate: "{date}（设置）",
  findingsAnnex: "附件含数据问题清单",
  issuer: "落款单位",
  issueDate: "落款日期（空为当天）",
  exportWord: "导出 Word",
  exporting: "正在生成 Word…",
  exported: "已生成“{file}”并开始下载。",
  exportedPreview: "预览：已生成“{file}”并开始下载。",
  blocked: "此版本的 Excel（{platform}）不允许加载项下载文件。请在 Excel 网页版或 Windows 版中导出，或用命令行 gaoqi report --docx 通报.docx。",
  saved: "通报选项已保存到工作簿。",
  failed: "操作失败：{error}",
  noData: "尚无数据。",
};

type Key = keyof typeof zhCN;

const enUS: Record<Key, string> = {
  heading: "Bulletin options",
  compare: "Compare with",
  compareYear: "Last year end",
  compareQuarter: "Last quarter end",
  compareMonth: "Last month end",
  compareDate: "{date} (setting)",
  findingsAnnex: "Annex with the data findings",
  issuer: "Issued by",
  issueDate: "Issue date (blank: today)",
  exportWord: "Export Word",
  exporting: "Making the Word document…",
  exported: "\"{file}\" is made and downloading.",
  exportedPreview: "Preview: \"{file}\" is made and downloading.",
  blocked: "This version of Excel ({platform}) does not let add-ins download files. Export from Excel on the web or for Windows, or with the command line: gaoqi report --docx bulletin.docx.",
  saved: "The bulletin options are saved in the workbook.",
  failed: "Failed: {error}",
  noData: "No data yet.",
};

const TABLES: Record<Lang, Record<Key, string>> = { "zh-CN": zhCN, "en-US": enUS };

/** The bulletin text `key` in `lang`, `{name}` filled from `vars`. */
export function bulletinText(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return interpolate(TABLES[lang][key], vars);
}
