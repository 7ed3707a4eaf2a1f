import { finding } from "../../../src/domain/core/findings";
import { columnIndex, columnLetter } from "../../../src/domain/sheets/columnLetters";

describe("columnLetter / columnIndex", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %p is %p and back", (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
    expect(columnIndex(letter)).toBe(index);
  });

  it.each([[-1], [NaN]])("column %p has no letter", (index) => {
    expect(columnLetter(index)).toBe("");
  });

  it.each([
    ["xfd", 16383],
    [" c ", 2],
    ["", -1],
    ["A1", -1],
    ["ABCD", -1],
    ["中", -1],
  ])("index of %p is %p", (letter, index) => {
    expect(columnIndex(letter)).toBe(index);
  });
});

describe("finding", () => {
  it("builds a finding that points at a cell", () => {
    const message = { "zh-CN": "日期无法识别", "en-US": "Unreadable date" };
    expect(finding("名单", 5, "C", "bad-date", "warning", message)).toEqual({
      sheet: "名单",
      row: 5,
      column: "C",
      code: "bad-date",
      severity: "warning",
      message,
    });
  });
});
