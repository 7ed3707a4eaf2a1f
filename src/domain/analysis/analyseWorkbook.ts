/**
 * A whole workbook held in memory -> the Analysis: each sheet is a roster (an enterprise header in its
 * first 20 rows), a pool (培育库: name or code and a stage, no certificate number), a contact log (走访记录:
 * an enterprise, a contact date and what the contact was, no certificate number, issue date or stage), a
 * target table, or ignored; the workbook's target table (the first with targets for the as-of year, else the first)
 * replaces the default targets unless the caller brings a table of its own.
 */
import { detectContactHeader } from "../contacts/contactHeader";
import { readContactSheet, type ContactRow } from "../contacts/readContactSheet";
import { finding } from "../core/findings";
import { withMergesFilled } from "../sheets/merges";
import { DEFAULT_SETTINGS } from "../settings/settings";
import { readPoolSheet, type PoolRow } from "../pool/readPoolSheet";
import { detectPoolHeader, isPoolHeaderRow } from "../pool/poolHeader";
import { RecordTable } from "../enterprise/recordTable";
import { readRoster } from "../roster/readRoster";
import { withNoValueFindings } from "../roster/noValueFindings";
import { detectHeader } from "../roster/rosterHeader";
import { HEADER_ROWS } from "../sheets/headerCells";
import { yearOfSerial } from "../core/dates";
import { DEFAULT_TARGETS, pickTargetTable, readTargetTable } from "../targets/targetTable";
import { analyse } from "./analyse";
import { unusedTargetTables } from "../targets/unusedTables";
import type {
  Analysis,
  CellValue,
  Finding,
  Serial,
  Settings,
  SheetInput,
  SheetSummary,
  TargetTable,
} from "../core/types";
import { ownValue } from "../core/textRecord";
import { createUnitResolver } from "../enterprise/units";
import { FileChecks } from "./fileChecks";
import { SourceMap } from "./sourceMap";
import { targetsConflicts } from "./targetsConflicts";
import { withSources } from "./withSources";

/** Reading-order numbers of one sheet stay below the next sheet's (Excel has 1,048,576 rows). */
export const SEQ_STRIDE = 2 ** 21;

/**
 * What a sheet is, judged by its first 20 rows: an enterprise roster, a pool, a contact log, a target
 * table, or none. A header with a stage column and no certificate-number column is a pool's, even where
 * it could pass for a roster's (a 认定日期 column); a sheet the user mapped columns for is a roster. A
 * contact header names neither a certificate number, an issue date nor a stage (contactHeader.ts), so no
 * roster or pool header is one, and the order of the checks cannot matter.
 */
export function classifySheet(
  values: CellValue[][],
  settings: Settings,
  sheetName: string
): SheetSummary["kind"] {
  const head = values.length > HEADER_ROWS ? values.slice(0, HEADER_ROWS) : values;
  const mapping = ownValue(settings.columnMappings, sheetName);
  const mapped = mapping !== undefined && Object.keys(mapping).length > 0;
  const roster = detectHeader(head, mapping);
  if (roster) return !mapped && isPoolHeaderRow(head[roster.rowIndex]) ? "pool" : "roster";
  if (!mapped && detectPoolHeader(head)) return "pool";
  if (!mapped && detectContactHeader(head)) return "contacts";
  if (readTargetTable({ name: sheetName, values: head }, settings.aliases)) return "targets";
  return "ignored";
}

/** A sheet whose merged areas the host could not report: the user should know a merged unit may read as blank. */
function mergesUnread(sheet: SheetInput): Finding[] {
  if (!sheet.mergesUnread) return [];
  return [
    finding(sheet.name, 0, "", "merges-unread", "warning", {
      "zh-CN":
        "此版本的 Excel 无法告知哪些单元格已合并（需 ExcelApi 1.13）：合并区域只按左上角单元格读取，请取消合并后重试或使用命令行",
      "en-US":
        "This version of Excel cannot tell which cells are merged (ExcelApi 1.13 needed): a merged area is read from its top-left cell only; unmerge the cells or use the command line",
    }),
  ];
}

/** What the readers of small sheets (pools, contact logs) give. */
export interface SmallSheetRead<R> {
  header: { rowIndex: number };
  rows: R[];
  findings: Finding[];
}

/** Analyses every sheet of a workbook at the as-of date (settings default to the Jinshan policy). */
export function analyseWorkbook(
  input: SheetInput[],
  opts: { asOf: Serial; settings?: Settings; targets?: TargetTable }
): Analysis {
  // Several files read as one: each sheet goes by a name unique across them (sourceMap.ts).
  const sources = input.some((s) => s.file !== undefined) ? new SourceMap() : null;
  const named = sources
    ? input.map((s) => ({ ...s, name: sources.name(s.file, s.name), file: undefined }))
    : input;
  const settings =
    sources?.settings(opts.settings ?? DEFAULT_SETTINGS) ?? opts.settings ?? DEFAULT_SETTINGS;
  const sheets = named.map(withMergesFilled);
  const kinds = sheets.map((s) => classifySheet(s.values, settings, s.name));
  const findingsOf: Finding[][] = sheets.map(() => []);
  const workbookTables: TargetTable[] = [];
  sheets.forEach((s, i) => {
    if (kinds[i] !== "targets") return;
    const read = readTargetTable(s, settings.aliases);
    if (!read) return;
    findingsOf[i] = [...mergesUnread(s), ...read.findings];
    workbookTables.push(read.table);
  });
  const targets =
    opts.targets ?? pickTargetTable(workbookTables, yearOfSerial(opts.asOf)) ?? DEFAULT_TARGETS;
  const resolveUnit = createUnitResolver(targets.units, settings.aliases);

  // One record table for every roster sheet, filled in reading order.
  const table = new RecordTable(
    sheets.reduce((n, s, i) => (kinds[i] === "roster" ? n + s.values.length : n), 0)
  );
  const pool: PoolRow[] = [];
  const contacts: ContactRow[] = [];
  const summaries: SheetSummary[] = sheets.map((s, i) => {
    const summary: SheetSummary = { sheet: s.name, kind: kinds[i], headerRow: 0, records: 0 };
    // Pools and contact logs are small: read whole, their rows kept for the analysis.
    const whole = <R>(read: SmallSheetRead<R> | null, into: R[]): SheetSummary => {
      if (!read) return summary;
      summary.headerRow = (s.firstRow ?? 1) + read.header.rowIndex;
      summary.records = read.rows.length;
      findingsOf[i] = [...mergesUnread(s), ...read.findings];
      for (const r of read.rows) into.push(r);
      return summary;
    };
    if (kinds[i] === "pool") return whole(readPoolSheet(s, resolveUnit, i * SEQ_STRIDE), pool);
    if (kinds[i] === "contacts") return whole(readContactSheet(s, i * SEQ_STRIDE), contacts);
    if (kinds[i] !== "roster") return summary;
    const read = readRoster(s, settings, resolveUnit, i * SEQ_STRIDE, table);
    if (!read) return summary;
    summary.headerRow = (s.firstRow ?? 1) + read.header.rowIndex;
    summary.records = read.to - read.from;
    const firstRow = s.firstRow ?? 1;
    const found = withNoValueFindings(
      read.findings,
      s.noValues ?? [],
      {
        sheet: s.name,
        header: read.header,
        headerRow: summary.headerRow,
        firstColumn: s.firstColumn,
      },
      (c) => s.values[c.row - firstRow]
    );
    findingsOf[i] = [...mergesUnread(s), ...found];
    return summary;
  });
  const findings = [
    ...findingsOf.flat(),
    ...unusedTargetTables(workbookTables, targets, opts.asOf),
  ];
  const checks = sources ? new FileChecks(sources, opts.asOf) : undefined;
  let analysis: Analysis;
  try {
    analysis = analyse(table, {
      asOf: opts.asOf,
      settings,
      targets,
      findings,
      sheets: summaries,
      pool,
      contacts,
      checks,
    });
  } finally {
    // The table was made here and nothing else holds it: its columns go to the next analysis (a task
    // pane analyses again on every refresh).
    table.release();
  }
  if (!sources || !checks) return analysis;
  return withSources(analysis, {
    sources,
    checks,
    files: sources.files,
    findings: targetsConflicts(workbookTables, targets, sources),
  });
}
