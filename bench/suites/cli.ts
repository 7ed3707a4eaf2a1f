/**
 * The CLI against the spreadsheet it replaces. The peer a user would build instead of Gaoqi
 * is their own workbook: the roster and a COUNTIFS summary per unit (valid certificates, certificates
 * expiring this year, first recognitions this year), recalculated by a spreadsheet engine. Both get the
 * same generated file, 200,000 roster rows and that summary sheet:
 * - `gaoqi report F --year 2023 --json J --out R`: wall time (cliMs) and peak resident memory of the
 *   process (cliPeakMB, goal <= 500);
 * - LibreOffice headless loading F and writing the recalculated summary as CSV (peerMs), where
 *   `soffice` is installed (else the line is skipped); cliVsPeer = cliMs / peerMs (goal <= 0.5). The
 *   summary's valid count must equal gaoqi's, so the peer is known to have really calculated;
 * - the same for a roster whose every credit code has a wrong check character, one finding a row
 *   (cliFindingsMs, cliFindingsPeakMB, peerFindingsMs, cliVsPeerFindings), and for a valid roster with
 *   a pool sheet and a contact log (cliPoolMs, cliPoolPeakMB, peerPoolMs, cliVsPeerPool);
 * - then Excel's full 1,048,575 data rows: cliFullMs, cliFullPeakMB (goal <= 500).
 * Medians of three runs (peak memory: the largest). The machine's vCPUs are shared and often held up:
 * each run also prints how long a monitor thread of this process was held up (bench/stallMonitor.ts).
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import { startStallMonitor } from "../stallMonitor";
import { ROSTER_HEADER, syntheticRows } from "../syntheticRoster";
import type { BenchSuite } from "../suite";

const ROWS = 200_000;
const FULL_ROWS = 1_048_575;
const RUNS = 3;
const ROSTER_SHEET = "高企名单";
const SUMMARY_SHEET = "汇总";

/** The summary's formulas for unit row `r` (2-based), as of 2023-12-31: valid, expiring in 2023, first recognitions in 2023. */
function summaryFormulas(r: number): string[] {
  const R = `${ROSTER_SHEET}!`;
  return [
    `COUNTIFS(${R}$F:$F,$A${r},${R}$E:$E,">="&DATE(2021,1,1),${R}$E:$E,"<="&DATE(2023,12,31))`,
    `COUNTIFS(${R}$F:$F,$A${r},${R}$E:$E,">="&DATE(2020,1,1),${R}$E:$E,"<="&DATE(2020,12,31))`,
    `COUNTIFS(${R}$F:$F,$A${r},${R}$G:$G,"首次认定",${R}$E:$E,">="&DATE(2023,1,1))`,
  ];
}

/** Which roster a bench file holds: credit codes all valid, all with a wrong check character, or valid with a pool and a contact log. */
export type RosterKind = "valid" | "findings" | "pool";

/** Pool rows per roster row in the "pool" file (a tenth), and contact rows (a fortieth). */
const POOL_SHARE = 10;
const CONTACT_SHARE = 40;

/**
 * A pool sheet (培育库) of rows / POOL_SHARE candidates, half of them enterprises of the roster (by name),
 * half not on it, and a contact log (走访记录) of rows / CONTACT_SHARE visits in 2023 to roster
 * enterprises, some with an open problem.
 */
function addPoolAndVisits(wb: ExcelJS.stream.xlsx.WorkbookWriter, rows: number): void {
  const units = DEFAULT_TARGETS.units;
  const stages = ["发现", "服务", "已申报", "培育"];
  const pool = wb.addWorksheet("培育库");
  pool
    .addRow(["企业名称", "统一社会信用代码", "所属镇（园区）", "培育阶段", "计划申报年度"])
    .commit();
  for (let k = 1; k <= rows / POOL_SHARE; k++) {
    const onRoster = k % 2 === 0;
    const i = k * (POOL_SHARE / 2);
    pool
      .addRow([
        onRoster ? `上海样本${i}科技有限公司` : `上海培育${k}科技有限公司`,
        "",
        onRoster ? "" : units[k % units.length],
        stages[k % stages.length],
        k % 3 === 0 ? 2023 : 2024,
      ])
      .commit();
  }
  pool.commit();
  const visits = wb.addWorksheet("走访记录");
  visits.addRow(["走访日期", "企业名称", "问题或诉求", "办理状态", "办结时限"]).commit();
  for (let k = 1; k <= rows / CONTACT_SHARE; k++) {
    const day = new Date(Date.UTC(2023, k % 12, 1 + (k % 28)));
    visits
      .addRow([
        day,
        `上海样本${k * (CONTACT_SHARE - 1)}科技有限公司`,
        k % 5 === 0 ? "用地" : null,
        k % 2 === 0 ? "办理中" : "已办结",
        new Date(day.getTime() + 30 * 86_400_000),
      ])
      .commit();
  }
  visits.commit();
}

/**
 * A synthetic roster of `rows` rows written by exceljs's streaming writer (shared strings, a date
 * format, as Excel writes them), the pool and contact log for kind "pool", and the summary sheet with
 * formulas and no cached values.
 */
export async function writeWorkbook(
  file: string,
  rows: number,
  kind: RosterKind = "valid"
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet(ROSTER_SHEET);
  ws.addRow(ROSTER_HEADER).commit();
  for (const values of syntheticRows(rows, kind === "findings")) {
    const row = ws.addRow(values);
    row.getCell(5).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  ws.commit();
  if (kind === "pool") addPoolAndVisits(wb, rows);
  const sum = wb.addWorksheet(SUMMARY_SHEET);
  sum.addRow(["单位", "有效", "到期", "首次认定"]).commit();
  DEFAULT_TARGETS.units.forEach((u, k) => {
    sum.addRow([u, ...summaryFormulas(k + 2).map((formula) => ({ formula }))]).commit();
  });
  sum.commit();
  await wb.commit();
}

export interface Run {
  ms: number;
  peakMB: number;
  heldUpMs: number;
}

/** Runs a command; resolves to wall ms, peak RSS (GNU time, when installed) and the held-up ms. */
export function timed(cmd: string, args: string[], cwd: string): Promise<Run> {
  const timeBin = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  const [bin, argv] = timeBin ? [timeBin, ["-v", cmd, ...args]] : [cmd, args];
  const monitor = startStallMonitor();
  return new Promise<Run>((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(bin, argv, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const heldUpMs = Math.min(ms, monitor.stalledMs());
      void monitor.stop();
      if (code !== 0)
        return reject(new Error(`${cmd} exited ${code}: ${stderr.trim().split("\n")[0]}`));
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ ms, peakMB: m ? Number(m[1]) / 1024 : NaN, heldUpMs });
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number): string => (ms / 1000).toFixed(2);
const runsText = (runs: Run[]): string =>
  runs
    .map((r) => `${s(r.ms)} s (held up ${s(r.heldUpMs)} s, ${r.peakMB.toFixed(0)} MB)`)
    .join(", ");

/** gaoqi report with both outputs, RUNS times; returns the runs and the total valid count it found. */
async function runGaoqi(file: string, dir: string): Promise<{ runs: Run[]; valid: number }> {
  const root = path.join(__dirname, "..", "..", "..");
  const json = path.join(dir, "out.json");
  const args = [
    path.join(root, "bin", "gaoqi.js"),
    "report",
    file,
    "--year",
    "2023",
    "--json",
    json,
    "--out",
    path.join(dir, "out.xlsx"),
  ];
  const runs: Run[] = [];
  for (let k = 0; k < RUNS; k++) runs.push(await timed(process.execPath, args, root));
  // The total's valid count, read from the head of the JSON (the file itself may be large).
  const head = fs.readFileSync(json, "utf8").slice(0, 20_000);
  const valid = Number(/"total": \{[^}]*?"valid": (\d+)/.exec(head)?.[1]);
  return { runs, valid };
}

function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "soffice");
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** LibreOffice headless: load `file`, recalculate, write the summary sheet as CSV; RUNS timed runs after a warm-up. */
async function runPeer(
  soffice: string,
  file: string,
  dir: string,
  summarySheet: number
): Promise<{ runs: Run[]; valid: number }> {
  const profile = `file://${path.join(dir, "lo-profile")}`;
  const out = path.join(dir, "peer");
  // The 12th field of the CSV filter options picks the sheet (LibreOffice 7.2 and later).
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${summarySheet}`;
  const args = [
    "--headless",
    "--norestore",
    `-env:UserInstallation=${profile}`,
    "--convert-to",
    filter,
    "--outdir",
    out,
    file,
  ];
  // First start: LibreOffice creates its user profile, which is not the recalculation's cost.
  spawnSync(soffice, ["--headless", `-env:UserInstallation=${profile}`, "--terminate_after_init"], {
    stdio: "ignore",
    timeout: 120_000,
  });
  const runs: Run[] = [];
  for (let k = 0; k < RUNS; k++) {
    fs.rmSync(out, { recursive: true, force: true });
    runs.push(await timed(soffice, args, dir));
  }
  const csv = fs.readdirSync(out).find((f) => f.endsWith(".csv"));
  if (!csv) throw new Error("LibreOffice wrote no CSV");
  const lines = fs.readFileSync(path.join(out, csv), "utf8").trim().split(/\r?\n/).slice(1);
  const valid = lines.reduce((sum, line) => sum + Number(line.split(",")[1]), 0);
  return { runs, valid };
}

export const suite: BenchSuite = {
  name: "cli",
  order: 2,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-bench-"));
    try {
      const figures: Record<string, number> = {};
      const soffice = findSoffice();
      if (!soffice) log("peer: skipped (soffice, LibreOffice's command, is not installed)");
      // Figure names per file: the valid roster keeps the names it always had.
      const files: { kind: RosterKind; label: string; suffix: string; summarySheet: number }[] = [
        { kind: "valid", label: "valid credit codes", suffix: "", summarySheet: 2 },
        {
          kind: "findings",
          label: "every credit code with a wrong check character",
          suffix: "Findings",
          summarySheet: 2,
        },
        {
          kind: "pool",
          label: "valid, with a pool and a contact log",
          suffix: "Pool",
          summarySheet: 4,
        },
      ];
      let t0: number;
      for (const { kind, label, suffix, summarySheet } of files) {
        const file = path.join(dir, `roster-200k-${kind}.xlsx`);
        t0 = Date.now();
        await writeWorkbook(file, ROWS, kind);
        log(
          `generated ${ROWS.toLocaleString("en-US")} rows (${label}) and a COUNTIFS summary (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${s(Date.now() - t0)} s`
        );
        const cli = await runGaoqi(file, dir);
        const cliMs = median(cli.runs.map((r) => r.ms));
        const cliPeakMB = Math.max(...cli.runs.map((r) => r.peakMB));
        log(
          `gaoqi report --json --out:   ${s(cliMs)} s median, peak ${cliPeakMB.toFixed(0)} MB (goal <= 500); runs: ${runsText(cli.runs)}`
        );
        figures[`cli${suffix}Ms`] = Math.round(cliMs);
        figures[`cli${suffix}PeakMB`] = Math.round(cliPeakMB);
        if (!soffice) continue;
        const peer = await runPeer(soffice, file, dir, summarySheet);
        const peerMs = median(peer.runs.map((r) => r.ms));
        if (peer.valid !== cli.valid)
          throw new Error(
            `the peer's COUNTIFS found ${peer.valid} valid certificates, gaoqi ${cli.valid}`
          );
        const ratio = cliMs / peerMs;
        log(
          `peer (LibreOffice headless, recalculated summary: ${peer.valid.toLocaleString("en-US")} valid, as gaoqi): ${s(peerMs)} s median; runs: ${runsText(peer.runs)}`
        );
        log(`cliVsPeer${suffix}: ${ratio.toFixed(2)} (goal <= 0.5)`);
        figures[`peer${suffix}Ms`] = Math.round(peerMs);
        figures[`cliVsPeer${suffix}`] = Number(ratio.toFixed(3));
      }

      const full = path.join(dir, "roster-full.xlsx");
      t0 = Date.now();
      await writeWorkbook(full, FULL_ROWS);
      log(
        `generated Excel's full ${FULL_ROWS.toLocaleString("en-US")} data rows (${(fs.statSync(full).size / 1e6).toFixed(1)} MB) in ${s(Date.now() - t0)} s`
      );
      const fullRuns = (await runGaoqi(full, dir)).runs;
      const cliFullMs = median(fullRuns.map((r) => r.ms));
      const cliFullPeakMB = Math.max(...fullRuns.map((r) => r.peakMB));
      log(
        `gaoqi on the full rows:       ${s(cliFullMs)} s median, peak ${cliFullPeakMB.toFixed(0)} MB (goal <= 500); runs: ${runsText(fullRuns)}`
      );
      Object.assign(figures, {
        cliFullMs: Math.round(cliFullMs),
        cliFullPeakMB: Math.round(cliFullPeakMB),
      });
      return figures;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
