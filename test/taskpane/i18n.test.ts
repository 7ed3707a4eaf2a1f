import { STRINGS, type StringKey } from "../../src/taskpane/i18n/strings";
import { translator } from "../../src/taskpane/i18n/lang";
import { pickLang } from "../../src/domain/core/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(STRINGS["zh-CN"]) as StringKey[];

describe("strings catalogue", () => {
  it("has the same keys in both languages", () => {
    expect(Object.keys(STRINGS["en-US"]).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s is non-empty with the same placeholders in both languages", (key) => {
    expect(STRINGS["zh-CN"][key].trim()).not.toBe("");
    expect(STRINGS["en-US"][key].trim()).not.toBe("");
    expect(placeholders(STRINGS["en-US"][key])).toEqual(placeholders(STRINGS["zh-CN"][key]));
  });
});

describe("pickLang", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH-cn", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
    ["", "en-US"],
    [undefined, "en-US"],
  ])("%s -> %s", (display, lang) => {
    expect(pickLang(display)).toBe(lang);
  });
});

describe("translator", () => {
  it.each([
    ["zh-CN", "readingRows", { read: 10, total: 20, sheet: "名单" }, "已读取 10 / 20 行（名单）"],
    ["en-US", "readingRows", { read: 10, total: 20, sheet: "List" }, "Read 10 of 20 rows (List)"],
    ["en-US", "statusExpiring", { days: 3 }, "3 days left"],
    ["en-US", "statusExpiring", {}, "{days} days left"],
  ] as const)("%s %s", (lang, key, params, text) => {
    expect(translator(lang)(key, params)).toBe(text);
  });
});
