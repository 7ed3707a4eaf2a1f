import { toCellValue, toRowValues } from "../../src/cli/cellValue";

describe("toCellValue (exceljs -> engine)", () => {
  it.each([
    [null, null],
    [undefined, null],
    ["文本", "文本"],
    ["=A1", "=A1"],
    [42, 42],
    [true, true],
    [new Date(Date.UTC(2022, 6, 8)), 44750],
    [new Date(Date.UTC(2022, 6, 8, 13, 30)), 44750],
    [new Date(NaN), null],
    [{ richText: [{ text: "上海" }, { font: { bold: true }, text: "某某" }] }, "上海某某"],
    [{ formula: "A1+1", result: 7 }, 7],
    [{ sharedFormula: "B2", result: "x" }, "x"],
    [{ formula: "NOW()" }, null],
    [{ error: "#N/A" }, "#N/A"],
    [{ text: "链接", hyperlink: "https://example.invalid" }, "链接"],
    [{ text: { richText: [{ text: "富" }] }, hyperlink: "x" }, "富"],
    [{ other: 1 }, null],
  ])("%p -> %p", (v, expected) => expect(toCellValue(v)).toEqual(expected));

  it("turns a 1-based sparse exceljs row into a dense 0-based row", () => {
    const values: unknown[] = [];
    values[1] = "a";
    values[3] = 3;
    expect(toRowValues(values)).toEqual(["a", null, 3]);
    expect(toRowValues(undefined)).toEqual([]);
  });
});
