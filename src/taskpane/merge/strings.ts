/**
 * Strings of 合并其他工作簿 (other workbooks read with the open one), in both interface languages; the
 * pane's table (i18n/strings.ts) takes them in. The en-US table is typed against the zh-CN one.
 */
export const zhCN = {
  mergeOpen: "合并其他工作簿…",
  mergeHint: "选择一个或多个 .xlsx / .xls 文件，与当前工作簿一起统计；不会插入当前工作簿。",
  mergeActive: "一起统计：{files}",
  mergeClear: "不再合并",
};

export const enUS: Record<keyof typeof zhCN, string> = {
  mergeOpen: "Add other workbooks…",
  mergeHint:
    "Choose one or more .xlsx / .xls files to count together with this workbook; nothing is inserted into it.",
  mergeActive: "Counted together: {files}",
  mergeClear: "Stop adding them",
};
