/**
 * The streaming counterpart of the engine's analyseWorkbook: the same steps (classify each sheet by its
 * first rows, read rosters through the engine's block reader, a target sheet replaces the default
 * table, pool and contact sheets are read whole, then analyse), fed block by block from the streaming reader so a
 * large roster never sits in memory as cells.
 */
import { MergeFiller } from "../domain/sheets/merges";
import { readContactSheet, type ContactRow } from "../domain/contacts/readContactSheet";
import { readPoolSheet, type PoolRow } from "../domain/pool/readPoolSheet";
import { RecordTable } from "../domain/enterprise/recordTable";
import { createRosterReader, type RosterReader } from "../domain/roster/readRoster";
import { withNoValueFindings } from "../domain/roster/noValueFindings";
import { detectHeader } from "../domain/roster/rosterHeader";
import { HEADER_ROWS } from "../domain/sheets/headerCells";
import { yearOfSerial } from "../domain/core/dates";
import {
  DEFAULT_TARGETS,
  hasUnits,
  pickTargetTable,
  readTargetTable,
} from "../domain/targets/targetTable";
import { analyse } from "../domain/analysis/analyse";
import { ownValue } from "../domain/core/textRecord";
import { createUnitResolver } from "../domain/enterprise/units";
import { classifySheet, SEQ_STRIDE, type SmallSheetRead } from "../domain/analysis/analyseWorkbook";
import { unusedTargetTables } from "../domain/targets/unusedTables";
import type { RowChecks } from "../domain/analysis/rowChecks";
import type {
  Analysis,
  CellValue,
  Finding,
  Serial,
  Settings,
  SheetCell,
  SheetSummary,
  TargetTable,
} from "../domain/core/types";
import { comparisonOf, type Comparison } from "../domain/report/bulletinFigures";
import { inputError } from "./inputError";
import { collectGarbage } from "./memory";
import {
  engineValues,
  streamWorkbook,
  type ReadOptions,
  type StreamedRow,
  type StreamedSheet,
} from "./readWorkbook";

/** Rows handed to the roster reader at a time. */
const BLOCK = 4096;
/** A longer run of missing rows starts a new block rather than being filled with empty rows. */
const MAX_FILLED_GAP = 256;
/** Stands for a missing row (the engine skips rows without values). */
/**
 * The most rows of a sheet read whole: a pool, a contact log, a target table. A district's pool and a
 * year's contacts are a few thousand rows; a million-row pool kept its rows, its entries at two dates
 * and its findings at once (1.4 GB), so a sheet past this is refused with one line. The bound still
 * holds 200,000 visits, several years of a large district's contacts.
 */
export const MAX_WHOLE_SHEET_ROWS = 250_000;

const KIND_TEXT = {
  pool: ["a pool sheet", "培育库"],
  contacts: ["a contact log", "走访记录"],
  targets: ["a target table", "目标表"],
} as const;

const NO_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

interface SheetResult {
  index: number;
  summary: SheetSummary;
  findings: Finding[];
  table: TargetTable | null;
  /** A pool sheet's rows. */
  pool: PoolRow[];
  /** A contact sheet's rows. */
  contacts: ContactRow[];
}

export interface PassResult {
  sheets: SheetResult[];
  rows: number;
  /** Every roster sheet's records, in reading order. */
  table: RecordTable;
}

/** A formula cell without a calculated value (1-based), and its row (to name the enterprise later). */
interface NoValueCell extends SheetCell {
  values: CellValue[];
}

/**
 * A sheet's rows as the engine takes them, each prepared once, in order, as it arrives: markers become
 * values (an error value its code text, as Office.js gives it; a formula without a cached value blank, noted
 * for a no-value finding), and every cell of a merged area gets the area's value (docs/rules.md section 6).
 */
function preparedBlocks(
  sheet: StreamedSheet,
  noValues: NoValueCell[]
): AsyncIterator<StreamedRow[]> {
  const filler = new MergeFiller(sheet.merges, 1);
  const inner = sheet.blocks[Symbol.asyncIterator]();
  return {
    async next(): Promise<IteratorResult<StreamedRow[]>> {
      const step = await inner.next();
      if (step.done) return step;
      for (const r of step.value) {
        const columns: number[] = [];
        const values = engineValues(r, (column) => columns.push(column));
        for (const column of columns) noValues.push({ row: r.number, column: column + 1, values });
        r.values = values as StreamedRow["values"];
        r.marked = false;
        if (!filler.done) filler.fill([values], r.number);
      }
      return step;
    },
  };
}

/** Gathers prepared rows into a dense 2-D block (missing rows become empty rows), starting at `first`. */
function densify(rows: StreamedRow[], first: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (const r of rows) {
    while (first + out.length < r.number) out.push(NO_ROW);
    out.push(r.values as CellValue[]);
  }
  return out;
}

/**
 * Feeds a roster's rows to the engine in dense blocks of up to BLOCK rows. A short run of missing
 * rows is filled with empty rows; a long one (a lone row numbered 1,048,576) starts a new block, so
 * it costs nothing.
 */
class BlockFeeder {
  private block: CellValue[][] = [];
  private start = 0;

  constructor(private readonly reader: RosterReader) {}

  add(r: StreamedRow): void {
    const next = this.start + this.block.length;
    if (this.block.length >= BLOCK || r.number - next > MAX_FILLED_GAP || this.block.length === 0) {
      this.flush();
      this.start = r.number;
    } else {
      for (let n = next; n < r.number; n++) this.block.push(NO_ROW);
    }
    this.block.push(r.values as CellValue[]);
  }

  flush(): void {
    if (this.block.length > 0) this.reader.push(this.block, this.start);
    this.block = [];
  }
}

/** Reads one sheet's first rows (enough to classify it) and hands back the rest of its rows. */
async function takeHead(
  blocks: AsyncIterator<StreamedRow[]>
): Promise<{ head: StreamedRow[]; rest: StreamedRow[]; done: boolean }> {
  const head: StreamedRow[] = [];
  for (let next = await blocks.next(); !next.done; next = await blocks.next()) {
    const block = next.value;
    for (let i = 0; i < block.length; i++) {
      if (head.length > 0 && block[i].number >= head[0].number + HEADER_ROWS)
        return { head, rest: block.slice(i), done: false };
      head.push(block[i]);
    }
  }
  return { head, rest: [], done: true };
}

/** Calls `each` on every row after the head, block by block; returns how many there were. */
async function forEachRest(
  first: { rest: StreamedRow[]; done: boolean },
  blocks: AsyncIterator<StreamedRow[]>,
  each: (r: StreamedRow) => void
): Promise<number> {
  let n = 0;
  for (const r of first.rest) each(r);
  n += first.rest.length;
  if (first.done) return n;
  for (let next = await blocks.next(); !next.done; next = await blocks.next()) {
    const block = next.value;
    for (let i = 0; i < block.length; i++) each(block[i]);
    n += block.length;
  }
  return n;
}

/**
 * Where a file's sheets go when several files are read as one (analyseFiles.ts): the shared record
 * table, the position of the file's first sheet among all, and the engine's name for each sheet.
 */
export interface SheetPlace {
  table: RecordTable;
  indexBase: number;
  name: (sheet: string) => string;
}

/** Reads one file's sheets (into `place`, when several files are read as one). */
export async function readPass(
  file: string,
  settings: Settings,
  units: string[],
  opts: ReadOptions,
  place?: SheetPlace
): Promise<PassResult> {
  const resolveUnit = createUnitResolver(units, settings.aliases);
  const sheets: SheetResult[] = [];
  const table = place?.table ?? new RecordTable();
  let rows = 0;
  // Numbers come as the file holds them; the engine shifts date columns of a 1904 workbook (date1904).
  for await (const sheet of streamWorkbook(file, { ...opts, shift1904: false })) {
    // Column mappings are kept by the sheet's own name; everything else knows it by the engine's.
    const name = place ? place.name(sheet.name) : sheet.name;
    const index = (place?.indexBase ?? 0) + sheet.index;
    const noValues: NoValueCell[] = [];
    const blocks = preparedBlocks(sheet, noValues);
    const first = await takeHead(blocks);
    const head = first.head;
    const firstRow = head.length ? head[0].number : 1;
    const headValues = densify(head, firstRow);
    const kind = head.length ? classifySheet(headValues, settings, sheet.name) : "ignored";
    const result: SheetResult = {
      index,
      summary: { sheet: name, kind, headerRow: 0, records: 0 },
      findings: [],
      table: null,
      pool: [],
      contacts: [],
    };
    sheets.push(result);
    rows += head.length;

    if (kind === "targets" || kind === "pool" || kind === "contacts") {
      // Target tables, pools and contact logs are small: read whole, as the engine reads them in memory.
      const all = head.slice();
      rows += await forEachRest(first, blocks, (r) => {
        // `all` holds the header too: the bound is on the rows with a value after it.
        if (all.length > MAX_WHOLE_SHEET_ROWS) {
          const [en, zh] = KIND_TEXT[kind];
          throw inputError(
            file,
            `refused: past a safety limit (sheet ${sheet.name}, ${en}, has more than ${MAX_WHOLE_SHEET_ROWS.toLocaleString("en-US")} rows)`,
            `已拒绝：超出安全上限（工作表“${sheet.name}”（${zh}）超过 ${MAX_WHOLE_SHEET_ROWS} 行）`
          );
        }
        all.push(r);
      });
      const whole = {
        name,
        values: densify(all, firstRow),
        firstRow,
        date1904: sheet.date1904,
      };
      const seqStart = index * SEQ_STRIDE;
      if (kind === "targets") {
        const read = readTargetTable(whole, settings.aliases);
        if (read) {
          result.table = read.table;
          result.findings = read.findings;
        }
      } else if (kind === "pool") {
        const read = readPoolSheet(whole, resolveUnit, seqStart);
        if (read) result.pool = took(result, read, firstRow);
      } else {
        const read = readContactSheet(whole, seqStart);
        if (read) result.contacts = took(result, read, firstRow);
      }
      continue;
    }
    if (kind !== "roster") {
      rows += await forEachRest(first, blocks, () => undefined);
      continue;
    }

    const header = detectHeader(headValues, ownValue(settings.columnMappings, sheet.name));
    if (!header) throw new Error(`sheet ${sheet.name}: classified as a roster without a header`);
    result.summary.headerRow = firstRow + header.rowIndex;
    const reader = createRosterReader(name, header, {
      settings,
      resolveUnit,
      seqStart: index * SEQ_STRIDE,
      into: table,
      date1904: sheet.date1904,
    });
    const afterHeader = firstRow + header.rowIndex + 1;
    const feeder = new BlockFeeder(reader);
    for (const r of head) if (r.number >= afterHeader) feeder.add(r);
    rows += await forEachRest(first, blocks, (r) => feeder.add(r));
    feeder.flush();
    const done = reader.finish();
    result.findings = withNoValueFindings(
      done.findings,
      noValues,
      { sheet: name, header, headerRow: firstRow + header.rowIndex },
      (c) => c.values
    );
    result.summary.records = done.to - done.from;
  }
  sheets.sort((a, b) => a.index - b.index);
  return { sheets, rows, table };
}

/** A small sheet's read (pool, contact log) recorded on its result: header row, count, findings; its rows. */
function took<R>(result: SheetResult, read: SmallSheetRead<R>, firstRow: number): R[] {
  result.findings = read.findings;
  result.summary.headerRow = firstRow + read.header.rowIndex;
  result.summary.records = read.rows.length;
  return read.rows;
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
  /** A second date to analyse the records at (the bulletin's 较上期): only its comparison is kept. */
  compareAt?: Serial;
}

/** Reads and analyses one workbook file; throws an InputError for an empty file or one without rosters. */
export async function analyseFile(file: string, opts: AnalyseFileOptions): Promise<Analysis> {
  return (await readAndAnalyse(file, opts)).analysis;
}

/**
 * Reads one workbook file and analyses it at the as-of date; `at` analyses the same records again at
 * another date (the bulletin's 较上期), against the same target table, without reading the file again:
 * the units' counts only (AnalyseOptions.countsOnly), which is all a comparison shows.
 */
export async function analyseFileAt(file: string, opts: AnalyseFileOptions): Promise<FileAnalyses> {
  return readAndAnalyse(file, opts);
}

/** The analysis at the as-of date, the comparison at `compareAt` when asked for, and `at` for other dates. */
export interface FileAnalyses {
  analysis: Analysis;
  compare?: Comparison;
  at: (asOf: Serial) => Analysis;
}

/** Several files read as one (analyseFiles.ts): what the analysis adds for them. */
export interface PassSources {
  /** Findings about the target tables read, given the one used (tables of other files that disagree). */
  tableFindings(tables: TargetTable[], used: TargetTable): Finding[];
  /** The analysis at `asOf`, run with the checks across files and finished with files and summaries. */
  analyse(asOf: Serial, run: (checks: RowChecks) => Analysis): Analysis;
}

async function readAndAnalyse(file: string, opts: AnalyseFileOptions): Promise<FileAnalyses> {
  return analysePasses(file, (units) => readPass(file, opts.settings, units, opts), opts);
}

/**
 * Reads (with `read`: one file, or several as one) and analyses at the as-of date (and at `compareAt`,
 * counts only, when set); `at` analyses the records read at another date, counts only. `file` names the
 * input in errors (for several files, what the user gave).
 */
export async function analysePasses(
  file: string,
  read: (units: string[]) => Promise<PassResult>,
  opts: AnalyseFileOptions,
  sources?: PassSources
): Promise<FileAnalyses> {
  const startTable = opts.targets ?? DEFAULT_TARGETS;
  let pass = await read(startTable.units);
  // The same choice as the engine's analyseWorkbook: the first target sheet covering the as-of year.
  const workbookTable = (p: PassResult): TargetTable | undefined =>
    pickTargetTable(
      p.sheets.flatMap((s) => (s.table ? [s.table] : [])),
      yearOfSerial(opts.asOf)
    );
  let table = opts.targets ?? workbookTable(pass) ?? DEFAULT_TARGETS;
  if (!sameUnits(table.units, startTable.units)) {
    // Units were resolved against the default table, but the workbook brings its own: read again
    // with the right units (rare: only workbooks whose target sheet lists other units).
    pass = await read(table.units);
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
  const tables = pass.sheets.flatMap((s) => (s.table ? [s.table] : []));
  for (const f of unusedTargetTables(tables, table, opts.asOf)) findings.push(f);
  for (const f of sources?.tableFindings(tables, table) ?? []) findings.push(f);
  const done = pass;
  const run = (asOf: Serial, countsOnly: boolean, checks?: RowChecks): Analysis =>
    analyse(done.table, {
      asOf,
      countsOnly,
      settings: opts.settings,
      targets: table,
      findings,
      sheets: done.sheets.map((s) => s.summary),
      pool: done.sheets.flatMap((s) => s.pool),
      contacts: done.sheets.flatMap((s) => s.contacts),
      checks,
    });
  const at = (asOf: Serial, countsOnly = false): Analysis =>
    sources
      ? sources.analyse(asOf, (checks) => run(asOf, countsOnly, checks))
      : run(asOf, countsOnly);
  // The reader's garbage goes before the analyses. The as-of analysis comes first: an analysis fills
  // rows in from the duplicates it takes over, so only the first one made names what each brought. The
  // comparison after it is counts only, kept without lists, so it adds little to the peak.
  collectGarbage();
  const counts = (asOf: Serial): Analysis => at(asOf, true);
  const analysis = at(opts.asOf);
  if (opts.compareAt === undefined) return { analysis, at: counts };
  // The as-of analysis's working arrays (a full roster's are tens of MB) go before the comparison makes
  // its own: otherwise both are held at once, the read's peak.
  collectGarbage();
  return { analysis, compare: comparisonOf(counts(opts.compareAt)), at: counts };
}

/** Reads the first target table in `file` (for --targets). */
export async function readTargetsFile(
  file: string,
  settings: Settings
): Promise<{ table: TargetTable; findings: Finding[] }> {
  const pass = await readPass(file, settings, DEFAULT_TARGETS.units, {});
  const found = pass.sheets.find((s) => s.table && hasUnits(s.table));
  const empty = pass.sheets.find((s) => s.table);
  if (!found?.table && empty) {
    throw inputError(
      file,
      `the target table (sheet ${empty.summary.sheet}) has no unit rows under its header`,
      `目标任务表（工作表“${empty.summary.sheet}”）在表头下没有任何单位行`
    );
  }
  if (!found || !found.table) {
    throw inputError(
      file,
      "no target table found (a header with 责任单位 and year columns such as 2023年)",
      "未找到目标任务表（需含“责任单位”与年份列，如“2023年”）"
    );
  }
  return { table: found.table, findings: found.findings };
}
