/** The long lists' search, unit filter and CSV export (到期, 待走访, 已推出). */
import {
  csvText,
  filterList,
  listFileName,
  listUnits,
  NO_FILTER,
} from "../../src/taskpane/state/listFilter";

const ITEMS = [
  { unit: "枫泾镇", name: "上海甲科技有限公司", code: "91310000AAA" },
  { unit: "朱泾镇", name: "上海乙生物科技有限公司", code: "91310000BBB" },
  { unit: "枫泾镇", name: "Shanghai Bing Tech", code: "91310000CCC" },
];
const text = (x: (typeof ITEMS)[number]) => `${x.name} ${x.code}`;

describe("filterList", () => {
  it.each([
    [NO_FILTER, ["上海甲科技有限公司", "上海乙生物科技有限公司", "Shanghai Bing Tech"]],
    [{ query: "", unit: "枫泾镇" }, ["上海甲科技有限公司", "Shanghai Bing Tech"]],
    [{ query: "生物", unit: "" }, ["上海乙生物科技有限公司"]],
    // Every word must match, in any case; a credit code is searched too.
    [{ query: "bing TECH", unit: "" }, ["Shanghai Bing Tech"]],
    [{ query: "bbb", unit: "" }, ["上海乙生物科技有限公司"]],
    [{ query: "生物", unit: "枫泾镇" }, []],
    [
      { query: "   ", unit: "" },
      ["上海甲科技有限公司", "上海乙生物科技有限公司", "Shanghai Bing Tech"],
    ],
  ])("%j keeps %j", (filter, names) => {
    expect(filterList(ITEMS, filter, text).map((x) => x.name)).toEqual(names);
  });

  it("lists the units in the list's own order", () => {
    expect(listUnits(ITEMS)).toEqual(["枫泾镇", "朱泾镇"]);
  });
});

describe("csvText", () => {
  it("starts with a byte-order mark and ends lines with CRLF, so Excel reads the Chinese", () => {
    expect(
      csvText([
        ["单位", "企业"],
        ["枫泾镇", "甲"],
      ])
    ).toBe("\uFEFF单位,企业\r\n枫泾镇,甲\r\n");
  });

  it.each([
    ['a "quoted" name', '"a ""quoted"" name"'],
    ["one, two", '"one, two"'],
    ["two\nlines", '"two\nlines"'],
    // Text that Excel would take for a formula stays text.
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+86 21", "'+86 21"],
    ["-5", "'-5"],
    ["@sum", "'@sum"],
    ["plain", "plain"],
  ])("writes %j as %j", (value, cell) => {
    expect(csvText([[value]])).toBe(`\uFEFF${cell}\r\n`);
  });
});

describe("listFileName", () => {
  it.each([
    ["待走访名单", "枫泾镇", "2024-12-31", "待走访名单-枫泾镇-2024-12-31.csv"],
    ["待走访名单", "", "2024-12-31", "待走访名单-2024-12-31.csv"],
    ["expiring", "A/B:C", "2024-12-31", "expiring-A_B_C-2024-12-31.csv"],
  ])("%s + %s + %s -> %s", (title, unit, date, name) => {
    expect(listFileName(title, unit, date)).toBe(name);
  });
});
