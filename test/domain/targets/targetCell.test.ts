/** Target cells as offices type them: read where the number is unambiguous, a finding on the cell otherwise. */
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { serialFromIso } from "../../../src/domain/core/dates";
import { readTargetTable } from "../../../src/domain/targets/targetTable";
import { chineseNumber, readTargetCell } from "../../../src/domain/targets/targetCell";
import type { CellValue } from "../../../src/domain/core/types";

describe("a target cell", () => {
  it.each<[CellValue, ReturnType<typeof readTargetCell>]>([
    [196, { value: 196 }],
    ["196", { value: 196 }],
    ["1,960", { value: 1960 }],
    ["１，９６０", { value: 1960 }],
    ["126人", { value: 126 }],
    ["140家", { value: 140 }],
    [" 75 ", { value: 75 }],
    ["一百四十", { value: 140 }],
    ["十二", { value: 12 }],
    ["一千零五", { value: 1005 }],
    [null, null],
    ["", null],
    ["—", null],
    ["无", null],
    ["#REF!", { problem: "unreadable" }],
    ["约140", { problem: "unreadable" }],
    ["140-150", { problem: "unreadable" }],
    ["1,96", { problem: "unreadable" }],
    [true, { problem: "unreadable" }],
    [-5, { problem: "negative" }],
    ["-5", { problem: "negative" }],
    [Infinity, { problem: "too-large" }],
    ["1e400", { problem: "too-large" }],
    [1e12, { problem: "too-large" }],
    [NaN, { problem: "unreadable" }],
    [137.5, { value: 138, written: 137.5 }],
    ["143.25", { value: 143, written: 143.25 }],
    [0.5, { value: 1, written: 0.5 }],
  ])("%p reads as %p", (cell, expected) => {
    expect(readTargetCell(cell)).toEqual(expected);
  });

  it.each([
    ["一百四十", 140],
    ["两千", 2000],
    ["一万二千", 12000],
    ["二〇二四", 2024],
    ["一二百", null],
    ["百百", null],
    ["一万一万", null],
    ["万万", null],
    ["万", 10000],
    ["十万", 100000],
    ["一百零五万", 1050000],
    ["abc", null],
  ])("the Chinese numeral %s is %p", (text, n) => expect(chineseNumber(text)).toBe(n));
});

describe("a target table typed by hand", () => {
  const sheet = {
    name: "目标",
    values: [
      ["责任单位", "2023年", "2024年"],
      ["枫泾镇", "1,960", "一百四十"],
      ["朱泾镇", "126人", "#REF!"],
      ["亭林镇", -3, 1e308 * 10],
      ["枫泾", 5, 6],
      ["合计", 2086, null],
    ] as CellValue[][],
  };
  const read = readTargetTable(sheet)!;

  it("reads what is unambiguous and keeps the first row of a unit named twice", () => {
    expect(read.table.targets["枫泾镇"]).toEqual({ 2023: 1960, 2024: 140 });
    expect(read.table.targets["朱泾镇"]).toEqual({ 2023: 126 });
    expect(read.table.targets["亭林镇"]).toEqual({});
    expect(read.table.units).toEqual(["枫泾镇", "朱泾镇", "亭林镇"]);
  });

  it("points a finding at each cell it could not use, and at the unit's second row", () => {
    const where = read.findings
      .filter((f) => f.code !== "target-total")
      .map((f) => [f.code, `${f.column}${f.row}`]);
    expect(where).toEqual([
      ["target-value", "C3"],
      ["target-value", "B4"],
      ["target-value", "C4"],
      ["target-duplicate", "A5"],
    ]);
    expect(read.findings.find((f) => f.code === "target-duplicate")!.message["zh-CN"]).toContain(
      "使用第 2 行"
    );
  });
});

describe("a second target table", () => {
  const table = (name: string, target: number) => ({
    name,
    values: [
      ["责任单位", "2023年"],
      ["枫泾镇", target],
      ["合计", target],
    ],
  });
  const roster = {
    name: "名单",
    values: [
      ["企业名称", "证书编号", "发证日期", "所属镇"],
      ["甲", "GR202331000001", "2023-05-01", "枫泾镇"],
    ],
  };

  it("that the analysis does not use is named in a finding", () => {
    const a = analyseWorkbook([roster, table("目标一", 10), table("目标二", 20)], {
      asOf: serialFromIso("2023-12-31")!,
    });
    const ignored = a.findings.filter((f) => f.code === "targets-ignored");
    expect(ignored.map((f) => [f.sheet, f.severity])).toEqual([["目标二", "info"]]);
    expect(ignored[0].message["zh-CN"]).toBe("本目标表未使用：2023年按“目标一”计算");
  });
});

describe("a target cell holding minus zero", () => {
  it("is a target of 0, shown as 0 everywhere", () => {
    const cell = readTargetCell(-0);
    expect(cell).toEqual({ value: 0 });
    expect(Object.is((cell as { value: number }).value, 0)).toBe(true);
  });
});

describe("a target table with a fraction", () => {
  it("counts the whole number and names the cell", () => {
    const got = readTargetTable({
      name: "目标",
      values: [
        ["责任单位", "2025年"],
        ["枫泾镇", 137.5],
        ["合计", 138],
      ],
    })!;
    expect(got.table.targets).toEqual({ 枫泾镇: { 2025: 138 } });
    expect(got.findings).toEqual([
      expect.objectContaining({
        sheet: "目标",
        row: 2,
        column: "B",
        code: "target-value",
        message: {
          "zh-CN": "目标数 137.5 不是整数：按 138 计，请核对",
          "en-US": "Target 137.5 is not a whole number: counted as 138; check it",
        },
      }),
    ]);
  });
});
