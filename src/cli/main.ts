/**
 * `gaoqi`: the command line entry. `main(argv)` returns the exit code: 0 done, 2 bad input or usage
 * (one line on stderr, nothing written), 1 an internal error. The input file is never written.
 */
import * as fs from "fs";
import * as path from "path";
import { serialFromIso, todaySerial, yearEnd, yearOfSerial, isoFromSerial } from "../domain/dates";
import { parseSettings, DEFAULT_SETTINGS } from "../domain/policy";
import { buildReportLayout } from "../domain/report/buildReport";
import { reportText } from "../domain/report/labels";
import type { Analysis, Lang, Serial, Settings } from "../domain/types";
import { analyseFile, readTargetsFile } from "./analyseFile";
import { parseArgs, type ReportArgs } from "./args";
import { helpText } from "./helpText";
import { collectGarbage } from "./memory";
import { checkXlsxFile } from "./inputCheck";
import { InputError, inputError } from "./inputError";
import { writeJsonFile, writeJsonToStdout } from "./jsonOutput";
import { packageVersion, samplePath } from "./packageRoot";
import { createProgress } from "./progress";
import { writeReportXlsx } from "./renderXlsx";
import { formatUnitTable } from "./textTable";
import { writeAtomically } from "./writeOutput";

const same = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

function loadSettings(file: string | null): Settings {
  if (file === null) return DEFAULT_SETTINGS;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw inputError(file, "file not found", "文件不存在");
    throw inputError(file, "not valid JSON", "不是有效的 JSON");
  }
  try {
    return parseSettings(json);
  } catch (e) {
    const err = e as Error & { messageZh?: string };
    throw inputError(file, err.message, err.messageZh ?? err.message);
  }
}

function asOfFor(args: ReportArgs): Serial {
  if (args.asOf !== null) {
    const s = serialFromIso(args.asOf);
    if (s === null)
      throw inputError(
        null,
        `--as-of: no such date ${args.asOf}`,
        `--as-of：日期 ${args.asOf} 不存在`
      );
    return s;
  }
  return yearEnd(args.year ?? yearOfSerial(todaySerial()));
}

async function writeReport(
  out: string,
  analysis: Analysis,
  lang: Lang,
  settings: Settings
): Promise<boolean> {
  const layout = buildReportLayout(analysis, lang, {
    maxListedFindings: settings.report.maxListedFindings,
  });
  let chartOmitted = false;
  await writeAtomically(out, async (temp) => {
    chartOmitted = (await writeReportXlsx(temp, [layout])).chartOmitted;
  });
  return chartOmitted;
}

function outputError(file: string, e: unknown): InputError {
  const detail = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
  return inputError(file, `cannot write the output (${detail})`, `无法写出输出文件（${detail}）`);
}

async function report(args: ReportArgs): Promise<number> {
  const lang = args.lang;
  const settings = loadSettings(args.settings);
  const asOf = asOfFor(args);
  const input = args.workbook ?? samplePath();
  for (const out of [args.out, args.json]) {
    if (out !== null && out !== "-" && same(out, input))
      throw inputError(out, "output would overwrite the input workbook", "输出会覆盖输入工作簿");
  }
  if (args.out !== null && path.extname(args.out).toLowerCase() !== ".xlsx")
    throw inputError(args.out, "--out must name an .xlsx file", "--out 须为 .xlsx 文件");
  checkXlsxFile(input);
  let targets;
  if (args.targets !== null) {
    checkXlsxFile(args.targets);
    targets = await readTargetsFile(args.targets, settings);
  }
  const progress = createProgress(path.basename(input));
  let analysis: Analysis;
  try {
    analysis = await analyseFile(input, {
      asOf,
      settings,
      targets: targets?.table,
      targetFindings: targets?.findings,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.done();
  }

  // The reader's garbage goes before the outputs add their own (see memory.ts).
  collectGarbage();
  if (args.json !== null) {
    const target = args.json;
    if (target === "-") await writeJsonToStdout(analysis, lang);
    else
      await writeJsonFile(target, analysis, lang).catch((e: unknown) =>
        Promise.reject(outputError(target, e))
      );
  }
  if (args.out !== null) {
    const out = args.out;
    if (args.json !== null) collectGarbage();
    const chartOmitted = await writeReport(out, analysis, lang, settings).catch((e: unknown) =>
      Promise.reject(outputError(out, e))
    );
    const note = chartOmitted
      ? lang === "zh-CN"
        ? "（图表未写入：请在 Excel 加载项中“生成通报”以绘制图表）"
        : " (no chart: the add-in's report command draws it)"
      : "";
    process.stderr.write(lang === "zh-CN" ? `已写出 ${out}${note}\n` : `wrote ${out}${note}\n`);
  }
  // The table goes to the terminal unless standard output carries the JSON: writing a bulletin or a JSON
  // file, the user still sees the numbers they just produced.
  if (args.json !== "-") {
    const title = `${reportText(lang, "title", { district: analysis.district, year: analysis.year })}  ${isoFromSerial(analysis.asOf)}`;
    process.stdout.write(formatUnitTable(analysis, lang, title));
  }
  return 0;
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  try {
    switch (args.command) {
      case "help":
        process.stdout.write(helpText(args.topic, args.lang));
        return 0;
      case "version":
        process.stdout.write(packageVersion() + "\n");
        return 0;
      case "error":
        process.stderr.write(`gaoqi: ${args.message}\n`);
        return 2;
      case "report":
        return await report(args);
    }
  } catch (e) {
    const lang: Lang =
      args.command === "report" || args.command === "error" || args.command === "help"
        ? args.lang
        : "zh-CN";
    if (e instanceof InputError) {
      process.stderr.write(e.line(lang).replace(/\s*\n\s*/g, " ") + "\n");
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`gaoqi: internal error: ${message.split("\n")[0]}\n`);
    if (process.env.GAOQI_DEBUG && e instanceof Error) process.stderr.write(String(e.stack) + "\n");
    return 1;
  }
}
