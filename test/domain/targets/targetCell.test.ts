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
