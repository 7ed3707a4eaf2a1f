/**
 * Strings of the findings view (数据问题), in both interface languages, beside the components that show
 * them; the pane's table (i18n/strings.ts) takes them in. The en-US table is typed against the zh-CN one.
 */
export const zhCN = {
  findingsTitle: "数据问题（{cells} 个单元格，{n} 个问题）",
  findingsNone: "未发现数据问题。",
  wholeSheet: "整张表",
  rowN: "第 {row} 行",
  // Filtering the findings to act on.
  filterCode: "问题类型",
  findingsShown: "显示 {cells} / {all} 个单元格",
  aliasOfLabel: "将“{raw}”添加为别名，对应",
  aliasAddFromFinding: "添加为别名",
  choose: "请选择",
  // 来源: the files read with the open workbook.
  sourcesTitle: "来源（{n} 个文件）",
  sourceThisWorkbook: "当前工作簿",
  sourceRows: "{rows} 行",
  sourceNewest: "最新日期 {date}",
  sourceNoDate: "无日期",
  sourceFindings: "{n} 个问题",
  sourceUnreadable: "无法读取：{reason}",
};

export const enUS: Record<keyof typeof zhCN, string> = {
  findingsTitle: "Findings ({cells} cells, {n} problems)",
  findingsNone: "No problems found in the data.",
  wholeSheet: "whole sheet",
  rowN: "row {row}",
  // Filtering the findings to act on.
  filterCode: "Problem",
  findingsShown: "{cells} of {all} cells shown",
  aliasOfLabel: 'Add "{raw}" as an alias of',
  aliasAddFromFinding: "Add alias",
  choose: "Choose…",
  // 来源: the files read with the open workbook.
  sourcesTitle: "Sources ({n} files)",
  sourceThisWorkbook: "This workbook",
  sourceRows: "{rows} rows",
  sourceNewest: "newest {date}",
  sourceNoDate: "no date",
  sourceFindings: "{n} problems",
  sourceUnreadable: "Could not be read: {reason}",
};
