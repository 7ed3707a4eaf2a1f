/** `gaoqi --help` and `gaoqi report --help`, in both languages. */
import type { Lang } from "../domain/types";

const MAIN: Record<Lang, string> = {
  "zh-CN": `gaoqi：高新技术企业目标任务跟踪（命令行）

用法：
  gaoqi report [工作簿.xlsx] [选项]   统计各责任单位有效期内高企、完成率、年内到期、奖励、培育库与年末预测
  gaoqi --help                        显示本帮助
  gaoqi report --help                 显示 report 命令的选项

不指定工作簿时使用内置示例 samples/jinshan-sample.xlsx。
`,
  "en-US": `gaoqi: high-tech enterprise (HNTE) target tracking, command line

Usage:
  gaoqi report [workbook.xlsx] [options]   valid HNTEs per unit, completion, expiring certificates, awards,
                                           the cultivation pool and the year-end forecast
  gaoqi --help                             this help
  gaoqi report --help                      the report command's options

Without a workbook the bundled sample samples/jinshan-sample.xlsx is used.
`,
};

const REPORT: Record<Lang, string> = {
  "zh-CN": `用法：gaoqi report [工作簿.xlsx] [--as-of YYYY-MM-DD | --year YYYY] [--targets 目标表.xlsx]
                    [--settings 设置.json] [--out 通报.xlsx] [--json 文件|-] [--lang zh-CN|en-US]

  工作簿.xlsx          企业名单（读取每个含企业表头的工作表；含目标表头的工作表替换默认目标；
                       含企业名称或信用代码与“培育阶段”、不含证书编号的工作表为培育库）；
                       省略时使用内置示例。输入文件只读，绝不改写。
  --as-of YYYY-MM-DD   统计日期（默认：今年 12 月 31 日）
  --year YYYY          统计该年 12 月 31 日（与 --as-of 二选一）
  --targets 文件.xlsx  目标任务分解表（替换默认表与工作簿内的目标表）
  --settings 文件.json 政策设置（奖励金额、政策期限、有效期算法、预测比率等），未给出的项取默认值
  --out 通报.xlsx      写出格式化通报工作簿（图表需在 Excel 加载项中生成：exceljs 无法绘制图表）
  --json 文件|-        写出 JSON 结果（- 表示标准输出）
  --lang zh-CN|en-US   语言（默认 zh-CN）

各责任单位统计表打印到标准输出（--json - 时除外）；不带 --out 和 --json 时不写任何文件。
退出码：0 成功；2 输入有误（错误信息一行写到标准错误）；1 内部错误。

JSON 的键（按此顺序；供其他工具读取，不改名、不调序；日期为 YYYY-MM-DD，金额为元）：
  asOf              统计日期
  units[]、total    unit, target, valid, gap, completion, expiring, netIncrease, awards,
                    pool {found, served, submitted, recognised, recognisedThisYear}（培育库各阶段企业数，
                    按统计日期的阶段；本年认定数），
                    forecast {dropping, renewed, new, value, gap, needed}（年末预测：年内到期、预计续认、
                    预计新认定、预计年末数、与目标之差，均为精确值不取整；还需推出的申报数）
  expiring[]        sheet, row, name, creditCode, certNo, unit, lastValid, status, daysLeft
  awards[]          sheet, row, name, unit, type, date, amount（迁入分期另有 stage, stages）
  findings[]        sheet, row, column, code, severity, name, message
  forecastBasis     year, renewalRate, renewalSource（data 按数据测算 | setting 按设置 | default 默认）,
                    renewalBase（测算续认率的企业数）, passRate
  pool[]            sheet, row, name, creditCode, unit, stage（统计日期的阶段）, statedStage（表中所写阶段）,
                    plannedYear
`,
  "en-US": `Usage: gaoqi report [workbook.xlsx] [--as-of YYYY-MM-DD | --year YYYY] [--targets file.xlsx]
                    [--settings settings.json] [--out report.xlsx] [--json file|-] [--lang zh-CN|en-US]

  workbook.xlsx        enterprise roster (every sheet with an enterprise header is read; a sheet with a
                       target-table header replaces the default targets; a sheet with a name or credit
                       code and a stage column (培育阶段) but no certificate number is the cultivation
                       pool); the bundled sample if omitted. The input file is only read, never written.
  --as-of YYYY-MM-DD   as-of date (default: 31 December of the current year)
  --year YYYY          as of 31 December of that year (instead of --as-of)
  --targets file.xlsx  target table (replaces the default table and any target sheet in the workbook)
  --settings file.json policy settings (award amounts, policy window, validity convention, forecast rates,
                       ...) over the defaults
  --out report.xlsx    write the formatted report workbook (no chart: exceljs cannot draw charts; the
                       add-in's report command draws it)
  --json file|-        write the results as JSON (- for standard output)
  --lang zh-CN|en-US   language (default zh-CN)

The per-unit table is printed to standard output (except with --json -); without --out and --json
nothing is written.
Exit codes: 0 done; 2 bad input (one line on standard error); 1 internal error.

JSON keys (in this order; other tools read them, so they are never renamed or reordered; dates are
YYYY-MM-DD, amounts CNY):
  asOf              the as-of date
  units[], total    unit, target, valid, gap, completion, expiring, netIncrease, awards,
                    pool {found, served, submitted, recognised, recognisedThisYear} (pool enterprises by
                    their stage at the as-of date; recognised this year),
                    forecast {dropping, renewed, new, value, gap, needed} (year-end forecast: dropping out,
                    expected renewals, expected new recognitions, expected year-end count, target minus it,
                    all exact, not rounded; further applications needed)
  expiring[]        sheet, row, name, creditCode, certNo, unit, lastValid, status, daysLeft
  awards[]          sheet, row, name, unit, type, date, amount (relocation stages add stage, stages)
  findings[]        sheet, row, column, code, severity, name, message
  forecastBasis     year, renewalRate, renewalSource (data | setting | default), renewalBase (enterprises
                    the renewal rate was measured on), passRate
  pool[]            sheet, row, name, creditCode, unit, stage (at the as-of date), statedStage (as written),
                    plannedYear
`,
};

/** The help text for a topic. */
export function helpText(topic: "main" | "report", lang: Lang): string {
  return (topic === "main" ? MAIN : REPORT)[lang];
}
