/**
 * The streaming counterpart of the engine's analyseWorkbook: the same steps (classify each sheet by its
 * first rows, read rosters through the engine's block reader, a target sheet replaces the default
 * table, then analyse), fed block by block from the streaming reader so a large roster never sits in
 * memory as cells.
 */
import { RecordTable } from "../domain/recordTable";
import { createRosterReader, detectHeader, HEADER_ROWS, type RosterReader } from "../domain/roster";
import { readTargetTable, DEFAULT_TARGETS } from "../domain/targets";
import { analyse } from "../domain/tracking";
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
import { engineValues, streamWorkbook, type ReadOptions, type StreamedRow } from "./readWorkbook";

/** Rows handed to the roster reader at a time. */
const BLOCK = 4096;
/** A longer run of missing rows starts a new block rather than being filled with empty rows. */
const MAX_FILLED_GAP = 256;
/** Stands for a missing row (the engine skips rows without values). */
const NO_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

interface SheetResult {
  index: number;
  summary: SheetSummary;
  findings: Finding[];
  table: TargetTable | null;
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
    while (first + out.length < r.number) out.push(NO_ROW);
    out.push(engineValues(r));
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
    this.block.push(engineValues(r));
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
  // Until the engine takes the workbook's date system itself (issue 14 item 7), the reader shifts
  // date-formatted numbers of a 1904 workbook to 1900 serials, as exceljs did for the formats it knew.
  for await (const sheet of streamWorkbook(file, { ...opts, shift1904: true })) {
    const blocks = sheet.blocks[Symbol.asyncIterator]();
    const first = await takeHead(blocks);
    const head = first.head;
    const firstRow = head.length ? head[0].number : 1;
    const headValues = densify(head, firstRow);
    const kind = head.length ? classifySheet(headValues, settings, sheet.name) : "ignored";
    const result: SheetResult = {
      index: sheet.index,
      summary: { sheet: sheet.name, kind, headerRow: 0, records: 0 },
      findings: [],
      table: null,
    };
    sheets.push(result);
    rows += head.length;

    if (kind === "targets") {
      const all = head.slice();
      rows += await forEachRest(first, blocks, (r) => all.push(r));
      const read = readTargetTable({ name: sheet.name, values: densify(all, firstRow), firstRow });
      if (read) {
        result.table = read.table;
        result.findings = read.findings;
      }
      continue;
    }
    if (kind !== "roster") {
      rows += await forEachRest(first, blocks, () => undefined);
      continue;
    }

    const header = detectHeader(headValues, settings.columnMappings[sheet.name]);
    if (!header) throw new Error(`sheet ${sheet.name}: classified as a roster without a header`);
    result.summary.headerRow = firstRow + header.rowIndex;
    const reader = createRosterReader(sheet.name, header, {
      settings,
      resolveUnit,
      seqStart: sheet.index * SEQ_STRIDE,
      into: table,
    });
    const afterHeader = firstRow + header.rowIndex + 1;
    const feeder = new BlockFeeder(reader);
    for (const r of head) if (r.number >= afterHeader) feeder.add(r);
    rows += await forEachRest(first, blocks, (r) => feeder.add(r));
    feeder.flush();
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
  let table = opts.targets ?? pass.sheets.find((s) => s.table)?.table ?? DEFAULT_TARGETS;
  if (!sameUnits(table.units, startTable.units)) {
    // Units were resolved against the default table, but the workbook brings its own: read again
    // with the right units (rare: only workbooks whose target sheet lists other units).
    pass = await readPass(file, opts.settings, table.units, opts);
    table = pass.sheets.find((s) => s.table)?.table ?? table;
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
