/**
 * The command line: `gaoqi report [workbook.xlsx] [--as-of YYYY-MM-DD | --year YYYY] [--targets file.xlsx]
 * [--settings settings.json] [--out report.xlsx] [--docx bulletin.docx] [--json file|-]
 * [--workpaper workpaper.xlsx] [--compare YYYY-MM-DD|year-end|quarter-end|month-end] [--findings sheet|none]
 * [--lang zh-CN|en-US]`,
 * `gaoqi decompose ...` (decomposeArgs.ts), plus --help.
 * Parsing only: no file is touched here.
 */
import type { Lang } from "../domain/core/types";
import { type DecomposeArgs, parseDecomposeArgs } from "./decomposeArgs";
import { langOf, readOptions, usageError, type UsageResult } from "./options";

export interface ReportArgs {
  command: "report";
  /** The first workbook or folder given; null for the bundled sample. */
  workbook: string | null;
  /** Every workbook and folder given, read as one (docs/rules.md section 12). */
  workbooks: string[];
  /** --skip-unreadable: a file that cannot be read becomes a finding instead of stopping the run. */
  skipUnreadable: boolean;
  asOf: string | null;
  year: number | null;
  targets: string | null;
  settings: string | null;
  out: string | null;
  /** The Word bulletin. */
  docx: string | null;
  /** The 工作底稿 (data findings, unpaid award events) as a workbook of its own. */
  workpaper: string | null;
  json: string | null;
  /** 较上期: a date "YYYY-MM-DD" or year-end / quarter-end / month-end; null for the setting. */
  compare: string | null;
  /** 附件 数据问题: null for the setting. */
  findings: "sheet" | "none" | null;
  lang: Lang;
}

export type ParsedArgs = ReportArgs | DecomposeArgs | UsageResult | { command: "version" };

const VALUE_OPTIONS = [
  "--as-of",
  "--year",
  "--targets",
  "--settings",
  "--out",
  "--docx",
  "--workpaper",
  "--json",
  "--compare",
  "--findings",
  "--lang",
  "--skip-unreadable",
] as const;

const COMPARE_WORDS = ["year-end", "quarter-end", "month-end"];

/** Parses argv (without node and the script); never throws. */
export function parseArgs(argv: string[]): ParsedArgs {
  const lang = langOf(argv);
  const error = (en: string, zh: string): ParsedArgs => usageError(lang, en, zh);
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    const topic =
      argv[0] === "help" && (argv[1] === "report" || argv[1] === "decompose") ? argv[1] : "main";
    return { command: "help", topic, lang };
  }
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  if (argv[0] === "decompose") return parseDecomposeArgs(argv.slice(1), lang);
  if (argv[0] !== "report")
    return error(
      `unknown command "${argv[0]}" (try: gaoqi --help)`,
      `未知命令“${argv[0]}”（参见 gaoqi --help）`
    );

  const read = readOptions(argv.slice(1), VALUE_OPTIONS, "report", lang);
  if ("command" in read) return read;
  const { opts, positional } = read;

  if (opts["--as-of"] !== undefined && opts["--year"] !== undefined) {
    return error("give --as-of or --year, not both", "--as-of 与 --year 只能二选一");
  }
  const asOf = opts["--as-of"] ?? null;
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    return error(
      `--as-of must be YYYY-MM-DD (got "${asOf}")`,
      `--as-of 须为 YYYY-MM-DD 格式（收到“${asOf}”）`
    );
  let year: number | null = null;
  if (opts["--year"] !== undefined) {
    const y = opts["--year"];
    if (!/^\d{4}$/.test(y) || Number(y) < 1901 || Number(y) > 2999)
      return error(
        `--year must be a year from 1901 to 2999, such as 2023 (got "${y}")`,
        `--year 须为 1901 到 2999 之间的年份，如 2023（收到“${y}”）`
      );
    year = Number(y);
  }
  const compare = opts["--compare"] ?? null;
  if (compare !== null && !COMPARE_WORDS.includes(compare) && !/^\d{4}-\d{2}-\d{2}$/.test(compare))
    return error(
      `--compare must be YYYY-MM-DD, year-end, quarter-end or month-end (got "${compare}")`,
      `--compare 须为 YYYY-MM-DD、year-end、quarter-end 或 month-end（收到“${compare}”）`
    );
  const findings = opts["--findings"] ?? null;
  if (findings !== null && findings !== "sheet" && findings !== "none")
    return error(
      `--findings must be sheet or none (got "${findings}")`,
      `--findings 须为 sheet 或 none（收到“${findings}”）`
    );
  return {
    command: "report",
    workbook: positional[0] ?? null,
    workbooks: positional,
    skipUnreadable: opts["--skip-unreadable"] !== undefined,
    asOf,
    year,
    targets: opts["--targets"] ?? null,
    settings: opts["--settings"] ?? null,
    out: opts["--out"] ?? null,
    docx: opts["--docx"] ?? null,
    workpaper: opts["--workpaper"] ?? null,
    json: opts["--json"] ?? null,
    compare,
    findings,
    lang,
  };
}
