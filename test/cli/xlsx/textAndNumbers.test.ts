import { columnLetter } from "../../../src/domain/sheets/columnLetters";
import { parseIndex, parseRef, type RefParts } from "../../../src/cli/xlsx/cellRef";
import { isBuiltInDateFormat, isDateFormatCode } from "../../../src/cli/xlsx/dateFormats";
import { numberFromText, parseNumber } from "../../../src/cli/xlsx/numberText";
import { decodeAttribute, expandReferences, unescapeXstring } from "../../../src/cli/xlsx/xmlText";

const bytes = (s: string): [Buffer, number, number] => {
  const b = Buffer.from(`..${s}..`);
  return [b, 2, b.length - 2];
};

describe("XML text", () => {
  it.each([
    ["&lt;&gt;&amp;&quot;&apos;", "<>&\"'"],
    ["&#x4E0A;&#28023;&#x1F600;", "上海😀"],
    ["a&#0000065;b", "aAb"],
    ["no references", "no references"],
  ])("expands %j", (s, out) => expect(expandReferences(s)).toBe(out));

  it.each(["&#xD800;", "&#1;", "&#x110000;", "&#xZZ;", "&bogus;", "&amp"])("refuses %j", (s) =>
    expect(() => expandReferences(s)).toThrow()
  );

  it("normalises white space in attribute values as XML does", () => {
    expect(decodeAttribute(...bytes("a\tb\r\nc\nd&#10;"))).toBe("a b c d\n");
  });

  it.each([
    ["line_x000D_break", "line\rbreak"],
    ["_x005F_x0041_", "_x0041_"],
    ["_x0041__x0042_", "AB"],
    ["_x12_ stays", "_x12_ stays"],
    ["plain", "plain"],
  ])("undoes SpreadsheetML's escape in %j", (s, out) => expect(unescapeXstring(s)).toBe(out));
});

describe("numbers in <v>", () => {
  it.each([
    ["44750", 44750],
    ["-3", -3],
    ["0.1", 0.1],
    ["123.456789012", 123.456789012],
    ["1.5E-3", 0.0015],
    ["-1e+21", -1e21],
    [" 7 ", 7],
    ["9007199254740993", 9007199254740993],
    ["0.30000000000000004", 0.30000000000000004],
    [".5", 0.5],
    ["1.", 1],
  ])("reads %j exactly as Number() does", (s, n) => {
    expect(parseNumber(...bytes(s))).toBe(n);
    expect(parseNumber(...bytes(s))).toBe(Number(s));
  });

  it.each(["", "abc", "0x10", "Infinity", "1,000", "-", "1e5e5"])("reads %j as no number", (s) => {
    expect(parseNumber(...bytes(s))).toBeNaN();
    expect(numberFromText(s)).toBeNaN();
  });
});

describe("cell references", () => {
  const ref = (s: string): RefParts => {
    const out = { col: 0, row: 0 };
    parseRef(...bytes(s), out);
    return out;
  };
  it.each([
    ["A1", 1, 1],
    ["xfd1048576", 16384, 1048576],
    ["$B$7", 2, 7],
    ["AA", 27, 0],
    ["12", 0, 12],
    ["A1B", -1, -1],
    ["", -1, -1],
    ["ZZZZZZZZZZZZ1", 1 << 30, 1],
  ])("%j -> column %d, row %d", (s, col, row) => expect(ref(s)).toEqual({ col, row }));

  it.each([
    ["42", 42],
    [" 3 ", 3],
    ["-1", -1],
    ["1.5", -1],
    ["", -1],
    ["99999999999999", 99999999999999],
    ["1".repeat(40), Number.MAX_SAFE_INTEGER],
  ])("index %j -> %d", (s, n) => expect(parseIndex(...bytes(s))).toBe(n));

  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [16384, "XFD"],
  ])("column %d is %s", (n, s) => expect(columnLetter(n - 1)).toBe(s));
});

describe("date formats", () => {
  it.each([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 31, 36, 45, 46, 47, 50, 57, 58])(
    "built-in %d is a date",
    (id) => expect(isBuiltInDateFormat(id)).toBe(true)
  );
  it.each([0, 1, 2, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 164])(
    "built-in %d is not",
    (id) => expect(isBuiltInDateFormat(id)).toBe(false)
  );
  it.each([
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-804]yyyy年m月d日", true],
    ["[DBNum1][$-804]yyyy年m月d日;@", true],
    ["h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ["mmm-yy", true],
    ["General", false],
    ["0.00E+00", false],
    ['#,##0"天"', false],
    ['0.0"day"', false],
    ["\\d0", false],
    ["[Red]0.00;[Blue]-0.00", false],
    ["#,##0_);[Red](#,##0)", false],
    ["@", false],
    ['"yyyy"0', false],
    ["*d0", false],
    ["0;yyyy", false],
  ])("%j is a date format: %s", (code, yes) => expect(isDateFormatCode(code)).toBe(yes));
});
