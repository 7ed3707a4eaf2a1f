/** 记录走访's form state: the enterprises it offers and the entry it makes (or what is missing). */
import { creditCodeCheckChar } from "../../src/domain/enterprise/creditCode";
import { serialFromYmd } from "../../src/domain/core/dates";
import type { SheetInput } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import {
  enterpriseChoices,
  entryFromForm,
  initialContactForm,
  suggestions,
} from "../../src/taskpane/contacts/contactForm";

const body = "91310116MA1K00001";
const CODE = body + creditCodeCheckChar(body);
const ROSTER: SheetInput = {
  name: "名单",
  values: [
    ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇"],
    ["上海甲科技有限公司", "", "GR202031000001", serialFromYmd(2020, 11, 12), "朱泾镇"],
    ["上海乙科技有限公司", CODE, "GR202031000002", serialFromYmd(2020, 12, 1), "枫泾镇"],
    ["上海丙科技有限公司", "", "GR202231000003", serialFromYmd(2022, 10, 20), "亭林镇"],
  ],
};
const POOL: SheetInput = {
  name: "培育库",
  values: [
    ["企业名称", "培育阶段"],
    ["上海乙科技有限公司", "推出"],
    ["上海丁科技有限公司", "已申报"],
  ],
};
const analysis = analyseWorkbook([ROSTER, POOL], { asOf: serialFromYmd(2023, 6, 30) });

describe("enterpriseChoices", () => {
  it("offers the call list first, then the expiring list and the pool, each enterprise once with its code", () => {
    expect(enterpriseChoices(analysis)).toEqual([
      // The call list by unit in table order: 枫泾镇, 朱泾镇, then 其他.
      { name: "上海乙科技有限公司", creditCode: CODE },
      { name: "上海甲科技有限公司", creditCode: "" },
      { name: "上海丁科技有限公司", creditCode: "" },
    ]);
  });
});

describe("enterpriseChoices with the sheets' names, and the suggestions", () => {
  const named = [
    { name: "上海丙科技有限公司", creditCode: "" },
    { name: "上海乙科技有限公司", creditCode: "" },
  ];
  const choices = enterpriseChoices(analysis, named);

  it("adds every other enterprise the sheets name after the lists, each once", () => {
    expect(choices.map((c) => c.name)).toEqual([
      "上海乙科技有限公司",
      "上海甲科技有限公司",
      "上海丁科技有限公司",
      "上海丙科技有限公司",
    ]);
    expect(choices[0].creditCode).toBe(CODE);
  });

  it("suggests the names containing the typed text, at most the limit, in order", () => {
    expect(suggestions(choices, " 丙").map((c) => c.name)).toEqual(["上海丙科技有限公司"]);
    expect(suggestions(choices, "").map((c) => c.name)).toEqual(choices.map((c) => c.name));
    expect(suggestions(choices, "科技", 2).map((c) => c.name)).toEqual([
      "上海乙科技有限公司",
      "上海甲科技有限公司",
    ]);
  });
});

describe("entryFromForm", () => {
  const choices = enterpriseChoices(analysis);
  const base = {
    ...initialContactForm(serialFromYmd(2023, 6, 28)),
    enterprise: " 上海乙科技有限公司 ",
  };

  it("dates the form today by default and makes the entry with the chosen enterprise's code", () => {
    expect(initialContactForm(serialFromYmd(2023, 6, 28)).date).toBe("2023-06-28");
    expect(entryFromForm(base, choices)).toEqual({
      ok: true,
      entry: {
        date: serialFromYmd(2023, 6, 28),
        name: "上海乙科技有限公司",
        creditCode: CODE,
        form: "走访",
        visitor: "",
        problem: "",
        status: null,
        due: null,
      },
    });
  });

  it.each([
    [
      "a problem without a status is 待办",
      { problem: "用地" },
      { problem: "用地", status: "todo" },
    ],
    [
      "a status without a problem is kept",
      { status: "done" as const },
      { problem: "", status: "done" },
    ],
    [
      "a typed name not offered is recorded as typed, without a code",
      { enterprise: "上海新科技有限公司" },
      { name: "上海新科技有限公司", creditCode: "" },
    ],
    // Dates typed as staff write them (the pane's date fields are text, not the browser's date input).
    ["a date typed 2023年6月30日", { date: "2023年6月30日" }, { date: serialFromYmd(2023, 6, 30) }],
    ["a due date typed 2023/7/15", { due: "2023/7/15" }, { due: serialFromYmd(2023, 7, 15) }],
    ["a due date typed 2023.7.15", { due: "2023.7.15" }, { due: serialFromYmd(2023, 7, 15) }],
  ])("%s", (_label, patch, expected) => {
    const r = entryFromForm({ ...base, ...patch }, choices);
    expect(r.ok && r.entry).toMatchObject(expected);
  });

  it.each([
    ["no date", { date: "" }, "recordNeedsDate"],
    ["no enterprise", { enterprise: "  " }, "recordNeedsEnterprise"],
    ["a due date before the contact", { due: "2023-06-27" }, "recordDueBeforeDate"],
    ["a date that is no date", { date: "下周" }, "recordDateUnreadable"],
    // Not dropped silently: a due date the user typed and Gaoqi cannot read would vanish from the row.
    ["a due date that is no date", { due: "月底" }, "recordDueUnreadable"],
  ])("refuses %s", (_label, patch, error) => {
    expect(entryFromForm({ ...base, ...patch }, choices)).toEqual({ ok: false, error });
  });
});
