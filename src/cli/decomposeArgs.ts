/**
 * `gaoqi decompose [workbook.xlsx] (--totals 2025=1750,2026=1900 | --double-from 2021 --in 5 --years
 * 2025-2027) [--method share|pipeline|equal-growth] [--base-date YYYY-MM-DD] [--floor previous|valid|none]
 * [--settings settings.json] [--out targets.xlsx] [--json file|-] [--lang zh-CN|en-US]`. Parsing only:
 * bad totals or years are usage errors here (exit 2, one line), before any file is read.
 */
import { DECOMPOSE_FLOORS, DECOMPOSE_METHODS } from "../domain/decompose/decomposeLabels";
import { checkDoubling, parseTotals, parseYearRange } from "../domain/decompose/decomposeInput";
import type { DecomposeFloor, DecomposeMethod, Lang, LocalText } from "../domain/core/types";
import { readOptions, usageError, type UsageResult } from "./options";

export interface DecomposeArgs {
  command: "decompose";
  /** The first workbook or folder given; null for the bundled sample. */
  workbook: string | null;
  /** Every workbook and folder given, read as one (docs/rules.md section 12). */
  workbooks: string[];
  /** --skip-unreadable: a file that cannot be read becomes a finding instead of stopping the run. */
  skipUnreadable: boolean;
  /** The totals given with --totals; null with the doubling rule. */
  totals: Record<number, number> | null;
  /** --double-from Y --in N --years A-B: the totals follow from the valid count at 31 December of Y. */
  doubling: { from: number; inYears: number; years: number[] } | null;
  /** null: the settings' method (share by default). */
  method: DecomposeMethod | null;
  /** null: the settings' floor (both by default). */
  floor: DecomposeFloor | null;
  baseDate: string | null;
  settings: string | null;
  out: string | null;
  json: string | null;
  lang: Lang;
}

const OPTIONS = [
  "--totals",
  "--double-from",
  "--in",
  "--years",
  "--method",
  "--base-date",
  "--floor",
  "--settings",
  "--out",
  "--json",
  "--lang",
  "--skip-unreadable",
] as const;

/** `m` after the option it is about ("--years: ..."). */
const prefixed = (option: string, m: LocalText): LocalText => ({
  "zh-CN": `${option}：${m["zh-CN"]}`,
  "en-US": `${option}: ${m["en-US"]}`,
});

/** The words after `gaoqi decompose`; never throws. */
export function parseDecomposeArgs(args: string[], lang: Lang): DecomposeArgs | UsageResult {
  const error = (en: string, zh: string): UsageResult => usageError(lang, en, zh);
  const fromText = (m: LocalText): UsageResult => usageError(lang, m["en-US"], m["zh-CN"]);
  const read = readOptions(args, OPTIONS, "decompose", lang);
  if ("command" in read) return read;
  const { opts, positional } = read;

  const doublingGiven = ["--double-from", "--in", "--years"].some(
    (o) => opts[o as (typeof OPTIONS)[number]] !== undefined
  );
  if (opts["--totals"] !== undefined && doublingGiven)
    return error(
      "give --totals or --double-from/--in/--years, not both",
      "--totals 与 --double-from/--in/--years 只能二选一"
    );
  let totals: Record<number, number> | null = null;
  let doubling: DecomposeArgs["doubling"] = null;
  if (opts["--totals"] !== undefined) {
    const parsed = parseTotals(opts["--totals"]);
    if (!parsed.ok) return fromText(prefixed("--totals", parsed.message));
    totals = parsed.value;
  } else if (doublingGiven) {
    const from = opts["--double-from"];
    const inYears = opts["--in"];
    const yearsText = opts["--years"];
    if (from === undefined || inYears === undefined || yearsText === undefined)
      return error(
        "the doubling rule needs all of --double-from, --in and --years",
        "翻番规则须同时给出 --double-from、--in 与 --years"
      );
    if (!/^\d{4}$/.test(from))
      return error(
        `--double-from must be a year such as 2021 (got "${from}")`,
        `--double-from 须为年份，如 2021（收到“${from}”）`
      );
    if (!/^\d{1,3}$/.test(inYears))
      return error(
        `--in must be a number of years such as 5 (got "${inYears}")`,
        `--in 须为年数，如 5（收到“${inYears}”）`
      );
    const years = parseYearRange(yearsText);
    if (!years.ok) return fromText(prefixed("--years", years.message));
    // Checked one option at a time, so the line names the option at fault.
    const checks: [string, number, number[]][] = [
      ["--double-from", 1, []],
      ["--in", Number(inYears), []],
      ["--years", Number(inYears), years.value],
    ];
    for (const [option, period, range] of checks) {
      const checked = checkDoubling(Number(from), period, range);
      if (!checked.ok) return fromText(prefixed(option, checked.message));
    }
    doubling = { from: Number(from), inYears: Number(inYears), years: years.value };
  } else {
    return error(
      "give the totals: --totals 2025=1750,2026=1900 or --double-from 2021 --in 5 --years 2025-2027",
      "须给出总量：--totals 2025=1750,2026=1900 或 --double-from 2021 --in 5 --years 2025-2027"
    );
  }

  const method = opts["--method"] ?? null;
  if (method !== null && !(DECOMPOSE_METHODS as readonly string[]).includes(method))
    return error(
      `--method must be one of ${DECOMPOSE_METHODS.join(", ")} (got "${method}")`,
      `--method 须为 ${DECOMPOSE_METHODS.join("、")} 之一（收到“${method}”）`
    );
  const floor = opts["--floor"] ?? null;
  if (floor !== null && !(DECOMPOSE_FLOORS as readonly string[]).includes(floor))
    return error(
      `--floor must be one of ${DECOMPOSE_FLOORS.join(", ")} (got "${floor}")`,
      `--floor 须为 ${DECOMPOSE_FLOORS.join("、")} 之一（收到“${floor}”）`
    );
  const baseDate = opts["--base-date"] ?? null;
  if (baseDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(baseDate))
    return error(
      `--base-date must be YYYY-MM-DD (got "${baseDate}")`,
      `--base-date 须为 YYYY-MM-DD 格式（收到“${baseDate}”）`
    );

  return {
    command: "decompose",
    workbook: positional[0] ?? null,
    workbooks: positional,
    skipUnreadable: opts["--skip-unreadable"] !== undefined,
    totals,
    doubling,
    method: method as DecomposeMethod | null,
    floor: floor as DecomposeFloor | null,
    baseDate,
    settings: opts["--settings"] ?? null,
    out: opts["--out"] ?? null,
    json: opts["--json"] ?? null,
    lang,
  };
}
