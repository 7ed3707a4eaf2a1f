/**
 * Hostile pool and contact sheets through the whole CLI and the engine: unreadable, negative and too-late
 * dates are findings, stage, status and problem text starting with = + - @ is kept as text in every output
 * and gets a formula-like finding, and names hiding direction marks or zero-width characters join the
 * enterprise they show. Outputs stay whole and valid; the input is never changed.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { writeReportXlsx } from "../../src/cli/renderXlsx";
import { serialFromYmd } from "../../src/domain/core/dates";
import { buildReport } from "../../src/domain/report/buildReport";
import { bulletinOptions } from "../../src/domain/report/bulletinOptions";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { CellValue, Finding } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { MAX_WHOLE_SHEET_ROWS } from "../../src/cli/analyseFile";
import { runCli, writeWorkbook } from "./helpers";
import { xlsxParts, zipParts } from "./xlsx/buildXlsx";
import { readAll } from "./xlsx/readAll";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-hostile-sheets-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ROSTER_HEADER = ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇（园区）"];
const POOL_HEADER = ["企业名称", "统一社会信用代码", "培育阶段", "所属镇（园区）", "计划申报年度"];
const CONTACT_HEADER = [
  "走访日期",
  "企业名称",
  "走访人",
  "走访形式",
  "问题",
  "办理状态",
  "办结时限",
];

// 甲 holds a certificate valid at 2023-12-31; 乙's expired in 2023 (issued 2020-07-08), so it is on the call list.
const roster: CellValue[][] = [
  ROSTER_HEADER,
  ["上海甲科技有限公司", null, "GR202231000001", serialFromYmd(2022, 10, 1), "枫泾镇"],
  ["上海乙科技有限公司", null, "GR202031000002", serialFromYmd(2020, 7, 8), "朱泾镇"],
];

/** The formula-like texts a town's sheet may hold, each with the column it is in. */
const PAYLOADS = ["=cmd|' /C calc'!A0", "+1+1", "-服务", "@SUM(1)"];

const pool: CellValue[][] = [
  POOL_HEADER,
  // Bidi override, zero-width space and a left-to-right mark hidden in 甲's name: the same enterprise.
  ["\u202e上海甲\u200b科技有限公司\u200e", null, "服务", "枫泾镇", 2024],
  ...PAYLOADS.map((stage, i): CellValue[] => [
    `上海池${i}科技有限公司`,
    null,
    stage,
    "枫泾镇",
    2023,
  ]),
  ["上海丙科技有限公司😀", null, "申报", "朱泾镇", "明年"],
  ["上海丁科技有限公司", null, "申报", "朱泾镇", -2023],
];

const contacts: CellValue[][] = [
  CONTACT_HEADER,
  [
    serialFromYmd(2023, 11, 1),
    "上海乙科技有限公司\u2066",
    "王",
    "走访",
    PAYLOADS[0],
    PAYLOADS[1],
    serialFromYmd(2023, 11, 30),
  ],
  [serialFromYmd(2023, 11, 2), "上海甲科技有限公司", "王", "电话", PAYLOADS[3], PAYLOADS[2], null],
  ["二〇二三年十三月一日", "上海甲科技有限公司", "王", "走访", "", "已办结", null],
  [-5, "上海甲科技有限公司", "王", "走访", "", "已办结", null],
  [2_958_466, "上海甲科技有限公司", "王", "走访", "", "已办结", null],
  [serialFromYmd(2023, 6, 1), "上海甲科技有限公司", "王", "走访", "问题", "办理中", "下个月"],
];

const at = (f: Finding): string => `${f.sheet}!${f.column}${f.row} ${f.code}`;

describe("hostile pool and contact cells in the engine", () => {
  const a = analyseWorkbook(
    [
      { name: "名单", values: roster },
      { name: "培育库", values: pool },
      { name: "走访", values: contacts },
    ],
    { asOf: serialFromYmd(2023, 12, 31) }
  );
  const findings = a.findings.map(at);

  it("stage, status and problem text starting with = + - @ is kept as written, with a formula-like finding each", () => {
    expect(findings.filter((f) => f.endsWith("formula-like")).sort()).toEqual(
      [
        "培育库!C3",
        "培育库!C4",
        "培育库!C5",
        "培育库!C6",
        "走访!E2",
        "走访!F2",
        "走访!E3",
        "走访!F3",
      ]
        .map((c) => `${c} formula-like`)
        .sort()
    );
    expect(a.problems.map((p) => p.problem).sort()).toEqual(
      [PAYLOADS[0], PAYLOADS[3], "问题"].sort()
    );
  });

  it.each([
    ["garbage text", "走访!A4 bad-date"],
    ["a negative serial", "走访!A5 bad-date"],
    ["a serial past 9999-12-31", "走访!A6 bad-date"],
    ["a due date in words", "走访!G7 bad-date"],
    ["a planned year in words", "培育库!E7 bad-date"],
    ["a negative planned year", "培育库!E8 bad-date"],
  ])("%s is a finding at its cell", (_what, expected) => {
    expect(findings).toContain(expected);
  });

  it("a date that cannot be read leaves the contact out: 甲's visits are the two readable ones", () => {
    const jia = a.units.find((u) => u.unit === "枫泾镇")!;
    expect(jia.contacts.visits).toBe(2);
  });

  it("a name hiding direction marks and zero-width characters joins the enterprise it shows; an emoji makes another name", () => {
    // The pool's 甲 is recognised (it holds a certificate): it says 服务, so the stage is stale.
    expect(findings).toContain("培育库!C2 pool-stage-stale");
    expect(findings.filter((f) => f.endsWith("visit-unmatched"))).toEqual([]);
    const names = a.pool.map((p) => p.name);
    expect(names).toContain("上海丙科技有限公司😀");
    // 乙 was visited (its name carried an isolate mark): its visit counts for the call list.
    expect(a.toVisit.map((v) => v.name)).not.toContain("上海乙科技有限公司");
  });

  it("lone surrogates and control characters in names still give an analysis and a report that reads back", async () => {
    const odd = [
      ROSTER_HEADER,
      ["上海\ud800甲科技有限公司", null, "GR202231000001", serialFromYmd(2022, 10, 1), "枫泾镇"],
      [
        "=上海\udfff\u0001乙科技有限公司",
        null,
        "GR202031000002",
        serialFromYmd(2020, 7, 8),
        "=枫泾",
      ],
    ];
    const b = analyseWorkbook([{ name: "名单", values: odd }], {
      asOf: serialFromYmd(2023, 12, 31),
    });
    expect(b.total.valid).toBe(1);
    const compare = analyseWorkbook([{ name: "名单", values: odd }], {
      asOf: serialFromYmd(2022, 12, 31),
    });
    const file = path.join(dir, "odd.xlsx");
    await writeReportXlsx(
      file,
      buildReport(b, compare, bulletinOptions(DEFAULT_SETTINGS, "zh-CN", serialFromYmd(2024, 1, 2)))
    );
    const sheets = await readAll(file);
    const texts = sheets
      .flatMap((s) => s.rows.flatMap((r) => r.values))
      .filter((v): v is string => typeof v === "string");
    // 乙 (expired in 2023) is listed: its lone surrogate, which UTF-8 cannot carry, comes back as U+FFFD,
    // the control character (escaped as _x0001_) as itself, and the name stays text.
    expect(texts).toContain("=上海\ufffd\u0001乙科技有限公司");
  });
});

describe("200,000 visits joined to 20,000 enterprises (the engine; the CLI's time and memory: npm run bench)", () => {
  it("every visit joins its enterprise, by name or by credit code, and the call list is right", () => {
    // All 20,000 certificates were issued 2020-07-08 and lapse in 2023: every enterprise is on 2023's
    // expiring list. Even ones were last visited in December (within the 90 days), odd ones in June.
    const N = 20_000;
    const code = (i: number): string => `91310116MA${String(i).padStart(7, "0")}X`;
    const rosterRows: CellValue[][] = [
      ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇（园区）"],
    ];
    for (let i = 0; i < N; i++)
      rosterRows.push([
        `上海${i}科技有限公司`,
        code(i),
        `GR202031${String(i).padStart(6, "0")}`,
        serialFromYmd(2020, 7, 8),
        "枫泾镇",
      ]);
    const visitRows: CellValue[][] = [
      ["走访日期", "企业名称", "统一社会信用代码", "走访形式", "办理状态"],
    ];
    const visitDate = (v: number): number =>
      serialFromYmd(2023, (v % N) % 2 === 0 ? 12 : 1 + (v % 6), 1 + (v % 28));
    for (let v = 0; v < 10 * N; v++) {
      const i = v % N;
      // One visit in three is written by credit code alone, with the name left blank.
      const byCode = v % 3 === 0;
      visitRows.push([
        visitDate(v),
        byCode ? null : `上海${i}科技有限公司`,
        byCode ? code(i) : null,
        "走访",
        "已办结",
      ]);
    }
    const lastVisit = (i: number): number =>
      Math.max(...Array.from({ length: 10 }, (_, k) => visitDate(i + k * N)));
    const a = analyseWorkbook(
      [
        { name: "名单", values: rosterRows },
        { name: "走访", values: visitRows },
      ],
      { asOf: serialFromYmd(2023, 12, 31) }
    );
    expect(a.findings.filter((f) => f.code === "visit-unmatched")).toEqual([]);
    expect(a.total.contacts).toMatchObject({ visits: 10 * N, enterprises: N, toVisit: N / 2 });
    expect(a.expiring).toHaveLength(N);
    const last = new Map(a.expiring.map((e) => [e.name, e.lastContact]));
    for (const i of [0, 1, 7_777, N - 1])
      expect(last.get(`上海${i}科技有限公司`)).toBe(lastVisit(i));
  });
});

describe("hostile pool and contact sheets through the CLI", () => {
  it("exit 0 with findings; every output keeps the texts as text and the input is unchanged", async () => {
    const input = path.join(dir, "in.xlsx");
    await writeWorkbook(input, { 名单: roster, 培育库: pool, 走访: contacts });
    const before = fs.readFileSync(input);
    const out = path.join(dir, "r.xlsx");
    const json = path.join(dir, "r.json");
    const workpaper = path.join(dir, "w.xlsx");
    const r = await runCli([
      "report",
      input,
      "--as-of",
      "2023-12-31",
      "--json",
      json,
      "--out",
      out,
      "--workpaper",
      workpaper,
    ]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const j = JSON.parse(fs.readFileSync(json, "utf8"));
    const formulaLike = j.findings
      .filter((f: { code: string }) => f.code === "formula-like")
      .map((f: { sheet: string; column: string; row: number }) => `${f.sheet}!${f.column}${f.row}`);
    expect(formulaLike).toEqual(expect.arrayContaining(["培育库!C3", "走访!E2", "走访!F2"]));
    expect(j.problems.map((p: { problem: string }) => p.problem)).toEqual(
      expect.arrayContaining([PAYLOADS[0], PAYLOADS[3]])
    );

    // The written bulletin and working papers: the payloads are there as strings, and no cell became a
    // formula that holds one.
    const strings: string[] = [];
    const formulas: string[] = [];
    for (const file of [out, workpaper]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((c) => {
            if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.formula);
            else if (typeof c.value === "string") strings.push(c.value);
          })
        )
      );
    }
    // The working papers' findings sheet quotes each payload inside its message.
    for (const p of PAYLOADS) expect(strings.some((s) => s.includes(`“${p}”`))).toBe(true);
    for (const p of PAYLOADS) expect(formulas.filter((f) => f.includes(p.slice(1)))).toEqual([]);
  });
});

describe("sheets read whole have a row bound", () => {
  const inline = (ref: string, text: string): string =>
    `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const header = `<row r="1">${inline("A1", "企业名称")}${inline("B1", "培育阶段")}</row>`;
  const rows = (n: number): string => {
    const out: string[] = [header];
    for (let r = 2; r <= n + 1; r++)
      out.push(
        `<row r="${r}">${inline(`A${r}`, `上海池${r}科技有限公司`)}${inline(`B${r}`, "服务")}</row>`
      );
    return out.join("");
  };
  const rosterXml =
    `<row r="1">${inline("A1", "企业名称")}${inline("B1", "证书编号")}${inline("C1", "发证日期")}</row>` +
    `<row r="2">${inline("A2", "上海甲科技有限公司")}${inline("B2", "GR202231000001")}<c r="C2"><v>44835</v></c></row>`;

  // The bound itself is read: `npm run bench` (hostile sizes) reads a pool and a contact log of exactly
  // MAX_WHOLE_SHEET_ROWS rows, too slow for this suite.
  it(`a pool sheet of more than ${MAX_WHOLE_SHEET_ROWS.toLocaleString("en-US")} rows is refused with one line, nothing written`, async () => {
    const file = path.join(dir, "pool-past-bound.xlsx");
    const spec = {
      sheets: [
        { name: "名单", xml: rosterXml },
        { name: "培育库", xml: rows(MAX_WHOLE_SHEET_ROWS + 1) },
      ],
    };
    fs.writeFileSync(file, await zipParts(xlsxParts(spec)));
    const out = fs.mkdtempSync(path.join(dir, "bound-"));
    const r = await runCli([
      "report",
      file,
      "--lang",
      "en-US",
      "--as-of",
      "2023-12-31",
      "--json",
      path.join(out, "r.json"),
    ]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `gaoqi: ${file}: refused: past a safety limit (sheet 培育库, a pool sheet, has more than 250,000 rows)\n`,
    });
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe("hostile target tables through the CLI", () => {
  const years = Array.from({ length: 500 }, (_, i) => 1800 + i);
  it.each([
    ["a year column 9999 beside the year in use", ["2023年", "9999年"], [12, 99]],
    [
      "hundreds of year columns (1800-2299)",
      years.map((y) => `${y}年`),
      years.map((y) => (y === 2023 ? 12 : 1)),
    ],
  ])("%s: exit 0, the as-of year's targets counted", async (_what, heads, values) => {
    const input = path.join(dir, "targets.xlsx");
    await writeWorkbook(input, {
      名单: roster,
      目标任务: [
        ["责任单位", ...heads],
        ["枫泾镇", ...values],
        ["朱泾镇", ...values],
        ["合计", ...values.map((v) => v * 2)],
      ],
    });
    const json = path.join(dir, "targets.json");
    const r = await runCli(["report", input, "--year", "2023", "--json", json]);
    expect(r.code).toBe(0);
    const j = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(j.units.map((u: { unit: string; target: number }) => [u.unit, u.target])).toEqual(
      expect.arrayContaining([
        ["枫泾镇", 12],
        ["朱泾镇", 12],
      ])
    );
    expect(j.total.target).toBe(24);
  });
});

describe("a target table without unit rows", () => {
  it("given as --targets, is refused with the sheet named; nothing counts under 其他 by mistake", async () => {
    const roster = path.join(dir, "empty-targets-roster.xlsx");
    await writeWorkbook(roster, {
      名单: [ROSTER_HEADER, ["甲公司", null, "GR202331000001", "2023-05-01", "枫泾镇"]],
    });
    for (const [k, rows] of [[], [["合计", 100]], [[null, 3]]].entries()) {
      const targets = path.join(dir, `empty-targets-${k}.xlsx`);
      await writeWorkbook(targets, { 目标任务: [["责任单位", "2023年"], ...rows] });
      const r = await runCli(["report", roster, "--targets", targets, "--year", "2023"]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        `gaoqi: ${targets}: 目标任务表（工作表“目标任务”）在表头下没有任何单位行`
      );
      expect(r.stdout).toBe("");
    }
  });
});
