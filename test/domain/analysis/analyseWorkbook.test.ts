import { creditCodeCheckChar } from "../../../src/domain/enterprise/creditCode";
import { isoFromSerial, serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import type { CellValue, SheetInput } from "../../../src/domain/core/types";
import { analyseWorkbook, classifySheet } from "../../../src/domain/analysis/analyseWorkbook";

const ymd = serialFromYmd;
/** A credit code with a correct check character. */
const code = (n: number): string => {
  const body = "91310116MA1J" + String(n).padStart(5, "0");
  return body + creditCodeCheckChar(body);
};
const CA = code(1),
  CB = code(2),
  CC = code(3),
  CD = code(4),
  CE = code(5),
  CF = code(6),
  CG = code(7);
const CH = code(8),
  CI = code(9),
  CJ = code(10),
  CK = code(11),
  CL = code(12),
  CN = code(13);
// N's code with its check character changed.
const CN_BAD = CN.slice(0, 17) + (CN[17] === "0" ? "1" : "0");

const TARGETS: SheetInput = {
  name: "目标任务",
  values: [
    ["责任单位", "2022年", "2023年"],
    ["朱泾镇", 4, 5],
    ["枫泾镇", 2, 4],
    ["碳谷绿湾公司", 1, 2],
    ["合计", 8, 11], // 2022: 4 + 2 + 1 = 7, not 8 -> a target-total finding at B5
  ],
};

const ROSTER: SheetInput = {
  name: "高企名单",
  values: [
    /* 1 */ ["金山区高新技术企业名单（截至2023年底）"],
    /* 2 */ [],
    /* 3 */ [
      "序号",
      "企业名称",
      "统一社会信用代码",
      "证书编号",
      "发证日期（年月日）",
      "所属镇（园区）",
      "认定类型",
      "取消年度",
    ],
    /* 4 */ [1, "甲科技有限公司", CA, "GR202031000001", "2020.11.12", "朱泾"],
    /* 5 */ [2, "甲科技有限公司", CA, "GR202331000101", ymd(2023, 11, 20), "朱泾镇"],
    /* 6 */ [3, "乙科技（上海）有限公司", CB, "GR202131000002", "2021年10月9日", "枫泾镇"],
    /* 7 */ [
      4,
      "丙材料有限公司",
      CC,
      "GR202031000003",
      new Date(Date.UTC(2020, 11, 2)),
      "碳谷绿湾",
    ],
    /* 8 */ [5, "丁电子有限公司", CD, "GR202131000004", "2021-01-01", "朱泾镇"],
    /* 9 */ [],
    /* 10 */ [7, "戊生物有限公司", CE, "GR202331000005", ymd(2023, 12, 5), "枫泾", "重新认定"],
    /* 11 */ [8, "己软件有限公司", CF, "GR202231000006", "2023/1/5", "火星园区"],
    /* 12 */ [9, "庚新能源有限公司", CK, "GR202331000011", null, ""],
    /* 13 */ [10, "辛智能有限公司", CL, "GR202331000012", "2023年13月5日", "碳谷绿湾公司"],
    /* 14 */ [11, "", "", "GR202331000099", ymd(2023, 5, 1), "朱泾镇"],
    /* 15 */ [12, "壬装备有限公司", CN_BAD, "GR202231000013", 20221220, "朱泾镇", "首次认定"],
    /* 16 */ [13, "癸化工有限公司", CJ, "GR202131000010", ymd(2021, 12, 1), "朱泾镇", null, 2023],
  ],
};

const MOVES: SheetInput = {
  name: "迁入迁出",
  values: [
    /* 1 */ [
      "Company",
      "Credit Code",
      "Certificate No",
      "Issue Date",
      "Unit",
      "Move-in Date",
      "Move-out Date",
    ],
    /* 2 */ [
      "子精密有限公司",
      CG,
      "GR202131000007",
      ymd(2021, 6, 15),
      "朱泾镇",
      ymd(2023, 3, 1),
      null,
    ],
    /* 3 */ ["丑医药有限公司", CH, "GR202131000008", "2021-11-01", "枫泾镇", null, "2023-06-30"],
    /* 4 */ ["寅光电有限公司", CI, "GR202331000009", "2023-02-10", "枫泾", "2023-08-01", null],
    /* 5 */ ["乙科技(上海) 有限公司", null, "GR202131000002", "2021-10-09", "枫泾镇", null, null],
  ],
};

const NOTES: SheetInput = { name: "说明", values: [["本工作簿说明"], ["数据来源：区科委"]] };

describe("analyseWorkbook: a small workbook computed by hand (as of 2023-12-31)", () => {
  const a = analyseWorkbook([TARGETS, ROSTER, MOVES, NOTES], { asOf: ymd(2023, 12, 31) });

  // Day-before convention: last valid day = EDATE(issue, 36) - 1. Previous year end P = 2022-12-31.
  //  甲 A  朱泾   2020-11-12 (last 2023-11-11) and 2023-11-20 (last 2026-11-19): P yes 朱泾, A yes 朱泾;
  //        the 2023 certificate is a renewal (earlier certificate), 50,000.
  //  乙 B  枫泾镇 2021-10-09 (last 2024-10-08): P yes, A yes. 迁入迁出!5 (no code, same name once
  //        normalised, same number) is a duplicate and ignored.
  //  丙 C  碳谷绿湾 -> 碳谷绿湾公司 (alias), 2020-12-02 (last 2023-12-01): P yes, A no -> expired in 2023.
  //  丁 D  朱泾镇 2021-01-01 (last 2023-12-31 = A): P yes, A yes -> expiring, 0 days left.
  //  戊 E  枫泾 -> 枫泾镇, 2023-12-05, type column 重新认定: renewal 50,000 although no earlier row; A yes.
  //  己 F  火星园区 -> 其他 (unknown-unit), GR2022 issued 2023-01-05 (cert-year-mismatch): first, 200,000; A yes.
  //  庚 K  no issue date -> 2023-12-31 inferred (no award), blank unit -> 其他: A yes, P no.
  //  辛 L  unreadable issue date -> 2023-12-31 inferred (no award), 碳谷绿湾公司: A yes, P no.
  //  row 14: neither name nor code -> missing-identity error, no record.
  //  壬 N  bad check character (warning, still counted), 2022-12-20: P yes, A yes; its award is in 2022 (not listed).
  //  癸 J  取消年度 2023 -> revoked 2023-01-01: P yes (revoked after P), A no; not on the expiring list.
  //  子 G  issued 2021-06-15 elsewhere, moved in 2023-03-01: P no (not arrived), A yes 朱泾镇; relocation
  //        stage 1 of 2, 100,000 (stage 2 is due 2024-03-01).
  //  丑 H  枫泾镇, moved out 2023-06-30: P yes, A no.
  //  寅 I  枫泾, certificate 2023-02-10 before moving in 2023-08-01: no recognition award; relocation stage 1,
  //        100,000; A yes.
  it("counts per unit in target-table order, 其他 last", () => {
    expect(
      a.units.map((u) => [
        u.unit,
        u.target,
        u.valid,
        u.gap,
        u.validPrevYearEnd,
        u.netIncrease,
        u.expiring,
        u.awards,
      ])
    ).toEqual([
      // valid: 甲 丁 子 壬 = 4; previous year end: 甲 丁 癸 壬 = 4; awards: 甲 50,000 + 子 100,000
      ["朱泾镇", 5, 4, 1, 4, 0, 1, 150000],
      // valid: 乙 戊 寅 = 3; previous: 乙 丑 = 2; awards: 寅 100,000 + 戊 50,000
      ["枫泾镇", 4, 3, 1, 2, 1, 0, 150000],
      // valid: 辛 = 1; previous: 丙 = 1; 丙 expired this year
      ["碳谷绿湾公司", 2, 1, 1, 1, 0, 1, 0],
      // valid: 己 庚 = 2 (no target in the workbook's table); awards: 己 200,000
      ["其他", null, 2, null, 0, 2, 0, 200000],
    ]);
    expect(a.units.map((u) => u.completion)).toEqual([4 / 5, 3 / 4, 1 / 2, null]);
  });

  it("totals: targets summed over units that have one", () => {
    expect(a.total).toMatchObject({
      unit: "合计",
      target: 11,
      valid: 10,
      gap: 1,
      completion: 10 / 11,
      validPrevYearEnd: 7,
      netIncrease: 3,
      expiring: 2,
      awards: 500000,
    });
  });

  it("lists the expiring enterprises", () => {
    expect(a.expiring).toEqual([
      {
        sheet: "高企名单",
        row: 8,
        name: "丁电子有限公司",
        creditCode: CD,
        certNo: "GR202131000004",
        unit: "朱泾镇",
        lastValid: ymd(2023, 12, 31),
        status: "expiring",
        daysLeft: 0,
        lastContact: null,
      },
      {
        sheet: "高企名单",
        row: 7,
        name: "丙材料有限公司",
        creditCode: CC,
        certNo: "GR202031000003",
        unit: "碳谷绿湾公司",
        lastValid: ymd(2023, 12, 1),
        status: "expired",
        daysLeft: null,
        lastContact: null,
      },
    ]);
  });

  it("lists the award events of 2023 by date", () => {
    expect(
      a.awards.map((e) => [e.sheet, e.row, e.name, e.unit, e.type, isoFromSerial(e.date), e.amount])
    ).toEqual([
      ["高企名单", 11, "己软件有限公司", "其他", "first", "2023-01-05", 200000],
      ["迁入迁出", 2, "子精密有限公司", "朱泾镇", "relocation", "2023-03-01", 100000],
      ["迁入迁出", 4, "寅光电有限公司", "枫泾镇", "relocation", "2023-08-01", 100000],
      ["高企名单", 5, "甲科技有限公司", "朱泾镇", "renewal", "2023-11-20", 50000],
      ["高企名单", 10, "戊生物有限公司", "枫泾镇", "renewal", "2023-12-05", 50000],
    ]);
  });

  it("reports every finding in reading order", () => {
    expect(a.findings.map((f) => `${f.sheet}!${f.column}${f.row} ${f.code} ${f.severity}`)).toEqual(
      [
        "目标任务!B5 target-total warning",
        "高企名单!D11 cert-year-mismatch warning",
        "高企名单!F11 unknown-unit warning",
        "高企名单!E12 issue-date-inferred warning",
        "高企名单!F12 missing-unit warning",
        "高企名单!E13 bad-date warning",
        "高企名单!E13 issue-date-inferred warning",
        "高企名单!B14 missing-identity error",
        "高企名单!C15 credit-code warning",
        "迁入迁出!5 duplicate warning",
      ]
    );
    for (const f of a.findings) {
      expect(f.message["zh-CN"]).not.toBe("");
      expect(f.message["en-US"]).not.toBe("");
    }
  });

  it("summarises the sheets", () => {
    expect(a.sheets).toEqual([
      { sheet: "目标任务", kind: "targets", headerRow: 0, records: 0 },
      { sheet: "高企名单", kind: "roster", headerRow: 3, records: 11 },
      { sheet: "迁入迁出", kind: "roster", headerRow: 1, records: 4 },
      { sheet: "说明", kind: "ignored", headerRow: 0, records: 0 },
    ]);
    expect(a).toMatchObject({ asOf: ymd(2023, 12, 31), year: 2023, district: "金山区" });
    expect(a.targets.source).toBe("目标任务");
  });
});

describe("analyseWorkbook options", () => {
  it("given targets replace the workbook's table; default settings and targets otherwise", () => {
    const given = analyseWorkbook([TARGETS, ROSTER], {
      asOf: ymd(2023, 12, 31),
      targets: DEFAULT_TARGETS,
    });
    expect(given.targets).toBe(DEFAULT_TARGETS);
    expect(given.units.map((u) => u.unit)).toEqual(DEFAULT_TARGETS.units);
    // The workbook's own table is still checked, and named as not used.
    expect(given.findings.slice(0, 2).map((f) => [f.code, f.sheet])).toEqual([
      ["targets-ignored", TARGETS.name],
      ["target-total", TARGETS.name],
    ]);
    const plain = analyseWorkbook([ROSTER], {
      asOf: ymd(2023, 12, 31),
      settings: DEFAULT_SETTINGS,
    });
    expect(plain.targets).toBe(DEFAULT_TARGETS);
    // Under the default table 其他 has a target (28 in 2023).
    expect(plain.units.find((u) => u.unit === "其他")?.target).toBe(28);
  });

  it("a target sheet with a header and no unit rows is named and not used: the default table counts", () => {
    for (const rows of [
      [],
      [["合计", 100]],
      [
        [null, 5],
        [" ", 7],
      ],
    ] as CellValue[][][]) {
      const empty: SheetInput = { name: "目标任务", values: [["责任单位", "2023年"], ...rows] };
      const a = analyseWorkbook([empty, ROSTER], {
        asOf: ymd(2023, 12, 31),
        settings: DEFAULT_SETTINGS,
      });
      expect(a.targets).toBe(DEFAULT_TARGETS);
      expect(a.units.find((u) => u.unit === "枫泾镇")?.target).toBe(196);
      expect(a.findings).toContainEqual(
        expect.objectContaining({
          sheet: "目标任务",
          code: "targets-ignored",
          severity: "warning",
          message: {
            "zh-CN": "本目标表在表头下没有任何单位行：未使用，2023年按政策默认目标表计算",
            "en-US":
              "This target table has no unit rows under its header: not used; 2023 is counted against the policy's default table",
          },
        })
      );
    }
  });

  it("honours a sheet's column mapping", () => {
    const sheet: SheetInput = {
      name: "导出",
      values: [
        ["a", "b", "c"],
        ["甲", "GR202331000001", ymd(2023, 3, 1)],
      ],
    };
    const settings = {
      ...DEFAULT_SETTINGS,
      columnMappings: { 导出: { name: "A", certNo: "B", issueDate: "C" } },
    };
    const a = analyseWorkbook([sheet], { asOf: ymd(2023, 12, 31), settings });
    expect(a.sheets).toEqual([{ sheet: "导出", kind: "roster", headerRow: 1, records: 1 }]);
    expect(a.total.valid).toBe(1);
  });
});

describe("classifySheet", () => {
  it.each<[string, CellValue[][], "roster" | "targets" | "ignored"]>([
    ["roster with title rows", ROSTER.values, "roster"],
    ["English roster", MOVES.values, "roster"],
    ["target table", TARGETS.values, "targets"],
    [
      "policy layout target table",
      [
        ["责任单位", "有效期内高企目标数"],
        [null, "2022年", "2023年", "2024年"],
        ["枫泾镇", 170, 196, 220],
      ],
      "targets",
    ],
    ["notes", NOTES.values, "ignored"],
    ["empty", [], "ignored"],
  ])("%s -> %s", (_label, values, kind) => {
    expect(classifySheet(values, DEFAULT_SETTINGS, "表")).toBe(kind);
  });
});

describe("the engine index", () => {
  it("re-exports the whole engine", async () => {
    const engine = await import("../../../src/domain");
    expect(engine.analyseWorkbook).toBe(analyseWorkbook);
    expect(typeof engine.readRoster).toBe("function");
    expect(typeof engine.createRosterReader).toBe("function");
    expect(typeof engine.analyse).toBe("function");
    expect(typeof engine.parseDateValue).toBe("function");
    expect(typeof engine.buildReport).toBe("function");
    expect(typeof engine.buildReportBook).toBe("function");
    expect(engine.DEFAULT_TARGETS).toBe(DEFAULT_TARGETS);
  });
});

describe("JavaScript's own names are data like any other", () => {
  const asOf = ymd(2023, 12, 31);
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "a sheet named %s is only a roster when its header says so",
    (name) => {
      const a = analyseWorkbook(
        [{ name, values: [["备注"], ["企业名称", "证书"], ["甲", "x"]] }, ROSTER],
        { asOf }
      );
      expect(a.sheets[0]).toMatchObject({ sheet: name, kind: "ignored" });
    }
  );

  it("target units named toString and __proto__ keep their targets and their enterprises", () => {
    const table: SheetInput = {
      name: "目标",
      values: [
        ["责任单位", "2023年"],
        ["toString", 2],
        ["__proto__", 3],
        ["合计", 5],
      ],
    };
    const roster: SheetInput = {
      name: "名单",
      values: [
        ["企业名称", "证书编号", "发证日期", "所属镇"],
        ["甲", "GR202331000001", ymd(2023, 5, 1), "toString"],
        ["乙", "GR202331000002", ymd(2023, 5, 1), "__proto__"],
      ],
    };
    const a = analyseWorkbook([table, roster], { asOf });
    expect(a.units.map((u) => [u.unit, u.target, u.valid])).toEqual([
      ["toString", 2, 1],
      ["__proto__", 3, 1],
      ["其他", null, 0],
    ]);
    expect(a.findings).toEqual([]);
  });

  it("an alias and a column mapping keyed __proto__ are kept", () => {
    // As a settings file delivers them (an object literal's __proto__ would set the prototype instead).
    const settings = parseSettings(
      '{"aliases": {"__proto__": "枫泾镇", "constructor": "朱泾镇"}, "columnMappings": {"__proto__": {"name": "A", "issueDate": "B"}}}'
    );
    expect(Object.keys(settings.aliases)).toEqual(["__proto__", "constructor"]);
    const a = analyseWorkbook(
      [
        {
          name: "__proto__",
          values: [
            ["x", "y", "z"],
            ["甲", ymd(2023, 5, 1), "__proto__"],
          ],
        },
      ],
      { asOf, settings: { ...settings, columnMappings: { ...settings.columnMappings } } }
    );
    expect(a.sheets[0]).toMatchObject({ kind: "roster", records: 1 });
  });
});

describe("error values, logical values and placeholders in the identity columns", () => {
  const asOf = ymd(2023, 12, 31);
  const header = ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇"];
  it.each<[CellValue, string]>([
    ["#N/A", "bad-value"],
    [true, "bad-value"],
    ["/", "credit-code"],
    ["无", "credit-code"],
  ])(
    "companies whose code cells hold %p are not one enterprise, in the roster, the pool and the contact log (%s)",
    (bad, code) => {
      const a = analyseWorkbook(
        [
          {
            name: "名单",
            values: [
              header,
              ["甲", bad, "GR202331000001", ymd(2023, 5, 1), "朱泾镇"],
              ["乙", bad, "GR202331000002", ymd(2023, 5, 1), "朱泾镇"],
            ],
          },
          {
            name: "培育库",
            values: [
              ["企业名称", "统一社会信用代码", "培育阶段", "所属镇"],
              ["丙", bad, "服务", "枫泾镇"],
              ["丁", bad, "推出", "枫泾镇"],
            ],
          },
          {
            name: "走访",
            values: [
              ["走访日期", "企业名称", "统一社会信用代码", "走访形式"],
              ["2023-05-01", "丙", bad, "走访"],
            ],
          },
        ],
        { asOf }
      );
      expect(a.total.valid).toBe(2);
      expect(a.pool.map((p) => [p.name, p.stage])).toEqual([
        ["丙", "served"],
        ["丁", "submitted"],
      ]);
      expect(a.total.contacts).toMatchObject({ visits: 1, enterprises: 1 });
      expect(a.units.find((u) => u.unit === "枫泾镇")!.contacts.visits).toBe(1);
      expect(a.findings.map((f) => [f.sheet, f.row, f.code])).toEqual([
        ["名单", 2, code],
        ["名单", 3, code],
        ["培育库", 2, code],
        ["培育库", 3, code],
        ["走访", 2, code],
      ]);
    }
  );

  it("an enterprise's two certificates whose number cells hold #N/A are two certificates", () => {
    const a = analyseWorkbook(
      [
        {
          name: "名单",
          values: [
            header,
            ["甲", CA, "#N/A", ymd(2020, 11, 1), "朱泾镇"],
            ["甲", CA, "#N/A", ymd(2023, 11, 1), "朱泾镇"],
          ],
        },
      ],
      { asOf }
    );
    expect(a.total.valid).toBe(1);
    expect(a.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [2, "C", "bad-value"],
      [3, "C", "bad-value"],
    ]);
  });

  it("an enterprise's certificates whose number cells say / are separate certificates", () => {
    const a = analyseWorkbook(
      [
        {
          name: "名单",
          values: [
            header,
            ["甲", CA, "/", ymd(2020, 11, 1), "朱泾镇"],
            ["甲", CA, "/", ymd(2023, 11, 1), "朱泾镇"],
          ],
        },
      ],
      { asOf }
    );
    expect(a.total.valid).toBe(1);
    expect(a.expiring).toEqual([]);
    expect(a.awards.map((e) => [e.type, e.date, e.amount])).toEqual([
      ["renewal", ymd(2023, 11, 1), 50000],
    ]);
    expect(a.findings.map((f) => [f.row, f.code])).toEqual([
      [2, "cert-number"],
      [3, "cert-number"],
    ]);
  });
});
