/**
 * Strings of the pool view (培育库), in both interface languages, beside the components that show
 * them; the pane's table (i18n/strings.ts) takes them in. The en-US table is typed against the zh-CN one.
 */
export const zhCN = {
  poolTitle: "培育库（{n} 家）",
  poolNone:
    "工作簿中没有培育库工作表：表头含企业名称（或统一社会信用代码）和“培育阶段”、不含证书编号的工作表即为培育库。",
  poolByUnit: "各单位培育库",
  colFound: "发现",
  colServed: "服务",
  colSubmitted: "推出",
  colRecognised: "认定",
  colThisYear: "本年",
  thisYearFull: "本年认定（培育库企业在统计年度取得证书）",
  poolStaleTitle: "阶段待更新（{n}）",
  poolStaleNone: "培育库的阶段与认定情况一致。",
  poolSubmittedTitle: "已推出、尚未认定（{n}）",
  poolSubmittedNone: "没有已推出、尚未认定的企业。",
  plannedYearNone: "未填申报年度",
  csvPlannedYear: "计划申报年度",
  fileSubmitted: "已推出名单",
  pastPlanned: "已过计划年度",
  pastPlannedHelp: "计划申报年度早于统计年度，仍未认定。",
};

export const enUS: Record<keyof typeof zhCN, string> = {
  poolTitle: "Cultivation pool ({n})",
  poolNone:
    "The workbook has no pool sheet: a sheet whose header has a company name (or credit code) and a stage column (培育阶段), and no certificate number, is read as the pool.",
  poolByUnit: "Pool by unit",
  colFound: "Found",
  colServed: "Served",
  colSubmitted: "Subm.",
  colRecognised: "Recog.",
  colThisYear: "New",
  thisYearFull: "Recognised this year (pool enterprises certified in the as-of year)",
  poolStaleTitle: "Stages to update ({n})",
  poolStaleNone: "The pool's stages agree with the certificates.",
  poolSubmittedTitle: "Submitted, not yet recognised ({n})",
  poolSubmittedNone: "No submitted enterprise awaits recognition.",
  plannedYearNone: "no planned year",
  csvPlannedYear: "Planned year",
  fileSubmitted: "submitted",
  pastPlanned: "Past planned year",
  pastPlannedHelp:
    "The planned application year is before the as-of year and the enterprise is not yet recognised.",
};
