import {
  checkTargetTotals,
  DEFAULT_TARGETS,
  pickTargetTable,
  readTargetTable,
  targetFor,
} from "../../../src/domain/targets/targetTable";
import type { CellValue, TargetTable } from "../../../src/domain/core/types";

const POLICY_ORDER = [
  "枫泾镇",
  "朱泾镇",
  "亭林镇",
  "漕泾镇",
  "山阳镇",
  "金山卫镇",
  "张堰镇",
  "廊下镇",
  "吕巷镇",
  "新金山发展公司",
  "碳谷绿湾公司",
  "其他",
];

describe("DEFAULT_TARGETS (the policy's table)", () => {
  it("has the 12 units in the policy's order and the years 2022-2024", () => {
    expect(DEFAULT_TARGETS.units).toEqual(POLICY_ORDER);
    expect(DEFAULT_TARGETS.years).toEqual([2022, 2023, 2024]);
    expect(DEFAULT_TARGETS.source).toBe("default");
  });

  it.each([
    ["枫泾镇", 170, 196, 220],
    ["朱泾镇", 110, 126, 142],
    ["亭林镇", 122, 140, 158],
    ["漕泾镇", 80, 92, 105],
    ["山阳镇", 152, 175, 198],
    ["金山卫镇", 42, 48, 56],
    ["张堰镇", 65, 75, 86],
    ["廊下镇", 46, 53, 60],
    ["吕巷镇", 60, 69, 78],
    ["新金山发展公司", 215, 245, 275],
    ["碳谷绿湾公司", 164, 188, 210],
    ["其他", 24, 28, 32],
  ])("%s: %i / %i / %i", (unit, t22, t23, t24) => {
    expect(targetFor(DEFAULT_TARGETS, unit, 2022)).toBe(t22);
    expect(targetFor(DEFAULT_TARGETS, unit, 2023)).toBe(t23);
    expect(targetFor(DEFAULT_TARGETS, unit, 2024)).toBe(t24);
  });

  it.each([
    [2022, 1250],
    [2023, 1435],
    [2024, 1620],
  ])("%i: declared 合计 %i equals the sum of the units", (year, total) => {
    expect(DEFAULT_TARGETS.declaredTotals[year]).toBe(total);
    expect(targetFor(DEFAULT_TARGETS, "合计", year)).toBe(total);
  });

  it("passes its own 合计 check", () => {
    expect(checkTargetTotals(DEFAULT_TARGETS, "default")).toEqual([]);
  });

  it.each([
    ["不存在镇", 2022],
    ["枫泾镇", 2025],
    ["合计", 2025],
  ])("targetFor(%p, %i) is null", (unit, year) => {
    expect(targetFor(DEFAULT_TARGETS, unit, year)).toBeNull();
  });
});

describe("checkTargetTotals", () => {
  const table: TargetTable = {
    units: ["甲镇", "乙镇"],
    years: [2022, 2023, 2024],
    targets: { 甲镇: { 2022: 10, 2023: 12, 2024: 1 }, 乙镇: { 2022: 5, 2023: 6 } },
    declaredTotals: { 2022: 15, 2023: 20, 2024: 2 },
    source: "目标",
  };

  it("reports each year whose 合计 differs from the sum, at the given cell", () => {
    const found = checkTargetTotals(table, "目标", { 2023: { row: 9, column: "C" } });
    expect(found.map((f) => [f.sheet, f.row, f.column, f.code, f.severity])).toEqual([
      ["目标", 9, "C", "target-total", "warning"],
      ["目标", 0, "", "target-total", "warning"],
    ]);
    expect(found[0].message["zh-CN"]).toContain("20");
    expect(found[0].message["zh-CN"]).toContain("18");
    expect(found[0].message["en-US"]).toContain("2023");
  });
});

/** A sheet's values from rows of cells. */
const sheet = (values: CellValue[][], extra: { firstRow?: number; firstColumn?: number } = {}) => ({
  name: "目标表",
  values,
  ...extra,
});

describe("readTargetTable", () => {
  it("reads the policy's layout: title, two header rows, units, 合计", () => {
    const values: CellValue[][] = [
      ["金山区高新技术企业目标任务分解(2022-2024)", null, null, null],
      ["责任单位", "有效期内高企目标数", null, null],
      [null, "2022年", "2023年", "2024年"],
      ...DEFAULT_TARGETS.units.map((u) => [
        u,
        ...[2022, 2023, 2024].map((y) => DEFAULT_TARGETS.targets[u][y]),
      ]),
      ["合计", 1250, 1435, 1620],
      ["金山区科学技术委员会办公室", null, null, null],
    ];
    const got = readTargetTable(sheet(values))!;
    expect(got.findings).toEqual([]);
    expect(got.table).toEqual({ ...DEFAULT_TARGETS, source: "目标表" });
  });

  it.each<[string, CellValue[]]>([
    ["2022年 headings", ["责任单位", "2022年", "2023年"]],
    ["number headings", ["单位", 2022, 2023]],
    ["text number headings", ["单位", "2022", "2023"]],
    ["目标 suffix", ["责任单位", "2022年目标", "2023年目标数"]],
    ["目标 prefix", ["责任单位", "目标2022", "目标2023"]],
    ["年度", ["责任单位", "2022年度", "2023年度"]],
    ["full width and spaces", ["责任 单位", "２０２２年", " 2023 年 "]],
  ])("reads a one-row header with %s", (_label, header) => {
    const got = readTargetTable(
      sheet([header, ["甲镇", 10, 12], ["乙公司", "5", 6], ["合计", 15, 18]])
    )!;
    expect(got.table.units).toEqual(["甲镇", "乙公司"]);
    expect(got.table.years).toEqual([2022, 2023]);
    expect(got.table.targets).toEqual({
      甲镇: { 2022: 10, 2023: 12 },
      乙公司: { 2022: 5, 2023: 6 },
    });
    expect(got.table.declaredTotals).toEqual({ 2022: 15, 2023: 18 });
    expect(got.findings).toEqual([]);
  });

  it("keeps a wrong 合计 as declared and points a finding at the bad cell", () => {
    const values: CellValue[][] = [
      ["目标任务"],
      [],
      ["序号", "责任单位", "2022年", "2023年", "2024年"],
      [1, "甲镇", 10, 12, 14],
      [2, "乙镇", 5, 6, 7],
      [null, "合计", 15, 19, 21],
    ];
    const got = readTargetTable(sheet(values, { firstRow: 3, firstColumn: 2 }))!;
    expect(got.table.declaredTotals).toEqual({ 2022: 15, 2023: 19, 2024: 21 });
    expect(got.findings.map((f) => [f.sheet, f.row, f.column, f.code])).toEqual([
      ["目标表", 8, "E", "target-total"],
    ]);
  });

  it("reads to the end of the block without a 合计 row, normalising unit names", () => {
    const values: CellValue[][] = [
      ["责任单位", "2024"],
      [" 枫泾镇 ", 220],
      ["（其他）", null],
      [null, null],
      ["注：以上为有效期内目标", null],
    ];
    const got = readTargetTable(sheet(values))!;
    expect(got.table.units).toEqual(["枫泾镇", "(其他)"]);
    expect(got.table.targets).toEqual({ 枫泾镇: { 2024: 220 }, "(其他)": {} });
    expect(got.table.declaredTotals).toEqual({});
    // 枫泾镇 is a known unit, so a name beside it that maps to nothing is worth a look.
    expect(got.findings.map((f) => [f.row, f.column, f.code, f.severity])).toEqual([
      [3, "A", "unknown-unit", "warning"],
    ]);
  });

  it("maps short and alias names to the canonical units, in the table's order (docs/rules.md section 3)", () => {
    const values: CellValue[][] = [
      ["序号", "责任单位", "2023年", "2024年"],
      [1, "朱泾", 126, 142],
      [2, "枫 泾", 196, 220],
      [3, "碳谷绿湾", 188, 210],
      [4, "新金山", 245, 275],
      [5, "火星园区", 1, 2],
      [6, "其它", 28, 32],
      [null, "合计", 784, 881],
    ];
    const got = readTargetTable(sheet(values, { firstRow: 4, firstColumn: 2 }))!;
    expect(got.table.units).toEqual([
      "朱泾镇",
      "枫泾镇",
      "碳谷绿湾公司",
      "新金山发展公司",
      "火星园区",
      "其他",
    ]);
    expect(got.table.targets["碳谷绿湾公司"]).toEqual({ 2023: 188, 2024: 210 });
    expect(got.findings.map((f) => [f.row, f.column, f.code])).toEqual([[9, "C", "unknown-unit"]]);
    expect(got.findings[0].message["zh-CN"]).toContain("火星园区");
  });

  it("maps through the user's aliases too", () => {
    const got = readTargetTable(
      sheet([
        ["单位", "2024年"],
        ["二工区", 5],
        ["枫泾", 3],
      ]),
      { 二工区: "碳谷绿湾公司" }
    )!;
    expect(got.table.units).toEqual(["碳谷绿湾公司", "枫泾镇"]);
    expect(got.findings).toEqual([]);
  });

  it("takes a table none of whose names is known as another district's own units, without findings", () => {
    const got = readTargetTable(
      sheet([
        ["责任单位", "2025年"],
        ["张江镇", 5],
        ["川沙新镇", 3],
        ["其他", 1],
      ])
    )!;
    expect(got.table.units).toEqual(["张江镇", "川沙新镇", "其他"]);
    expect(got.findings).toEqual([]);
  });

  it("skips blank rows before the first unit and reads 总计 as the total row", () => {
    const got = readTargetTable(sheet([["单位", "2023年"], [null], ["甲镇", 3], ["总计", 3]]))!;
    expect(got.table.targets).toEqual({ 甲镇: { 2023: 3 } });
    expect(got.table.declaredTotals).toEqual({ 2023: 3 });
  });

  it("keeps the first row of a unit written twice and names what it did not use", () => {
    const got = readTargetTable(
      sheet([
        ["单位", "2022年", "2023年"],
        ["甲镇", 1, "待定"],
        ["甲镇", null, 2],
        ["合计", 1, 2],
      ])
    )!;
    expect(got.table.units).toEqual(["甲镇"]);
    expect(got.table.targets).toEqual({ 甲镇: { 2022: 1 } });
    expect(
      got.findings
        .filter((f) => f.code !== "target-total")
        .map((f) => [f.code, `${f.column}${f.row}`])
    ).toEqual([
      ["target-value", "C2"],
      ["target-duplicate", "A3"],
    ]);
  });

  it.each<[string, CellValue[][]]>([
    [
      "no header",
      [
        ["企业名称", "证书编号"],
        ["甲公司", "GR202231005683"],
      ],
    ],
    [
      "单位 without years",
      [
        ["单位", "目标"],
        ["甲镇", 3],
      ],
    ],
    // a roster: 责任单位 column, and its first data row holds a year in 取消年度 among other text
    [
      "a roster with a year in its first row",
      [
        ["企业名称", "责任单位", "取消年度"],
        ["甲公司", "", 2023],
      ],
    ],
    [
      "a header beyond the first 20 rows",
      [...Array.from({ length: 20 }, () => [null]), ["单位", "2022年"], ["甲镇", 1]],
    ],
    ["empty sheet", []],
    [
      "单位名称 is an enterprise name, not a unit",
      [
        ["单位名称", "2022年"],
        ["甲公司", 1],
      ],
    ],
  ])("%s -> null", (_label, values) => {
    expect(readTargetTable(sheet(values))).toBeNull();
  });
});

describe("readTargetTable: English headings and the decomposition's method line", () => {
  it("reads Unit / Responsible unit, year numbers and Total, as an en-US decomposition sheet writes them", () => {
    for (const label of ["Unit", "Responsible unit", "UNIT"]) {
      const read = readTargetTable(
        sheet([
          [label, "Base", "2025", "2026"],
          ["枫泾", 10, 12, 14],
          ["Total", 10, 12, 15],
        ])
      );
      expect(read?.table.units).toEqual(["枫泾镇"]);
      expect(read?.table.declaredTotals).toEqual({ 2025: 12, 2026: 15 });
      expect(read?.findings.map((f) => f.code)).toEqual(["target-total"]);
    }
  });

  it("takes the method and base date from a 分解方法 / Method line above the header", () => {
    const head = (line: string) =>
      readTargetTable(
        sheet([["标题"], [line], [], ["责任单位", "2025年"], ["枫泾镇", 3], ["合计", 3]])
      )?.table.decomposition;
    expect(
      head("分解方法：按上年目标同比例增长（equal-growth）；基数：2024-12-31 有效期内高企数")
    ).toEqual({ method: "equal-growth", baseDate: 45657 });
    expect(
      head("Method: by share of valid HNTEs (pipeline); base: valid HNTEs at 2023-12-31")
    ).toEqual({ method: "pipeline", baseDate: 45291 });
    // Only Gaoqi's own line counts: a title that happens to hold a method word and a date does not.
    expect(head("关于（share）的说明 2024-12-31")).toBeUndefined();
    expect(head("分解方法：按占比（share）；基数：2024-02-30")).toBeUndefined();
    expect(head("分解方法：手工分解")).toBeUndefined();
  });
});

describe("a target table with a year written twice", () => {
  it("uses the first column of the year and names the second", () => {
    const got = readTargetTable(
      sheet([
        ["责任单位", "2025年", "2026年", "2025"],
        ["枫泾镇", 10, 12, 20],
        ["合计", 10, 12, 20],
      ])
    )!;
    expect(got.table.targets).toEqual({ 枫泾镇: { 2025: 10, 2026: 12 } });
    expect(got.table.declaredTotals).toEqual({ 2025: 10, 2026: 12 });
    expect(got.table.years).toEqual([2025, 2026]);
    expect(got.findings).toEqual([
      expect.objectContaining({
        row: 1,
        column: "D",
        code: "target-duplicate",
        message: {
          "zh-CN": "目标表中 2025 年的列重复出现：使用 B 列，本列未使用",
          "en-US":
            "The year 2025 has two columns in the target table: column B is used, this one is not",
        },
      }),
    ]);
  });
});

describe("pickTargetTable", () => {
  const t = (source: string, years: number[]) => ({ ...DEFAULT_TARGETS, source, years });
  it("takes the first table with targets for the year, else the first", () => {
    const tables = [t("a", [2022, 2023, 2024]), t("b", [2025, 2026]), t("c", [2025])];
    expect(pickTargetTable(tables, 2023)?.source).toBe("a");
    expect(pickTargetTable(tables, 2025)?.source).toBe("b");
    expect(pickTargetTable(tables, 2031)?.source).toBe("a");
    expect(pickTargetTable([], 2025)).toBeUndefined();
  });

  it("never takes a table without unit rows, which would count every enterprise under 其他", () => {
    const empty = { ...t("empty", [2025]), units: [], targets: {} };
    expect(pickTargetTable([empty, t("b", [2022])], 2025)?.source).toBe("b");
    expect(pickTargetTable([empty], 2025)).toBeUndefined();
  });
});
