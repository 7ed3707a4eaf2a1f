/**
 * `gaoqi`: the command line entry. `main(argv)` returns the exit code: 0 done, 2 bad input or usage
 * (one line on stderr, nothing written), 1 an internal error. The input file is never written.
 */
import * as path from "path";
import {
  serialFromIso,
  todaySerial,
  yearEnd,
  yearOfSerial,
  isoFromSerial,
} from "../domain/core/dates";
import { buildReport, buildWorkpaper } from "../domain/report/buildReport";
import { bulletinOptions, districtName } from "../domain/report/bulletinOptions";
import { compareDateFor } from "../domain/report/compareDate";
import { interpolate } from "../domain/core/interpolate";
import type { Analysis, CompareChoice, Lang, Serial, Settings } from "../domain/core/types";
import { bulletinTextOf } from "../domain/settings/bulletinText";
import { writeBulletinDocx } from "../docx/writeDocxFile";
import { analyseFileAt, readTargetsFile } from "./analyseFile";
import { parseArgs, type ReportArgs } from "./args";
import { helpText } from "./helpText";
import { collectGarbage } from "./memory";
import { checkWorkbookFile } from "./inputCheck";
import { InputError, inputError, outputError } from "./inputError";
import { writeJsonFile, writeJsonToStdout } from "./jsonOutput";
import { packageVersion, samplePath } from "./packageRoot";
import { createProgress } from "./progress";
import { decomposeCommand } from "./decomposeCommand";
import { appCommand } from "./appCommand";
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

/** 较上期 for the report: --compare, else the setting, resolved against the as-of date; before it. */
function compareAtFor(args: ReportArgs, settings: Settings, asOf: Serial): Serial {
  let choice: CompareChoice = settings.report.compare;
  if (args.compare !== null) {
    if (/^\d/.test(args.compare)) {
      const s = serialFromIso(args.compare);
      if (s === null)
        throw inputError(
          null,
          `--compare: no such date ${args.compare}`,
          `--compare：日期 ${args.compare} 不存在`
        );
      choice = s;
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

async function report(args: ReportArgs): Promise<number> {
  const lang = args.lang;
  const loaded = loadSettings(args.settings);
  const settings: Settings =
    args.findings === null
      ? loaded
      : { ...loaded, report: { ...loaded.report, findings: args.findings } };
  const asOf = asOfFor(args);
  const compareAt = compareAtFor(args, settings, asOf);
  const input = args.workbook ?? samplePath();
  checkExtension(args.out, ".xlsx", "--out");
  checkExtension(args.docx, ".docx", "--docx");
  checkExtension(args.workpaper, ".xlsx", "--workpaper");
  checkWorkbookFile(input);
  // Every output is checked before any input is read: a bad --out must not cost the user a long read.
  const files = [args.json, args.out, args.docx, args.workpaper].filter(
    (f): f is string => f !== null && f !== "-"
  );
  checkOutputs(
    files,
    [input, args.targets, args.settings].filter((f): f is string => f !== null)
  );
  let targets;
  if (args.targets !== null) {
    checkWorkbookFile(args.targets);
    targets = await readTargetsFile(args.targets, settings);
  }
  const progress = createProgress(path.basename(input));
  let analysis: Analysis;
  let at: (asOf: Serial) => Analysis;
  try {
    ({ analysis, at } = await analyseFileAt(input, {
      asOf,
      settings,
      targets: targets?.table,
      targetFindings: targets?.findings,
      onProgress: (done, total) => progress.update(done, total),
    }));
  } finally {
    progress.done();
  }

  // The analysis at the comparison date, for the outputs that show the change (the bulletin, the JSON):
  // one more pass over the records already read, not made for the terminal table alone.
  const compare =
    args.json !== null || args.out !== null || args.docx !== null || args.workpaper !== null
      ? at(compareAt)
      : undefined;
  // The reader's garbage goes before the outputs add their own (see memory.ts).
  collectGarbage();
  // Files are staged and renamed into place together: all of them, or (on any failure) none.
  const outputs = new OutputSet();
  let current = "";
  try {
    if (args.json !== null && args.json !== "-") {
      current = args.json;
      await outputs.stage(args.json, (temp) => writeJsonFile(temp, analysis, lang, compare));
      if (args.out !== null || args.docx !== null || args.workpaper !== null) collectGarbage();
    }
    const opts = bulletinOptions(settings, lang, todaySerial());
    if ((args.out !== null || args.docx !== null) && compare) {
      const layouts = buildReport(analysis, compare, opts);
      // Building the sheets leaves its own garbage (a full roster's lists are hundreds of MB of it).
      collectGarbage();
      if (args.out !== null) {
        current = args.out;
        await stageLayout(outputs, args.out, layouts);
      }
      if (args.docx !== null) {
        current = args.docx;
        const docx = args.docx;
        await outputs.stage(docx, (temp) => writeBulletinDocx(temp, layouts));
      }
    }
    if (args.workpaper !== null && compare) {
      current = args.workpaper;
      await stageLayout(outputs, args.workpaper, buildWorkpaper(analysis, compare, opts));
    }
    outputs.commit();
  } catch (e) {
    outputs.abort();
    throw outputError(current, e);
  }
  if (args.json === "-") await writeJsonToStdout(analysis, lang, compare);
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
      process.stderr.write(e.line(lang).replace(/\s*\n\s*/g, " ") + "\n");
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`gaoqi: internal error: ${message.split("\n")[0]}\n`);
    if (process.env.GAOQI_DEBUG && e instanceof Error) process.stderr.write(String(e.stack) + "\n");
    return 1;
  }
}
