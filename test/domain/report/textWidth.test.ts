import {
  isWideChar,
  textWidth,
  textWidthBound,
  wrappedLines,
} from "../../../src/domain/report/textWidth";

/** The width rule written out character by character, as the report defines it. */
function reference(text: string, fontSize = 10, bold = false): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (isWideChar(cp)) w += 2.1;
    else if (" .,:;'!|iIjlft()[]-".includes(ch)) w += 0.55;
    else if (cp >= 65 && cp <= 90) w += 1.2;
    else w += 1;
  }
  return (w * fontSize * (bold ? 1.06 : 1)) / 11;
}

describe("textWidth", () => {
  it.each([
    ["", 10, false],
    ["上海样本科技有限公司", 10, false],
    ["GR202231005683", 11, true],
    ["Ill., f(t) [j]; 'x'!|-", 10, false],
    ["（全角）ＡＢＣ", 14, false],
    ["𠀀𠀁 astral wide, 😀 astral narrow", 10, true],
    ["lone \ud800 high and \udc00 low surrogates", 10, false],
    ["café ñ ü", 10, false],
  ])("measures %j as the character rule does", (text, size, bold) => {
    expect(textWidth(text, size, bold)).toBe(reference(text, size, bold));
  });

  it("is never above its length bound", () => {
    for (const text of ["", "一二三四五六七八九十".repeat(7), "W".repeat(99), "𠀀".repeat(13)])
      for (const bold of [false, true])
        expect(textWidthBound(text, 12, bold)).toBeGreaterThanOrEqual(textWidth(text, 12, bold));
  });
});

describe("wrappedLines", () => {
  // Ten wide characters at 10 pt: 21 * 10 / 11 = 19.09 digit widths; a digit of the width is padding.
  const name = "上海样本科技有限公司";
  it.each([
    [20.1, 1],
    [20.0, 2],
    [11, 2],
    [10, 3],
  ])("puts ten wide characters in a cell %d wide on %d lines", (width, lines) => {
    expect(wrappedLines(name, width)).toBe(lines);
  });

  it("counts explicit line breaks even where the text would fit", () => {
    expect(wrappedLines("甲\n乙", 40)).toBe(2);
  });
});
