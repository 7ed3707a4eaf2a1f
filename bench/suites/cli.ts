/**
 * The CLI on a generated 200,000-row workbook, beside a bare exceljs streaming read of the same file
 * in the same run: cliRatio = CLI wall time / bare read time (goal <= 1.5), cliPeakMB = the CLI
 * process's peak resident memory (goal <= 500 MB).
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { creditCodeCheckChar } from "../../src/domain/creditCode";
import { DEFAULT_TARGETS } from "../../src/domain/targets";
import type { BenchSuite } from "../suite";

const ROWS = 200_000;

/** Writes a synthetic roster of `rows` rows with exceljs's streaming writer. */
async function writeWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("高企名单");
  ws.addRow([
    "序号",
    "企业名称",
    "统一社会信用代码",
    "证书编号",
    "发证日期",
    "所属镇（园区）",
    "认定类型",
  ]).commit();
  const units = DEFAULT_TARGETS.units;
  let seed = 12345;
  const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let i = 1; i <= rows; i++) {
    const body = "91310116" + String(100000000 + Math.floor(rand() * 899999999)).slice(0, 9);
    const year = 2019 + Math.floor(rand() * 5);
    const issue = new Date(Date.UTC(year, 9 + Math.floor(rand() * 3), 1 + Math.floor(rand() * 28)));
    const row = ws.addRow([
      i,
      `上海样本${i}科技有限公司`,
      body + creditCodeCheckChar(body),
      `GR${year}31${String(i).padStart(6, "0")}`,
      issue,
      units[i % units.length],
      rand() < 0.5 ? "首次认定" : "",
    ]);
    row.getCell(5).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * The baseline: exceljs's streaming reader over every row, with the options the CLI uses, and the same
 * guard against exceljs issue #3064 (without it a run can lose xl/workbook.xml and fail).
 */
async function bareRead(file: string): Promise<number> {
  const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>)
      cells += (row.values as unknown[]).length;
  }
  return cells;
}

/** Runs the built CLI as a child; resolves to wall milliseconds and peak RSS in MB. */
function runCli(args: string[]): Promise<{ ms: number; peakMB: number }> {
  const root = path.join(__dirname, "..", "..", "..");
  const bin = path.join(root, "bin", "gaoqi.js");
  const timeBin = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  const [cmd, argv] = timeBin
    ? [timeBin, ["-v", process.execPath, bin, ...args]]
    : [process.execPath, [bin, ...args]];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0)
        return reject(new Error(`gaoqi exited ${code}: ${stderr.trim().split("\n")[0]}`));
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      // Without GNU time, fall back to this process's view of its largest child.
      const kb = m ? Number(m[1]) : process.resourceUsage().maxRSS;
      resolve({ ms, peakMB: kb / 1024 });
    });
  });
}

export const suite: BenchSuite = {
  name: "cli",
  order: 2,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-bench-"));
    try {
      const file = path.join(dir, "roster-200k.xlsx");
      const t0 = Date.now();
      await writeWorkbook(file, ROWS);
      log(
        `generated ${ROWS.toLocaleString("en-US")} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`
      );

      const b0 = process.hrtime.bigint();
      await bareRead(file);
      const bareMs = Number(process.hrtime.bigint() - b0) / 1e6;
      const cli = await runCli([
        "report",
        file,
        "--year",
        "2023",
        "--json",
        path.join(dir, "out.json"),
      ]);
      const cliRatio = cli.ms / bareMs;
      log(`bare exceljs streaming read: ${(bareMs / 1000).toFixed(2)} s`);
      log(
        `gaoqi report --json:         ${(cli.ms / 1000).toFixed(2)} s  (ratio ${cliRatio.toFixed(2)}, goal <= 1.5)`
      );
      log(`gaoqi peak memory:           ${cli.peakMB.toFixed(0)} MB  (goal <= 500)`);
      return { cliRatio: Number(cliRatio.toFixed(3)), cliPeakMB: Math.round(cli.peakMB) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
