/**
 * Service contacts (联系服务制度, docs/rules.md section 10): recognising contact sheets beside rosters and
 * pools (both ways), reading their rows, joining them to roster and pool enterprises, and every figure at
 * the as-of date: last contact, open and overdue problems, the call list (待走访) and the per-unit counts.
 */
import {
  detectContactHeader,
  isContactHeaderRow,
} from "../../../src/domain/contacts/contactHeader";
import { readContactSheet } from "../../../src/domain/contacts/readContactSheet";
import {
  isNoProblem,
  parseContactStatus,
  STATUS_NAMES,
  CONTACT_STATUSES,
} from "../../../src/domain/contacts/contactStatus";
import { creditCodeCheckChar } from "../../../src/domain/enterprise/creditCode";
import { isoFromSerial, serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/domain/settings/settings";
import { isPoolHeaderRow } from "../../../src/domain/pool/poolHeader";
import { detectHeader } from "../../../src/domain/roster/rosterHeader";
import type {
  Analysis,
  CellValue,
  ContactStatus,
  SheetInput,
} from "../../../src/domain/core/types";
import { analyseWorkbook, classifySheet } from "../../../src/domain/analysis/analyseWorkbook";

const ymd = serialFromYmd;
const code = (n: number): string => {
  const body = "91310116MA1K" + String(n).padStart(5, "0");
  return body + creditCodeCheckChar(body);
};
const AS_OF = ymd(2023, 12, 31);
const kind = (values: CellValue[][], name = "S", settings = DEFAULT_SETTINGS) =>
  classifySheet(values, settings, name);

const CONTACT_HEADER = [
  "走访日期",
  "企业名称",
  "统一社会信用代码",
  "走访形式",
  "走访人",
  "问题或诉求",
  "办理状态",
  "办结时限",
];

describe("a contact sheet is recognised by its header, and never taken for a roster or a pool (nor they for it)", () => {
  it.each<[string, CellValue[][]]>([
    ["the full header", [CONTACT_HEADER]],
    ["under a title row", [["2023年企业走访记录"], [], ["序号", ...CONTACT_HEADER]]],
    ["a date, a name and a problem", [["联系日期", "企业名称", "诉求"]]],
    ["a date, a credit code and a status", [["日期", "统一社会信用代码", "状态"]]],
    [
      "decorated headings",
      [["走访日期（年月日）", "企业名称：", "问题/诉求", "办结时限\n（日期）"]],
    ],
    ["English headings", [["Visit Date", "Company", "Form", "Problem", "Status", "Due Date"]]],
  ])("%s -> contacts", (_label, values) => {
    expect(kind(values)).toBe("contacts");
  });

  it.each<[string, CellValue[][], string]>([
    // A roster keeps its kind whatever contact columns it carries.
    [
      "a roster with 联系人 and 日期 columns",
      [["企业名称", "证书编号", "发证日期", "所属镇", "联系人", "日期"]],
      "roster",
    ],
    [
      "a roster (issue dates, no numbers) with visit columns",
      [["企业名称", "发证日期", "走访日期", "走访人", "问题"]],
      "roster",
    ],
    [
      "a roster with a certificate number and visit columns",
      [["企业名称", "证书编号", "走访日期", "办理状态"]],
      "roster",
    ],
    // A pool keeps its kind: its 联系人 and 入库日期 are no contact; nor are visit columns beside a stage.
    [
      "a pool with 联系人 and 入库日期",
      [["企业名称", "培育阶段", "入库日期", "联系人", "日期"]],
      "pool",
    ],
    [
      "a pool with visit columns",
      [["企业名称", "培育阶段", "走访日期", "问题", "办理状态"]],
      "pool",
    ],
    // Not enough to be a contact sheet.
    ["a name and a date only", [["企业名称", "日期"]], "ignored"],
    ["no enterprise column", [["走访日期", "走访人", "问题", "办理状态"]], "ignored"],
    ["no date column", [["企业名称", "走访人", "问题", "办理状态"]], "ignored"],
  ])("%s -> %s", (_label, values, expected) => {
    expect(kind(values)).toBe(expected);
  });

  it("a sheet the user mapped columns for is a roster, contact header or not", () => {
    const settings = parseSettings({ columnMappings: { 走访: { certNo: "C", issueDate: "D" } } });
    expect(kind([CONTACT_HEADER], "走访", settings)).toBe("roster");
    expect(kind([CONTACT_HEADER], "别的表", settings)).toBe("contacts");
  });

  it("each kind's header row test says no to the others' header rows", () => {
    const roster = [
      "企业名称",
      "统一社会信用代码",
      "证书编号",
      "发证日期",
      "所属镇",
      "联系人",
      "日期",
    ];
    const pool = ["企业名称", "统一社会信用代码", "所属镇", "培育阶段", "联系人", "入库日期"];
    expect(isContactHeaderRow(CONTACT_HEADER)).toBe(true);
    expect(isContactHeaderRow(roster)).toBe(false);
    expect(isContactHeaderRow(pool)).toBe(false);
    expect(isPoolHeaderRow(CONTACT_HEADER)).toBe(false);
    // Visit columns beside an issue date or a stage are a roster's or a pool's, wherever the header is looked for.
    expect(
      detectContactHeader([["企业名称", "发证日期", "走访日期", "走访人", "问题"]])
    ).toBeNull();
    expect(
      detectContactHeader([["企业名称", "培育阶段", "走访日期", "问题", "办理状态"]])
    ).toBeNull();
    expect(detectHeader([CONTACT_HEADER])).toBeNull();
  });

  it("finds the header row naming the most columns, with each column", () => {
    const h = detectContactHeader([
      ["走访记录"],
      ["日期", "企业名称", "问题"],
      ["序号", ...CONTACT_HEADER],
    ]);
    expect(h).toEqual({
      rowIndex: 2,
      date: 1,
      name: 2,
      creditCode: 3,
      form: 4,
      visitor: 5,
      problem: 6,
      status: 7,
      due: 8,
    });
  });
});

describe("statuses and problems as offices write them", () => {
  it.each<[string, ContactStatus | null]>([
    ["已办结", "done"],
    ["办结", "done"],
    ["已解决。", "done"],
    ["Done", "done"],
    ["办理中", "in-progress"],
    ["处理中", "in-progress"],
    [" 跟进中 ", "in-progress"],
    ["未办结", "unfinished"],
    ["未解决", "unfinished"],
    ["待办", "todo"],
    ["待处理", "todo"],
    ["pending", "todo"],
    ["", null],
    ["研究中", null],
    ["办结率高", null],
  ])("%p -> %p", (text, status) => {
    expect(parseContactStatus(text)).toBe(status);
  });

  it("names each status as the template writes it, and reads it back", () => {
    expect(CONTACT_STATUSES.map((s) => STATUS_NAMES[s])).toEqual([
      "待办",
      "办理中",
      "未办结",
      "已办结",
    ]);
    for (const s of CONTACT_STATUSES) expect(parseContactStatus(STATUS_NAMES[s])).toBe(s);
  });

  it.each([
    ["无", true],
    ["暂无。", true],
    ["/", true],
    ["－", true],
    ["None", true],
    ["无锡分厂用地", false],
    ["用地问题", false],
  ])("a problem cell %p says no problem: %p", (text, none) => {
    expect(isNoProblem(text as string)).toBe(none);
  });
});

describe("readContactSheet", () => {
  const SHEET: SheetInput = {
    name: "走访记录",
    values: [
      /* 1 */ ["2023年走访记录"],
      /* 2 */ CONTACT_HEADER,
      /* 3 */ [
        ymd(2023, 3, 1),
        "上海甲科技有限公司",
        "",
        "走访",
        "张",
        "用地问题",
        "办理中",
        "2023年4月30日",
      ],
      /* 4 */ ["2023.5.6", "", code(1).toLowerCase(), "电话", "李", "无", "", ""],
      /* 5 */ [new Date(Date.UTC(2023, 5, 7)), "#N/A", "", "座谈", "王", "", "", ""],
      /* 6 */ [null, "上海乙科技有限公司", "", "走访", "张", "融资", "待办", ""],
      /* 7 */ ["去年", "上海乙科技有限公司", "", "走访", "张", "", "", ""],
      /* 8 */ [],
      /* 9 */ ["2023-08-08", "=上海丙", "", "线上", "赵", "", "研究中", "下周"],
      /* 10 */ ["20230909", "上海丁科技有限公司", "", "", "", "", "办理中", ""],
      /* 11 */ [
        ymd(2023, 10, 1),
        "上海戊科技有限公司",
        "",
        "",
        "",
        "人才公寓",
        "已办结",
        ymd(2023, 10, 30),
      ],
    ],
  };
  const read = readContactSheet(SHEET, 5000)!;

  it("reads each row with a date and an enterprise: dates in every form, code normalised, 无 as no problem", () => {
    expect(
      read.rows.map((r) => [
        r.row,
        r.seq,
        r.name,
        r.creditCode,
        isoFromSerial(r.date),
        r.problem,
        r.status,
        r.hasProblem,
        r.due && isoFromSerial(r.due),
      ])
    ).toEqual([
      [
        3,
        5003,
        "上海甲科技有限公司",
        "",
        "2023-03-01",
        "用地问题",
        "in-progress",
        true,
        "2023-04-30",
      ],
      [4, 5004, "", code(1), "2023-05-06", "", null, false, null],
      [9, 5009, "=上海丙", "", "2023-08-08", "", null, true, null],
      [10, 5010, "上海丁科技有限公司", "", "2023-09-09", "", "in-progress", true, null],
      [11, 5011, "上海戊科技有限公司", "", "2023-10-01", "人才公寓", "done", true, "2023-10-30"],
    ]);
    expect(read.rows[0]).toMatchObject({ problemColumn: "F", nameColumn: "B" });
  });

  it("gives a finding, naming the row's enterprise, for every row it cannot count and every cell it cannot read", () => {
    expect(read.findings.map((f) => [f.row, f.column, f.code, f.severity, f.name ?? ""])).toEqual([
      [5, "B", "bad-value", "warning", ""],
      [5, "B", "visit-unmatched", "warning", ""],
      [6, "A", "bad-date", "error", "上海乙科技有限公司"],
      [7, "A", "bad-date", "error", "上海乙科技有限公司"],
      [9, "B", "formula-like", "warning", "=上海丙"],
      [9, "H", "bad-date", "warning", "=上海丙"],
      [9, "G", "visit-status-unknown", "warning", "=上海丙"],
    ]);
    expect(read.findings[3].message["zh-CN"]).toBe("走访日期无法识别：“去年”：此行不计入走访统计");
    expect(read.findings[2].message["zh-CN"]).toBe("缺少走访日期：此行不计入走访统计");
    expect(read.findings[6].message["zh-CN"]).toContain("办理状态“研究中”无法识别");
  });

  it("shifts serials of a 1904-system workbook, as the roster does", () => {
    const sheet: SheetInput = {
      name: "走访",
      values: [
        ["走访日期", "企业名称", "问题"],
        [ymd(2023, 3, 1) - 1462, "甲", "x"],
      ],
      date1904: true,
    };
    expect(isoFromSerial(readContactSheet(sheet)!.rows[0].date)).toBe("2023-03-01");
  });

  it("returns null for a sheet without a contact header", () => {
    expect(readContactSheet({ name: "x", values: [["企业名称", "证书编号"]] })).toBeNull();
  });
});

// A roster, a pool and a contact log, as of 2023-12-31 (N = 90: A - N = 2023-10-02).
const ROSTER: SheetInput = {
  name: "名单",
  values: [
    /* 1 */ ["企业名称", "统一社会信用代码", "证书编号", "发证日期", "所属镇（园区）"],
    /* 2 */ ["上海甲科技有限公司", code(1), "GR202031000001", ymd(2020, 11, 12), "朱泾镇"], // valid to 2023-11-11: expired
    /* 3 */ ["上海乙科技有限公司", "", "GR202031000002", ymd(2020, 12, 20), "枫泾镇"], // to 2023-12-19: expired
    /* 4 */ ["上海丙科技有限公司", code(3), "GR202131000003", ymd(2021, 3, 1), "亭林镇"], // to 2024-02-29
    /* 5 */ ["上海丁科技有限公司", "", "GR202031000004", ymd(2020, 6, 1), "朱泾镇"], // to 2023-05-31: expired
    /* 6 */ ["上海戊科技有限公司", code(5), "GR202331000005", ymd(2023, 10, 1), "亭林镇"],
  ],
};
const POOL: SheetInput = {
  name: "培育库",
  values: [
    /* 1 */ ["企业名称", "统一社会信用代码", "所属镇（园区）", "培育阶段"],
    /* 2 */ ["上海庚科技有限公司", code(7), "枫泾镇", "推出"],
    /* 3 */ ["上海辛科技有限公司", "", "亭林镇", "服务"],
    /* 4 */ ["上海壬科技有限公司", "", "朱泾镇", "已申报"],
    /* 5 */ ["上海丁科技有限公司", "", "", "推出"], // expired, re-applying: on the call list once
  ],
};
const CONTACTS: SheetInput = {
  name: "走访记录",
  values: [
    /* 1 */ CONTACT_HEADER,
    /* 2 */ [
      ymd(2023, 12, 20),
      "上海甲科技有限公司",
      "",
      "走访",
      "张",
      "用地问题",
      "办理中",
      ymd(2023, 12, 30),
    ],
    /* 3 */ [ymd(2023, 10, 2), "", code(1), "电话", "李", "无", "", ""],
    /* 4 */ [ymd(2023, 10, 2), "上海乙科技有限公司", "", "走访", "张", "", "", ""],
    /* 5 */ [ymd(2024, 1, 5), "上海丁科技有限公司", "", "走访", "王", "融资需求", "待办", ""],
    /* 6 */ [
      ymd(2023, 10, 1),
      "上海丁科技有限公司",
      "",
      "座谈",
      "王",
      "人才公寓",
      "已办结",
      ymd(2023, 11, 1),
    ],
    /* 7 */ [
      ymd(2022, 11, 15),
      "上海丙科技有限公司",
      "",
      "走访",
      "赵",
      "研发费用加计扣除",
      "未办结",
      ymd(2023, 12, 31),
    ],
    /* 8 */ [ymd(2023, 6, 1), "上海辛科技有限公司", "", "线上", "赵", "", "办理中", ""],
    /* 9 */ [ymd(2023, 8, 8), "上海不存在科技有限公司", "", "走访", "张", "", "", ""],
    /* 10 */ [ymd(2023, 9, 9), "", code(99), "电话", "李", "", "", ""],
    /* 11 */ [ymd(2023, 12, 31), "上海庚科技有限公司", "", "电话", "李", "", "", ""],
    /* 12 */ [ymd(2023, 5, 5), "", code(5), "走访", "张", "政策咨询", "研究中", "下周"],
  ],
};
const WORKBOOK = [ROSTER, POOL, CONTACTS];
const at = (asOf = AS_OF, settings = DEFAULT_SETTINGS, sheets = WORKBOOK): Analysis =>
  analyseWorkbook(sheets, { asOf, settings });
const unitRow = (a: Analysis, unit: string) => a.units.find((u) => u.unit === unit)!;

describe("contacts at the as-of date", () => {
  const a = at();

  it("classifies the contact sheet and counts its readable rows", () => {
    expect(a.sheets.map((s) => [s.sheet, s.kind, s.headerRow, s.records])).toEqual([
      ["名单", "roster", 1, 5],
      ["培育库", "pool", 1, 4],
      ["走访记录", "contacts", 1, 11],
    ]);
  });

  it("joins rows by credit code, else by name, to roster and pool enterprises; the rest are visit-unmatched, naming the row", () => {
    const unmatched = a.findings.filter((f) => f.code === "visit-unmatched");
    expect(unmatched.map((f) => [f.sheet, f.row, f.column, f.severity, f.name ?? ""])).toEqual([
      ["走访记录", 9, "B", "warning", "上海不存在科技有限公司"],
      ["走访记录", 10, "B", "warning", ""],
    ]);
    expect(unmatched[0].message["zh-CN"]).toContain("按企业名称对应");
    expect(unmatched[1].message["zh-CN"]).toContain("按统一社会信用代码对应");
  });

  it("gives each expiring enterprise its last contact on or before A (a code-only row counts for its enterprise)", () => {
    expect(a.expiring.map((x) => [x.name, x.lastContact && isoFromSerial(x.lastContact)])).toEqual([
      ["上海乙科技有限公司", "2023-10-02"],
      ["上海丁科技有限公司", "2023-10-01"], // its 2024-01-05 visit does not exist yet
      ["上海甲科技有限公司", "2023-12-20"],
    ]);
  });

  it("lists open problems (status not 已办结) up to A, by unit, overdue when due before A", () => {
    expect(
      a.problems.map((p) => [
        p.row,
        p.name,
        p.unit,
        isoFromSerial(p.date),
        p.problem,
        p.status,
        p.due && isoFromSerial(p.due),
        p.overdue,
      ])
    ).toEqual([
      [
        2,
        "上海甲科技有限公司",
        "朱泾镇",
        "2023-12-20",
        "用地问题",
        "in-progress",
        "2023-12-30",
        true,
      ],
      // Due on A itself: not overdue. Recorded last year: still open.
      [
        7,
        "上海丙科技有限公司",
        "亭林镇",
        "2022-11-15",
        "研发费用加计扣除",
        "unfinished",
        "2023-12-31",
        false,
      ],
      // No problem written, but the status says something is being handled.
      [8, "上海辛科技有限公司", "亭林镇", "2023-06-01", "", "in-progress", null, false],
      // A code-only row takes its enterprise's name; an unreadable status counts as not done.
      [12, "上海戊科技有限公司", "亭林镇", "2023-05-05", "政策咨询", null, null, false],
    ]);
    expect(a.problems[0]).toMatchObject({ sheet: "走访记录", column: "F" });
  });

  it("puts on the call list the expiring and the submitted enterprises without a contact from A - N to A (both ends included)", () => {
    expect(
      a.toVisit.map((v) => [
        v.sheet,
        v.row,
        v.name,
        v.unit,
        v.reason,
        v.lastContact && isoFromSerial(v.lastContact),
      ])
    ).toEqual([
      // 乙: last contact on A - 90, kept off. 甲: contacted in December. 庚: contacted on A itself.
      ["名单", 5, "上海丁科技有限公司", "朱泾镇", "expiring", "2023-10-01"], // A - 91; and in the pool: listed once
      ["培育库", 4, "上海壬科技有限公司", "朱泾镇", "submitted", null],
    ]);
  });

  it("counts per unit: visits and enterprises in A's year, open and overdue problems, the call list; the total sums them", () => {
    expect(unitRow(a, "朱泾镇").contacts).toEqual({
      visits: 3,
      enterprises: 2,
      open: 1,
      overdue: 1,
      toVisit: 2,
    });
    expect(unitRow(a, "枫泾镇").contacts).toEqual({
      visits: 2,
      enterprises: 2,
      open: 0,
      overdue: 0,
      toVisit: 0,
    });
    // 丙's visit was in 2022: open, but no visit this year. 辛 counts under its pool unit.
    expect(unitRow(a, "亭林镇").contacts).toEqual({
      visits: 2,
      enterprises: 2,
      open: 3,
      overdue: 0,
      toVisit: 0,
    });
    expect(a.total.contacts).toEqual({
      visits: 7,
      enterprises: 6,
      open: 4,
      overdue: 1,
      toVisit: 2,
    });
  });
});

describe("the as-of date and the setting move every figure", () => {
  it("contacts dated after A do not exist at A", () => {
    const before = at(ymd(2023, 10, 1));
    expect(before.expiring.find((x) => x.name === "上海甲科技有限公司")!.lastContact).toBeNull();
    expect(before.problems.map((p) => p.row)).toEqual([7, 8, 12]);
    // Rows 6 (on A itself), 8 and 12; row 3 and 4 (2023-10-02) are still to come.
    expect(before.total.contacts.visits).toBe(3);
  });

  it("a contact dated more than a year after A is a typo: a finding on its date cell, not counted", () => {
    const typo = [ymd(3023, 5, 1), "上海甲科技有限公司", "", "走访", "张", "", "", ""];
    const nextMonth = [ymd(2024, 1, 20), "上海乙科技有限公司", "", "走访", "张", "", "", ""];
    const a = at(AS_OF, DEFAULT_SETTINGS, [
      ROSTER,
      POOL,
      { ...CONTACTS, values: [...CONTACTS.values, typo, nextMonth] },
    ]);
    const future = a.findings.filter((f) => f.code === "visit-date-future");
    expect(future.map((f) => [f.sheet, f.row, f.column, f.severity, f.name])).toEqual([
      ["走访记录", 13, "A", "warning", "上海甲科技有限公司"],
    ]);
    expect(future[0].message["zh-CN"]).toBe(
      "走访日期 3023-05-01 比统计日 2023-12-31 晚一年以上：此行不计入走访统计，请核对日期"
    );
    expect(a.total.contacts.visits).toBe(at().total.contacts.visits);
  });

  it("N = contacts.days: a shorter window lists more, a longer one fewer", () => {
    const short = at(AS_OF, parseSettings({ contacts: { days: 10 } }));
    // A - 10 = 2023-12-21: 甲's visit on 12-20 is one day too early.
    expect(short.toVisit.map((v) => v.name)).toEqual([
      "上海乙科技有限公司",
      "上海丁科技有限公司",
      "上海甲科技有限公司",
      "上海壬科技有限公司",
    ]);
    const long = at(AS_OF, parseSettings({ contacts: { days: 91 } }));
    expect(long.toVisit.map((v) => v.name)).toEqual(["上海壬科技有限公司"]);
  });

  it("without a contact sheet every listed enterprise is to visit, and nothing else changes", () => {
    const none = at(AS_OF, DEFAULT_SETTINGS, [ROSTER, POOL]);
    const withContacts = at();
    // By unit: 枫泾镇 (乙 expiring, then 庚 submitted), then 朱泾镇 (丁, 甲 expiring, then 壬 submitted).
    expect(none.toVisit.map((v) => [v.name, v.reason])).toEqual([
      ["上海乙科技有限公司", "expiring"],
      ["上海庚科技有限公司", "submitted"],
      ["上海丁科技有限公司", "expiring"],
      ["上海甲科技有限公司", "expiring"],
      ["上海壬科技有限公司", "submitted"],
    ]);
    expect(none.problems).toEqual([]);
    expect(none.total.contacts).toEqual({
      visits: 0,
      enterprises: 0,
      open: 0,
      overdue: 0,
      toVisit: 5,
    });
    expect(none.units.map((u) => [u.valid, u.expiring, u.pool])).toEqual(
      withContacts.units.map((u) => [u.valid, u.expiring, u.pool])
    );
  });
});

describe("joining through the one identity module", () => {
  it("a contact with a code joins a pool enterprise known there by name only (and the pool row stays one enterprise)", () => {
    const pool: SheetInput = {
      name: "培育库",
      values: [
        ["企业名称", "培育阶段"],
        ["上海癸科技有限公司", "推出"],
      ],
    };
    const contacts: SheetInput = {
      name: "走访",
      values: [
        ["走访日期", "企业名称", "统一社会信用代码", "问题"],
        [ymd(2023, 12, 1), "上海癸科技有限公司", code(42), "用电"],
      ],
    };
    const a = at(AS_OF, DEFAULT_SETTINGS, [ROSTER, pool, contacts]);
    expect(a.findings.filter((f) => f.code === "visit-unmatched")).toEqual([]);
    expect(a.problems.map((p) => [p.name, p.unit])).toEqual([["上海癸科技有限公司", "其他"]]);
    expect(a.toVisit.find((v) => v.name === "上海癸科技有限公司")).toBeUndefined();
  });

  it("a contact joins the enterprise of a roster row by the row's name when the roster row has no code", () => {
    const contacts: SheetInput = {
      name: "走访",
      values: [
        ["走访日期", "企业名称", "统一社会信用代码", "问题"],
        [ymd(2023, 12, 1), "上海乙科技有限公司", code(2), ""],
      ],
    };
    const a = at(AS_OF, DEFAULT_SETTINGS, [ROSTER, contacts]);
    expect(a.findings.filter((f) => f.code === "visit-unmatched")).toEqual([]);
    expect(a.expiring.find((x) => x.name === "上海乙科技有限公司")!.lastContact).toBe(
      ymd(2023, 12, 1)
    );
  });

  it("a contact by credit code alone joins that roster row even when the row giving the code comes later", () => {
    const contacts: SheetInput = {
      name: "走访",
      values: [
        ["走访日期", "企业名称", "统一社会信用代码", "问题"],
        [ymd(2023, 11, 1), "", code(2), ""],
        [ymd(2023, 12, 1), "上海乙科技有限公司", code(2), ""],
      ],
    };
    const a = at(AS_OF, DEFAULT_SETTINGS, [ROSTER, contacts]);
    expect(a.findings.filter((f) => f.code === "visit-unmatched")).toEqual([]);
    expect(a.expiring.find((x) => x.name === "上海乙科技有限公司")!.lastContact).toBe(
      ymd(2023, 12, 1)
    );
  });
});
