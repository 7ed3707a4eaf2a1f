/**
 * `gaoqi`: the command line entry. `main(argv)` returns the exit code: 0 done, 2 bad input or usage
 * (one line on stderr, nothing written), 1 an internal error. The input file is never written.
 */
import * as fs from "fs";
import * as path from "path";
import { serialFromIso, todaySerial, yearEnd, yearOfSerial, isoFromSerial } from "../domain/dates";
import { buildReportLayout } from "../domain/report/buildReport";
import { reportText } from "../domain/report/labels";
import type { Analysis, Lang, Serial } from "../domain/types";
import { analyseFile, readTargetsFile } from "./analyseFile";
import { parseArgs, type ReportArgs } from "./args";
import { helpText } from "./helpText";
import { checkXlsxFile } from "./inputCheck";
import { InputError, inputError, outputError } from "./inputError";
import { analysisJson } from "./jsonOutput";
import { packageVersion, samplePath } from "./packageRoot";
import { createProgress } from "./progress";
import { decomposeCommand } from "./decomposeCommand";
import { checkOutputs, OutputSet } from "./outputs";
import { stageLayout } from "./layoutFile";
import { loadSettings } from "./settingsFile";
import { formatUnitTable } from "./textTable";

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

async function report(args: ReportArgs): Promise<number> {
  const lang = args.lang;
  const settings = loadSettings(args.settings);
  const asOf = asOfFor(args);
  const input = args.workbook ?? samplePath();
  if (args.out !== null && path.extname(args.out).toLowerCase() !== ".xlsx")
    throw inputError(args.out, "--out must name an .xlsx file", "--out 须为 .xlsx 文件");
  checkXlsxFile(input);
  // Every output is checked before any input is read: a bad --out must not cost the user a long read.
  const files = [args.json, args.out].filter((f): f is string => f !== null && f !== "-");
  checkOutputs(files, [input, args.targets, args.settings].filter((f): f is string => f !== null));
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

  // Files are staged and renamed into place together: all of them, or (on any failure) none.
  const outputs = new OutputSet();
  let chartOmitted = false;
  let current = "";
  try {
    if (args.json !== null && args.json !== "-") {
      current = args.json;
      const text = JSON.stringify(analysisJson(analysis, lang), null, 2) + "\n";
      await outputs.stage(args.json, async (temp) => fs.writeFileSync(temp, text, "utf8"));
    }
    if (args.out !== null) {
      current = args.out;
      chartOmitted = await stageLayout(outputs, args.out, buildReportLayout(analysis, lang));
    }
    outputs.commit();
  } catch (e) {
    outputs.abort();
    throw outputError(current, e);
  }
  if (args.json === "-") process.stdout.write(JSON.stringify(analysisJson(analysis, lang), null, 2) + "\n");
  if (args.out !== null) {
    const out = args.out;
    const note = chartOmitted
      ? lang === "zh-CN"
        ? "（图表未写入：exceljs 无法绘制图表，请在 Excel 加载项中“生成通报”）"
        : " (no chart: exceljs cannot draw charts; the add-in's report command draws it)"
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
      case "decompose":
        return await decomposeCommand(args);
    }
  } catch (e) {
    const lang: Lang = args.command === "version" ? "zh-CN" : args.lang;
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
