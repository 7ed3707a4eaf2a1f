/**
 * Strings of the decomposition view (目标分解), in both interface languages, beside the components that show
 * them; the pane's table (i18n/strings.ts) takes them in. The en-US table is typed against the zh-CN one.
 */
export const zhCN = {
  working: "处理中…",
  dcTotals: "全区总量",
  dcRule: "总量来源",
  dcRuleGiven: "逐年输入",
  dcRuleDoubling: "按翻番规则",
  dcFirstYear: "起始年度",
  dcLastYear: "结束年度",
  dcYearTotal: "{year}年总量",
  dcDoubleFrom: "基准年",
  dcDoubleIn: "翻番年数",
  dcDoublingBase: "{year} 年末有效期内高企 {count} 家，每 {n} 年翻一番（四舍五入）：{totals}",
  dcMethodSection: "分解方法与下限",
  dcMethod: "分解方法",
  dcFloor: "下限",
  dcBaseDate: "基数日期",
  dcBaseDateHint: "留空则取 {date}",
  dcPreview: "分解预览",
  dcTableLabel: "目标分解预览：各责任单位各年目标",
  dcBase: "基数",
  dcShare: "占比",
  dcPool: "培育库",
  dcYear: "{year}",
  dcWrite: "写入目标表",
  dcWritten: "已写入新工作表“{sheet}”；{years} 年的统计将按该表计算。",
  dcWrittenPreview:
    "预览：在 Excel 中会写入新工作表“{sheet}”（{rows} 行 × {cols} 列），现有工作表不变。",
  dcNeverOver: "写入一张新工作表，不会覆盖现有工作表。",
};

export const enUS: Record<keyof typeof zhCN, string> = {
  working: "Working…",
  dcTotals: "District totals",
  dcRule: "Totals",
  dcRuleGiven: "Year by year",
  dcRuleDoubling: "Doubling rule",
  dcFirstYear: "First year",
  dcLastYear: "Last year",
  dcYearTotal: "Total {year}",
  dcDoubleFrom: "Base year",
  dcDoubleIn: "Doubles in (years)",
  dcDoublingBase:
    "{count} valid HNTEs at the end of {year}, doubling every {n} years (rounded): {totals}",
  dcMethodSection: "Method and floor",
  dcMethod: "Method",
  dcFloor: "Floor",
  dcBaseDate: "Base date",
  dcBaseDateHint: "blank: {date}",
  dcPreview: "Preview",
  dcTableLabel: "Decomposition preview: each unit's target per year",
  dcBase: "Base",
  dcShare: "Share",
  dcPool: "Pool",
  dcYear: "{year}",
  dcWrite: "Write target table",
  dcWritten: 'Written to the new sheet "{sheet}"; {years} are now counted against it.',
  dcWrittenPreview:
    'Preview: in Excel a new sheet "{sheet}" would be written ({rows} rows × {cols} columns); no existing sheet changes.',
  dcNeverOver: "Writes a new sheet; never over an existing one.",
};
