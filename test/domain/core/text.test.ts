import {
  normaliseCode,
  isInvisibleName,
  normaliseName,
  normalisedNameHash,
  toHalfWidth,
} from "../../../src/domain/core/text";
import { hashText } from "../../../src/domain/core/stringIndex";

describe("toHalfWidth", () => {
  it.each([
    ["ABC123", "ABC123"],
    ["ＡＢＣ１２３", "ABC123"],
    ["（有限公司）", "(有限公司)"],
    ["a\u3000b", "a b"],
    ["！～", "!~"],
    ["上海ＸＸ科技", "上海XX科技"],
    ["", ""],
    ["中文不变", "中文不变"],
  ])("%p -> %p", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe("normaliseName", () => {
  it.each([
    ["上海某某科技有限公司", "上海某某科技有限公司"],
    [" 上海 某某 科技\t有限公司 ", "上海某某科技有限公司"],
    ["上海某某（集团）有限公司", "上海某某(集团)有限公司"],
    ["枫\u3000泾\u00a0镇", "枫泾镇"],
    ["枫泾\u200b镇", "枫泾镇"],
    ["\u202e上海甲\u200f科技\u2066有限公司\u2069\u2060", "上海甲科技有限公司"],
    ["上海甲科技有限公司😀", "上海甲科技有限公司😀"],
    ["上海\ud800甲", "上海\ud800甲"],
    ["ＡＢＣ Ltd.", "ABCLtd."],
    ["\n\r", ""],
    ["上海—科技…", "上海—科技…"],
  ])("%p -> %p", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  // The rule itself, without the fast path that returns clean text untouched: every UTF-16 code unit,
  // between two CJK characters, must come out as the rule makes it.
  it("agrees with the rule for every code unit", () => {
    // White space, zero-width spaces and the invisible direction and joiner marks.
    const rule = (s: string): string =>
      toHalfWidth(s).replace(/[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]+/g, "");
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = "甲" + String.fromCharCode(c) + "乙";
      if (normaliseName(s) !== rule(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("isInvisibleName", () => {
  it.each<[string, boolean]>([
    ["\u200b", true],
    ["\u200e\u202e \u2060", true],
    ["\u3000", true],
    ["", false],
    ["甲", false],
    ["\u200b甲", false],
    ["\ud800", false],
    ["ＡＢＣ", false],
  ])("%p -> %p", (s, invisible) => {
    expect(isInvisibleName(s)).toBe(invisible);
  });
});

describe("normaliseCode", () => {
  it.each([
    ["GR202231005683", "GR202231005683"],
    [" gr2022 3100 5683 ", "GR202231005683"],
    ["ＧＲ２０２２３１００５６８３", "GR202231005683"],
    ["91310000ma1fl4c84q", "91310000MA1FL4C84Q"],
    ["", ""],
  ])("%p -> %p", (input, expected) => {
    expect(normaliseCode(input)).toBe(expected);
  });
});

describe("normalisedNameHash", () => {
  it("equals the hash of the normalised name, for clean names and for names that need work", () => {
    const names = [
      "",
      "上海样本12科技有限公司",
      "上海 样本（金山）有限公司",
      "ＡＢＣ\u3000公司",
      "公司\u200b名",
      "\ufeff上海",
      "Shanghai Co., Ltd.",
      "\u00a0name",
    ];
    for (const n of names) expect(normalisedNameHash(n)).toBe(hashText(normaliseName(n)));
    expect(normalisedNameHash("上海 样本")).toBe(normalisedNameHash("上海样本"));
    expect(normalisedNameHash("上海样本")).not.toBe(normalisedNameHash("上海样木"));
  });
});
