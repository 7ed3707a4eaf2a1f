import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { analysisJson } from "../../src/cli/jsonOutput";
import { serialFromYmd } from "../../src/domain/core/dates";
import type { CellValue } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import { runCli, writeWorkbook } from "./helpers";
import { compoundFile, xlsFile } from "./xls/buildXls";

// Real files through exceljs on a shared machine: generous limits (these are not timing assertions).
jest.setTimeout(120_000);

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const NO_POOL = { found: 0, served: 0, submitted: 0, recognised: 0, recognisedThisYear: 0 };
const NO_CONTACTS = { visits: 0, enterprises: 0, open: 0, overdue: 0, toVisit: 0 };

/**
 * A small roster whose numbers at 2023-12-31 are worked out by hand:
 * 枫泾镇 valid 2 (甲, 乙), 朱泾镇 1 (丁; 丙 expired 2023-11-30), 其他 1 (戊, blank unit); total 4.
 * At 2022-12-31: 甲, 丙, 丁 -> 枫泾镇 1, 朱泾镇 2; net +1, -1, +1, total +1.
 * 2023 awards: 乙 and 戊, first recognitions, 200,000 each. Expiring: 丙 (expired). Row 7 duplicates row 3.
 */
const ROSTER: ExcelJS.CellValue[][] = [
  ["金山区高新技术企业名单（测试）"],
  ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇（园区）", "认定类型"],
  ["上海甲科技有限公司", "", "GR202231000001", utc(2022, 11, 15), "枫泾镇", "首次认定"],
  ["=上海乙科技有限公司", "", "GR202331000002", "2023年10月20日", "枫泾", ""],
  ["上海丙科技有限公司", "", "GR202031000003", utc(2020, 12, 1), "朱泾镇", ""],
  ["上海丁科技有限公司", "", "GR202131000004", serialFromYmd(2021, 3, 15), "朱泾镇", "首次认定"],
  ["上海甲科技有限公司", "", "GR202231000001", utc(2022, 11, 15), "枫泾镇", "首次认定"],
  ["上海戊科技有限公司", "", "GR202331000005", "2023.11.1", "", ""],
];

let dir: string;
let input: string;
let inputHash: string;
const hash = (f: string): string =>
  crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-cli-"));
  input = path.join(dir, "roster.xlsx");
  await writeWorkbook(input, { 说明: [["示例说明"], ["本表不参与统计"]], 高企名单: ROSTER });
  inputHash = hash(input);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => expect(hash(input)).toBe(inputHash));

describe("gaoqi report --json", () => {
  let json: Record<string, unknown> & {
    units: Record<string, unknown>[];
    total: Record<string, unknown>;
  };

  beforeAll(async () => {
    const out = path.join(dir, "out.json");
    const r = await runCli(["report", input, "--year", "2023", "--json", out]);
    // Every test below depends on this run: if it fails, say why rather than fail five tests blindly.
    if (r.code !== 0) throw new Error(`gaoqi report exited ${r.code}: ${r.stderr}`);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    // The JSON went to the file; the terminal still shows the per-unit table.
    expect(r.stdout).toContain("合计");
    json = JSON.parse(fs.readFileSync(out, "utf8"));
  });

  it("has exactly the documented keys, in their order", () => {
    // Keys are only added at the end: forecastBasis and pool, then toVisit and problems, then progress and falls, then compare (the
    // bulletin's 较上期); in each unit pool, forecast, contacts; lastContact last in each expiring item.
    expect(Object.keys(json)).toEqual([
      "asOf",
      "units",
      "total",
      "expiring",
      "awards",
      "findings",
      "forecastBasis",
      "pool",
      "toVisit",
      "problems",
      "progress",
      "falls",
      "compare",
    ]);
    const unitKeys = [
      "unit",
      "target",
      "valid",
      "gap",
      "completion",
      "expiring",
      "netIncrease",
      "awards",
      "pool",
      "forecast",
      "contacts",
      // The bulletin's 排名 (null for 合计, 其他 and a unit without a completion).
      "rank",
    ];
    for (const u of [...json.units, json.total]) {
      expect(Object.keys(u)).toEqual(unitKeys);
      expect(Object.keys(u.pool as object)).toEqual([
        "found",
        "served",
        "submitted",
        "recognised",
        "recognisedThisYear",
      ]);
      expect(Object.keys(u.forecast as object)).toEqual([
        "dropping",
        "renewed",
        "new",
        "value",
        "gap",
        "needed",
      ]);
      expect(Object.keys(u.contacts as object)).toEqual([
        "visits",
        "enterprises",
        "open",
        "overdue",
        "toVisit",
      ]);
    }
    expect(Object.keys((json.toVisit as object[])[0])).toEqual([
      "sheet",
      "row",
      "name",
      "creditCode",
      "unit",
      "reason",
      "lastContact",
    ]);
    expect(Object.keys(json.forecastBasis as object)).toEqual([
      "year",
      "renewalRate",
      "renewalSource",
      "renewalBase",
      "passRate",
    ]);
    expect(Object.keys((json.expiring as object[])[0])).toEqual([
      "sheet",
      "row",
      "name",
      "creditCode",
      "certNo",
      "unit",
      "lastValid",
      "status",
      "daysLeft",
      "lastContact",
    ]);
    expect(Object.keys((json.awards as object[])[0])).toEqual([
      "sheet",
      "row",
      "name",
      "unit",
      "type",
      "date",
      "amount",
      "creditCode",
      "certNo",
    ]);
    expect(Object.keys((json.findings as object[])[0])).toEqual([
      "sheet",
      "row",
      "column",
      "code",
      "severity",
      "name",
      "message",
    ]);
  });

  it("gives the hand-computed numbers per unit, in target-table order", () => {
    expect(json.asOf).toBe("2023-12-31");
    expect(json.units).toHaveLength(12);
    expect(json.units[0]).toEqual({
      unit: "枫泾镇",
      target: 196,
      valid: 2,
      gap: 194,
      completion: 2 / 196,
      expiring: 0,
      netIncrease: 1,
      awards: 200000,
      pool: NO_POOL,
      // No certificate ran out in 2021-2022: the default renewal rate; at 31 December nothing is left to drop.
      forecast: { dropping: 0, renewed: 0, new: 0, value: 2, gap: 194, needed: 278 },
      contacts: NO_CONTACTS,
      // 1.0% ranks first: 其他's 3.6% (1 of its target of 28) is no responsible unit's and is not ranked.
      rank: 1,
    });
    expect(json.units[1]).toEqual({
      unit: "朱泾镇",
      target: 126,
      valid: 1,
      gap: 125,
      completion: 1 / 126,
      expiring: 1,
      netIncrease: -1,
      awards: 0,
      pool: NO_POOL,
      forecast: { dropping: 0, renewed: 0, new: 0, value: 1, gap: 125, needed: 179 },
      // No contact sheet: the expiring enterprise is to visit.
      contacts: { ...NO_CONTACTS, toVisit: 1 },
      rank: 2,
    });
    expect(json.units[11]).toMatchObject({
      unit: "其他",
      rank: null,
      valid: 1,
      netIncrease: 1,
      awards: 200000,
    });
    expect(json.total).toEqual({
      unit: "合计",
      target: 1435,
      valid: 4,
      gap: 1431,
      completion: 4 / 1435,
      expiring: 1,
      netIncrease: 1,
      awards: 400000,
      pool: NO_POOL,
      forecast: { dropping: 0, renewed: 0, new: 0, value: 4, gap: 1431, needed: 2045 },
      contacts: { ...NO_CONTACTS, toVisit: 1 },
      rank: null,
    });
    expect(json.forecastBasis).toEqual({
      year: 2023,
      renewalRate: 0.7,
      renewalSource: "default",
      renewalBase: 0,
      passRate: 0.7,
    });
    // 较上期, by default the previous year end: the change is the net increase.
    const compare = json.compare as {
      asOf: string;
      units: { unit: string; valid: number; validChange: number }[];
      total: { valid: number; validChange: number };
    };
    expect(compare.asOf).toBe("2022-12-31");
    expect(compare.units.slice(0, 2)).toEqual([
      // Completion then is against that year's targets (2022: 170 and 110).
      {
        unit: "枫泾镇",
        valid: 1,
        completion: 1 / 170,
        validChange: 1,
        completionChange: expect.closeTo((2 / 196 - 1 / 170) * 100, 9),
      },
      {
        unit: "朱泾镇",
        valid: 2,
        completion: 2 / 110,
        validChange: -1,
        completionChange: expect.closeTo((1 / 126 - 2 / 110) * 100, 9),
      },
    ]);
    expect(compare.total).toMatchObject({ valid: 3, validChange: 1 });
    expect(json.pool).toEqual([]);
    expect(json.toVisit).toEqual([
      {
        sheet: "高企名单",
        row: 5,
        name: "上海丙科技有限公司",
        creditCode: "",
        unit: "朱泾镇",
        reason: "expiring",
        lastContact: null,
      },
    ]);
    expect(json.problems).toEqual([]);
  });

  it("lists the expiring certificate and the 2023 awards with ISO dates and sheet rows", () => {
    expect(json.expiring).toEqual([
      {
        sheet: "高企名单",
        row: 5,
        name: "上海丙科技有限公司",
        creditCode: "",
        certNo: "GR202031000003",
        unit: "朱泾镇",
        lastValid: "2023-11-30",
        status: "expired",
        daysLeft: null,
        lastContact: null,
      },
    ]);
    expect(json.awards).toEqual([
      {
        sheet: "高企名单",
        row: 4,
        name: "=上海乙科技有限公司",
        unit: "枫泾镇",
        type: "first",
        date: "2023-10-20",
        amount: 200000,
        creditCode: "",
        certNo: "GR202331000002",
      },
      {
        sheet: "高企名单",
        row: 8,
        name: "上海戊科技有限公司",
        unit: "其他",
        type: "first",
        date: "2023-11-01",
        amount: 200000,
        creditCode: "",
        certNo: "GR202331000005",
      },
    ]);
  });

  it("reports the duplicate and the blank unit as findings pointing at their cells", () => {
    const findings = json.findings as {
      sheet: string;
      row: number;
      column: string;
      code: string;
      severity: string;
      message: string;
    }[];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: "高企名单", row: 7, code: "duplicate" }),
        expect.objectContaining({ sheet: "高企名单", row: 8, column: "E", code: "missing-unit" }),
      ])
    );
    for (const f of findings) expect(typeof f.message).toBe("string");
  });

  it("writes JSON to stdout with --json -", async () => {
    const r = await runCli(["report", input, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout).total.valid).toBe(4);
  });
});

describe("gaoqi report with a pool sheet (培育库)", () => {
  /**
   * The roster above plus a pool, at 2023-12-31 (no certificate ran out in 2021-2022: renewal rate 0.7 by
   * default). 戊 (recognised 2023-11-01, unit blank in the roster too) is still 服务 in the pool: stale,
   * recognised this year, under 其他. 庚 (朱泾) has applied for 2023: a candidate, 0.7 expected. 辛 has no
   * unit and is not in the roster: 其他. Row 5 names no enterprise.
   */
  const POOL: ExcelJS.CellValue[][] = [
    ["企业名称", "统一社会信用代码", "所属镇", "培育阶段", "计划申报年度"],
    ["上海戊科技有限公司", "", "", "服务", null],
    ["上海庚科技有限公司", "", "朱泾", "已申报", 2023],
    ["上海辛科技有限公司", "", "", "发现", null],
    ["", "", "朱泾镇", "推出", 2023],
  ];
  let json: {
    units: Record<string, unknown>[];
    total: Record<string, unknown>;
    pool: unknown[];
    forecastBasis: unknown;
    findings: { sheet: string; row: number; code: string }[];
  };
  let stdout: string;

  beforeAll(async () => {
    const file = path.join(dir, "with-pool.xlsx");
    await writeWorkbook(file, { 高企名单: ROSTER, 培育库: POOL });
    const out = path.join(dir, "with-pool.json");
    const r = await runCli(["report", file, "--year", "2023", "--json", out]);
    if (r.code !== 0) throw new Error(`gaoqi report exited ${r.code}: ${r.stderr}`);
    stdout = r.stdout;
    json = JSON.parse(fs.readFileSync(out, "utf8"));
  });

  it("counts the pool per unit and forecasts with its candidates, exactly", () => {
    const zhujing = json.units.find((u) => u.unit === "朱泾镇")!;
    expect(zhujing.pool).toEqual({ ...NO_POOL, submitted: 1 });
    expect(zhujing.forecast).toEqual({
      dropping: 0,
      renewed: 0,
      new: 0.7,
      value: 1.7,
      gap: 124.3,
      needed: 178,
    });
    expect(json.units.find((u) => u.unit === "其他")!.pool).toEqual({
      ...NO_POOL,
      found: 1,
      recognised: 1,
      recognisedThisYear: 1,
    });
    expect(json.total.pool).toEqual({
      found: 1,
      served: 0,
      submitted: 1,
      recognised: 1,
      recognisedThisYear: 1,
    });
    expect(json.total.forecast).toEqual({
      dropping: 0,
      renewed: 0,
      new: 0.7,
      value: 4.7,
      gap: 1430.3,
      needed: 2044,
    });
  });

  it("lists the pool with the stage at A beside the stage its cell names", () => {
    expect(json.pool).toEqual([
      {
        sheet: "培育库",
        row: 2,
        name: "上海戊科技有限公司",
        creditCode: "",
        unit: "其他",
        stage: "recognised",
        statedStage: "served",
        plannedYear: null,
      },
      {
        sheet: "培育库",
        row: 3,
        name: "上海庚科技有限公司",
        creditCode: "",
        unit: "朱泾镇",
        stage: "submitted",
        statedStage: "submitted",
        plannedYear: 2023,
      },
      {
        sheet: "培育库",
        row: 4,
        name: "上海辛科技有限公司",
        creditCode: "",
        unit: "其他",
        stage: "found",
        statedStage: "found",
        plannedYear: null,
      },
    ]);
  });

  it("reports the pool's findings after the roster's", () => {
    const pooled = json.findings.filter((f) => f.sheet === "培育库").map((f) => [f.row, f.code]);
    expect(pooled).toEqual([
      [2, "pool-stage-stale"],
      [4, "missing-unit"],
      [5, "pool-unmatched"],
    ]);
  });

  it("prints the forecast columns in the terminal table", () => {
    const lines = stdout.trimEnd().split("\n");
    expect(lines[1]).toMatch(/预计年末\s+还需推出$/);
    expect(lines.find((l) => l.startsWith("朱泾镇"))).toMatch(/\s2\s+178$/);
    expect(lines[lines.length - 1]).toMatch(/\s5\s+2,044$/);
  });
});

describe("gaoqi report with a contact sheet (走访记录)", () => {
  /**
   * The roster and pool above plus a contact log, at 2023-12-31 (N = 90). 丙 (expiring) was visited on
   * 2023-11-05 and its problem is past its due date; 庚 (submitted, 朱泾) was last called on 2023-03-01: to
   * visit. 丁's visit is dated 2024: it does not exist yet. Row 5 names no enterprise of the roster or pool.
   */
  const POOL: ExcelJS.CellValue[][] = [
    ["企业名称", "统一社会信用代码", "所属镇", "培育阶段", "计划申报年度"],
    ["上海戊科技有限公司", "", "", "服务", null],
    ["上海庚科技有限公司", "", "朱泾", "已申报", 2023],
  ];
  const CONTACTS: ExcelJS.CellValue[][] = [
    ["2023年企业走访记录"],
    ["走访日期", "企业名称", "走访形式", "走访人", "问题或诉求", "办理状态", "办结时限"],
    [
      utc(2023, 11, 5),
      "上海丙科技有限公司",
      "走访",
      "张",
      "证书到期重新申报",
      "办理中",
      utc(2023, 12, 15),
    ],
    [serialFromYmd(2023, 3, 1), "上海庚科技有限公司", "电话", "李", "无", null, null],
    [utc(2024, 2, 1), "上海丁科技有限公司", "走访", "王", "用地", "待办", null],
    ["2023.6.10", "上海某某科技有限公司", "走访", "王", null, null, null],
    ["2023年7月8日", "上海甲科技有限公司", "座谈", "赵", "融资", "已办结", utc(2023, 8, 1)],
  ];
  let json: ReturnType<typeof analysisJson>;

  beforeAll(async () => {
    const file = path.join(dir, "with-contacts.xlsx");
    await writeWorkbook(file, { 高企名单: ROSTER, 培育库: POOL, 走访记录: CONTACTS });
    const out = path.join(dir, "with-contacts.json");
    const r = await runCli(["report", file, "--year", "2023", "--json", out]);
    if (r.code !== 0) throw new Error(`gaoqi report exited ${r.code}: ${r.stderr}`);
    json = JSON.parse(fs.readFileSync(out, "utf8"));
  });

  it("counts each unit's contacts, open and overdue problems and enterprises to visit", () => {
    const unit = (name: string) => json.units.find((u) => u.unit === name)!.contacts;
    expect(unit("枫泾镇")).toEqual({ visits: 1, enterprises: 1, open: 0, overdue: 0, toVisit: 0 });
    expect(unit("朱泾镇")).toEqual({ visits: 2, enterprises: 2, open: 1, overdue: 1, toVisit: 1 });
    expect(json.total.contacts).toEqual({
      visits: 3,
      enterprises: 3,
      open: 1,
      overdue: 1,
      toVisit: 1,
    });
  });

  it("lists the last contact, the call list and the open problems with ISO dates", () => {
    expect(json.expiring.map((x) => [x.name, x.lastContact])).toEqual([
      ["上海丙科技有限公司", "2023-11-05"],
    ]);
    expect(json.toVisit).toEqual([
      {
        sheet: "培育库",
        row: 3,
        name: "上海庚科技有限公司",
        creditCode: "",
        unit: "朱泾镇",
        reason: "submitted",
        lastContact: "2023-03-01",
      },
    ]);
    expect(json.problems).toEqual([
      {
        sheet: "走访记录",
        row: 3,
        name: "上海丙科技有限公司",
        unit: "朱泾镇",
        date: "2023-11-05",
        problem: "证书到期重新申报",
        status: "in-progress",
        due: "2023-12-15",
        overdue: true,
      },
    ]);
    expect(
      json.findings
        .filter((f) => f.sheet === "走访记录")
        .map((f) => [f.row, f.column, f.code, f.name])
    ).toEqual([[6, "B", "visit-unmatched", "上海某某科技有限公司"]]);
  });

  it("is the JSON the in-memory engine gives for the same sheets (the streaming reader reads contact sheets whole)", () => {
    const sheets = Object.entries({ 高企名单: ROSTER, 培育库: POOL, 走访记录: CONTACTS }).map(
      ([name, values]) => ({
        name,
        values: values.map((row) => row.map((v) => (v === undefined ? null : v))) as CellValue[][],
      })
    );
    const a = analyseWorkbook(sheets, { asOf: serialFromYmd(2023, 12, 31) });
    // 较上期 defaults to the previous year end.
    const before = analyseWorkbook(sheets, { asOf: serialFromYmd(2022, 12, 31) });
    expect(json).toEqual(JSON.parse(JSON.stringify(analysisJson(a, "zh-CN", before))));
  });
});

describe("gaoqi report --out", () => {
  let wb: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let stderr: string;
  const out = () => path.join(dir, "report.xlsx");

  beforeAll(async () => {
    const r = await runCli(["report", input, "--year", "2023", "--out", out()]);
    expect(r.code).toBe(0);
    stderr = r.stderr;
    // The README's first command: the bulletin is written and the per-unit table printed.
    expect(r.stdout).toMatch(/2023-12-31/);
    expect(r.stdout).toContain("合计");
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    sheet = wb.getWorksheet("高企通报")!;
  });

  /** The 通报's table row of a unit (its name in column B, column A holding the rank). */
  const rowOf = (label: string, ws = sheet, col = 2): ExcelJS.Row => {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (!found && row.getCell(col).value === label) found = row;
    });
    if (!found) throw new Error(`no row ${label}`);
    return found;
  };

  it("writes the 通报 and its 附件 sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "高企通报",
      "附件1 年内到期名单",
      "附件2 奖励明细",
      "附件3 月度进度",
      "附件4 下降明细",
    ]);
  });

  it("has the title and the per-unit table, ranked, with its 合计 row; awards in 万元", () => {
    expect(sheet.getCell("A1").value).toMatch(/^〔\d{4}〕　号$/);
    expect(sheet.getCell("A3").value).toBe("金山区高新技术企业目标任务完成情况通报（2023年）");
    expect(sheet.getCell("A5").value).toBe("各镇人民政府、各园区：");
    const fj = rowOf("枫泾镇").values as unknown[];
    expect(fj.slice(3, 8)).toEqual([196, 2, 2 / 196, 194, 1]);
    expect(fj[10]).toBe(20);
    expect(typeof fj[1]).toBe("number");
    const total = rowOf("合计").values as unknown[];
    expect(total.slice(3, 8)).toEqual([1435, 4, 4 / 1435, 1431, 1]);
    expect(total[10]).toBe(40);
    expect(rowOf("合计").getCell(5).numFmt).toBe("0.0%");
    expect(rowOf("合计").getCell(10).numFmt).toBe("#,##0.00");
  });

  it("sums the unit rows to the 合计 row", () => {
    const units = DEFAULT_TARGETS.units;
    for (const col of [3, 4, 7, 9, 10]) {
      const sum = units.reduce((s, u) => s + Number(rowOf(u).getCell(col).value), 0);
      expect({ col, sum }).toEqual({ col, sum: rowOf("合计").getCell(col).value });
    }
  });

  it("lists the awards in 元 and writes the name beginning with = as a string cell, not a formula", () => {
    const awards = wb.getWorksheet("附件2 奖励明细")!;
    const row = rowOf("=上海乙科技有限公司", awards);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).formula).toBeUndefined();
    expect(row.getCell(8).value).toBe(200000);
    expect(rowOf("金额\n（元）", awards, 8)).toBeTruthy();
  });

  it("says it wrote the file", () => {
    expect(stderr).toContain(`已写出 ${out()}`);
  });

  it("leaves no temporary file behind", () => {
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("gaoqi report --docx, --compare, --findings", () => {
  const JSZip = require("jszip") as {
    loadAsync(
      b: Buffer
    ): Promise<{ file(n: string): { async(t: "string"): Promise<string> } | null }>;
  };
  const docText = async (file: string): Promise<string> => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file("word/document.xml")!.async("string");
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("|");
  };

  /** The 通报's summary paragraph: the text cell starting 截至. */
  const summaryOf = (ws: ExcelJS.Worksheet): string => {
    let found = "";
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (!found && typeof v === "string" && v.startsWith("截至")) found = v;
    });
    return found;
  };

  it("writes the Word bulletin beside the workbook, with the same summary", async () => {
    const out = fs.mkdtempSync(path.join(dir, "docx-"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--out",
      path.join(out, "r.xlsx"),
      "--docx",
      path.join(out, "b.docx"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`已写出 ${path.join(out, "b.docx")}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "r.xlsx"));
    const summary = summaryOf(wb.getWorksheet("高企通报")!);
    expect(summary).toMatch(/^截至2023年12月31日，全区有效期内高新技术企业4家/);
    expect(await docText(path.join(out, "b.docx"))).toContain(summary);
  });

  it("--compare 2023-06-30 compares with that date: the change column and the summary say so", async () => {
    const out = fs.mkdtempSync(path.join(dir, "cmp-"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--compare",
      "2023-06-30",
      "--out",
      path.join(out, "r.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "r.xlsx"));
    const ws = wb.getWorksheet("高企通报")!;
    // 30 June 2023: 甲, 丙, 丁 valid (乙 and 戊 came later; 丙 ran out in November): 3, now 4.
    expect(summaryOf(ws)).toContain("较上期（2023年6月30日）增加1家");
  });

  it("--findings none leaves the data problems out of the report", async () => {
    const out = fs.mkdtempSync(path.join(dir, "nof-"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--findings",
      "none",
      "--out",
      path.join(out, "r.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "r.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "高企通报",
      "附件1 年内到期名单",
      "附件2 奖励明细",
      "附件3 月度进度",
      "附件4 下降明细",
    ]);
  });

  it("--workpaper writes the 工作底稿 beside the bulletin, which leaves the data problems out", async () => {
    const out = fs.mkdtempSync(path.join(dir, "wp-"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--out",
      path.join(out, "r.xlsx"),
      "--workpaper",
      path.join(out, "w.xlsx"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`已写出 ${path.join(out, "w.xlsx")}`);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(path.join(out, "r.xlsx"));
    expect(report.worksheets.map((w) => w.name)).toEqual([
      "高企通报",
      "附件1 年内到期名单",
      "附件2 奖励明细",
      "附件3 月度进度",
      "附件4 下降明细",
    ]);
    const wp = new ExcelJS.Workbook();
    await wp.xlsx.readFile(path.join(out, "w.xlsx"));
    expect(wp.worksheets.map((w) => w.name)).toEqual(["底稿 数据问题", "底稿 不予奖励"]);
    const findings = wp.worksheets[0];
    expect(findings.getCell("A1").value).toBe("工作底稿");
    // The JSON's findings, one row each, under the header.
    const json = JSON.parse(
      (await runCli(["report", input, "--year", "2023", "--json", "-"])).stdout
    ) as { findings: unknown[] };
    const listed: string[] = [];
    findings.eachRow(
      (row, n) =>
        n > 4 &&
        typeof row.getCell(1).value === "string" &&
        listed.push(String(row.getCell(1).value))
    );
    expect(listed.length).toBe(json.findings.length);
  });

  it("--findings sheet still puts the data problems in the bulletin as its 附件3", async () => {
    const out = fs.mkdtempSync(path.join(dir, "fs-"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--findings",
      "sheet",
      "--out",
      path.join(out, "r.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "r.xlsx"));
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual([
      "高企通报",
      "附件1 年内到期名单",
      "附件2 奖励明细",
      "附件3 数据问题",
    ]);
  });

  it("writes no file when the 工作底稿 cannot be written (all outputs or none)", async () => {
    const out = fs.mkdtempSync(path.join(dir, "wpnone-"));
    fs.mkdirSync(path.join(out, "w.xlsx"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--out",
      path.join(out, "r.xlsx"),
      "--docx",
      path.join(out, "b.docx"),
      "--workpaper",
      path.join(out, "w.xlsx"),
    ]);
    expect(r.code).not.toBe(0);
    expect(fs.readdirSync(out)).toEqual(["w.xlsx"]);
  });

  it.each([
    [["--compare", "2024-01-01"], "不早于统计日期"],
    [["--compare", "2023-02-30"], "日期 2023-02-30 不存在"],
    [["--docx", "b.doc"], "--docx 须为 .docx 文件"],
    [["--workpaper", "w.xls"], "--workpaper 须为 .xlsx 文件"],
  ])("refuses %j before writing anything", async (extra, message) => {
    const out = fs.mkdtempSync(path.join(dir, "bad-"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--out",
      path.join(out, "r.xlsx"),
      ...extra.map((a) => (a.endsWith(".doc") || a.endsWith(".xls") ? path.join(out, a) : a)),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it("writes neither file when the Word bulletin cannot be written (all outputs or none)", async () => {
    const out = fs.mkdtempSync(path.join(dir, "none-"));
    // A folder where the .docx should go: its staging succeeds, the rename into place cannot.
    fs.mkdirSync(path.join(out, "b.docx"));
    const r = await runCli([
      "report",
      input,
      "--year",
      "2023",
      "--out",
      path.join(out, "r.xlsx"),
      "--docx",
      path.join(out, "b.docx"),
    ]);
    expect(r.code).not.toBe(0);
    expect(fs.readdirSync(out)).toEqual(["b.docx"]);
  });
});

describe("gaoqi report (terminal table)", () => {
  it("prints the aligned per-unit table and writes nothing", async () => {
    const before = fs.readdirSync(dir).sort();
    const r = await runCli(["report", input, "--year", "2023"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[1]).toMatch(/^责任单位\s+目标\s+有效期内高企\s+完成率/);
    const fj = lines.find((l) => l.startsWith("枫泾镇"))!;
    expect(fj).toMatch(/枫泾镇\s+196\s+2\s+1\.0%\s+194\s+\+1\s+0\s+200,000\s+2\s+278$/);
    expect(lines[lines.length - 1]).toMatch(/^合计\s+1,435\s+4\s+0\.3%/);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });
});

describe("bad input: exit 2, one line on stderr, nothing written", () => {
  const cases: [string, (file: string) => Promise<void> | void][] = [
    ["roster.csv", (f) => fs.writeFileSync(f, "企业名称,证书编号\n")],
    ["empty.xlsx", (f) => fs.writeFileSync(f, "")],
    ["text.xlsx", (f) => fs.writeFileSync(f, "this is not a spreadsheet")],
    ["truncated.xlsx", (f) => fs.writeFileSync(f, fs.readFileSync(input).subarray(0, 2000))],
    [
      "locked.xlsx",
      (f) =>
        fs.writeFileSync(
          f,
          compoundFile([
            { name: "EncryptionInfo", data: new Uint8Array(200) },
            { name: "EncryptedPackage", data: new Uint8Array(5000) },
          ])
        ),
    ],
    [
      "excel4.xls",
      (f) => fs.writeFileSync(f, Buffer.from([0x09, 0x04, 6, 0, 0, 0, 0x10, 0, 0, 0])),
    ],
    ["wps.et", (f) => fs.writeFileSync(f, xlsFile({ sheets: [{ name: "S", records: [] }] }))],
    [
      "damaged.xls",
      (f) =>
        fs.writeFileSync(f, xlsFile({ sheets: [{ name: "S", records: [] }] }).subarray(0, 1000)),
    ],
    ["notes-only.xlsx", (f) => writeWorkbook(f, { 说明: [["只有说明"], ["没有企业名单"]] })],
    ["blank.xlsx", (f) => writeWorkbook(f, { Sheet1: [] })],
    ["missing.xlsx", () => undefined],
    // What systems export as "Excel": CSV text, a web page, Excel 2003's XML, under Excel names.
    [
      "exported-csv.xls",
      (f) => fs.writeFileSync(f, "\uFEFF序号,企业名称,证书编号\r\n1,甲,GR1\r\n"),
    ],
    [
      "exported-page.xls",
      (f) =>
        fs.writeFileSync(f, "<html><body><table><tr><td>企业名称</td></tr></table></body></html>"),
    ],
    [
      "exported-2003.xlsx",
      (f) =>
        fs.writeFileSync(
          f,
          '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'
        ),
    ],
    // Excel's lock file beside an open workbook: the user's name, 165 bytes, no workbook inside.
    [
      "~$名单.xlsx",
      (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from([5]), Buffer.alloc(164)])),
    ],
  ];

  it.each(cases)("%s", async (name, make) => {
    const file = path.join(dir, "bad", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await make(file);
    const outDir = fs.mkdtempSync(path.join(dir, "out-"));
    const r = await runCli([
      "report",
      file,
      "--json",
      path.join(outDir, "r.json"),
      "--out",
      path.join(outDir, "r.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it.each([
    [
      "roster.csv",
      /not an Excel workbook \(.xlsx or .xls; save it as Excel Workbook .xlsx first\)/,
    ],
    [
      "excel4.xls",
      /an Excel 2.0-4.0 worksheet, older than Excel 97; open it in Excel or WPS and save it as .xlsx/,
    ],
    [
      "wps.et",
      /a WPS Spreadsheets file \(.et\); open it in WPS, choose File > Save As > Excel Workbook \(.xlsx\)/,
    ],
    [
      "damaged.xls",
      /not a valid .xls file \(the file is corrupt: the FAT chain points to sector \d+, past the end of the file \(its last is sector 0\)\)/,
    ],
    [
      "locked.xlsx",
      /cannot be read \(the workbook is password-protected \(encrypted\); remove the password in Excel and try again\)/,
    ],
    [
      "~$名单.xlsx",
      /the lock file Excel or WPS keeps while 名单\.xlsx is open, not a workbook; give 名单\.xlsx itself/,
    ],
    [
      "exported-csv.xls",
      /a text file \(CSV or tab-separated\) under an Excel name, as many systems export "Excel", not a workbook this tool reads; open it in Excel or WPS, save it as Excel Workbook \(.xlsx\), and give that file/,
    ],
    [
      "exported-page.xls",
      /a web page \(HTML table\) under an Excel name, as many systems export "Excel", not a workbook this tool reads; open it in Excel or WPS/,
    ],
    [
      "exported-2003.xlsx",
      /an Excel 2003 XML spreadsheet, not a workbook this tool reads; open it in Excel or WPS/,
    ],
  ])("%s: says what is wrong", async (name, message) => {
    const r = await runCli(["report", path.join(dir, "bad", name), "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it.each([
    [["--as-of", "2023-02-30"], "2023-02-30"],
    [["--as-of", "0001-01-01"], "--as-of：0001-01-01 早于 1900-01-01（工作簿能记录的最早日期）"],
    [["--settings", "/nonexistent/settings.json"], "settings.json"],
    [["--bogus"], "--bogus"],
  ])("%j", async (extra, mention) => {
    const r = await runCli(["report", input, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(mention);
  });

  it("reads a settings file saved with a UTF-8 byte-order mark (as Windows Notepad saves it)", async () => {
    const s = path.join(dir, "settings-bom.json");
    fs.writeFileSync(s, "\uFEFF" + JSON.stringify({ forecast: { passRate: 0.55 } }), "utf8");
    expect([...fs.readFileSync(s).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = await runCli(["report", input, "--settings", s, "--json", "-"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"passRate": 0.55');
  });

  it("rejects settings that the engine refuses, naming the key", async () => {
    const s = path.join(dir, "settings.json");
    fs.writeFileSync(s, JSON.stringify({ awards: { first: "lots" } }));
    const r = await runCli(["report", input, "--settings", s, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("first");
  });

  it("refuses to write over the input", async () => {
    const r = await runCli(["report", input, "--json", input, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("overwrite");
  });
});

describe("help and defaults", () => {
  it.each([[["--help"]], [["report", "--help"]]])("%j prints help and exits 0", async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("gaoqi report");
  });

  it.each(["zh-CN", "en-US"])(
    "--help (%s) lists every command, gaoqi app included",
    async (lang) => {
      const r = await runCli(["--help", "--lang", lang]);
      for (const command of ["gaoqi report", "gaoqi decompose", "gaoqi app --out gaoqi.html"])
        expect(r.stdout).toContain(command);
    }
  );

  it.each(["zh-CN", "en-US"])(
    "report --help (%s) documents every JSON key, the pool's and the forecast's included",
    async (lang) => {
      const r = await runCli(["report", "--help", "--lang", lang]);
      for (const key of [
        "asOf",
        "netIncrease",
        "recognisedThisYear",
        "dropping",
        "needed",
        "forecastBasis",
        "renewalSource",
        "renewalBase",
        "passRate",
        "statedStage",
        "plannedYear",
        "contacts",
        "visits",
        "enterprises",
        "overdue",
        "lastContact",
        "toVisit",
        "reason",
        "problems",
        "due",
        "contacts.days",
      ])
        expect(r.stdout).toContain(key);
    }
  );

  it("reads the bundled sample when no workbook is given", async () => {
    const r = await runCli(["report", "--year", "2023", "--json", "-"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const json = JSON.parse(r.stdout);
    expect(json.units).toHaveLength(12);
    expect(json.total.valid).toBeGreaterThan(500);
    // The sample has a 培育库 sheet: every stage, stale stages, the renewal rate measured.
    const pool = json.total.pool;
    for (const stage of ["found", "served", "submitted", "recognised"])
      expect(pool[stage]).toBeGreaterThan(10);
    expect(json.pool.length).toBe(pool.found + pool.served + pool.submitted + pool.recognised);
    expect(
      json.findings.filter((f: { code: string }) => f.code === "pool-stage-stale").length
    ).toBeGreaterThan(5);
    expect(json.forecastBasis.renewalSource).toBe("data");
  });

  it("defaults the as-of date to 31 December of this year", async () => {
    const r = await runCli(["report", input, "--json", "-"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout).asOf).toBe(`${new Date().getFullYear()}-12-31`);
  });
});
