/** `gaoqi --help`, `gaoqi report --help` and `gaoqi decompose --help`, in both languages. */
import type { Lang } from "../domain/core/types";
import type { HelpTopic } from "./options";

const MAIN: Record<Lang, string> = {
  "zh-CN": `gaoqi：高新技术企业目标任务跟踪（命令行）

用法：
  gaoqi report [工作簿.xlsx ...|文件夹] [选项]
                                        统计各责任单位有效期内高企、完成率、年内到期、奖励、培育库、年末预测与走访
  gaoqi decompose [工作簿.xlsx ...|文件夹] [选项]
                                        把全区总量分解到各责任单位，写出目标任务分解表
  gaoqi app --out gaoqi.html            写出离线网页版（单个文件，双击即用，数据不出本机）
  gaoqi --help                          显示本帮助
  gaoqi report --help                   显示 report 命令的选项
  gaoqi decompose --help                显示 decompose 命令的选项

不指定工作簿时使用内置示例 samples/jinshan-sample.xlsx。给出多个工作簿或一个文件夹时，合并为一个工作簿统计
（各镇报送，如 gaoqi report samples/towns/）。
`,
  "en-US": `gaoqi: high-tech enterprise (HNTE) target tracking, command line

Usage:
  gaoqi report [workbook.xlsx ...|folder] [options]
                                              valid HNTEs per unit, completion, expiring certificates, awards,
                                              the cultivation pool, the year-end forecast and the contacts
  gaoqi decompose [workbook.xlsx ...|folder] [options]
                                              split district totals over the units, write the target table
  gaoqi app --out gaoqi.html                  write the offline web page (one file to double-click; data
                                              stays on this computer)
  gaoqi --help                                this help
  gaoqi report --help                         the report command's options
  gaoqi decompose --help                      the decompose command's options

Without a workbook the bundled sample samples/jinshan-sample.xlsx is used. Several workbooks, or a
folder, are read as one workbook (the towns' submissions, e.g. gaoqi report samples/towns/).
`,
};

const REPORT: Record<Lang, string> = {
  "zh-CN": `用法：gaoqi report [工作簿.xlsx ...|文件夹] [--as-of YYYY-MM-DD | --year YYYY] [--targets 目标表.xlsx]
                    [--settings 设置.json] [--out 通报.xlsx] [--docx 通报.docx] [--workpaper 底稿.xlsx]
                    [--json 文件|-] [--compare YYYY-MM-DD|year-end|quarter-end|month-end]
                    [--findings sheet|none] [--skip-unreadable] [--lang zh-CN|en-US]

  工作簿.xlsx          企业名单（读取每个含企业表头的工作表；含目标表头的工作表替换默认目标；
                       含企业名称或信用代码与“培育阶段”、不含证书编号的工作表为培育库；
                       含走访日期、企业名称或信用代码及走访人/形式/问题/办理状态/办结时限之一、
                       不含证书编号、发证日期和培育阶段的工作表为走访记录）；
                       省略时使用内置示例。可为 .xlsx 或 Excel 97-2003 的 .xls。输入文件只读，绝不改写。
                       可给出多个工作簿或文件夹（文件夹内所有 .xlsx/.xls 按文件名排序；~$ 开头的锁定文件和
                       隐藏文件跳过，并在一行中列出）：按给出顺序合并为一个工作簿统计，每条记录注明来源文件，
                       各文件不一致处（属地、发证日期、目标、重复走访）列为数据问题，另附报送情况
  --skip-unreadable    多个文件时，跳过无法读取的文件（作为数据问题列出）；默认遇到即停止
  --as-of YYYY-MM-DD   统计日期（默认：今年 12 月 31 日）
  --year YYYY          统计该年 12 月 31 日（与 --as-of 二选一）
  --targets 文件.xlsx  目标任务分解表（替换默认表与工作簿内的目标表）
  --settings 文件.json 政策设置（奖励金额、政策期限、有效期算法、预测比率、待走访天数等），未给出的项取默认值；
                       通报的文字：report.refNo 文号、report.addressee 主送（默认“各镇人民政府、各园区：”）、
                       report.title 标题、report.closing 工作要求（可多段，每行一段），留空取默认文字，
                       标题和工作要求可用 {district}、{year}
  --out 通报.xlsx      写出通报工作簿：“高企通报”（文号、标题、主送、摘要、按完成率排名的责任单位表、
                       较上期、图表、注、服务情况、工作要求、落款），附件1 年内到期名单、附件2 奖励明细
                       （应予奖励事项，元；不予奖励事项按原因计数）、培育库、待走访名单（各单位服务情况和
                       近 N 天未联系的企业，有走访记录时）、月度进度（各单位各月末数与全区目标折线图）、
                       下降明细（有单位下降时）；A4 打印设置。“其他”单列，不参与排名
  --docx 通报.docx     写出 Word 版通报（与通报工作簿同一内容，含图表，附件各起一页）
  --workpaper 底稿.xlsx 写出工作底稿（供工作人员核对）：数据问题清单、不予奖励事项逐项及原因；
                       与其他输出一并写出，任一失败则都不写
  --compare 日期       较上期的比较日期：YYYY-MM-DD，或 year-end（上年末，默认）、quarter-end、month-end
  --findings sheet|none  数据问题是否另作通报的附件（默认 none：只在工作底稿中；sheet：通报也附上）
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
                    预计新认定、预计年末数、与目标之差，均为精确值不取整；还需推出的申报数），
                    contacts {visits, enterprises, open, overdue, toVisit}（走访：本年截至统计日期的走访次数
                    与走访企业数，未办结问题数及其中超过办结时限的数，待走访企业数），
                    rank（通报的排名；“其他”、无完成率的单位与合计为 null）
  expiring[]        sheet, row, name, creditCode, certNo, unit, lastValid, status, daysLeft,
                    lastContact（统计日期及以前最近一次走访，无则为 null）
  awards[]          sheet, row, name, unit, type, date, amount（迁入分期另有 stage, stages）, creditCode, certNo
  findings[]        sheet, row, column, code, severity, name, message
  forecastBasis     year, renewalRate, renewalSource（data 按数据测算 | setting 按设置 | default 默认）,
                    renewalBase（测算续认率的企业数）, passRate
  pool[]            sheet, row, name, creditCode, unit, stage（统计日期的阶段）, statedStage（表中所写阶段）,
                    plannedYear
  toVisit[]         sheet, row, name, creditCode, unit, reason（expiring 年内到期 | submitted 培育库已推出）,
                    lastContact：统计日期前 N 天（设置 contacts.days，默认 90，两端都算）内没有走访的企业
  problems[]        sheet, row, name, unit, date（走访日期）, problem, status（done 已办结 | in-progress 办理中 |
                    unfinished 未办结 | todo 待办 | null 未填或无法识别）, due（办结时限）, overdue：
                    统计日期时状态不是“已办结”的问题；overdue 为办结时限早于统计日期
  progress[]        date, valid, completion, units {单位: {valid, completion}}：统计日期所在年度各月末（截至
                    统计日期；统计日期不是月末时另加统计日期）的有效期内高企数及完成率，全区与各单位
  falls[]           unit, from, date, before, after, enterprises[] {sheet, row, name, creditCode, certNo,
                    reason（lapsed 证书到期 | moved-out 迁出 | revoked 取消资格 | unit-change 转至其他单位）,
                    on（到期前最后有效日、迁出日、取消日或新证书发证日）, toUnit（仅 unit-change）}：
                    某单位从上一月末（1 月从上年末）到该月末数量下降时，列出退出该单位的企业
  compare           较上期：asOf（比较日期），units[]、total：unit, valid, completion（比较日期时），validChange,
                    completionChange（百分点）
  多个文件时，以上各条记录末尾另有 file（来源文件），并在最后加：
  sources[]         报送情况，每个文件一项：file, sheets[] {sheet, kind（roster | targets | pool | contacts |
                    ignored）}, rows（读取行数）, units（涉及单位）, newest（统计日期及以前最新的发证、走访或
                    入库日期）, findings（数据问题数）, unreadable（无法读取时的原因，否则为 null）
`,
  "en-US": `Usage: gaoqi report [workbook.xlsx ...|folder] [--as-of YYYY-MM-DD | --year YYYY] [--targets file.xlsx]
                    [--settings settings.json] [--out report.xlsx] [--docx bulletin.docx]
                    [--workpaper workpaper.xlsx] [--json file|-]
                    [--compare YYYY-MM-DD|year-end|quarter-end|month-end] [--findings sheet|none]
                    [--skip-unreadable] [--lang zh-CN|en-US]

  workbook.xlsx        enterprise roster (every sheet with an enterprise header is read; a sheet with a
                       target-table header replaces the default targets; a sheet with a name or credit
                       code and a stage column (培育阶段) but no certificate number is the cultivation
                       pool; a sheet with a contact date (走访日期), a name or credit code and one of
                       visitor, form, problem, status or due date, but no certificate number, issue date
                       or stage, is the contact log); the bundled sample if omitted. An .xlsx, or an
                       .xls of Excel 97-2003. The input file is only read, never written.
                       Several workbooks or folders (a folder: every .xlsx/.xls in it by file name; lock
                       files ~$... and hidden files skipped and listed on one line) are read as one
                       workbook in the order given: every row names its file, where the files disagree
                       (unit, issue date, targets, a visit logged twice) is a finding, and a summary per
                       file is added
  --skip-unreadable    with several files, skip a file that cannot be read (listed as a finding); by
                       default it stops the run
  --as-of YYYY-MM-DD   as-of date (default: 31 December of the current year)
  --year YYYY          as of 31 December of that year (instead of --as-of)
  --targets file.xlsx  target table (replaces the default table and any target sheet in the workbook)
  --settings file.json policy settings (award amounts, policy window, validity convention, forecast rates,
                       days without a contact, ...) over the defaults; the bulletin's words: report.refNo
                       (reference number), report.addressee (addressed to), report.title, report.closing
                       (closing requirements, a line a paragraph), blank for the default; the title and
                       the closing may use {district} and {year}
  --out report.xlsx    write the bulletin workbook: the bulletin (reference number, title, addressee,
                       summary, responsible units ranked by completion, change since the comparison date,
                       chart, notes, service contacts, closing requirements, issuer and date), then Annex 1
                       expiring certificates, Annex 2 awards (the payable events in CNY; the unpaid counted
                       by reason), the pool, the call list (contacts by unit and the enterprises without
                       a contact in N days, with a contact sheet), the monthly progress (units by month
                       ends, a line chart against the target) and the falls (when a unit's count fell);
                       set up to print on A4. "Other" is listed
                       apart and not ranked
  --docx bulletin.docx write the bulletin as a Word document (the workbook's content with its chart; each annex
                       on a new page)
  --workpaper file.xlsx write the working papers for staff: the data findings, and the award events that
                       earn nothing, one by one with the reason; written with the other outputs, all or none
  --compare DATE       the comparison date: YYYY-MM-DD, or year-end (the default), quarter-end, month-end
  --findings sheet|none  the data findings also as an annex of the bulletin (sheet), or only in the working
                       papers (none, the default)
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
                    all exact, not rounded; further applications needed),
                    contacts {visits, enterprises, open, overdue, toVisit} (contacts and enterprises
                    contacted in the as-of year up to the as-of date, problems not done and those past
                    their due date, enterprises to visit),
                    rank (the bulletin's rank by completion; null for 合计, 其他 and a unit without a completion)
  expiring[]        sheet, row, name, creditCode, certNo, unit, lastValid, status, daysLeft,
                    lastContact (the last contact on or before the as-of date, or null)
  awards[]          sheet, row, name, unit, type, date, amount (relocation stages add stage, stages),
                    creditCode, certNo
  findings[]        sheet, row, column, code, severity, name, message
  forecastBasis     year, renewalRate, renewalSource (data | setting | default), renewalBase (enterprises
                    the renewal rate was measured on), passRate
  pool[]            sheet, row, name, creditCode, unit, stage (at the as-of date), statedStage (as written),
                    plannedYear
  toVisit[]         sheet, row, name, creditCode, unit, reason (expiring | submitted), lastContact: the
                    expiring and the submitted pool enterprises with no contact in the N days up to the
                    as-of date, both ends included (setting contacts.days, default 90)
  problems[]        sheet, row, name, unit, date (of the contact), problem, status (done | in-progress |
                    unfinished | todo | null when blank or unreadable), due, overdue: problems not done at
                    the as-of date; overdue when due before it
  progress[]        date, valid, completion, units {unit: {valid, completion}}: the valid count and
                    completion at each month end of the as-of year up to the as-of date (and at the as-of
                    date when it is not a month end), for the district and each unit
  falls[]           unit, from, date, before, after, enterprises[] {sheet, row, name, creditCode, certNo,
                    reason (lapsed | moved-out | revoked | unit-change), on (the last valid day, the
                    move-out, revocation or new certificate's issue date), toUnit (unit-change only)}: a
                    unit whose count fell from one month end (January: the previous year end) to the next,
                    with the enterprises that left it
  compare           the bulletin's comparison: asOf (the comparison date); units[], total: unit, valid and
                    completion then, validChange, completionChange (percentage points)
  With several files every row reference above ends with file (the file it came from), and last comes:
  sources[]         one entry per file: file, sheets[] {sheet, kind (roster | targets | pool | contacts |
                    ignored)}, rows (rows read), units, newest (its newest issue, visit or pool-entry date
                    on or before the as-of date), findings, unreadable (why it could not be read, or null)
`,
};

const DECOMPOSE: Record<Lang, string> = {
  "zh-CN": `用法：gaoqi decompose [工作簿.xlsx ...|文件夹] (--totals 2025=1750,2026=1900,2027=2050
                       | --double-from 2021 --in 5 --years 2025-2027)
                       [--method share|pipeline|equal-growth] [--base-date YYYY-MM-DD]
                       [--floor both|previous|valid|none] [--settings 设置.json]
                       [--out 目标表.xlsx] [--json 文件|-] [--skip-unreadable] [--lang zh-CN|en-US]

  工作簿.xlsx            企业名单（及目标任务表），省略时使用内置示例；只读，绝不改写；
                         可给出多个工作簿或文件夹，合并为一个工作簿（同 gaoqi report）
  --skip-unreadable      多个文件时跳过无法读取的文件
  --totals 年=总量,...   逐年给出全区总量（整数）
  --double-from 年       按翻番规则推算总量：该年 12 月 31 日有效期内高企数为基数，
  --in 年数              每隔该年数翻一番：总量(Y) = 基数 × 2^((Y-基准年)/年数)，四舍五入取整
  --years 2025-2027      翻番规则要推算的年度
  --method 方法          share：按基数日有效期内高企数占比（默认）；pipeline：有效数加培育库
                         “服务/推出”企业 × 权重（设置 decomposition.pipelineWeight，默认 0.5）；
                         equal-growth：各单位上年目标按同一比例增长
  --base-date 日期       基数日期（默认：首个分解年度的上年 12 月 31 日；若该日尚未到来，
                         则取今天之前最近的 12 月 31 日）；不得晚于首个分解年度年末
  --floor 下限           both：不低于上年目标和基数日有效数（默认）；previous：不低于上年目标；
                         valid：不低于基数日有效数；none：不设下限
  --settings 文件.json   政策设置（单位别名、分解方法与权重等）
  --out 目标表.xlsx      写出目标任务分解表（gaoqi report --targets 可直接读取）
  --json 文件|-          写出 JSON 结果（- 表示标准输出）
  --lang zh-CN|en-US     语言（默认 zh-CN）

各单位按最大余数法取整，合计恰好等于总量；余数相同时基数大的单位优先，再按目标表顺序。
下限无法全部满足时给出 decomposition-infeasible 提示，合计仍不超过总量。
分解表打印到标准输出（--json - 时除外）；不带 --out 和 --json 时不写任何文件。
退出码：0 成功；2 输入有误（错误信息一行写到标准错误）；1 内部错误。
`,
  "en-US": `Usage: gaoqi decompose [workbook.xlsx ...|folder] (--totals 2025=1750,2026=1900,2027=2050
                       | --double-from 2021 --in 5 --years 2025-2027)
                       [--method share|pipeline|equal-growth] [--base-date YYYY-MM-DD]
                       [--floor both|previous|valid|none] [--settings settings.json]
                       [--out targets.xlsx] [--json file|-] [--skip-unreadable] [--lang zh-CN|en-US]

  workbook.xlsx          enterprise roster (and target table); the bundled sample if omitted; only read;
                         several workbooks or folders are read as one (as gaoqi report reads them)
  --skip-unreadable      with several files, skip a file that cannot be read
  --totals Y=N,...       the district total per year (whole numbers)
  --double-from YEAR     totals by the doubling rule from the valid count at 31 December of YEAR,
  --in YEARS             doubling every YEARS years: total(Y) = base x 2^((Y-YEAR)/YEARS), rounded half up
  --years 2025-2027      the years the doubling rule gives totals for
  --method METHOD        share: by share of the valid count at the base date (default); pipeline: valid
                         count plus pool enterprises at served/submitted x a weight (setting
                         decomposition.pipelineWeight, default 0.5); equal-growth: the same growth over
                         each unit's previous target
  --base-date DATE       base date (default: 31 December before the first year; if that date is still
                         to come, the latest 31 December before today); at the latest the end of the
                         first year
  --floor FLOOR          both: not below the previous year's target nor the valid count (default);
                         previous; valid; none
  --settings file.json   policy settings (unit aliases, decomposition method and weight, ...)
  --out targets.xlsx     write the target table (gaoqi report --targets reads it as it is)
  --json file|-          write the results as JSON (- for standard output)
  --lang zh-CN|en-US     language (default zh-CN)

Units get whole numbers by the largest-remainder method, adding up exactly to the total; equal
remainders go to the unit with the larger base, then to the earlier unit in the table. Floors that
cannot all be met give a decomposition-infeasible finding, and the units still add up to the total.
The table is printed to standard output (except with --json -); without --out and --json nothing is written.
Exit codes: 0 done; 2 bad input (one line on standard error); 1 internal error.
`,
};

/** The help text for a topic. */
export function helpText(topic: HelpTopic, lang: Lang): string {
  return { main: MAIN, report: REPORT, decompose: DECOMPOSE }[topic][lang];
}
