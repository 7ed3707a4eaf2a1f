/**
 * The task pane's bulletin strings (较上期, 附件, 落款, 文号, 主送, 标题, 工作要求, 导出 Word, 工作底稿), in both languages, kept beside the
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
  blocked:
    "此版本的 Excel（{platform}）不允许加载项下载文件。请在 Excel 网页版或 Windows 版中导出，或用命令行 gaoqi report --docx 通报.docx。",
  saved: "通报选项已保存到工作簿。",
  failed: "操作失败：{error}",
  noData: "尚无数据。",
  refNo: "文号",
  addressee: "主送",
  title: "标题",
  closing: "工作要求",
  textVars: "可用 {district}（区名）、{year}（年度）；留空用默认文字",
  preview: "通报预览",
  previewBody: "……（摘要、各单位完成情况表、注、服务情况）……",
  workpaper: "生成工作底稿",
  workpaperHint:
    "数据问题清单和不予奖励事项逐项列出，供工作人员核对；写在通报各表之后，不列入通报附件。",
  workpaperWritten: "已生成通报和工作底稿（“{sheet}”之后）。",
  workpaperPreview: "预览：将生成通报和工作底稿（{sheets} 个工作表）。",
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
  exported: '"{file}" is made and downloading.',
  exportedPreview: 'Preview: "{file}" is made and downloading.',
  blocked:
    "This version of Excel ({platform}) does not let add-ins download files. Export from Excel on the web or for Windows, or with the command line: gaoqi report --docx bulletin.docx.",
  saved: "The bulletin options are saved in the workbook.",
  failed: "Failed: {error}",
  noData: "No data yet.",
  refNo: "Reference number",
  addressee: "Addressed to",
  title: "Title",
  closing: "Closing requirements",
  textVars: "May use {district} and {year}; blank for the default",
  preview: "Bulletin preview",
  previewBody: "… (summary, units table, notes, service contacts) …",
  workpaper: "Make the working papers",
  workpaperHint:
    "The data findings and the award events that earn nothing, one by one, for staff to check; written after the bulletin's sheets, not one of its annexes.",
  workpaperWritten: "The bulletin and the working papers are written (after “{sheet}”).",
  workpaperPreview:
    "Preview: the bulletin and the working papers would be written ({sheets} sheets).",
};

const TABLES: Record<Lang, Record<Key, string>> = { "zh-CN": zhCN, "en-US": enUS };

/** The bulletin text `key` in `lang`, `{name}` filled from `vars`. */
export function bulletinText(
  lang: Lang,
  key: Key,
  vars: Record<string, string | number> = {}
): string {
  return interpolate(TABLES[lang][key], vars);
}
