/**
 * The engine (roster reader + tracking) on 1,048,576 synthetic rows held in memory (Excel's row limit),
 * beside a bare loop touching every cell of the same rows in the same run. Best of 5 after a warm-up.
 * Figures: engineRowsPerSec (goal >= 1,000,000; best wall time), engineOwnRowsPerSec (the same runs with
 * the host's stalls left out: each step at its best, summed), enginePeakMB (peak resident memory of
 * the process, sampled at phase ends of the runs on the full rows; run node with --expose-gc so each run
 * starts from a collected heap). The rows are read as the add-in reads them, in blocks, and each block is a step. Beside them, for reading the figures on a shared VM: a CPU calibration before and after the
 * runs, how long a monitor thread was held up during each run (see bench/stallMonitor.ts), the garbage
 * collection time in each run, a floor that only reads each row's identity texts, and as diagnostics the
 * engine on 131,072 rows and the engine without reuse of the analysis's working arrays (core/scratch.ts). Beside the roster, a contact log (走访记录) of 500 rows, joined to it as
 * the analysis does (its own step, "contacts"; the join itself is timed within "forecast").
 */
import * as os from "os";
import { constants, performance, PerformanceObserver } from "perf_hooks";
import { creditCodeCheckChar } from "../../src/domain/enterprise/creditCode";
import { serialFromYmd } from "../../src/domain/core/dates";
import { readContactSheet } from "../../src/domain/contacts/readContactSheet";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { createRosterReader } from "../../src/domain/roster/readRoster";
import { detectHeader } from "../../src/domain/roster/rosterHeader";
import { HEADER_ROWS } from "../../src/domain/sheets/headerCells";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import { analyse } from "../../src/domain/analysis/analyse";
import type { Analysis, CellValue, SheetInput } from "../../src/domain/core/types";
import { hashText } from "../../src/domain/core/stringIndex";
import { createUnitResolver } from "../../src/domain/enterprise/units";
import { setScratchPooling } from "../../src/domain/core/scratch";
import { cpuCalibration, startStallMonitor } from "../stallMonitor";
import type { BenchSuite } from "../suite";

const ROWS = 1_048_576;
const RUNS = 5;
const SMALL_ROWS = 131_072;
const SMALL_RUNS = 15;
/** Runs without reuse of the analysis's working arrays (a diagnostic beside the goal's figure). */
const COLD_RUNS = 3;
/** Rows per reader block: the add-in reads a sheet in blocks too, and each block is timed as a step. */
const BLOCK_ROWS = 65_536;
const HEADER = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "证书编号",
  "发证日期",
  "所属镇（园区）",
  "认定类型",
  "迁入日期",
  "迁出日期",
];

/**
 * A roster with the mix real sheets have: serial and text issue dates (several text forms), units
 * written with and without 镇 and as park aliases, renewals (a second certificate of the same code),
 * moves in and out, rows without a credit code, a few missing dates and blank units.
 */
function generate(rows: number): SheetInput {
  let seed = 20240514;
  const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const units = [...DEFAULT_TARGETS.units, "枫泾", "朱泾", "碳谷绿湾", "金山二工区", "", "其它"];
  const values: CellValue[][] = [HEADER];
  // Rows made since the last round trip (see below).
  let made: CellValue[][] = [];
  // Enterprise bodies are reused for renewals: about one row in six is a second certificate.
  const bodies: string[] = [];
  for (let i = 1; i < rows; i++) {
    let body: string;
    let n: number;
    if (bodies.length > 1000 && rand() < 0.17) {
      n = Math.floor(rand() * bodies.length);
      body = bodies[n];
    } else {
      n = bodies.length;
      body = "9131011" + String(6000000000 + n).slice(0, 10);
      bodies.push(body);
    }
    const year = 2016 + Math.floor(rand() * 9);
    const month = 9 + Math.floor(rand() * 4);
    const day = 1 + Math.floor(rand() * 28);
    const pick = rand();
    const issue: CellValue =
      pick < 0.6
        ? serialFromYmd(year, month, day)
        : pick < 0.75
          ? `${year}年${month}月${day}日`
          : pick < 0.85
            ? `${year}/${month}/${day}`
            : pick < 0.95
              ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
              : pick < 0.99
                ? year * 10000 + month * 100 + day
                : null;
    const coded = rand() >= 0.01;
    const move = rand();
    made.push([
      i,
      `上海样本${n}科技有限公司`,
      coded ? body + creditCodeCheckChar(body) : null,
      `GR${year}31${String(i).padStart(6, "0")}`,
      issue,
      units[Math.floor(rand() * units.length)],
      rand() < 0.3 ? "首次认定" : rand() < 0.2 ? "重新认定" : null,
      move < 0.01
        ? serialFromYmd(2018 + Math.floor(rand() * 7), 1 + Math.floor(rand() * 12), 1)
        : null,
      move > 0.995 ? `${2019 + Math.floor(rand() * 6)}-06-30` : null,
    ]);
    // Office.js and exceljs hand strings over parsed from text (JSON, XML): flat strings laid out in row
    // order. The template literals above are rope strings that V8 flattens on first read; a JSON round
    // trip gives the engine the input it gets in real use. It is made a block at a time, so the peak
    // memory figure is not the round trip's text of a million rows.
    if (made.length === BLOCK_ROWS || i === rows - 1) {
      for (const row of JSON.parse(JSON.stringify(made)) as CellValue[][]) values.push(row);
      made = [];
    }
  }
  return { name: "高企名单", values };
}

/** Rows of the contact log. */
const CONTACT_ROWS = 500;

/**
 * A contact log as offices keep it: a few hundred visits in 2023 to enterprises of the roster (by name, or
 * by credit code), some with a problem and a status, and a few names no roster has.
 */
function contactLog(): SheetInput {
  let seed = 20230913;
  const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const values: CellValue[][] = [
    ["走访日期", "企业名称", "统一社会信用代码", "问题或诉求", "办理状态", "办结时限"],
  ];
  for (let i = 0; i < CONTACT_ROWS; i++) {
    const n = Math.floor(rand() * 800_000);
    const body = "9131011" + String(6000000000 + n).slice(0, 10);
    const byCode = rand() < 0.5;
    const date = serialFromYmd(2023, 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28));
    values.push([
      date,
      rand() < 0.02 ? `上海不在名单${i}有限公司` : byCode ? null : `上海样本${n}科技有限公司`,
      byCode ? body + creditCodeCheckChar(body) : null,
      rand() < 0.4 ? "用地" : null,
      rand() < 0.5 ? "办理中" : "已办结",
      date + 30,
    ]);
  }
  return { name: "走访记录", values };
}

/**
 * The floor: what any reader of these rows must at least do, reading the text of each row's name,
 * credit code and certificate number (hashed, so the reads cannot be skipped). On a heap of this size
 * the strings come from main memory, which a bare loop over cell references never touches.
 */
function readIdentityTexts(values: CellValue[][], into: Int32Array): void {
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    let h = 0;
    for (let c = 1; c <= 3; c++) {
      const v = row[c];
      if (typeof v === "string") h ^= hashText(v);
    }
    into[r] = h;
  }
}

/** The baseline: a bare loop that reads every cell of the same rows. */
function touchAll(values: CellValue[][]): number {
  let n = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) if (row[c] !== null) n++;
  }
  return n;
}

/** Reads every item of the Analysis's lists, one field each; how many items there were. */
function everyItem(a: Analysis): number {
  let items = 0;
  let rowSum = 0;
  const lists: readonly { row: number }[][] = [
    a.expiring,
    a.awards,
    a.lapsedStages ?? [],
    a.toVisit,
    a.problems,
    a.pool,
    ...a.falls.map((f) => f.enterprises),
  ];
  for (const list of lists) {
    for (const x of list) rowSum += x.row;
    items += list.length;
  }
  return rowSum >= 0 ? items : -1;
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

export const suite: BenchSuite = {
  name: "engine",
  order: 1,
  async run(log) {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) log("note: run node with --expose-gc for steadier memory figures");
    const sheet = generate(ROWS);
    const contacts = readContactSheet(contactLog(), 2 ** 21)!.rows;
    const rows = sheet.values.length;
    const settings = DEFAULT_SETTINGS;
    const asOf = serialFromYmd(2023, 12, 31);
    let peakRss = 0;
    let peakHeap = 0;
    // Sampled only in the runs on the full rows: before them the process still holds pages the
    // generator's garbage left (collected, but not yet given back to the system; 700-800 MB resident
    // here), which is the generator's peak, not the engine's.
    const sample = (): void => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    gc?.();
    const before = process.memoryUsage();
    const heapBefore = before.heapUsed;

    const monitor = startStallMonitor();
    // Collections during the runs, found afterwards by their start times (entries arrive asynchronously).
    const collections: { at: number; ms: number; major: boolean }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
        collections.push({
          at: e.startTime,
          ms: e.duration,
          major: kind === constants.NODE_PERFORMANCE_GC_MAJOR,
        });
      }
    });
    observer.observe({ entryTypes: ["gc"] });
    type Run = {
      ms: number;
      readMs: number;
      stalledMs: number;
      valid: number;
      findings: number;
      from: number;
      to: number;
      steps: Map<string, number>;
      itemsMs: number;
      items: number;
    };
    const once = (input = sheet, sampled = input === sheet): Run => {
      gc?.();
      const s0 = monitor.stalledMs();
      const from = performance.now();
      // Each step's wall time: the reader's blocks, then the analysis's own steps (AnalyseOptions.onStep).
      const steps = new Map<string, number>();
      const t0 = process.hrtime.bigint();
      let mark = t0;
      const lap = (step: string): void => {
        const now = process.hrtime.bigint();
        steps.set(step, Number(now - mark) / 1e6);
        mark = now;
      };
      // What readRoster does, block by block.
      const resolveUnit = createUnitResolver(DEFAULT_TARGETS.units, settings.aliases);
      const values = input.values;
      const header = detectHeader(
        values.slice(0, HEADER_ROWS),
        settings.columnMappings[input.name]
      );
      if (!header) throw new Error("bench roster has no header");
      const start = header.rowIndex + 1;
      const reader = createRosterReader(input.name, header, {
        settings,
        resolveUnit,
        expectedRows: values.length - start,
      });
      lap("read header");
      for (let block = start; block < values.length; block += BLOCK_ROWS) {
        reader.push(values, 1, block, Math.min(values.length, block + BLOCK_ROWS));
        lap(`read rows from ${block}`);
      }
      const read = reader.finish();
      lap("read finish");
      const readMs = Number(mark - t0) / 1e6;
      if (sampled) sample();
      const analysis = analyse(read.table, {
        asOf,
        settings,
        targets: DEFAULT_TARGETS,
        findings: read.findings,
        contacts,
        onStep: lap,
      });
      // Done with the table, as analyseWorkbook is: its columns go to the next run.
      read.table.release();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const stalledMs = Math.min(ms, monitor.stalledMs() - s0);
      if (sampled) sample();
      const to = performance.now();
      // Outside the engine's figure: the lists' items, made when first read (core/lazyList.ts), all read
      // as a full report or the JSON reads them.
      const i0 = process.hrtime.bigint();
      const items = everyItem(analysis);
      const itemsMs = Number(process.hrtime.bigint() - i0) / 1e6;
      if (sampled) sample();
      return {
        itemsMs,
        items,
        ms,
        readMs,
        stalledMs,
        valid: analysis.total.valid,
        findings: analysis.findings.length,
        from,
        to,
        steps,
      };
    };
    const calibration = cpuCalibration();
    once(); // warm-up
    const runs = Array.from({ length: RUNS }, () => once());
    // The same runs with every working array allocated afresh, as in a process's first analysis (the CLI
    // analyses once): the cost of new memory and of the full collection it can set off.
    setScratchPooling(false);
    const coldRuns = Array.from({ length: COLD_RUNS }, () => once(sheet, false));
    setScratchPooling(true);
    // A diagnostic, not the goal's figure: the same engine on an eighth of the rows, where a run is short
    // enough to fall now and then between host stalls, and the data nearly fits the caches.
    const small = generate(SMALL_ROWS + 1);
    const smallBest = Array.from({ length: SMALL_RUNS }, () => once(small)).reduce((a, b) =>
      b.ms < a.ms ? b : a
    );
    await monitor.stop();
    await new Promise((resolve) => setImmediate(resolve));
    observer.disconnect();
    const collected = (run: { from: number; to: number }, major: boolean): number =>
      collections
        .filter((c) => c.major === major && c.at >= run.from && c.at <= run.to)
        .reduce((sum, c) => sum + c.ms, 0);
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    // The engine's own time: host stalls only ever add time, so each step's best over the runs is close
    // to what it costs on a core left to it. Collections land in different steps from run to run and a
    // step's best may miss them, so the least collection time of any run is added back.
    const stepBest = new Map<string, number>();
    for (const r of runs)
      for (const [step, ms] of r.steps)
        stepBest.set(step, Math.min(stepBest.get(step) ?? Infinity, ms));
    const stepsMs = [...stepBest.values()].reduce((a, b) => a + b, 0);
    const leastCollectedMs = Math.min(...runs.map((r) => collected(r, true) + collected(r, false)));
    const ownMs = stepsMs + leastCollectedMs;
    // The reader's steps are named "read ...", the analysis's by AnalysisStep.
    const isReadStep = (step: string): boolean => step.startsWith("read ");
    const readStepsMs = [...stepBest]
      .filter(([step]) => isReadStep(step))
      .reduce((a, [, ms]) => a + ms, 0);
    const analysisSteps = [...stepBest].filter(([step]) => !isReadStep(step));
    const calibrationAfter = cpuCalibration();
    const last = runs[runs.length - 1];

    let bare = Infinity;
    let cells = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = process.hrtime.bigint();
      cells = touchAll(sheet.values);
      bare = Math.min(bare, Number(process.hrtime.bigint() - t0) / 1e6);
    }

    let floor = Infinity;
    const hashes = new Int32Array(rows);
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = process.hrtime.bigint();
      readIdentityTexts(sheet.values, hashes);
      floor = Math.min(floor, Number(process.hrtime.bigint() - t0) / 1e6);
    }

    const perSec = (ms: number): number => Math.round(((rows - 1) / ms) * 1000);
    const engineRowsPerSec = perSec(best.ms);
    const engineOwnRowsPerSec = perSec(ownMs);
    const enginePeakMB = mb(peakRss);
    const n = (x: number): string => Math.round(x).toLocaleString("en-US");
    log(
      `rows: ${n(rows - 1)} (valid at 2023-12-31: ${n(last.valid)}, findings: ${n(last.findings)})`
    );
    const cal = (c: { bestMs: number; medianMs: number }): string =>
      `${c.bestMs.toFixed(0)} ms best, ${c.medianMs.toFixed(0)} ms median`;
    log(
      `machine: a fixed CPU loop took ${cal(calibration)} before the runs, ${cal(calibrationAfter)} after (load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} on ${os.cpus().length} cores)`
    );
    log(
      `runs (wall ms; in brackets, ms the monitor thread was held up: host stalls, or both cores busy with the engine and its GC): ${runs.map((r) => `${r.ms.toFixed(0)} (${r.stalledMs.toFixed(0)})`).join(", ")}`
    );
    log(
      `collections during the runs (ms of full / of young-generation collections): ${runs.map((r) => `${collected(r, true).toFixed(0)} / ${collected(r, false).toFixed(0)}`).join(", ")}`
    );
    log(
      `engine (roster reader + analyse), best of ${RUNS}: ${best.ms.toFixed(0)} ms (read ${best.readMs.toFixed(0)} ms) = ${n(engineRowsPerSec)} rows/s (goal >= 1,000,000)`
    );
    log(
      `engine without the host's stalls (each of its ${stepBest.size} steps at its best of ${RUNS}, summed, plus the least collection time of a run): ` +
        `${ownMs.toFixed(0)} ms = ${n(engineOwnRowsPerSec)} rows/s (read ${readStepsMs.toFixed(0)} ms in ${BLOCK_ROWS.toLocaleString("en-US")}-row blocks; ` +
        `${analysisSteps.map(([step, ms]) => `${step} ${ms.toFixed(0)}`).join(", ")}; collections ${leastCollectedMs.toFixed(0)} ms)`
    );
    log(
      `diagnostic: reading every item of the lists after each run, as a full report does (items are made when first read; not in the figures above): ${n(best.items)} items, best ${Math.min(...runs.map((r) => r.itemsMs)).toFixed(0)} ms`
    );
    const coldBest = coldRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
    log(
      `diagnostic: without reuse of the analysis's working arrays (each run allocating them afresh, as a process's first analysis does), best of ${COLD_RUNS}: ${coldBest.ms.toFixed(0)} ms = ${n(perSec(coldBest.ms))} rows/s; full collections ${coldRuns.map((r) => collected(r, true).toFixed(0)).join(", ")} ms`
    );
    log(
      `baseline (bare loop over every cell, ${n(cells)} non-null cells): ${bare.toFixed(1)} ms; engine / baseline = ${(best.ms / bare).toFixed(1)}x`
    );
    log(
      `diagnostic: the engine on ${n(SMALL_ROWS)} rows, best of ${SMALL_RUNS}: ${smallBest.ms.toFixed(0)} ms = ${n((SMALL_ROWS / smallBest.ms) * 1000)} rows/s`
    );
    log(
      `floor (reading the name, credit code and certificate number text of every row): ${floor.toFixed(1)} ms = ${n(perSec(floor))} rows/s; engine / floor = ${(best.ms / floor).toFixed(1)}x`
    );
    log(
      `peak memory in the runs on the full rows: rss ${enginePeakMB} MB, heap ${mb(peakHeap)} MB (of which the generated rows ${mb(heapBefore)} MB); before the runs, after the generator: rss ${mb(before.rss)} MB`
    );
    return { engineRowsPerSec, engineOwnRowsPerSec, enginePeakMB };
  },
};
