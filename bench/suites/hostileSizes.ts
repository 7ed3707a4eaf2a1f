/**
 * The CLI on the largest hostile sheets a town could send, each as large as its kind may be,
 * run once as `gaoqi report F --as-of 2023-12-31 --json J --out R` under GNU time:
 * - findings: a roster whose every row gives eight findings (a formula-like name, a malformed credit
 *   code, an old GF number of the wrong year, an unknown unit, three unreadable dates): findingsMs,
 *   findingsPeakMB (goal <= 1024) and findingsListed (counted in the JSON written: past a budget findings are
 *   counted per code, see roster.ts);
 * - pool: 20,000 roster enterprises and a pool sheet of MAX_WHOLE_SHEET_ROWS rows (the most a sheet read
 *   whole may have; one more is refused), with formula-like stages, names hiding direction marks and
 *   zero-width characters, and unreadable, negative and too-late entry dates: poolMs, poolPeakMB (goal <= 1024);
 * - visits: the same roster and a contact log of MAX_WHOLE_SHEET_ROWS rows joined to it (more than the
 *   200,000 visits a large district makes in years): visitsMs, visitsPeakMB (goal <= 1024).
 * The time is what a user would wait; it is no assertion (the machine is shared), the memory is the goal.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as readline from "readline";
import * as ExcelJS from "exceljs";
import { MAX_WHOLE_SHEET_ROWS } from "../../src/cli/analyseFile";
import { creditCodeCheckChar } from "../../src/domain/enterprise/creditCode";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import type { BenchSuite } from "../suite";
import { timed } from "./cli";

const FULL_ROWS = 1_048_575;
const ROSTER_ENTERPRISES = 20_000;
const UNITS = DEFAULT_TARGETS.units;

type Row = (string | number | Date | null)[];

/** A workbook of one or more sheets, each written row by row by exceljs's streaming writer (as Excel: shared strings). */
export async function writeSheets(
  file: string,
  sheets: { name: string; header: string[]; rows: number; row: (i: number) => Row }[]
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRow(sheet.header).commit();
    for (let i = 1; i <= sheet.rows; i++) ws.addRow(sheet.row(i)).commit();
    ws.commit();
  }
  await wb.commit();
}

const code = (i: number): string => {
  const body = "91310116" + String(100_000_000 + i * 7);
  return body + creditCodeCheckChar(body);
};

/** Eight findings a row: formula-like, credit-code, cert-number (GF), cert-year-mismatch, unknown-unit, three bad-date. */
export const findingsRoster = {
  name: "高企名单",
  header: [
    "序号",
    "企业名称",
    "统一社会信用代码",
    "证书编号",
    "发证日期",
    "所属镇（园区）",
    "迁入日期",
    "迁出日期",
    "取消日期",
  ],
  rows: FULL_ROWS,
  row: (i: number): Row => [
    i,
    `=上海${i}科技有限公司`,
    `91310116${i}X`,
    `GF201931${String(i % 1_000_000).padStart(6, "0")}`,
    new Date(Date.UTC(2022, 9, 1 + (i % 28))),
    `某园区${i % 50}`,
    `迁入${i}`,
    `十三月${i}日`,
    `作废${i}`,
  ],
};

/** 20,000 valid enterprises, the pool and the contact log join them. */
export const roster = {
  name: "高企名单",
  header: ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇（园区）"],
  rows: ROSTER_ENTERPRISES,
  row: (i: number): Row => [
    `上海${i}科技有限公司`,
    code(i),
    `GR202231${String(i).padStart(6, "0")}`,
    new Date(Date.UTC(2022, 9, 1 + (i % 28))),
    UNITS[i % UNITS.length],
  ],
};

const STAGES = [
  "发现",
  "服务",
  "申报",
  "=cmd|' /C calc'!A0",
  "+1",
  "-服务",
  "@SUM(1)",
  "已认定",
  "乱七八糟",
];
const ENTERED: (i: number) => string | number = (i) =>
  [45000 + (i % 300), -i, 2_958_466 + i, `垃圾${i}`, "2023-02-30"][i % 5];

export const pool = {
  name: "培育库",
  header: [
    "企业名称",
    "统一社会信用代码",
    "培育阶段",
    "所属镇（园区）",
    "计划申报年度",
    "入库日期",
  ],
  rows: MAX_WHOLE_SHEET_ROWS,
  // One row in ten joins a roster enterprise; the rest are candidates named with bidi and zero-width marks.
  row: (i: number): Row => [
    i % 10 === 0
      ? `上海${i % ROSTER_ENTERPRISES}科技有限公司`
      : `\u202e上海池${i}\u200b科技😀有限公司`,
    i % 10 === 0 ? null : code(ROSTER_ENTERPRISES + i),
    STAGES[i % STAGES.length],
    UNITS[i % UNITS.length],
    2023,
    ENTERED(i),
  ],
};

const visits = {
  name: "走访记录",
  header: [
    "走访日期",
    "企业名称",
    "统一社会信用代码",
    "走访人",
    "走访形式",
    "问题",
    "办理状态",
    "办结时限",
  ],
  rows: MAX_WHOLE_SHEET_ROWS,
  row: (i: number): Row => [
    ENTERED(i),
    `上海${i % ROSTER_ENTERPRISES}科技有限公司`,
    i % 3 === 0 ? code(i % ROSTER_ENTERPRISES) : null,
    `=王${i % 40}`,
    ["走访", "电话", "座谈", "线上"][i % 4],
    i % 2 === 0 ? `@问题${i}` : "",
    ["已办结", "办理中", "=1+1", "-待办"][i % 4],
    45200 + (i % 400),
  ],
};

/** The number of findings in a CLI JSON file, counted line by line (the file may be gigabytes). */
async function countFindings(json: string): Promise<number> {
  const lines = readline.createInterface({
    input: fs.createReadStream(json, { encoding: "utf8" }),
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of lines) if (line.startsWith('      "code": "')) n++;
  return n;
}

const s = (ms: number): string => (ms / 1000).toFixed(1);

export const suite: BenchSuite = {
  name: "hostile sizes",
  order: 3,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-bench-hostile-"));
    const root = path.join(__dirname, "..", "..", "..");
    const figures: Record<string, number> = {};
    const cases = [
      { key: "findings", sheets: [findingsRoster], what: "a roster with eight findings a row" },
      {
        key: "pool",
        sheets: [roster, pool],
        what: "20,000 enterprises and a pool sheet at the bound",
      },
      {
        key: "visits",
        sheets: [roster, visits],
        what: "20,000 enterprises and a contact log at the bound",
      },
    ];
    try {
      for (const c of cases) {
        const file = path.join(dir, `${c.key}.xlsx`);
        const json = path.join(dir, `${c.key}.json`);
        const t0 = Date.now();
        await writeSheets(file, c.sheets);
        log(
          `${c.key}: generated ${c.what} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${s(Date.now() - t0)} s`
        );
        const args = [
          path.join(root, "bin", "gaoqi.js"),
          "report",
          file,
          "--as-of",
          "2023-12-31",
          "--json",
          json,
          "--out",
          path.join(dir, `${c.key}-out.xlsx`),
        ];
        const run = await timed(process.execPath, args, root);
        const findings = await countFindings(json);
        log(
          `${c.key}: ${s(run.ms)} s (held up ${s(run.heldUpMs)} s), peak ${run.peakMB.toFixed(0)} MB (goal <= 1024), ` +
            `${findings.toLocaleString("en-US")} findings`
        );
        figures[`${c.key}Ms`] = Math.round(run.ms);
        figures[`${c.key}PeakMB`] = Math.round(run.peakMB);
        // Findings the rows give (eight a row), against those listed (the rest are counted: roster.ts).
        if (c.key === "findings") figures.findingsListed = findings;
        fs.rmSync(json, { force: true });
      }
      return figures;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
