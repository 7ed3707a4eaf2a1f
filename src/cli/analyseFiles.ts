/**
 * Several workbook files read as one (docs/rules.md section 12): their sheets in the order the files
 * come, one record table for all, each sheet known to the engine by a name unique across the files; the
 * checks across files run with the analysis, and the rows and summaries name their files. A file that
 * cannot be read stops the run, unless the caller asked to skip it: then it is a finding.
 */
import { FileChecks } from "../domain/analysis/fileChecks";
import { SourceMap } from "../domain/analysis/sourceMap";
import { targetsConflicts } from "../domain/analysis/targetsConflicts";
import { withSources, type UnreadableFile } from "../domain/analysis/withSources";
import { RecordTable } from "../domain/enterprise/recordTable";
import {
  analyseFileAt,
  analysePasses,
  readPass,
  type AnalyseFileOptions,
  type FileAnalyses,
  type PassResult,
  type PassSources,
} from "./analyseFile";
import { checkWorkbookFile } from "./inputCheck";
import { InputError } from "./inputError";
import type { InputFiles } from "./inputFiles";

export interface AnalyseFilesOptions extends AnalyseFileOptions {
  /** Read the other files when one cannot be read, and report it as a finding. */
  skipUnreadable?: boolean;
}

/**
 * Reads and analyses the files at the as-of date (one file alone as analyseFileAt does); `at` analyses
 * the same records at another date. `label` names the input in errors.
 */
export async function analyseFilesAt(
  input: InputFiles,
  label: string,
  opts: AnalyseFilesOptions
): Promise<FileAnalyses> {
  if (!input.several) return analyseFileAt(input.files[0].path, opts);
  const sources = new SourceMap();
  let unreadable: UnreadableFile[] = [];
  const read = async (units: string[]): Promise<PassResult> => {
    const table = new RecordTable();
    const sheets: PassResult["sheets"] = [];
    let rows = 0;
    unreadable = [];
    for (const f of input.files) {
      const before = table.length;
      try {
        checkWorkbookFile(f.path);
        const pass = await readPass(f.path, opts.settings, units, opts, {
          table,
          indexBase: sheets.length,
          name: (sheet) => sources.name(f.name, sheet),
        });
        for (const s of pass.sheets) sheets.push(s);
        rows += pass.rows;
      } catch (e) {
        if (!(e instanceof InputError) || !opts.skipUnreadable) throw e;
        // Whole or not at all: the rows the file gave before it failed go (added ones are overwritten).
        table.length = before;
        unreadable.push({ file: f.name, reason: e.problem });
      }
    }
    return { sheets, rows, table };
  };
  const several: PassSources = {
    tableFindings: (tables, used) => targetsConflicts(tables, used, sources),
    analyse: (asOf, run) => {
      const checks = new FileChecks(sources, asOf);
      return withSources(run(checks), {
        sources,
        checks,
        files: input.files.map((f) => f.name),
        unreadable,
      });
    },
  };
  return analysePasses(label, read, opts, several);
}
