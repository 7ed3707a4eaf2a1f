/**
 * A sheet handed to the engine with formula cells lacking a calculated value (SheetInput.noValues):
 * a no-value finding for each one below the header in a mapped column, by its sheet cell, however far
 * from A1 the values start.
 */
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../../src/domain/core/dates";
import type { SheetInput } from "../../../src/domain/core/types";

const AS_OF = serialFromYmd(2023, 12, 31);

/** A roster whose values start at C3: its header on row 4, columns C (name) to G (a remark). */
const sheet = (noValues: SheetInput["noValues"]): SheetInput => ({
  name: "名单",
  firstRow: 3,
  firstColumn: 3,
  values: [
    ["金山区高企名单"],
    ["企业名称", "证书编号", "发证日期", "所属镇", "备注"],
    ["甲公司", "GR202331000001", serialFromYmd(2023, 5, 1), null, null],
    ["乙公司", "GR202331000002", null, "枫泾镇", null],
  ],
  noValues,
});

const noValueCells = (s: SheetInput): [number, string, string | undefined][] =>
  analyseWorkbook([s], { asOf: AS_OF })
    .findings.filter((f) => f.code === "no-value")
    .map((f) => [f.row, f.column, f.name]);

it("names each mapped cell below the header by its sheet column, and no other", () => {
  const cells = [
    { row: 4, column: 4 }, // the header row
    { row: 5, column: 6 }, // 所属镇, column F
    { row: 6, column: 5 }, // 发证日期, column E
    { row: 6, column: 7 }, // 备注, no column of ours
  ];
  expect(noValueCells(sheet(cells))).toEqual([
    [5, "F", "甲公司"],
    [6, "E", "乙公司"],
  ]);
});

it("gives none without such cells", () => {
  expect(noValueCells(sheet(undefined))).toEqual([]);
});
