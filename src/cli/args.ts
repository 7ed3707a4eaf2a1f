/**
 * The command line: `gaoqi report [workbook.xlsx] [--as-of YYYY-MM-DD | --year YYYY] [--targets file.xlsx]
 * [--settings settings.json] [--out report.xlsx] [--json file|-] [--lang zh-CN|en-US]`, plus --help.
 * Parsing only: no file is touched here.
 */
import type { Lang } from "../domain/types";

export interface ReportArgs {
  command: "report";
  workbook: string | null;
  asOf: string | null;
  year: number | null;
  targets: string | null;
  settings: string | null;
  out: string | null;
  json: string | null;
  lang: Lang;
}

export type ParsedArgs =
  | ReportArgs
  | { command: "help"; topic: "main" | "report"; lang: Lang }
  | { command: "version" }
  | { command: "error"; message: string; lang: Lang };

const VALUE_OPTIONS = [
  "--as-of",
  "--year",
  "--targets",
  "--settings",
  "--out",
  "--json",
  "--lang",
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

const isValueOption = (s: string): s is ValueOption =>
  (VALUE_OPTIONS as readonly string[]).includes(s);

/** The language asked for anywhere on the line (so even a usage error is reported in it). */
function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en-US" || v === "en") return "en-US";
    if (v === "zh-CN" || v === "zh") return "zh-CN";
  }
  return "zh-CN";
}

/** Parses argv (without node and the script); never throws. */
export function parseArgs(argv: string[]): ParsedArgs {
  const lang = langOf(argv);
  const error = (en: string, zh: string): ParsedArgs => ({
    command: "error",
    message: lang === "zh-CN" ? zh : en,
    lang,
  });
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    return {
      command: "help",
      topic: argv[0] === "help" && argv[1] === "report" ? "report" : "main",
      lang,
    };
  }
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  if (argv[0] !== "report")
    return error(
      `unknown command "${argv[0]}" (try: gaoqi --help)`,
      `未知命令“${argv[0]}”（参见 gaoqi --help）`
    );

  const opts: Partial<Record<ValueOption, string>> = {};
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") return { command: "help", topic: "report", lang };
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (!isValueOption(name))
        return error(
          `unknown option ${name} (try: gaoqi report --help)`,
          `未知选项 ${name}（参见 gaoqi report --help）`
        );
      let value: string | undefined;
      if (eq > 0) value = a.slice(eq + 1);
      else {
        value = argv[i + 1];
        // "-" alone is a value (stdout for --json); any other dash-led word is the next option.
        if (value === undefined || (value.startsWith("-") && value !== "-"))
          return error(`${name} needs a value`, `${name} 缺少取值`);
        i++;
      }
      if (opts[name] !== undefined) return error(`${name} given twice`, `${name} 重复指定`);
      opts[name] = value;
    } else positional.push(a);
  }
  if (positional.length > 1)
    return error(
      `one workbook at a time (got ${positional.length})`,
      `一次只能处理一个工作簿（收到 ${positional.length} 个）`
    );

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
        `--year must be a year such as 2023 (got "${y}")`,
        `--year 须为年份，如 2023（收到“${y}”）`
      );
    year = Number(y);
  }
  const langOpt = opts["--lang"];
  if (langOpt !== undefined && !["zh-CN", "en-US", "zh", "en"].includes(langOpt)) {
    return error(
      `--lang must be zh-CN or en-US (got "${langOpt}")`,
      `--lang 须为 zh-CN 或 en-US（收到“${langOpt}”）`
    );
  }
  return {
    command: "report",
    workbook: positional[0] ?? null,
    asOf,
    year,
    targets: opts["--targets"] ?? null,
    settings: opts["--settings"] ?? null,
    out: opts["--out"] ?? null,
    json: opts["--json"] ?? null,
    lang,
  };
}
