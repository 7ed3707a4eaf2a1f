/** The offline page's own words (the pane's are its features' strings.ts), in both languages. */
import type { LocalText } from "../domain/core/types";

const t = (zh: string, en: string): LocalText => ({ "zh-CN": zh, "en-US": en });

export const WEB_TEXT = {
  title: t("高企 · 网页版", "Gaoqi · web page"),
  local: t("数据不出本机", "Your data stays on this computer"),
  localNote: t(
    "文件只在本页面内读取，不上传、不联网；本页面不会修改您的文件。",
    "Files are read inside this page only: nothing is uploaded and the page makes no network connection. Your files are never changed."
  ),
  open: t("打开工作簿…", "Open workbooks…"),
  workbooks: t("Excel 工作簿", "Excel workbooks"),
  drop: t(
    "或把一个或多个 .xlsx / .xls 文件（或装有它们的文件夹）拖到这里",
    "or drop one or more .xlsx / .xls files, or a folder of them, here"
  ),
  dropNothing: t(
    "拖入的内容中没有工作簿（.xlsx / .xls；文件夹只读取其中直接存放的工作簿）。",
    "Nothing dropped is a workbook (.xlsx / .xls; a folder gives the workbooks directly inside it)."
  ),
  dropFailed: t("无法读取拖入的文件夹：{problem}", "The dropped folder cannot be read: {problem}"),
  sample: t("打开示例", "Open the sample"),
  sampleName: t("示例工作簿", "Sample workbook"),
  reopen: t("重新读取", "Read again"),
  opened: t("已打开：{files}", "Open: {files}"),
  exportSettings: t("导出设置", "Export settings"),
  importSettings: t("导入设置…", "Import settings…"),
  settingsImported: t("设置已导入。", "Settings imported."),
  settingsBad: t(
    "设置文件 {file} 无法使用：{problem}",
    "The settings file {file} cannot be used: {problem}"
  ),
  downloadJson: t("下载 JSON", "Download JSON"),
  onlyInExcel: t(
    "此操作写入 Excel 中打开的工作簿，仅在 Excel 加载项中可用；网页版不会修改您的文件。",
    "This action writes into the workbook open in Excel and is only available in the Excel add-in; the web page never changes your files."
  ),
  cancelled: t("已取消。", "Cancelled."),
  language: t("语言", "Language"),
} as const;

export type WebTextKey = keyof typeof WEB_TEXT;
