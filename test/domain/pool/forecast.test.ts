/**
 * The cultivation pool at the as-of date and the year-end forecast (docs/rules.md section 8), each rule on
 * a workbook small enough to work out by hand.
 */
import { creditCodeCheckChar } from "../../../src/domain/enterprise/creditCode";
import { serialFromYmd } from "../../../src/domain/core/dates";
import {
  forecastBasis,
  MIN_RENEWAL_BASE,
  neededApplications,
  unitForecast,
} from "../../../src/domain/pool/forecast";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/domain/settings/settings";
import type {
  Analysis,
  CellValue,
  Settings,
  SheetInput,
  UnitRow,
} from "../../../src/domain/core/types";
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";

const ymd = serialFromYmd;
const code = (n: number): string => {
  const body = "91310116MA1F" + String(n).padStart(5, "0");
  return body + creditCodeCheckChar(body);
};

const TARGETS: SheetInput = {
  name: "目标",
  values: [
    ["责任单位", "2023年", "2024年"],
    ["朱泾镇", 6, 7],
    ["枫泾镇", 3, 3],
    ["合计", 9, 10],
  ],
};

const ROSTER_HEAD = ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇"];
const roster = (rows: CellValue[][], name = "名单"): SheetInput => ({
  name,
  values: [ROSTER_HEAD, ...rows],
});
const POOL_HEAD = ["企业名称", "统一社会信用代码", "所属镇", "培育阶段", "计划申报年度"];
const pool = (rows: CellValue[][], name = "培育库"): SheetInput => ({
  name,
  values: [POOL_HEAD, ...rows],
});

/** As of 2023-06-30 (mid-year, so some valid certificates run out before the year ends). Last valid day: issue + 3 years - 1 day. */
const AS_OF = ymd(2023, 6, 30);
const ROSTER = roster([
  /* 2 */ ["上海甲一有限公司", code(1), "GR202031000001", ymd(2020, 10, 15), "朱泾镇"], // valid to 2023-10-14: dropping
  /* 3 */ ["上海甲二有限公司", code(2), "GR202031000002", ymd(2020, 12, 1), "朱泾镇"], // to 2023-11-30: dropping
  /* 4 */ ["上海甲三有限公司", code(3), "GR202131000003", ymd(2021, 11, 1), "朱泾镇"], // to 2024-10-31: stays
  /* 5 */ ["上海甲四有限公司", "", "GR202031000004", ymd(2020, 3, 1), "朱泾镇"], // to 2023-02-28: expired at A
  /* 6 */ ["上海甲五有限公司", code(5), "GR202031000005", ymd(2020, 7, 1), "朱泾镇"], // to 2023-06-30 = A: valid, not dropping
  /* 7 */ ["上海甲六有限公司", code(6), "GR202331000006", ymd(2023, 3, 1), "朱泾镇"], // this year's: stays
  /* 8 */ ["上海乙一有限公司", code(11), "GR202231000011", ymd(2022, 10, 1), "枫泾镇"], // stays
  /* 9 */ ["上海乙二有限公司", code(12), "GR202031000012", ymd(2020, 9, 1), "枫泾镇"], // to 2023-08-31: dropping
]);
const POOL = pool([
  /* 2 */ ["上海池一有限公司", "", "朱泾镇", "推出", 2023], // candidate
  /* 3 */ ["上海池二有限公司", "", "朱泾", "已申报", null], // candidate: no year given
  /* 4 */ ["上海池三有限公司", "", "朱泾镇", "推出", 2024], // submitted for next year: not a candidate
  /* 5 */ ["上海池四有限公司", "", "枫泾镇", "推荐", "2023年"], // candidate
  /* 6 */ ["上海池五有限公司", "", "枫泾镇", "培育", null], // served
  /* 7 */ ["", code(3), "朱泾镇", "推出", 2023], // 甲三 by code: holds a valid certificate -> recognised, stale
  /* 8 */ ["上海甲四有限公司", "", "朱泾镇", "推出", 2023], // 甲四 by name: expired -> back at 推出: candidate
  /* 9 */ ["上海乙一有限公司", "", "", "认定", null], // 乙一 by name, blank unit: 枫泾镇 from the roster; recognised
  /* 10 */ ["", "", "朱泾镇", "推出", 2023], // neither name nor code: pool-unmatched, not counted
  /* 11 */ ["上海池十有限公司", "", "", "发现", null], // blank unit, not in the roster: 其他
  /* 12 */ ["上海甲六有限公司", code(6), "朱泾镇", "服务", 2023], // 甲六: recognised this year, stale
]);

const SETTINGS: Settings = parseSettings({ forecast: { renewalRate: 0.5 } });
const run = (sheets: SheetInput[], settings: Settings = SETTINGS, asOf = AS_OF): Analysis =>
  analyseWorkbook(sheets, { asOf, settings });
const unit = (a: Analysis, name: string): UnitRow => a.units.find((u) => u.unit === name)!;

describe("the pool and the forecast of a small workbook, worked out by hand (as of 2023-06-30)", () => {
  const a = run([TARGETS, ROSTER, POOL]);

  it("reads the pool sheet beside the roster and the targets", () => {
    expect(a.sheets.map((s) => [s.sheet, s.kind, s.headerRow, s.records])).toEqual([
      ["目标", "targets", 0, 0],
      ["名单", "roster", 1, 8],
      ["培育库", "pool", 1, 10],
    ]);
  });

  it("counts the pool per unit by the stage at A, and the pool enterprises recognised this year", () => {
    expect(unit(a, "朱泾镇").pool).toEqual({
      found: 0,
      served: 0,
      submitted: 4,
      recognised: 2,
      recognisedThisYear: 1,
    });
    expect(unit(a, "枫泾镇").pool).toEqual({
      found: 0,
      served: 1,
      submitted: 1,
      recognised: 1,
      recognisedThisYear: 0,
    });
    expect(unit(a, "其他").pool).toEqual({
      found: 1,
      served: 0,
      submitted: 0,
      recognised: 0,
      recognisedThisYear: 0,
    });
    expect(a.total.pool).toEqual({
      found: 1,
      served: 1,
      submitted: 5,
      recognised: 3,
      recognisedThisYear: 1,
    });
  });

  it("朱泾镇: valid 5 - dropping 2 + renewed 2 x 0.5 + new 3 x 0.7 = 6.1 against 6: nothing needed", () => {
    const u = unit(a, "朱泾镇");
    expect(u.valid).toBe(5); // 甲一 甲二 甲三 甲五 甲六
    expect(u.forecast.dropping).toBe(2); // 甲一 甲二 (甲五's last day is A itself)
    expect(u.forecast.renewed).toBe(1);
    expect(u.forecast.new).toBeCloseTo(2.1, 12); // 池一 池二 甲四
    expect(u.forecast.value).toBeCloseTo(6.1, 12);
    expect(u.forecast.gap).toBeCloseTo(-0.1, 12);
    expect(u.forecast.needed).toBe(0);
  });

  it("枫泾镇: valid 2 - 1 + 0.5 + 0.7 = 2.2 against 3: 0.8 short, 2 more applications at 70%", () => {
    const u = unit(a, "枫泾镇");
    expect([u.valid, u.forecast.dropping, u.forecast.renewed]).toEqual([2, 1, 0.5]);
    expect(u.forecast.new).toBeCloseTo(0.7, 12);
    expect(u.forecast.value).toBeCloseTo(2.2, 12);
    expect(u.forecast.gap).toBeCloseTo(0.8, 12);
    expect(u.forecast.needed).toBe(2);
  });

  it("其他 has no target: its forecast has no gap and nothing needed", () => {
    expect(unit(a, "其他").forecast).toEqual({
      dropping: 0,
      renewed: 0,
      new: 0,
      value: 0,
      gap: null,
      needed: null,
    });
  });

  it("the total is forecast from its own sums: 7 - 3 + 1.5 + 2.8 = 8.3 against 9 needs 1, not the units' 0 + 2", () => {
    const f = a.total.forecast;
    expect([a.total.valid, f.dropping, f.renewed]).toEqual([7, 3, 1.5]);
    expect(f.new).toBeCloseTo(2.8, 12);
    expect(f.value).toBeCloseTo(8.3, 12);
    expect(f.gap).toBeCloseTo(0.7, 12);
    expect(f.needed).toBe(1);
  });

  it("says which rates it used", () => {
    expect(a.forecastBasis).toEqual({
      year: 2023,
      renewalRate: 0.5,
      renewalSource: "setting",
      renewalBase: 0,
      renewalRenewed: 0,
      passRate: 0.7,
    });
  });

  it("lists each counted pool enterprise with its stage at A and the stage its cell names", () => {
    expect(
      a.pool.map((p) => [
        p.row,
        p.name,
        p.creditCode,
        p.unit,
        p.stage,
        p.statedStage,
        p.plannedYear,
        p.certNo,
      ])
    ).toEqual([
      [2, "上海池一有限公司", "", "朱泾镇", "submitted", "submitted", 2023, ""],
      [3, "上海池二有限公司", "", "朱泾镇", "submitted", "submitted", null, ""],
      [4, "上海池三有限公司", "", "朱泾镇", "submitted", "submitted", 2024, ""],
      [5, "上海池四有限公司", "", "枫泾镇", "submitted", "submitted", 2023, ""],
      [6, "上海池五有限公司", "", "枫泾镇", "served", "served", null, ""],
      [7, "", code(3), "朱泾镇", "recognised", "submitted", 2023, "GR202131000003"],
      [8, "上海甲四有限公司", "", "朱泾镇", "submitted", "submitted", 2023, ""],
      [9, "上海乙一有限公司", "", "枫泾镇", "recognised", "recognised", null, "GR202231000011"],
      [11, "上海池十有限公司", "", "其他", "found", "found", null, ""],
      [12, "上海甲六有限公司", code(6), "朱泾镇", "recognised", "served", 2023, "GR202331000006"],
    ]);
    expect(a.pool[5]).toMatchObject({
      sheet: "培育库",
      stageColumn: "D",
      recognisedOn: ymd(2021, 11, 1),
    });
  });

  it("reports stale stages, the row without an enterprise and the blank unit nothing fills, in reading order", () => {
    const pooled = a.findings.filter((f) => f.sheet === "培育库");
    expect(pooled.map((f) => [f.row, f.column, f.code, f.severity, f.name ?? ""])).toEqual([
      [7, "D", "pool-stage-stale", "warning", ""],
      [10, "A", "pool-unmatched", "error", ""],
      [11, "C", "missing-unit", "warning", "上海池十有限公司"],
      [12, "D", "pool-stage-stale", "warning", "上海甲六有限公司"],
    ]);
    expect(pooled[3].message).toEqual({
      "zh-CN": "已于 2023-03-01 认定（GR202331000006），培育库仍为“服务”",
      "en-US": 'Recognised on 2023-03-01 (GR202331000006), but the pool still says "served"',
    });
    // The pool's findings come after the roster's: sheets in workbook order.
    expect(a.findings.findIndex((f) => f.sheet === "培育库")).toBeGreaterThan(
      a.findings.map((f) => f.sheet).lastIndexOf("名单")
    );
  });
});

describe("joining pool rows to the roster", () => {
  const R = roster([
    ["上海丙一（集团）有限公司", code(21), "GR202231000021", ymd(2022, 11, 1), "朱泾镇"],
    ["上海丙二有限公司", "", "GR202231000022", ymd(2022, 11, 1), "朱泾镇"],
  ]);
  it.each<[string, CellValue[], "recognised" | "found"]>([
    ["by credit code, whatever the name", ["另一个名字", code(21), "", "发现", null], "recognised"],
    [
      "by credit code written with spaces and lower case",
      [
        "",
        ` ${code(21).toLowerCase().slice(0, 9)} ${code(21).toLowerCase().slice(9)}`,
        "",
        "发现",
        null,
      ],
      "recognised",
    ],
    [
      "by normalised name when the row has no code (full-width brackets, spaces)",
      ["上海丙一(集团) 有限公司", "", "", "发现", null],
      "recognised",
    ],
    [
      "by name to an enterprise the roster knows only by name; the pool brings the code",
      ["上海丙二有限公司", code(22), "", "发现", null],
      "recognised",
    ],
    [
      "not by name when the codes differ",
      ["上海丙一（集团）有限公司", code(23), "", "发现", null],
      "found",
    ],
  ])("%s", (_label, row, stage) => {
    const a = run([TARGETS, R, pool([row])], SETTINGS, ymd(2023, 12, 31));
    expect(a.pool[0].stage).toBe(stage);
    expect(a.pool[0].unit).toBe(stage === "recognised" ? "朱泾镇" : "其他");
  });

  it("counts an enterprise once however many pool rows name it, and says which rows repeat", () => {
    const P = pool([
      ["上海丁一有限公司", code(31), "朱泾镇", "服务", null],
      ["上海丁一有限公司", "", "枫泾镇", "推出", 2023],
    ]);
    const P2 = pool([["", code(31), "朱泾镇", "推出", null]], "培育库二");
    const a = run([TARGETS, R, P, P2], SETTINGS, ymd(2023, 12, 31));
    expect(a.pool.map((p) => [p.sheet, p.row, p.stage])).toEqual([["培育库", 2, "served"]]);
    expect(a.total.pool).toMatchObject({ served: 1, submitted: 0 });
    const repeats = a.findings.filter((f) => f.code === "duplicate");
    expect(repeats.map((f) => [f.sheet, f.row, f.message["zh-CN"]])).toEqual([
      ["培育库", 3, "与 培育库 第 2 行为同一企业：此行不重复计入培育库"],
      ["培育库二", 2, "与 培育库 第 2 行为同一企业：此行不重复计入培育库"],
    ]);
  });
});

describe("the stage at A", () => {
  const R = roster([["上海戊一有限公司", code(41), "GR202031000041", ymd(2020, 11, 1), "枫泾镇"]]); // valid to 2023-10-31
  const P = pool([["上海戊一有限公司", code(41), "", "推出", 2023]]);

  it("recognised while the certificate is valid, whatever the cell says (a stale-stage finding)", () => {
    const a = run([TARGETS, R, P], SETTINGS, ymd(2023, 10, 31));
    expect(a.pool[0]).toMatchObject({
      stage: "recognised",
      statedStage: "submitted",
      unit: "枫泾镇",
    });
    expect(a.findings.filter((f) => f.code === "pool-stage-stale")).toHaveLength(1);
    expect(unit(a, "枫泾镇").forecast.new).toBe(0);
  });

  it("back at the cell's stage once the certificate has expired: no finding, and a candidate again", () => {
    const a = run([TARGETS, R, P], SETTINGS, ymd(2023, 11, 1));
    expect(a.pool[0]).toMatchObject({
      stage: "submitted",
      statedStage: "submitted",
      certNo: "",
      recognisedOn: null,
    });
    expect(a.findings.filter((f) => f.code === "pool-stage-stale")).toHaveLength(0);
    expect(unit(a, "枫泾镇").forecast.new).toBeCloseTo(0.7, 12);
  });

  it("a certificate issued after A does not count yet; a cell that already says 认定 raises no finding", () => {
    const later = roster([
      ["上海戊二有限公司", code(42), "GR202331000042", ymd(2023, 11, 20), "枫泾镇"],
    ]);
    const a = run(
      [
        TARGETS,
        later,
        pool([
          ["上海戊二有限公司", "", "", "服务", null],
          ["上海戊三", "", "枫泾镇", "已认定", null],
        ]),
      ],
      SETTINGS,
      ymd(2023, 6, 30)
    );
    expect(a.pool.map((p) => [p.stage, p.unit])).toEqual([
      ["served", "枫泾镇"],
      ["recognised", "枫泾镇"],
    ]);
    expect(a.findings.filter((f) => f.sheet === "培育库")).toEqual([]);
  });

  it("a certificate whose qualification was revoked by A does not make it recognised", () => {
    const revoked: SheetInput = {
      name: "名单",
      values: [
        [...ROSTER_HEAD, "取消日期"],
        [
          "上海戊四有限公司",
          code(44),
          "GR202231000044",
          ymd(2022, 11, 1),
          "枫泾镇",
          ymd(2023, 5, 1),
        ],
      ],
    };
    const P4 = pool([["上海戊四有限公司", "", "", "服务", null]]);
    expect(run([TARGETS, revoked, P4], SETTINGS, ymd(2023, 4, 30)).pool[0].stage).toBe(
      "recognised"
    );
    const a = run([TARGETS, revoked, P4], SETTINGS, ymd(2023, 5, 1));
    expect(a.pool[0]).toMatchObject({ stage: "served", unit: "枫泾镇" });
    expect(a.findings.filter((f) => f.code === "pool-stage-stale")).toHaveLength(0);
  });

  it("a certificate issued after a revocation makes it recognised again", () => {
    const again: SheetInput = {
      name: "名单",
      values: [
        [...ROSTER_HEAD, "取消日期"],
        [
          "上海戊五有限公司",
          code(45),
          "GR201931000045",
          ymd(2019, 11, 1),
          "枫泾镇",
          ymd(2021, 5, 1),
        ],
        ["上海戊五有限公司", code(45), "GR202331000046", ymd(2023, 3, 1), "枫泾镇", null],
      ],
    };
    const P5 = pool([["上海戊五有限公司", "", "", "服务", null]]);
    expect(run([TARGETS, again, P5], SETTINGS, ymd(2023, 2, 28)).pool[0].stage).toBe("served");
    expect(run([TARGETS, again, P5], SETTINGS, ymd(2023, 3, 1)).pool[0]).toMatchObject({
      stage: "recognised",
      certNo: "GR202331000046",
    });
  });

  it("a blank or unreadable stage counts as found", () => {
    const a = run(
      [
        TARGETS,
        R,
        pool([
          ["上海己一", "", "朱泾镇", "", null],
          ["上海己二", "", "朱泾镇", "待定", null],
        ]),
      ],
      SETTINGS,
      ymd(2023, 12, 31)
    );
    expect(unit(a, "朱泾镇").pool.found).toBe(2);
    expect(a.findings.filter((f) => f.code === "pool-stage-unknown")).toHaveLength(2);
  });
});

describe("without a pool sheet", () => {
  it("pool counts are 0 and the forecast still runs on renewals alone", () => {
    const a = run([TARGETS, ROSTER]);
    expect(a.pool).toEqual([]);
    expect(a.total.pool).toEqual({
      found: 0,
      served: 0,
      submitted: 0,
      recognised: 0,
      recognisedThisYear: 0,
    });
    expect(unit(a, "朱泾镇").forecast).toMatchObject({
      dropping: 2,
      renewed: 1,
      new: 0,
      value: 4,
      gap: 2,
      needed: 3,
    });
  });

  it("a forecast at 31 December has nothing left to drop", () => {
    const a = run([TARGETS, ROSTER], SETTINGS, ymd(2023, 12, 31));
    expect(a.total.forecast).toMatchObject({
      dropping: 0,
      renewed: 0,
      new: 0,
      value: a.total.valid,
    });
  });
});

/**
 * The renewal base for a forecast of 2024: certificates whose last valid day falls in 2022 or 2023.
 * Issued 2019-10-01: valid to 2022-09-30 (E = 2022); issued 2020-11-01: valid to 2023-10-31 (E = 2023).
 */
function renewalRoster(
  count2022: number,
  renewed2022: number,
  count2023: number,
  renewed2023: number,
  extra: CellValue[][] = []
): SheetInput {
  const rows: CellValue[][] = [];
  let n = 100;
  const add = (first: number, renewal: number | null) => {
    const c = code(n++);
    rows.push([
      `上海续${n}有限公司`,
      c,
      `GR${ymdYear(first)}31${String(n).padStart(6, "0")}`,
      first,
      "朱泾镇",
    ]);
    if (renewal !== null)
      rows.push([
        `上海续${n}有限公司`,
        c,
        `GR${ymdYear(renewal)}31${String(n + 500).padStart(6, "0")}`,
        renewal,
        "朱泾镇",
      ]);
  };
  for (let i = 0; i < count2022; i++)
    add(ymd(2019, 10, 1), i < renewed2022 ? ymd(2022, 11, 1) : null);
  for (let i = 0; i < count2023; i++)
    add(ymd(2020, 11, 1), i < renewed2023 ? ymd(2023, 11, 15) : null);
  return roster([...rows, ...extra]);
}
const ymdYear = (s: number): number =>
  new Date(Date.UTC(1899, 11, 30) + s * 86400000).getUTCFullYear();

describe("the renewal rate measured from the data", () => {
  const DATA: Settings = DEFAULT_SETTINGS;
  const END_2024 = ymd(2024, 12, 31);

  it("with a base of 20 entries it is renewed / base (source: data)", () => {
    const a = run([TARGETS, renewalRoster(10, 6, 10, 5)], DATA, END_2024);
    expect(a.forecastBasis).toEqual({
      year: 2024,
      renewalRate: 11 / 20,
      renewalSource: "data",
      renewalBase: 20,
      renewalRenewed: 11,
      passRate: 0.7,
    });
  });

  it("with 19 it says too little: the default 0.7 (source: default), the base still reported", () => {
    const a = run([TARGETS, renewalRoster(9, 6, 10, 5)], DATA, END_2024);
    expect(a.forecastBasis).toMatchObject({
      renewalRate: 0.7,
      renewalSource: "default",
      renewalBase: 19,
      renewalRenewed: 11,
    });
    expect(MIN_RENEWAL_BASE).toBe(20);
  });

  it("a rate the user set wins over the data (source: setting)", () => {
    const a = run(
      [TARGETS, renewalRoster(10, 6, 10, 5)],
      parseSettings({ forecast: { renewalRate: 0.9, passRate: 0.6 } }),
      END_2024
    );
    expect(a.forecastBasis).toEqual({
      year: 2024,
      renewalRate: 0.9,
      renewalSource: "setting",
      renewalBase: 20,
      renewalRenewed: 11,
      passRate: 0.6,
    });
  });

  it("renewed only by a newer certificate issued by 31 December of the year it ran out", () => {
    // 2019 certificates renewed in 2023 (too late for E = 2022) count as not renewed.
    const late = renewalRoster(0, 0, 0, 0, [
      ["上海迟一", code(901), "GR201931000901", ymd(2019, 10, 1), "朱泾镇"],
      ["上海迟一", code(901), "GR202331000902", ymd(2023, 1, 5), "朱泾镇"],
      ["上海迟二", code(903), "GR201931000903", ymd(2019, 10, 1), "朱泾镇"],
      ["上海迟二", code(903), "GR202231000904", ymd(2022, 12, 31), "朱泾镇"],
    ]);
    expect(run([TARGETS, late], DATA, END_2024).forecastBasis).toMatchObject({
      renewalBase: 2,
      renewalRenewed: 1,
    });
  });

  it.each<[string, CellValue[][], number]>([
    [
      "a certificate running out in 2021 is outside the base",
      [["上海外一", code(911), "GR201831000911", ymd(2018, 10, 1), "朱泾镇"]],
      0,
    ],
    [
      "one running out in 2024 (the forecast year) is outside too",
      [["上海外二", code(912), "GR202131000912", ymd(2021, 10, 1), "朱泾镇"]],
      0,
    ],
    [
      "a certificate with a newer one issued before its year began is not an entry",
      [
        ["上海外三", code(913), "GR201931000913", ymd(2019, 10, 1), "朱泾镇"],
        ["上海外三", code(913), "GR202131000914", ymd(2021, 6, 1), "朱泾镇"],
      ],
      0,
    ],
    [
      "two certificates of one enterprise running out in the same year are one entry",
      [
        ["上海外四", code(915), "GR201931000915", ymd(2019, 3, 1), "朱泾镇"],
        ["上海外四", code(915), "GR201931000916", ymd(2019, 10, 1), "朱泾镇"],
      ],
      1,
    ],
    [
      "an enterprise renewed early is an entry for its newer certificate's year only",
      [
        ["上海外五", code(917), "GR201931000917", ymd(2019, 10, 1), "朱泾镇"],
        ["上海外五", code(917), "GR202031000918", ymd(2020, 11, 1), "朱泾镇"],
      ],
      1,
    ],
  ])("%s", (_label, rows, base) => {
    expect(run([TARGETS, roster(rows)], DATA, END_2024).forecastBasis.renewalBase).toBe(base);
  });

  it("an enterprise that had left the district by its last valid day is outside the base", () => {
    const head = [...ROSTER_HEAD, "迁出日期"];
    const sheet: SheetInput = {
      name: "名单",
      values: [
        head,
        ["上海离一", code(921), "GR201931000921", ymd(2019, 10, 1), "朱泾镇", ymd(2022, 5, 1)],
        ["上海离二", code(922), "GR201931000922", ymd(2019, 10, 1), "朱泾镇", ymd(2022, 12, 1)],
      ],
    };
    expect(run([TARGETS, sheet], DATA, END_2024).forecastBasis.renewalBase).toBe(1);
  });

  it("a duplicate row is not a second certificate", () => {
    const rows: CellValue[][] = [
      ["上海重一", code(931), "GR201931000931", ymd(2019, 10, 1), "朱泾镇"],
      ["上海重一", code(931), "GR201931000931", ymd(2019, 10, 1), "朱泾镇"],
    ];
    expect(run([TARGETS, roster(rows)], DATA, END_2024).forecastBasis).toMatchObject({
      renewalBase: 1,
      renewalRenewed: 0,
    });
  });

  it("the measured rate is what the forecast multiplies", () => {
    // As of 2024-06-30, a 2021-09-01 certificate (valid to 2024-08-31) drops out; the data rate is 11/20.
    const extra = [["上海落一", code(941), "GR202131000941", ymd(2021, 9, 1), "枫泾镇"]];
    const a = run([TARGETS, renewalRoster(10, 6, 10, 5, extra)], DATA, ymd(2024, 6, 30));
    expect(unit(a, "枫泾镇").forecast).toMatchObject({ dropping: 1, renewed: 11 / 20 });
  });
});

describe("forecast arithmetic", () => {
  const basis = forecastBasis({ passRate: 0.7, renewalRate: 0.8 }, 2024, { base: 0, renewed: 0 });

  it.each<[number, number, number]>([
    [0, 0.7, 0],
    [-3, 0.7, 0],
    [1e-12, 0.7, 0],
    [0.7, 0.7, 1],
    [2.1, 0.7, 3], // 2.1 / 0.7 is 3.0000000000000004 in floating point: still 3
    [0.71, 0.7, 2],
    [10, 1, 10],
    [82, 0.7, 118],
  ])("a gap of %p at pass rate %p needs %p applications", (gap, passRate, needed) => {
    expect(neededApplications(gap, passRate)).toBe(needed);
  });

  it("value = valid - dropping + dropping x renewal rate + candidates x pass rate", () => {
    expect(unitForecast(100, 110, 10, 5, basis)).toEqual({
      dropping: 10,
      renewed: 8,
      new: 3.5,
      value: 101.5,
      gap: 8.5,
      needed: 13,
    });
    expect(unitForecast(100, null, 10, 5, basis)).toMatchObject({
      value: 101.5,
      gap: null,
      needed: null,
    });
  });

  it("the pass rate defaults to 0.7", () => {
    expect(DEFAULT_SETTINGS.forecast).toEqual({ passRate: 0.7, renewalRate: "data" });
    expect(run([TARGETS, ROSTER, POOL], DEFAULT_SETTINGS).forecastBasis.passRate).toBe(0.7);
  });
});
