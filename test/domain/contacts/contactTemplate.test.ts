/** The contact-sheet template and the placing of one form entry under a sheet's own contact header. */
import { detectContactHeader } from "../../../src/domain/contacts/contactHeader";
import {
  contactRowCells,
  contactTemplate,
  type ContactEntry,
} from "../../../src/domain/contacts/contactTemplate";
import { readContactSheet } from "../../../src/domain/contacts/readContactSheet";
import { serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { classifySheet } from "../../../src/domain/analysis/analyseWorkbook";

const d = serialFromYmd;
const ENTRY: ContactEntry = {
  date: d(2024, 5, 14),
  name: "上海甲科技有限公司",
  creditCode: "91310116MA1K000015",
  form: "电话",
  visitor: "张",
  problem: "用地",
  status: "unfinished",
  due: d(2024, 6, 30),
};

describe("contactTemplate", () => {
  it("is a contact sheet by its header, and its examples read back with every column and status", () => {
    const t = contactTemplate();
    expect(t.sheetName).toBe("走访记录");
    const values = [t.header, ...t.examples];
    expect(classifySheet(values, DEFAULT_SETTINGS, t.sheetName)).toBe("contacts");
    const read = readContactSheet({ name: t.sheetName, values })!;
    expect(read.findings).toEqual([]);
    expect(
      read.rows.map((r) => [r.date, r.creditCode !== "", r.status, r.problem !== "", r.due])
    ).toEqual([
      [d(2024, 3, 12), true, "in-progress", true, d(2024, 4, 12)],
      [d(2024, 3, 20), true, "done", true, d(2024, 3, 31)],
    ]);
    for (const c of t.dateColumns) expect(typeof t.examples[0][c]).toBe("number");
  });

  it("names its sheet and columns in English for an English pane, read back the same, with the same examples", () => {
    const zh = contactTemplate("zh-CN");
    const en = contactTemplate("en-US");
    expect(en.sheetName).toBe("Contact log");
    expect(en.header).toHaveLength(zh.header.length);
    expect(detectContactHeader([en.header])).toEqual(detectContactHeader([zh.header]));
    expect(en.examples).toEqual(zh.examples);
  });
});

describe("contactRowCells", () => {
  it("puts each value under the column the header names, blank elsewhere, the status in its Chinese name", () => {
    const header = detectContactHeader([
      [
        "序号",
        "问题",
        "企业名称",
        "备注",
        "日期",
        "办理状态",
        "办结时限",
        "走访方式",
        "走访人",
        "信用代码",
      ],
    ])!;
    expect(contactRowCells(header, 12, ENTRY)).toEqual({
      cells: [
        null,
        "用地",
        "上海甲科技有限公司",
        null,
        d(2024, 5, 14),
        "未办结",
        d(2024, 6, 30),
        "电话",
        "张",
        "91310116MA1K000015",
        null,
        null,
      ],
      dropped: [],
    });
  });

  it("lists what the sheet has no column for, and writes no blank value as dropped", () => {
    const header = detectContactHeader([["联系日期", "企业名称", "诉求"]])!;
    expect(contactRowCells(header, 3, ENTRY)).toEqual({
      cells: [d(2024, 5, 14), "上海甲科技有限公司", "用地"],
      dropped: ["form", "visitor", "status", "due"],
    });
    const quiet = { ...ENTRY, form: "", visitor: "", status: null, due: null };
    expect(contactRowCells(header, 3, quiet)!.dropped).toEqual([]);
  });

  it("names the enterprise by its code on a code-only sheet, and cannot without a code", () => {
    const header = detectContactHeader([["日期", "统一社会信用代码", "状态"]])!;
    expect(contactRowCells(header, 3, ENTRY)!.cells).toEqual([
      d(2024, 5, 14),
      "91310116MA1K000015",
      "未办结",
    ]);
    expect(contactRowCells(header, 3, { ...ENTRY, creditCode: "" })).toBeNull();
  });
});
