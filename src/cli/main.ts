/**
 * `gaoqi`: the command line entry. `main(argv)` returns the exit code: 0 done, 2 bad input or usage
 * (one line on stderr, nothing written), 1 an internal error. The input file is never written.
 */
import * as path from "path";
import { todaySerial, yearEnd, yearOfSerial, isoFromSerial } from "../domain/core/dates";
import { planWorkpaper, reportPlan, reportSheets } from "../domain/report/buildReport";
import type { Comparison } from "../domain/report/bulletinFigures";
import { bulletinOptions, districtName } from "../domain/report/bulletinOptions";
import { compareDateFor } from "../domain/report/compareDate";
import { interpolate } from "../domain/core/interpolate";
import type { Analysis, CompareChoice, Lang, Serial, Settings } from "../domain/core/types";
import { bulletinTextOf } from "../domain/settings/bulletinText";
import { DocxBook } from "../docx/writeDocxFile";
import { readTargetsFile } from "./analyseFile";
import { analyseFilesAt, type AnalyseFilesOptions } from "./analyseFiles";
import { prepareInputs, type Inputs } from "./readInputs";
import { parseArgs, type ReportArgs } from "./args";
import { helpText } from "./helpText";
import { collectGarbage } from "./memory";
import { checkWorkbookFile } from "./inputCheck";
import { InputError, inputError } from "./inputError";
import { writeJsonFile, writeJsonToStdout } from "./jsonFile";
import { packageVersion } from "./packageRoot";
import { createProgress } from "./progress";
import { decomposeCommand } from "./decomposeCommand";
import { appCommand } from "./appCommand";
import { checkOutputs, outputFailure, OutputSet } from "./outputs";
import { stageLayout } from "./layoutFile";
import { layoutSheet, reportBook } from "./renderXlsx";
import { loadSettings } from "./settingsFile";
import { optionDate } from "./optionDate";
import { terminalLine } from "./terminalLine";
import { formatUnitTable } from "./textTable";

function asOfFor(args: ReportArgs): Serial {
  if (args.asOf !== null) {
    return optionDate("--as-of", args.asOf);
  }
  return yearEnd(args.year ?? yearOfSerial(todaySerial()));
}

/** 较上期 for the report: --compare, else the setting, resolved against the as-of date; before it. */
function compareAtFor(args: ReportArgs, settings: Settings, asOf: Serial): Serial {
  let choice: CompareChoice = settings.report.compare;
  if (args.compare !== null) {
    if (/^\d/.test(args.compare)) {
      choice = optionDate("--compare", args.compare);
    } else choice = args.compare as CompareChoice;
  }
  const at = compareDateFor(asOf, choice);
  if (at >= asOf) {
    // Name where the date came from: the option, or the stored setting the file gave.
    const [en, zh] =
      args.compare !== null
        ? ["--compare", "--compare"]
        : ['Setting "report.compare"', "设置项“report.compare”"];
    throw inputError(
      null,
      `${en}: ${isoFromSerial(at)} is not before the as-of date ${isoFromSerial(asOf)}`,
      `${zh}：${isoFromSerial(at)} 不早于统计日期 ${isoFromSerial(asOf)}`
    );
  }
  return at;
}

/** Each output's file must end in its extension: a typo must not write a bulletin over a .json. */
function checkExtension(file: string | null, ext: string, option: string): void {
  if (file !== null && path.extname(file).toLowerCase() !== ext)
    throw inputError(file, `${option} must name a ${ext} file`, `${option} 须为 ${ext} 文件`);
}

/** The analysis at the as-of date and, when asked for, the comparison. */
interface Analyses {
  analysis: Analysis;
  compare?: Comparison;
}

/**
 * Reads the inputs and analyses them (at `opts.compareAt` too, when set). The records read (a full roster's
 * are over 100 MB) are needed for these analyses only: they go when this returns.
 */
async function analyses(inputs: Inputs, opts: AnalyseFilesOptions): Promise<Analyses> {
  const { analysis, compare } = await analyseFilesAt(inputs, inputs.label, opts);
  return { analysis, compare };
}

async function report(args: ReportArgs): Promise<number> {
  const lang = args.lang;
  const loaded = loadSettings(args.settings);
  const settings: Settings =
    args.findings === null
      ? loaded
      : { ...loaded, report: { ...loaded.report, findings: args.findings } };
  const asOf = asOfFor(args);
  const compareAt = compareAtFor(args, settings, asOf);
  checkExtension(args.out, ".xlsx", "--out");
  checkExtension(args.docx, ".docx", "--docx");
  checkExtension(args.workpaper, ".xlsx", "--workpaper");
  const inputs = prepareInputs(args.workbooks, args.skipUnreadable, lang);
  // Every output is checked before any input is read: a bad --out must not cost the user a long read.
  const files = [args.json, args.out, args.docx, args.workpaper].filter(
    (f): f is string => f !== null && f !== "-"
  );
  checkOutputs(
    files,
    [...inputs.files.map((f) => f.path), args.targets, args.settings].filter(
      (f): f is string => f !== null
    )
  );
  let targets;
  if (args.targets !== null) {
    checkWorkbookFile(args.targets);
    targets = await readTargetsFile(args.targets, settings);
  }
  const progress = createProgress(
    inputs.several ? inputs.label : path.basename(inputs.files[0].path)
  );
  // The analysis at the comparison date, for the outputs that show the change (the bulletin, the JSON):
  // one more pass over the records already read, not made for the terminal table alone.
  const wantsCompare =
    args.json !== null || args.out !== null || args.docx !== null || args.workpaper !== null;
  let read: Analyses;
  try {
    read = await analyses(inputs, {
      asOf,
      settings,
      targets: targets?.table,
      targetFindings: targets?.findings,
      onProgress: (done, total) => progress.update(done, total),
      skipUnreadable: args.skipUnreadable,
      ...(wantsCompare ? { compareAt } : {}),
    });
  } finally {
    progress.done();
  }
  const analysis = read.analysis;
  // The reader's garbage goes before the outputs add their own (see memory.ts).
  collectGarbage();
  // Files are staged and renamed into place together: all of them, or (on any failure) none.
  const outputs = new OutputSet();
  let current = "";
  try {
    if (args.json !== null && args.json !== "-") {
      current = args.json;
      const compare = read.compare;
      await outputs.stage(args.json, (temp) => writeJsonFile(temp, analysis, lang, compare));
      if (args.out !== null || args.docx !== null || args.workpaper !== null) collectGarbage();
    }
    const opts = bulletinOptions(settings, lang, todaySerial());
    const plan = read.compare ? reportPlan(analysis, read.compare, opts) : null;
    if ((args.out !== null || args.docx !== null) && plan) {
      // Each sheet is built, drawn into every output asked for and let go before the next is built: a
      // full roster's long 附件 are never held together, as sheets or as XML.
      const xlsx = args.out !== null ? reportBook() : null;
      const docx = args.docx !== null ? new DocxBook() : null;
      for (const layout of reportSheets(plan)) {
        if (xlsx && args.out !== null) {
          current = args.out;
          await xlsx.add(layoutSheet(layout));
        }
        if (docx && args.docx !== null) {
          current = args.docx;
          await docx.add(layout);
        }
        // Building a sheet leaves its own garbage (a full roster's lists are a hundred MB of it).
        collectGarbage();
      }
      if (xlsx && args.out !== null) {
        current = args.out;
        await outputs.stage(args.out, (temp) => xlsx.write(temp));
      }
      if (docx && args.docx !== null) {
        current = args.docx;
        await outputs.stage(args.docx, (temp) => docx.write(temp));
      }
    }
    if (args.workpaper !== null && plan) {
      current = args.workpaper;
      await stageLayout(outputs, args.workpaper, planWorkpaper(plan));
    }
    outputs.commit();
  } catch (e) {
    outputs.abort();
    throw outputFailure(current, e);
  }
  if (args.json === "-") await writeJsonToStdout(analysis, lang, read.compare);
  for (const out of [args.out, args.docx, args.workpaper]) {
    if (out !== null) process.stderr.write(lang === "zh-CN" ? `已写出 ${out}\n` : `wrote ${out}\n`);
  }
  // The table goes to the terminal unless standard output carries the JSON: writing a bulletin or a JSON
  // file, the user still sees the numbers they just produced.
  if (args.json !== "-") {
    const heading = interpolate(bulletinTextOf(settings.report, "title", lang), {
      district: districtName(analysis.district, lang),
      year: analysis.year,
    });
    const title = `${heading}  ${isoFromSerial(analysis.asOf)}`;
    process.stdout.write(formatUnitTable(analysis, lang, title));
  }
  return 0;
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "app") return appCommand(argv.slice(1));
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
      process.stderr.write(e.line(lang) + "\n");
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`${terminalLine(`gaoqi: internal error: ${message.split("\n")[0]}`)}\n`);
    if (process.env.GAOQI_DEBUG && e instanceof Error) process.stderr.write(String(e.stack) + "\n");
    return 1;
  }
}
