/**
 * Several workbooks read as one (docs/rules.md section 12) against one workbook of the same rows: the
 * synthetic 200,000-row roster written once whole and once cut into 20 files of 10,000 rows, each read by
 * `gaoqi report ... --year 2023 --json J` (the folder: `gaoqi report towns/`). consolidateRatio = the
 * folder's median wall time over the one file's (goal <= 1.2); consolidatePeakMB, the folder's peak
 * resident memory (goal: within the one file's goal, <= 500). Runs alternate between the two, so a
 * stall of the shared machine is not all on one side; the two must find the same valid count.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { ROSTER_HEADER, syntheticRows } from "../syntheticRoster";
import type { BenchSuite } from "../suite";
import { timed, type Run } from "./cli";

const ROWS = 200_000;
const FILES = 20;
const RUNS = 3;

/** Writes the synthetic rows, `perFile` to a workbook, to `files` (one name per workbook). */
async function writeRosters(files: string[], perFile: number): Promise<void> {
  const rows = syntheticRows(files.length * perFile);
  for (const file of files) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: true,
      useStyles: true,
    });
    const ws = wb.addWorksheet("高企名单");
    ws.addRow(ROSTER_HEADER).commit();
    for (let k = 0; k < perFile; k++) {
      const next = rows.next();
      if (next.done) break;
      const row = ws.addRow(next.value);
      row.getCell(5).numFmt = "yyyy-mm-dd";
      row.commit();
    }
    ws.commit();
    await wb.commit();
  }
}

/** One gaoqi report run on `input`; the run and the total valid count of its JSON. */
async function report(input: string, dir: string): Promise<{ run: Run; valid: number }> {
  const root = path.join(__dirname, "..", "..", "..");
  const json = path.join(dir, "out.json");
  const args = [path.join(root, "bin", "gaoqi.js"), "report", input, "--year", "2023"];
  const run = await timed(process.execPath, [...args, "--json", json], root);
  const head = fs.readFileSync(json, "utf8").slice(0, 20_000);
  fs.rmSync(json);
  return { run, valid: Number(/"total": \{[^}]*?"valid": (\d+)/.exec(head)?.[1]) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number): string => (ms / 1000).toFixed(2);

export const suite: BenchSuite = {
  name: "consolidate",
  order: 3,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-bench-towns-"));
    try {
      const one = path.join(dir, "roster-200k.xlsx");
      const towns = path.join(dir, "towns");
      fs.mkdirSync(towns);
      const t0 = Date.now();
      await writeRosters([one], ROWS);
      await writeRosters(
        Array.from({ length: FILES }, (_, k) =>
          path.join(towns, `town-${String(k + 1).padStart(2, "0")}.xlsx`)
        ),
        ROWS / FILES
      );
      log(
        `generated ${ROWS.toLocaleString("en-US")} rows as one file and as ${FILES} files in ${s(Date.now() - t0)} s`
      );
      const single: Run[] = [];
      const several: Run[] = [];
      for (let k = 0; k < RUNS; k++) {
        const a = await report(one, dir);
        const b = await report(towns, dir);
        if (a.valid !== b.valid)
          throw new Error(`one file counts ${a.valid} valid, the ${FILES} files ${b.valid}`);
        single.push(a.run);
        several.push(b.run);
      }
      const oneMs = median(single.map((r) => r.ms));
      const townsMs = median(several.map((r) => r.ms));
      const ratio = townsMs / oneMs;
      const onePeakMB = Math.max(...single.map((r) => r.peakMB));
      const peakMB = Math.max(...several.map((r) => r.peakMB));
      const runs = (xs: Run[]): string =>
        xs.map((r) => `${s(r.ms)} s (held up ${s(r.heldUpMs)} s)`).join(", ");
      log(
        `one file of ${ROWS.toLocaleString("en-US")} rows: ${s(oneMs)} s median, peak ${onePeakMB.toFixed(0)} MB; runs: ${runs(single)}`
      );
      log(
        `${FILES} files of ${(ROWS / FILES).toLocaleString("en-US")} rows: ${s(townsMs)} s median, peak ${peakMB.toFixed(0)} MB; runs: ${runs(several)}`
      );
      log(
        `consolidateRatio: ${ratio.toFixed(2)} (goal <= 1.2); consolidatePeakMB: ${peakMB.toFixed(0)} (goal <= 500)`
      );
      return {
        consolidateRatio: Number(ratio.toFixed(3)),
        consolidatePeakMB: Math.round(peakMB),
        consolidateOneMs: Math.round(oneMs),
        consolidateTownsMs: Math.round(townsMs),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
