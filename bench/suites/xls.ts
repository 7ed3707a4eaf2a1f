/**
 * The .xls reader beside the .xlsx reader on the same data: a roster of 65,535 rows under its header
 * (a full Excel 97-2003 sheet), written once as .xlsx by exceljs's streaming writer (shared strings, a
 * date format, as Excel writes them) and once as .xls by the tests' BIFF8 writer (shared strings,
 * integers and dates as RK numbers, as Excel writes them). Both files are first read whole and
 * compared row by row, so the two readers are known to hand over the same values; then each is read
 * through the CLI's streamWorkbook (file read, format detection, every row of every block), RUNS
 * times, alternating. Each read is timed twice: wall time, and the CPU time this process spent in it
 * (user + system, garbage collection included). The machine's vCPUs are shared and often held up, so
 * wall times vary several-fold from run to run while CPU times hold still: the ratio xlsVsXlsx is
 * taken on the CPU-time medians (goal <= 1: the .xls is read at least as fast), and the wall-time
 * medians are reported beside it (xlsReadMs, xlsxReadMs).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isDeepStrictEqual } from "util";
import * as ExcelJS from "exceljs";
import { streamWorkbook, type StreamedRow } from "../../src/cli/readWorkbook";
import { cell, rkInt, xlsFile } from "../../test/cli/xls/buildXls";
import type { BenchSuite } from "../suite";
import { ROSTER_HEADER as HEADER, syntheticRows } from "../syntheticRoster";

const ROWS = 65_535;
const RUNS = 5;
/** Excel's day serial of a UTC date. */
const serialOf = (d: Date): number => d.getTime() / 86_400_000 + 25_569;

async function writeXlsx(file: string, rows: (string | number | Date)[][]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("高企名单");
  ws.addRow(HEADER).commit();
  for (const r of rows) {
    const row = ws.addRow(r);
    row.getCell(5).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

/** The same rows as an .xls: strings shared, integers and dates as RK numbers (XF 1: format 14, a date). */
function writeXls(file: string, rows: (string | number | Date)[][]): void {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const records = HEADER.map((h, c) => cell.labelSst(0, c, sst(h)));
  rows.forEach((r, k) => {
    r.forEach((v, c) => {
      if (v instanceof Date) records.push(cell.rk(k + 1, c, rkInt(serialOf(v)), 1));
      else if (typeof v === "number") records.push(cell.rk(k + 1, c, rkInt(v)));
      else records.push(cell.labelSst(k + 1, c, sst(v)));
    });
  });
  fs.writeFileSync(
    file,
    xlsFile({ strings, xfs: [0, 14], sheets: [{ name: "高企名单", records }] })
  );
}

/** Every row of every sheet, through the CLI's reader; `keep` collects them. */
async function readRows(file: string, keep?: StreamedRow[]): Promise<number> {
  let n = 0;
  for await (const sheet of streamWorkbook(file)) {
    for await (const block of sheet.blocks) {
      n += block.length;
      if (keep) for (const r of block) keep.push(r);
    }
  }
  return n;
}

interface Run {
  wallMs: number;
  cpuMs: number;
}

async function timed(file: string): Promise<Run> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const n = await readRows(file);
  const cpu = process.cpuUsage(c0);
  if (n !== ROWS + 1) throw new Error(`${file}: read ${n} rows, expected ${ROWS + 1}`);
  return {
    wallMs: Number(process.hrtime.bigint() - t0) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** Throws unless both files read as the same rows (read in a function of its own, so they are garbage after). */
async function sameRows(xlsx: string, xls: string): Promise<void> {
  const a: StreamedRow[] = [];
  const b: StreamedRow[] = [];
  await readRows(xlsx, a);
  await readRows(xls, b);
  const plain = (r: StreamedRow) => [r.number, { ...r.values }];
  if (a.length !== b.length || !a.every((r, i) => isDeepStrictEqual(plain(r), plain(b[i]))))
    throw new Error("the .xls and .xlsx readers hand over different rows for the same data");
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number): string => (ms / 1000).toFixed(3);

export const suite: BenchSuite = {
  name: "xls",
  order: 3,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-bench-xls-"));
    try {
      const rows = [...syntheticRows(ROWS)];
      const xlsx = path.join(dir, "roster.xlsx");
      const xls = path.join(dir, "roster.xls");
      await writeXlsx(xlsx, rows);
      writeXls(xls, rows);
      log(
        `generated ${ROWS.toLocaleString("en-US")} rows under a header: .xlsx ${(fs.statSync(xlsx).size / 1e6).toFixed(1)} MB, .xls ${(fs.statSync(xls).size / 1e6).toFixed(1)} MB`
      );
      await sameRows(xlsx, xls);
      log(
        `both readers hand over the same ${(ROWS + 1).toLocaleString("en-US")} rows, value for value`
      );
      const xlsRuns: Run[] = [];
      const xlsxRuns: Run[] = [];
      for (let k = 0; k < RUNS; k++) {
        xlsxRuns.push(await timed(xlsx));
        xlsRuns.push(await timed(xls));
      }
      const figures = (runs: Run[]) => ({
        wall: median(runs.map((r) => r.wallMs)),
        cpu: median(runs.map((r) => r.cpuMs)),
      });
      const a = figures(xlsxRuns);
      const b = figures(xlsRuns);
      const runsText = (runs: Run[]): string =>
        runs.map((r) => `${s(r.wallMs)} s (CPU ${s(r.cpuMs)} s)`).join(", ");
      log(`.xlsx reader: ${s(a.wall)} s median, CPU ${s(a.cpu)} s; runs: ${runsText(xlsxRuns)}`);
      log(`.xls reader:  ${s(b.wall)} s median, CPU ${s(b.cpu)} s; runs: ${runsText(xlsRuns)}`);
      log(
        `xlsVsXlsx (CPU time): ${(b.cpu / a.cpu).toFixed(2)} (goal <= 1); wall time: ${(b.wall / a.wall).toFixed(2)}`
      );
      return {
        xlsReadMs: Math.round(b.wall),
        xlsxReadMs: Math.round(a.wall),
        xlsReadCpuMs: Math.round(b.cpu),
        xlsxReadCpuMs: Math.round(a.cpu),
        xlsVsXlsx: Number((b.cpu / a.cpu).toFixed(3)),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
