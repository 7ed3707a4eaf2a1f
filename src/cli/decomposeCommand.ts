/**
 * `gaoqi decompose`: reads the workbook at the base date (valid counts per unit, and the target table in
 * force there), works out the totals (given, or the doubling rule from the valid count at 31 December of
 * the base year), splits them (docs/rules.md section 9), prints the table, and writes the target-table
 * workbook and the JSON, all or none. `gaoqi report --targets` reads the workbook back as the same table.
 */
import * as fs from "fs";
import * as path from "path";
import { isoFromSerial, todaySerial, yearEnd } from "../domain/core/dates";
import { decompose, MAX_DECOMPOSE_TOTAL, type Decomposition } from "../domain/decompose/decompose";
import {
  checkYearTotal,
  decomposeUnits,
  defaultBaseDate,
  doublingTotals,
} from "../domain/decompose/decomposeInput";
import { floorLabel, methodLabel } from "../domain/decompose/decomposeLabels";
import { buildDecompositionLayout } from "../domain/report/decompositionSheet";
import type { Analysis, Lang, Serial, Settings } from "../domain/core/types";
import { analyseFilesAt } from "./analyseFiles";
import type { DecomposeArgs } from "./decomposeArgs";
import { decompositionJson, type DoublingUsed } from "./decomposeJson";
import { inputError } from "./inputError";
import { optionDate } from "./optionDate";
import { stageLayout } from "./layoutFile";
import { checkOutputs, outputFailure, OutputSet } from "./outputs";
import { createProgress } from "./progress";
import { prepareInputs, type Inputs } from "./readInputs";
import { loadSettings } from "./settingsFile";
import { formatAligned } from "./textTable";
import { terminalLine } from "./terminalLine";

/**
 * The base date: given, or the default. A given one may be as early as 1900 (every base is then 0 and
 * the split falls to the floors and equal shares), but not after the first year decomposed ends: a plan
 * for 2025 cannot start from counts at a later date.
 */
function baseDateFor(args: DecomposeArgs, firstYear: number): Serial {
  if (args.baseDate === null) return defaultBaseDate(firstYear, todaySerial());
  const s = optionDate("--base-date", args.baseDate);
  if (s > yearEnd(firstYear))
    throw inputError(
      null,
      `--base-date: ${args.baseDate} is after the first year to decompose (${firstYear})`,
      `--base-date：${args.baseDate} 晚于要分解的第一个年度（${firstYear}年）`
    );
  return s;
}

/** Totals the doubling rule gives, when each is one decompose takes (the rule can grow past any plan). */
function checkedDoublingTotals(
  base: number,
  from: number,
  inYears: number,
  years: number[]
): Record<number, number> {
  const totals = doublingTotals(base, from, inYears, years);
  for (const y of years) {
    if (totals[y] > MAX_DECOMPOSE_TOTAL) {
      // A total past a trillion is shown as such, not as 2.03e+297 or three hundred digits.
      const huge = !(totals[y] < 1e12);
      const en = huge ? "over a trillion" : totals[y].toLocaleString("en-US");
      const zh = huge ? "超过一万亿" : String(totals[y]);
      throw inputError(
        null,
        `--double-from ${from} --in ${inYears}: ${base.toLocaleString("en-US")} doubled every ${inYears} years gives ${en} for ${y}, more than ${MAX_DECOMPOSE_TOTAL.toLocaleString("en-US")}`,
        `--double-from ${from} --in ${inYears}：${base} 家每 ${inYears} 年翻一番，${y}年为 ${zh} 家，超过 ${MAX_DECOMPOSE_TOTAL}`
      );
    }
    // Any other total no district has (below its floor, or not a count) is refused like a typed --totals.
    const checked = checkYearTotal(y, totals[y]);
    if (!checked.ok)
      throw inputError(
        null,
        `--double-from ${from} --in ${inYears} (base ${base}): ${checked.message["en-US"]}, not ${totals[y]}`,
        `--double-from ${from} --in ${inYears}（基数 ${base}）：${checked.message["zh-CN"]}，而非 ${totals[y]}`
      );
  }
  return totals;
}

async function analyseAt(
  inputs: Inputs,
  asOf: Serial,
  settings: Settings,
  skipUnreadable: boolean
): Promise<Analysis> {
  const progress = createProgress(
    inputs.several ? inputs.label : path.basename(inputs.files[0].path)
  );
  try {
    const read = await analyseFilesAt(inputs, inputs.label, {
      asOf,
      settings,
      onProgress: (done, total) => progress.update(done, total),
      skipUnreadable,
    });
    return read.analysis;
  } finally {
    progress.done();
  }
}

const pct = (x: number): string => (x * 100).toFixed(1) + "%";
const int = (n: number): string => n.toLocaleString("en-US");

/** The printed table: unit, base, (pool), share, one column a year, 合计; then findings and notes. */
export function formatDecomposition(
  d: Decomposition,
  lang: Lang,
  doubling: DoublingUsed | null
): string {
  const zh = lang === "zh-CN";
  const hasPool = d.units.some((u) => u.pool !== null);
  const header = [
    zh ? "责任单位" : "Unit",
    zh ? "基数" : "Base",
    ...(hasPool ? [zh ? "培育库" : "Pool"] : []),
    zh ? "占比" : "Share",
    ...d.years.map((y) => (zh ? `${y}年` : String(y))),
  ];
  const body = d.units.map((u) => [
    u.unit,
    int(u.base),
    ...(hasPool ? [int(u.pool ?? 0)] : []),
    pct(u.share),
    ...d.years.map((y) => int(u.targets[y])),
  ]);
  const baseSum = d.units.reduce((s, u) => s + u.base, 0);
  const poolSum = d.units.reduce((s, u) => s + (u.pool ?? 0), 0);
  const total = [
    zh ? "合计" : "Total",
    int(baseSum),
    ...(hasPool ? [int(poolSum)] : []),
    d.units.length ? "100.0%" : "—",
    ...d.years.map((y) => int(d.total[y])),
  ];
  const base = isoFromSerial(d.baseDate);
  const title = zh
    ? `${d.table.source}：${methodLabel(d.method, lang)}；基数为 ${base} 有效期内高企数；下限：${floorLabel(d.floor, lang)}`
    : `${d.table.source}: ${methodLabel(d.method, lang)}; base: valid HNTEs at ${base}; floor: ${floorLabel(d.floor, lang)}`;
  const rule = doubling
    ? [
        zh
          ? `总量：${doubling.from}-12-31 有效期内高企 ${int(doubling.base)} 家，每 ${doubling.inYears} 年翻一番（四舍五入取整）`
          : `Totals: ${int(doubling.base)} valid HNTEs at ${doubling.from}-12-31, doubling every ${doubling.inYears} years (rounded half up)`,
      ]
    : [];
  const lines = [
    ...rule,
    ...d.findings.map((f) => (zh ? "注意：" : "Note: ") + f.message[lang]),
    ...d.notes.map((n) => (zh ? "说明：" : "Note: ") + n[lang]),
  ];
  return (
    formatAligned(title, header, body, total) + lines.map((l) => terminalLine(l) + "\n").join("")
  );
}

/** Runs `gaoqi decompose`; resolves to the exit code (input errors are thrown as InputError). */
export async function decomposeCommand(args: DecomposeArgs): Promise<number> {
  const lang = args.lang;
  const settings = loadSettings(args.settings);
  const years = args.totals ? Object.keys(args.totals).map(Number) : (args.doubling?.years ?? []);
  const baseDate = baseDateFor(args, Math.min(...years));
  if (args.out !== null && path.extname(args.out).toLowerCase() !== ".xlsx")
    throw inputError(args.out, "--out must name an .xlsx file", "--out 须为 .xlsx 文件");
  const inputs = prepareInputs(args.workbooks, args.skipUnreadable, lang);
  const files = [args.json, args.out].filter((f): f is string => f !== null && f !== "-");
  checkOutputs(
    files,
    [...inputs.files.map((f) => f.path), args.settings].filter((f): f is string => f !== null)
  );

  const analysis = await analyseAt(inputs, baseDate, settings, args.skipUnreadable);
  let totals = args.totals;
  let doubling: DoublingUsed | null = null;
  if (args.doubling) {
    const { from, inYears } = args.doubling;
    const at = yearEnd(from);
    const base = (
      at === baseDate ? analysis : await analyseAt(inputs, at, settings, args.skipUnreadable)
    ).total.valid;
    doubling = { from, inYears, base };
    totals = checkedDoublingTotals(base, from, inYears, args.doubling.years);
  }
  const d = decompose({
    units: decomposeUnits(analysis),
    totals: totals as Record<number, number>,
    baseDate,
    method: args.method ?? settings.decomposition.method,
    floor: args.floor ?? settings.decomposition.floor,
    pipelineWeight: settings.decomposition.pipelineWeight,
    previous: analysis.targets,
  });

  const json = (): string => JSON.stringify(decompositionJson(d, lang, doubling), null, 2) + "\n";
  const outputs = new OutputSet();
  let current = "";
  try {
    if (args.json !== null && args.json !== "-") {
      current = args.json;
      const text = json();
      await outputs.stage(args.json, async (temp) => fs.writeFileSync(temp, text, "utf8"));
    }
    if (args.out !== null) {
      current = args.out;
      await stageLayout(outputs, args.out, buildDecompositionLayout(d, settings.district, lang));
    }
    outputs.commit();
  } catch (e) {
    outputs.abort();
    throw outputFailure(current, e);
  }
  if (args.json === "-") process.stdout.write(json());
  else process.stdout.write(formatDecomposition(d, lang, doubling));
  if (args.out !== null)
    process.stderr.write(lang === "zh-CN" ? `已写出 ${args.out}\n` : `wrote ${args.out}\n`);
  return 0;
}
