import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { readTargetsFile } from "../../src/cli/analyseFile";
import { parseArgs } from "../../src/cli/args";
import { serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { runCli, writeWorkbook } from "./helpers";

// Real files through exceljs on a shared machine: generous limits (these are not timing assertions).
jest.setTimeout(120_000);

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/**
 * Worked out by hand. The workbook's own table: 枫泾镇 10, 朱泾镇 6 for 2024 (no 其他 row).
 * Valid at 2024-12-31: 枫泾镇 3 (甲 乙 丙), 朱泾镇 1 (丁). Valid at 2021-12-31: 戊 (朱泾镇) and 己 (blank
 * unit, 其他): 2 in the district.
 */
const TABLE: ExcelJS.CellValue[][] = [
  ["责任单位", "2024年"],
  ["枫泾", 10],
  ["朱泾镇", 6],
  ["合计", 16],
];
const ROSTER: ExcelJS.CellValue[][] = [
  ["企业名称", "证书编号", "发证日期", "所属镇（园区）"],
  ["上海甲科技有限公司", "GR202231000001", utc(2022, 11, 1), "枫泾镇"],
  ["上海乙科技有限公司", "GR202331000002", utc(2023, 11, 1), "枫泾镇"],
  ["上海丙科技有限公司", "GR202431000003", utc(2024, 11, 1), "枫泾"],
  ["上海丁科技有限公司", "GR202231000004", utc(2022, 12, 1), "朱泾镇"],
  ["上海戊科技有限公司", "GR201931000005", utc(2019, 11, 1), "朱泾镇"],
  ["上海己科技有限公司", "GR202131000006", utc(2021, 6, 1), ""],
];

let dir: string;
let input: string;
const file = (name: string): string => path.join(dir, name);
const json = (text: string) =>
  JSON.parse(text) as {
    method: string;
    baseDate: string;
    years: number[];
    units: { unit: string; base: number; share: number; targets: Record<string, number> }[];
    total: Record<string, number>;
    findings: { code: string; severity: string; message: string }[];
    doubling: { from: number; inYears: number; base: number } | null;
    notes: string[];
    sheet: string;
  };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-decompose-"));
  input = file("roster.xlsx");
  await writeWorkbook(input, { 目标任务: TABLE, 高企名单: ROSTER });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("gaoqi decompose", () => {
  it("splits the totals by share of the valid counts at the base date, floors first, and says so as JSON", async () => {
    const r = await runCli([
      "decompose",
      input,
      "--totals",
      "2025=20,2026=24",
      "--base-date",
      "2024-12-31",
      "--json",
      "-",
    ]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = json(r.stdout);
    expect(Object.keys(out).slice(0, 6)).toEqual([
      "method",
      "baseDate",
      "years",
      "units",
      "total",
      "findings",
    ]);
    expect(out).toMatchObject({
      method: "share",
      baseDate: "2024-12-31",
      years: [2025, 2026],
      total: { 2025: 20, 2026: 24 },
      findings: [],
    });
    // Quotas 15 / 5 in 2025, but 朱泾镇's floor is its 2024 target 6; 2026: 18 / 6 (floors 14 / 6 hold).
    expect(out.units).toEqual([
      { unit: "枫泾镇", base: 3, share: 0.75, targets: { 2025: 14, 2026: 18 } },
      { unit: "朱泾镇", base: 1, share: 0.25, targets: { 2025: 6, 2026: 6 } },
    ]);
    expect(out.sheet).toBe("目标任务分解 2025-2026");
  });

  it("prints the table: unit, base, share, one column a year, 合计", async () => {
    const r = await runCli([
      "decompose",
      input,
      "--totals",
      "2025=20,2026=24",
      "--base-date",
      "2024-12-31",
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "目标任务分解 2025-2026：按有效期内高企数占比；基数为 2024-12-31 有效期内高企数；下限：不低于上年目标和基数日有效数"
    );
    expect(lines[1].split(/\s+/)).toEqual(["责任单位", "基数", "占比", "2025年", "2026年"]);
    expect(lines[3].split(/\s+/)).toEqual(["枫泾镇", "3", "75.0%", "14", "18"]);
    expect(lines[4].split(/\s+/)).toEqual(["朱泾镇", "1", "25.0%", "6", "6"]);
    expect(lines[6].split(/\s+/)).toEqual(["合计", "4", "100.0%", "20", "24"]);
  });

  it("--double-from takes the valid count at 31 December of that year from the workbook", async () => {
    const r = await runCli([
      "decompose",
      input,
      "--double-from",
      "2021",
      "--in",
      "5",
      "--years",
      "2025-2026",
      "--floor",
      "none",
      "--base-date",
      "2024-12-31",
      "--json",
      "-",
    ]);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    // 2 x 2^(4/5) = 3.48 -> 3; 2 x 2^(5/5) = 4. Split 3:1: 2.25 / 0.75 -> 2 / 1 (larger remainder); 3 / 1.
    expect(out.doubling).toEqual({ from: 2021, inYears: 5, base: 2 });
    expect(out.total).toEqual({ 2025: 3, 2026: 4 });
    expect(out.units.map((u) => u.targets)).toEqual([
      { 2025: 2, 2026: 3 },
      { 2025: 1, 2026: 1 },
    ]);
  });

  it("infeasible floors: a finding, exit 0, and still exactly the total", async () => {
    const r = await runCli([
      "decompose",
      input,
      "--totals",
      "2025=8",
      "--base-date",
      "2024-12-31",
      "--json",
      "-",
      "--lang",
      "en-US",
    ]);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.units.map((u) => u.targets[2025])).toEqual([5, 3]);
    expect(out.findings).toEqual([
      {
        code: "decomposition-infeasible",
        severity: "warning",
        message: expect.stringContaining(
          "The units' floors for 2025 add up to 16, more than the total 8"
        ),
      },
    ]);
  });

  it("takes the method and floor from --settings unless the command line names them", async () => {
    const settings = file("settings.json");
    fs.writeFileSync(
      settings,
      JSON.stringify({ decomposition: { method: "equal-growth", floor: "none" } })
    );
    const base = [
      "decompose",
      input,
      "--totals",
      "2025=32",
      "--base-date",
      "2024-12-31",
      "--settings",
      settings,
      "--json",
      "-",
    ];
    const fromSettings = json((await runCli(base)).stdout);
    // Equal growth over the 2024 targets 10 / 6, no floor: 20 / 12.
    expect([fromSettings.method, fromSettings.units.map((u) => u.targets[2025])]).toEqual([
      "equal-growth",
      [20, 12],
    ]);
    const overridden = json((await runCli([...base, "--method", "share"])).stdout);
    expect([overridden.method, overridden.units.map((u) => u.targets[2025])]).toEqual([
      "share",
      [24, 8],
    ]);
  });

  it("pipeline without a pool sheet is share, with a note", async () => {
    const r = await runCli([
      "decompose",
      input,
      "--totals",
      "2025=20",
      "--method",
      "pipeline",
      "--base-date",
      "2024-12-31",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("说明：没有培育库数据");
  });

  it.each<[string, string[]]>([
    ["zh-CN", []],
    ["en-US", ["--lang", "en-US"]],
  ])(
    "writes a target-table workbook that report --targets reads back unchanged (%s)",
    async (_lang, extra) => {
      const out = file(`targets-${_lang}.xlsx`);
      const args = [
        "decompose",
        input,
        "--totals",
        "2025=20,2026=24,2027=30",
        "--method",
        "equal-growth",
        "--base-date",
        "2024-12-31",
      ];
      const r = await runCli([...args, "--out", out, "--json", "-", ...extra]);
      expect(r.code).toBe(0);
      const d = json(r.stdout);

      const read = await readTargetsFile(out, DEFAULT_SETTINGS);
      expect(read.findings).toEqual([]);
      expect(read.table).toEqual({
        units: ["枫泾镇", "朱泾镇"],
        years: [2025, 2026, 2027],
        targets: Object.fromEntries(
          d.units.map((u) => [
            u.unit,
            Object.fromEntries(Object.entries(u.targets).map(([y, v]) => [Number(y), v])),
          ])
        ),
        declaredTotals: { 2025: 20, 2026: 24, 2027: 30 },
        source: "目标任务分解 2025-2027",
        decomposition: { method: "equal-growth", baseDate: serialFromYmd(2024, 12, 31) },
      });

      for (const year of [2025, 2026, 2027]) {
        const rep = await runCli([
          "report",
          input,
          "--targets",
          out,
          "--year",
          String(year),
          "--json",
          "-",
        ]);
        expect(rep.code).toBe(0);
        const units = (
          JSON.parse(rep.stdout) as { units: { unit: string; target: number | null }[] }
        ).units;
        expect(units.map((u) => [u.unit, u.target])).toEqual([
          ...d.units.map((u) => [u.unit, u.targets[year]]),
          ["其他", null],
        ]);
      }
    }
  );

  it("a workbook holding its old table and the decomposition: report uses the one covering the year", async () => {
    const out = file("both-targets.xlsx");
    const r = await runCli([
      "decompose",
      input,
      "--totals",
      "2025=20",
      "--base-date",
      "2024-12-31",
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    const decomposed = (await readTargetsFile(out, DEFAULT_SETTINGS)).table;
    const both = file("roster-with-both.xlsx");
    const sheet = decomposed.units.map((u) => [u, decomposed.targets[u][2025]]);
    await writeWorkbook(both, {
      目标任务: TABLE,
      高企名单: ROSTER,
      目标任务分解: [["责任单位", "2025年"], ...sheet, ["合计", 20]],
    });
    const targetsIn = async (year: number) =>
      (
        JSON.parse(
          (await runCli(["report", both, "--year", String(year), "--json", "-"])).stdout
        ) as { units: { target: number | null }[] }
      ).units.map((u) => u.target);
    expect(await targetsIn(2024)).toEqual([10, 6, null]);
    expect(await targetsIn(2025)).toEqual([14, 6, null]);
  });

  it("the bundled sample is decomposed when no workbook is given", async () => {
    const r = await runCli([
      "decompose",
      "--totals",
      "2025=1750,2026=1900,2027=2050",
      "--base-date",
      "2024-12-31",
      "--json",
      "-",
    ]);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.units.map((u) => u.unit)).toHaveLength(12);
    for (const y of ["2025", "2026", "2027"])
      expect(out.units.reduce((s, u) => s + u.targets[y], 0)).toBe(out.total[y]);
  });

  it.each<[string, string[], string]>([
    [
      "bad totals",
      ["--totals", "2025=17x0"],
      'gaoqi: --totals: total "2025=17x0" must be year=total, e.g. 2025=1750',
    ],
    [
      "no totals",
      [],
      "gaoqi: give the totals: --totals 2025=1750,2026=1900 or --double-from 2021 --in 5 --years 2025-2027",
    ],
    [
      "a doubling rule without --in",
      ["--double-from", "2021", "--years", "2025-2027"],
      "gaoqi: the doubling rule needs all of --double-from, --in and --years",
    ],
    [
      "years backwards",
      ["--double-from", "2021", "--in", "5", "--years", "2027-2025"],
      "gaoqi: --years: years 2027-2025 end before they start",
    ],
    [
      "years not after the base year",
      ["--double-from", "2026", "--in", "5", "--years", "2025-2027"],
      "gaoqi: --years: the years to decompose must come after the base year 2026",
    ],
    [
      "both rules",
      ["--totals", "2025=1", "--in", "5"],
      "gaoqi: give --totals or --double-from/--in/--years, not both",
    ],
    [
      "an unknown method",
      ["--totals", "2025=1", "--method", "equal"],
      'gaoqi: --method must be one of share, pipeline, equal-growth (got "equal")',
    ],
    [
      "an unknown floor",
      ["--totals", "2025=1", "--floor", "max"],
      'gaoqi: --floor must be one of both, previous, valid, none (got "max")',
    ],
    [
      "a bad base date",
      ["--totals", "2025=1", "--base-date", "2024/12/31"],
      'gaoqi: --base-date must be YYYY-MM-DD (got "2024/12/31")',
    ],
    [
      "an impossible base date",
      ["--totals", "2025=1", "--base-date", "2024-02-30"],
      "gaoqi: --base-date: no such date 2024-02-30",
    ],
    [
      "a doubling rule whose totals are past any district",
      ["--double-from", "2021", "--in", "1", "--years", "2045", "--base-date", "2024-12-31"],
      "gaoqi: --double-from 2021 --in 1: 2 doubled every 1 years gives 33,554,432 for 2045, more than 1,000,000",
    ],
    [
      "a doubling rule whose totals are past any number",
      ["--double-from", "2021", "--in", "1", "--years", "2999", "--base-date", "2024-12-31"],
      "gaoqi: --double-from 2021 --in 1: 2 doubled every 1 years gives over a trillion for 2999, more than 1,000,000",
    ],
    [
      "--out that is not .xlsx",
      ["--totals", "2025=1", "--out", "t.csv"],
      "gaoqi: t.csv: --out must name an .xlsx file",
    ],
    [
      "years to 999999",
      ["--double-from", "2021", "--in", "5", "--years", "2025-999999"],
      'gaoqi: --years: years "2025-999999" must be written 2025-2027',
    ],
    [
      "a base year of 1900",
      ["--double-from", "1900", "--in", "1", "--years", "2025"],
      "gaoqi: --double-from: base year 1900 is out of range",
    ],
    [
      "a doubling period of a millennium",
      ["--double-from", "2021", "--in", "999", "--years", "2025"],
      "gaoqi: --in: the doubling period must be a whole number of years from 1 to 100",
    ],
    [
      "a total past a million",
      ["--totals", "2025=99999999999999999999"],
      "gaoqi: --totals: the total for 2025 must be a whole number from 0 to 1000000",
    ],
    [
      "a year 9999",
      ["--totals", "9999=5"],
      "gaoqi: --totals: year 9999 is out of range (1901-2999)",
    ],
    [
      "a base date before 1900",
      ["--totals", "2025=1", "--base-date", "1899-12-31"],
      "gaoqi: --base-date: 1899-12-31 is before 1900-01-01, the first date a workbook holds",
    ],
    [
      "a base date in 2200",
      ["--totals", "2025=1", "--base-date", "2200-01-01"],
      "gaoqi: --base-date: 2200-01-01 is after the first year to decompose (2025)",
    ],
    // The fixture has 2 valid at 2021-12-31: doubled yearly, 2040 is the first year past the limit (2 x 2^19).
    [
      "a doubling rule that grows past a million",
      ["--double-from", "2021", "--in", "1", "--years", "2025-2041", "--base-date", "2024-12-31"],
      "gaoqi: --double-from 2021 --in 1: 2 doubled every 1 years gives 1,048,576 for 2040, more than 1,000,000",
    ],
  ])("%s: exit 2, one line, nothing written", async (_label, argv, line) => {
    const before = fs.readdirSync(dir).sort();
    const r = await runCli(["decompose", input, ...argv, "--lang", "en-US"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: line + "\n" });
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it("help in both languages", async () => {
    for (const [argv, text] of [
      [["decompose", "--help"], "用法：gaoqi decompose"],
      [["help", "decompose", "--lang", "en-US"], "Usage: gaoqi decompose"],
      [["--help"], "gaoqi decompose [工作簿.xlsx ...|文件夹] [选项]"],
    ] as const) {
      const r = await runCli([...argv]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(text);
    }
  });
});

describe("parseArgs: decompose", () => {
  it("reads the full command line", () => {
    expect(
      parseArgs([
        "decompose",
        "in.xlsx",
        "--totals",
        "2025=1750,2026=1900",
        "--method",
        "pipeline",
        "--base-date",
        "2024-12-31",
        "--floor",
        "previous",
        "--settings",
        "s.json",
        "--out",
        "t.xlsx",
        "--json",
        "-",
        "--lang",
        "en",
      ])
    ).toEqual({
      command: "decompose",
      workbook: "in.xlsx",
      workbooks: ["in.xlsx"],
      skipUnreadable: false,
      totals: { 2025: 1750, 2026: 1900 },
      doubling: null,
      method: "pipeline",
      floor: "previous",
      baseDate: "2024-12-31",
      settings: "s.json",
      out: "t.xlsx",
      json: "-",
      lang: "en-US",
    });
  });

  it("the doubling rule, and the settings' method and floor when none is given", () => {
    expect(
      parseArgs(["decompose", "--double-from=2021", "--in=5", "--years=2025-2027"])
    ).toMatchObject({
      workbook: null,
      totals: null,
      doubling: { from: 2021, inYears: 5, years: [2025, 2026, 2027] },
      method: null,
      floor: null,
      baseDate: null,
    });
  });

  it.each<[string[], string]>([
    [["--totals", "2025=1", "--bogus"], "未知选项 --bogus（参见 gaoqi decompose --help）"],
    [["--totals"], "--totals 缺少取值"],
    [["--totals", "2025=1", "--skip-unreadable=1"], "--skip-unreadable 不带取值"],
    [
      ["--double-from", "21", "--in", "5", "--years", "2025"],
      "--double-from 须为年份，如 2021（收到“21”）",
    ],
    [
      ["--double-from", "2021", "--in", "five", "--years", "2025"],
      "--in 须为年数，如 5（收到“five”）",
    ],
    [
      ["--double-from", "2021", "--in", "0", "--years", "2025"],
      "--in：翻番年数须为 1 到 100 之间的整数",
    ],
  ])("%j -> %s", (argv, message) => {
    expect(parseArgs(["decompose", ...argv])).toEqual({ command: "error", message, lang: "zh-CN" });
  });
});
