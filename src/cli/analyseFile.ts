/**
 * The streaming counterpart of the engine's analyseWorkbook: the same steps (classify each sheet by its
 * first rows, read rosters through the engine's block reader, a target sheet replaces the default
 * table, pool sheets are read whole, then analyse), fed block by block from exceljs so a large roster
 * never sits in memory as cells.
 */
import { readPoolSheet, type PoolRow } from "../domain/pool";
import { RecordTable } from "../domain/recordTable";
import { createRosterReader, detectHeader, HEADER_ROWS } from "../domain/roster";
import { yearOfSerial } from "../domain/dates";
import { pickTargetTable, readTargetTable, DEFAULT_TARGETS } from "../domain/targets";
import { analyse } from "../domain/tracking";
import { ownValue } from "../domain/textRecord";
import { createUnitResolver } from "../domain/units";
import { classifySheet, SEQ_STRIDE } from "../domain/workbook";
import type {
  Analysis,
  CellValue,
  Finding,
  Serial,
  Settings,
  SheetSummary,
  TargetTable,
} from "../domain/types";
import { inputError } from "./inputError";
import { streamWorkbook, type ReadOptions, type StreamedRow } from "./readWorkbook";

/** Rows handed to the roster reader at a time. */
const BLOCK = 4096;

interface SheetResult {
  index: number;
  summary: SheetSummary;
  findings: Finding[];
  table: TargetTable | null;
  /** A pool sheet's rows. */
  pool: PoolRow[];
}

interface PassResult {
  sheets: SheetResult[];
  rows: number;
  /** Every roster sheet's records, in reading order. */
  table: RecordTable;
}

/** Gathers rows into a dense 2-D block (missing rows become empty rows), starting at `first`. */
function densify(rows: StreamedRow[], first: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (const r of rows) {
    while (first + out.length < r.number) out.push([]);
    out.push(r.values);
  }
  return out;
}

async function readPass(
  file: string,
  settings: Settings,
  units: string[],
  opts: ReadOptions
): Promise<PassResult> {
  const resolveUnit = createUnitResolver(units, settings.aliases);
  const sheets: SheetResult[] = [];
  const table = new RecordTable();
  let rows = 0;
  for await (const sheet of streamWorkbook(file, opts)) {
    const iter = sheet.rows[Symbol.asyncIterator]();
    const head: StreamedRow[] = [];
    let next = await iter.next();
    while (!next.done && (head.length === 0 || next.value.number < head[0].number + HEADER_ROWS)) {
      head.push(next.value);
      next = await iter.next();
    }
    const firstRow = head.length ? head[0].number : 1;
    const headValues = densify(head, firstRow);
    const kind = head.length ? classifySheet(headValues, settings, sheet.name) : "ignored";
    const result: SheetResult = {
      index: sheet.index,
      summary: { sheet: sheet.name, kind, headerRow: 0, records: 0 },
      findings: [],
      table: null,
      pool: [],
    };
    sheets.push(result);
    rows += head.length;

    if (kind === "targets" || kind === "pool") {
      // Target tables and pools are small: read whole, as the engine reads them in memory.
      const all = head.slice();
      for (; !next.done; next = await iter.next()) all.push(next.value);
      rows += all.length - head.length;
      const whole = { name: sheet.name, values: densify(all, firstRow), firstRow };
      if (kind === "targets") {
        const read = readTargetTable(whole);
        if (read) {
          result.table = read.table;
          result.findings = read.findings;
        }
      } else {
        const read = readPoolSheet(whole, resolveUnit, sheet.index * SEQ_STRIDE);
        if (read) {
          result.pool = read.rows;
          result.findings = read.findings;
          result.summary.headerRow = firstRow + read.header.rowIndex;
          result.summary.records = read.rows.length;
        }
      }
      continue;
    }
    if (kind !== "roster") {
      for (; !next.done; next = await iter.next()) rows++;
      continue;
    }

    const header = detectHeader(headValues, ownValue(settings.columnMappings, sheet.name));
    if (!header) throw new Error(`sheet ${sheet.name}: classified as a roster without a header`);
    result.summary.headerRow = firstRow + header.rowIndex;
    const reader = createRosterReader(sheet.name, header, {
      settings,
      resolveUnit,
      seqStart: sheet.index * SEQ_STRIDE,
      into: table,
    });
    const afterHeader = firstRow + header.rowIndex + 1;
    let block = head.filter((r) => r.number >= afterHeader);
    let blockStart = afterHeader;
    for (; !next.done; next = await iter.next()) {
      rows++;
      if (block.length >= BLOCK) {
        reader.push(densify(block, blockStart), blockStart);
        blockStart = block[block.length - 1].number + 1;
        block = [];
      }
      block.push(next.value);
    }
    if (block.length) reader.push(densify(block, blockStart), blockStart);
    const done = reader.finish();
    result.findings = done.findings;
    result.summary.records = done.to - done.from;
  }
  sheets.sort((a, b) => a.index - b.index);
  return { sheets, rows, table };
}

const sameUnits = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((u, i) => u === b[i]);

export interface AnalyseFileOptions extends ReadOptions {
  asOf: Serial;
  settings: Settings;
  /** From --targets: replaces any target sheet in the workbook. */
  targets?: TargetTable;
  /** Findings about the --targets file, listed first. */
  targetFindings?: Finding[];
}

/** Reads and analyses one workbook file; throws an InputError for an empty file or one without rosters. */
export async function analyseFile(file: string, opts: AnalyseFileOptions): Promise<Analysis> {
  const startTable = opts.targets ?? DEFAULT_TARGETS;
  let pass = await readPass(file, opts.settings, startTable.units, opts);
  // The same choice as the engine's analyseWorkbook: the first target sheet covering the as-of year.
  const workbookTable = (p: PassResult): TargetTable | undefined =>
    pickTargetTable(p.sheets.flatMap((s) => (s.table ? [s.table] : [])), yearOfSerial(opts.asOf));
  let table = opts.targets ?? workbookTable(pass) ?? DEFAULT_TARGETS;
  if (!sameUnits(table.units, startTable.units)) {
    // Units were resolved against the default table, but the workbook brings its own: read again
    // with the right units (rare: only workbooks whose target sheet lists other units).
    pass = await readPass(file, opts.settings, table.units, opts);
    table = workbookTable(pass) ?? table;
  }
  if (pass.rows === 0)
    throw inputError(
      file,
      "the workbook is empty (no data in any sheet)",
      "工作簿为空（所有工作表均无数据）"
    );
  if (!pass.sheets.some((s) => s.summary.kind === "roster")) {
    throw inputError(
      file,
      "no enterprise sheet found (no header row with 企业名称/统一社会信用代码 and 证书编号/发证日期 in the first 20 rows)",
      "未找到企业名单工作表（前 20 行内没有含“企业名称/统一社会信用代码”与“证书编号/发证日期”的表头）"
    );
  }
  const findings: Finding[] = [...(opts.targetFindings ?? [])];
  for (const s of pass.sheets) for (const f of s.findings) findings.push(f);
  return analyse(pass.table, {
    asOf: opts.asOf,
    settings: opts.settings,
    targets: table,
    findings,
    sheets: pass.sheets.map((s) => s.summary),
    pool: pass.sheets.flatMap((s) => s.pool),
  });
}

/** Reads the first target table in `file` (for --targets). */
export async function readTargetsFile(
  file: string,
  settings: Settings
): Promise<{ table: TargetTable; findings: Finding[] }> {
  const pass = await readPass(file, settings, DEFAULT_TARGETS.units, {});
  const found = pass.sheets.find((s) => s.table);
  if (!found || !found.table) {
    throw inputError(
      file,
      "no target table found (a header with 责任单位 and year columns such as 2023年)",
      "未找到目标任务表（需含“责任单位”与年份列，如“2023年”）"
    );
  }
  return { table: found.table, findings: found.findings };
}
