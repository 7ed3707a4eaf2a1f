import { creditCodeCheckChar } from "../../../src/domain/enterprise/creditCode";
import { serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { RecordTable } from "../../../src/domain/enterprise/recordTable";
import { createRosterReader, readRoster } from "../../../src/domain/roster/readRoster";
import { detectHeader } from "../../../src/domain/roster/rosterHeader";
import { headerField } from "../../../src/domain/sheets/enterpriseHeadings";
import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import type { CellValue, Finding, RosterField, Settings } from "../../../src/domain/core/types";
import { createUnitResolver } from "../../../src/domain/enterprise/units";

const resolveUnit = createUnitResolver(DEFAULT_TARGETS.units, DEFAULT_SETTINGS.aliases);
const ymd = serialFromYmd;

/** A valid credit code built from a 17-character body. */
function code(body: string): string {
  return body + creditCodeCheckChar(body);
}
const CODE_A = code("91310116MA1J00001");

const HEADER = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "证书编号",
  "发证日期",
  "所属镇（园区）",
  "认定类型",
  "迁入日期",
  "迁出日期",
  "取消年度",
];

function read(rows: CellValue[][], settings: Settings = DEFAULT_SETTINGS) {
  const result = readRoster({ name: "名单", values: [HEADER, ...rows] }, settings, resolveUnit);
  if (!result) throw new Error("no header");
  return result;
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.row}${f.column}:${f.code}:${f.severity}`);
}

describe("headerField", () => {
  it.each<[CellValue, RosterField | null]>([
    ["企业名称", "name"],
    ["单位名称", "name"],
    ["公司名称", "name"],
    ["统一社会信用代码", "creditCode"],
    ["信用代码", "creditCode"],
    ["证书编号", "certNo"],
    ["证书号", "certNo"],
    ["发证日期", "issueDate"],
    ["发证时间", "issueDate"],
    ["认定日期", "issueDate"],
    ["发证日期（年月日）", "issueDate"],
    ["发证\n日期", "issueDate"],
    ["所属镇/园区", "unit"],
    ["所属镇（园区）", "unit"],
    ["责任单位", "unit"],
    ["所属街镇", "unit"],
    ["属地", "unit"],
    ["认定类型", "type"],
    ["类型", "type"],
    ["迁入日期", "moveIn"],
    ["迁出日期", "moveOut"],
    ["取消日期", "revoked"],
    ["撤销日期", "revoked"],
    ["取消年度", "revoked"],
    ["Company", "name"],
    ["Credit Code", "creditCode"],
    ["Certificate No.", "certNo"],
    ["Issue Date", "issueDate"],
    ["Unit", "unit"],
    ["Type", "type"],
    ["Move-in Date", "moveIn"],
    ["Move-out Date", "moveOut"],
    [" 企业名称： ", "name"],
    ["*证书编号", "certNo"],
    ["序号", null],
    ["备注", null],
    ["", null],
    [2023, null],
    [null, null],
  ])("%p -> %p", (cell, field) => {
    expect(headerField(cell)).toBe(field);
  });
});

describe("detectHeader", () => {
  it.each<[string, CellValue[][], number | null, Partial<Record<RosterField, number>> | null]>([
    [
      "plain header in row 1",
      [["企业名称", "证书编号", "发证日期"]],
      0,
      { name: 0, certNo: 1, issueDate: 2 },
    ],
    [
      "title rows above, full-width brackets, line breaks",
      [
        ["金山区高新技术企业名单（2023年）"],
        [],
        [
          "序号",
          "企业\n名称",
          "统一社会信用代码",
          "证书编号",
          "发证日期（年月日）",
          "所属镇（园区）",
        ],
        ["1", "甲公司"],
      ],
      2,
      { name: 1, creditCode: 2, certNo: 3, issueDate: 4, unit: 5 },
    ],
    [
      "English headers",
      [
        [
          "Company",
          "Credit Code",
          "Certificate No",
          "Issue Date",
          "Unit",
          "Type",
          "Move-in Date",
          "Move-out Date",
        ],
      ],
      0,
      { name: 0, creditCode: 1, certNo: 2, issueDate: 3, unit: 4, type: 5, moveIn: 6, moveOut: 7 },
    ],
    [
      "filing list: 序号 | 企业名称 | 证书编号",
      [["序号", "企业名称", "证书编号"]],
      0,
      { name: 1, certNo: 2 },
    ],
    [
      "credit code and issue date suffice",
      [["信用代码", "认定日期"]],
      0,
      { creditCode: 0, issueDate: 1 },
    ],
    [
      "the row naming most columns wins",
      [
        ["企业名称", "证书编号"],
        ["企业名称", "证书编号", "发证日期"],
      ],
      1,
      { name: 0, certNo: 1, issueDate: 2 },
    ],
    [
      "first cell wins a repeated field",
      [["企业名称", "单位名称", "证书编号"]],
      0,
      { name: 0, certNo: 2 },
    ],
    ["no identity column", [["证书编号", "发证日期", "所属镇"]], null, null],
    ["no certificate or date column", [["企业名称", "统一社会信用代码", "所属镇"]], null, null],
    ["a target table is not a roster", [["责任单位", "2022年", "2023年"]], null, null],
    ["empty sheet", [], null, null],
    [
      "header below row 20 is not searched",
      [...Array.from({ length: 20 }, () => ["说明"]), ["企业名称", "证书编号"]],
      null,
      null,
    ],
  ])("%s", (_label, values, rowIndex, columns) => {
    const h = detectHeader(values);
    if (rowIndex === null) expect(h).toBeNull();
    else expect(h).toEqual({ rowIndex, columns });
  });

  it.each<
    [
      string,
      CellValue[][],
      Partial<Record<RosterField, string>>,
      number,
      Partial<Record<RosterField, number>> | null,
    ]
  >([
    [
      "mapping over an unrecognised header",
      [
        ["公司", "号码", "日期"],
        ["甲", "GR202231000001", 44900],
      ],
      { name: "A", certNo: "b", issueDate: "C" },
      0,
      { name: 0, certNo: 1, issueDate: 2 },
    ],
    [
      "mapping completes a partial header",
      [["企业名称", "号码"]],
      { certNo: "B" },
      0,
      { name: 0, certNo: 1 },
    ],
    [
      "mapping overrides a detected column",
      [["企业名称", "证书编号", "证书编号(新)"]],
      { certNo: "C" },
      0,
      { name: 0, certNo: 2 },
    ],
    ["mapping without identity", [["x"]], { certNo: "A" }, -1, null],
    ["mapping with a bad letter", [["x"]], { name: "1", certNo: "A" }, -1, null],
    [
      "mapping, data from the first row",
      [["甲", "GR202231000001"]],
      { name: "A", certNo: "B" },
      -1,
      { name: 0, certNo: 1 },
    ],
  ])("%s", (_label, values, mapping, rowIndex, columns) => {
    const h = detectHeader(values, mapping);
    if (columns === null) expect(h).toBeNull();
    else expect(h).toEqual({ rowIndex, columns });
  });

  it("an empty mapping means detection", () => {
    expect(detectHeader([["企业名称", "证书编号"]], {})).toEqual({
      rowIndex: 0,
      columns: { name: 0, certNo: 1 },
    });
  });
});

describe("readRoster: rows -> records", () => {
  it("reads every field, normalising codes, dates and units", () => {
    const { records, findings } = read([
      [
        1,
        " 甲科技有限公司 ",
        ` ${CODE_A.toLowerCase()} `,
        "gr2022 3100 0001",
        "2022年11月2日",
        "枫泾",
        "首次认定",
        "2023/1/5",
        45200,
        2024,
      ],
    ]);
    expect(findings).toEqual([]);
    expect(records).toEqual([
      {
        sheet: "名单",
        row: 2,
        seq: 2,
        name: "甲科技有限公司",
        creditCode: CODE_A,
        certNo: "GR202231000001",
        issue: ymd(2022, 11, 2),
        issueInferred: false,
        unit: "枫泾镇",
        rawUnit: "枫泾",
        type: "first",
        moveIn: ymd(2023, 1, 5),
        moveOut: 45200,
        revoked: ymd(2024, 1, 1),
        key: "",
      },
    ]);
  });

  it.each<[string, CellValue[], Partial<Record<string, unknown>>, string[]]>([
    [
      "serial issue date",
      ["甲", CODE_A, "GR202231000001", 44900, "朱泾镇"],
      { issue: 44900, issueInferred: false },
      [],
    ],
    [
      "Date object issue date (UTC)",
      ["甲", CODE_A, "GR202231000001", new Date(Date.UTC(2022, 6, 8)), "朱泾镇"],
      { issue: 44750 },
      [],
    ],
    [
      "full-width text date",
      ["甲", CODE_A, "GR202231000001", "２０２２年７月８日", "朱泾镇"],
      { issue: 44750 },
      [],
    ],
    ["yyyymmdd number", ["甲", CODE_A, "GR202231000001", 20220708, "朱泾镇"], { issue: 44750 }, []],
    [
      "missing issue date: 31 December of the number's year",
      ["甲", CODE_A, "GR202231000001", null, "朱泾镇"],
      { issue: ymd(2022, 12, 31), issueInferred: true },
      ["2E:issue-date-inferred:warning"],
    ],
    [
      "unreadable issue date: bad-date and inferred",
      ["甲", CODE_A, "GR202231000001", "待定", "朱泾镇"],
      { issue: ymd(2022, 12, 31), issueInferred: true },
      ["2E:bad-date:warning", "2E:issue-date-inferred:warning"],
    ],
    [
      "impossible date: bad-date",
      ["甲", CODE_A, "GR202231000001", "2022年13月5日", "朱泾镇"],
      { issueInferred: true },
      ["2E:bad-date:warning", "2E:issue-date-inferred:warning"],
    ],
    [
      "certificate-year mismatch",
      ["甲", CODE_A, "GR202231000001", "2023-01-05", "朱泾镇"],
      { issue: ymd(2023, 1, 5) },
      ["2D:cert-year-mismatch:warning"],
    ],
    [
      "malformed certificate number with a date",
      ["甲", CODE_A, "GR2022-31", "2022-10-01", "朱泾镇"],
      { certNo: "GR2022-31", issue: ymd(2022, 10, 1) },
      ["2D:cert-number:warning"],
    ],
    [
      "old GF number",
      ["甲", CODE_A, "GF201231000001", "2012-10-01", "朱泾镇"],
      { certNo: "GF201231000001" },
      ["2D:cert-number:warning"],
    ],
    [
      "malformed number and no date: not countable",
      ["甲", CODE_A, "12345", null, "朱泾镇"],
      { issue: null },
      ["2D:cert-number:error"],
    ],
    [
      "no number and no date: not countable",
      ["甲", CODE_A, "", "", "朱泾镇"],
      { issue: null, certNo: "" },
      ["2D:cert-number:error"],
    ],
    [
      "credit code checksum",
      [
        "甲",
        CODE_A.slice(0, 17) + (CODE_A[17] === "0" ? "1" : "0"),
        "GR202231000001",
        44900,
        "朱泾镇",
      ],
      {},
      ["2C:credit-code:warning"],
    ],
    [
      "credit code form",
      ["甲", "12345", "GR202231000001", 44900, "朱泾镇"],
      { creditCode: "12345" },
      ["2C:credit-code:warning"],
    ],
    [
      "numeric credit code cell",
      ["甲", 12345, "GR202231000001", 44900, "朱泾镇"],
      { creditCode: "12345" },
      ["2C:credit-code:warning"],
    ],
    ["name only", ["甲", null, "GR202231000001", 44900, "朱泾镇"], { creditCode: "" }, []],
    ["code only", [null, CODE_A, "GR202231000001", 44900, "朱泾镇"], { name: "" }, []],
    [
      "alias unit",
      ["甲", CODE_A, "GR202231000001", 44900, "金山二工区"],
      { unit: "碳谷绿湾公司", rawUnit: "金山二工区" },
      [],
    ],
    [
      "unknown unit -> 其他",
      ["甲", CODE_A, "GR202231000001", 44900, "火星园区"],
      { unit: "其他", rawUnit: "火星园区" },
      ["2F:unknown-unit:warning"],
    ],
    [
      "blank unit -> 其他",
      ["甲", CODE_A, "GR202231000001", 44900, "  "],
      { unit: "其他", rawUnit: "" },
      ["2F:missing-unit:warning"],
    ],
  ])("%s", (_label, cells, expected, expectedFindings) => {
    const { records, findings } = read([[1, ...cells]]);
    expect(codes(findings)).toEqual(expectedFindings);
    if (Object.keys(expected).length) expect(records[0]).toMatchObject(expected);
  });

  it.each<[string, CellValue, number | null, string[]]>([
    ["year number", 2023, ymd(2023, 1, 1), []],
    ["year text", "2023年", ymd(2023, 1, 1), []],
    ["year text 年度", "２０２３年度", ymd(2023, 1, 1), []],
    ["a date", "2023-06-30", ymd(2023, 6, 30), []],
    ["a serial", 45107, 45107, []],
    ["unreadable", "取消", null, ["2J:bad-date:warning"]],
  ])("revocation cell: %s", (_label, cell, revoked, expectedFindings) => {
    const { records, findings } = read([
      [1, "甲", CODE_A, "GR202231000001", 44900, "朱泾镇", null, null, null, cell],
    ]);
    expect(records[0].revoked).toBe(revoked);
    expect(codes(findings)).toEqual(expectedFindings);
  });

  it.each<[CellValue, "first" | "renewal" | null]>([
    ["首次认定", "first"],
    ["重新认定", "renewal"],
    ["复审", "renewal"],
    ["迁入", null],
    ["", null],
    ["其他", null],
    [1, null],
  ])("type cell %p -> %p", (cell, type) => {
    const { records } = read([[1, "甲", CODE_A, "GR202231000001", 44900, "朱泾镇", cell]]);
    expect(records[0].type).toBe(type);
  });

  it("bad move dates are findings; the row still counts", () => {
    const { records, findings } = read([
      [1, "甲", CODE_A, "GR202231000001", 44900, "朱泾镇", null, "下月", -5],
    ]);
    expect(codes(findings)).toEqual(["2H:bad-date:warning", "2I:bad-date:warning"]);
    expect(records[0]).toMatchObject({ moveIn: null, moveOut: null });
  });

  it("skips blank rows silently, reports rows without identity as errors", () => {
    const { records, findings } = read([
      [1, "甲", CODE_A, "GR202231000001", 44900, "朱泾镇"],
      [],
      [null, " ", "", null],
      [4],
      [5, "", "", "GR202231000002", 44900, "朱泾镇"],
      [6, "乙", "", "GR202231000003", 44900, "朱泾镇"],
    ]);
    expect(records.map((r) => r.row)).toEqual([2, 7]);
    expect(codes(findings)).toEqual(["6B:missing-identity:error"]);
    expect(findings[0].message["zh-CN"]).toContain("无法计入");
    expect(findings[0].message["en-US"]).toContain("cannot be counted");
  });

  it("a sheet without a unit column counts everything under 其他, with one sheet finding", () => {
    const result = readRoster(
      {
        name: "备案",
        values: [
          ["序号", "企业名称", "证书编号"],
          [1, "甲", "GR202231000001"],
          [2, "乙", "GR202231000002"],
        ],
      },
      DEFAULT_SETTINGS,
      resolveUnit
    );
    expect(result?.records.map((r) => [r.unit, r.issue, r.issueInferred])).toEqual([
      ["其他", ymd(2022, 12, 31), true],
      ["其他", ymd(2022, 12, 31), true],
    ]);
    expect(codes(result?.findings ?? [])).toEqual([
      "0:missing-unit:warning",
      "2C:issue-date-inferred:warning",
      "3C:issue-date-inferred:warning",
    ]);
    expect(result?.findings[1].message["zh-CN"]).toContain("推定日期不计奖励");
    expect(result?.findings[1].message["en-US"]).toContain("earns no award");
  });

  it("honours firstRow and firstColumn for rows and column letters, seqStart for reading order", () => {
    const result = readRoster(
      {
        name: "S",
        values: [["标题"], ["企业名称", "证书编号", "发证日期"], ["甲", "GR202231000001", "不详"]],
        firstRow: 5,
        firstColumn: 3,
      },
      DEFAULT_SETTINGS,
      resolveUnit,
      1000
    );
    expect(result?.header.rowIndex).toBe(1);
    expect(result?.records[0]).toMatchObject({ row: 7, seq: 1007 });
    expect(codes(result?.findings ?? []).slice(1)).toEqual([
      "7E:bad-date:warning",
      "7E:issue-date-inferred:warning",
    ]);
  });

  it("uses the sheet's column mapping from the settings", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      columnMappings: { 导出: { name: "B", certNo: "C", unit: "D" } },
    };
    const values: CellValue[][] = [
      ["x", "y", "z", "w"],
      [1, "甲", "GR202231000001", "朱泾"],
    ];
    expect(readRoster({ name: "其他表", values }, settings, resolveUnit)).toBeNull();
    const result = readRoster({ name: "导出", values }, settings, resolveUnit);
    expect(result?.records.map((r) => [r.row, r.name, r.unit])).toEqual([[2, "甲", "朱泾镇"]]);
  });

  it("returns null without a header", () => {
    expect(
      readRoster(
        { name: "说明", values: [["本表说明"], ["无数据"]] },
        DEFAULT_SETTINGS,
        resolveUnit
      )
    ).toBeNull();
  });
});

describe("createRosterReader: block by block", () => {
  it("gives the same records whatever the block size", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 23; i++)
      rows.push([
        i + 1,
        `企业${i % 7}`,
        "",
        `GR2022310000${String(i).padStart(2, "0")}`,
        i % 5 === 0 ? "无" : 44800 + i,
        i % 3 ? "朱泾" : "新区",
      ]);
    const header = detectHeader([HEADER]);
    if (!header) throw new Error("header");
    const whole = read(rows);
    for (const size of [1, 4, 5000]) {
      const reader = createRosterReader("名单", header, {
        settings: DEFAULT_SETTINGS,
        resolveUnit,
      });
      for (let r = 0; r < rows.length; r += size) reader.push(rows.slice(r, r + size), 2 + r);
      const done = reader.finish();
      expect(done.records).toEqual(whole.records);
      expect(done.findings).toEqual(whole.findings);
    }
  });
});

describe("readRoster into a shared record table", () => {
  it("appends each sheet's rows to one table; each result's records are its own rows", () => {
    const table = new RecordTable();
    const first = readRoster(
      { name: "甲", values: [HEADER, [1, "甲一", CODE_A, "GR202231000001", 44900, "朱泾镇"]] },
      DEFAULT_SETTINGS,
      resolveUnit,
      0,
      table
    );
    const second = readRoster(
      {
        name: "乙",
        values: [
          HEADER,
          [1, "乙一", null, "GR202231000002", 44901, "枫泾镇"],
          [2, "乙二", null, "GR202231000003", 44902, "枫泾镇"],
        ],
      },
      DEFAULT_SETTINGS,
      resolveUnit,
      1000,
      table
    );
    expect(table.length).toBe(3);
    expect(second?.from).toBe(1);
    expect(first?.records.map((r) => r.name)).toEqual(["甲一"]);
    expect(second?.records.map((r) => [r.sheet, r.name, r.seq])).toEqual([
      ["乙", "乙一", 1002],
      ["乙", "乙二", 1003],
    ]);
    expect(second?.table).toBe(table);
  });

  it("push reads only rows[from] to rows[to - 1], numbering rows from rows[0]", () => {
    const header = detectHeader([HEADER], {});
    if (!header) throw new Error("no header");
    const reader = createRosterReader("名单", header, { settings: DEFAULT_SETTINGS, resolveUnit });
    const rows: CellValue[][] = [0, 1, 2, 3].map((i) => [
      i,
      `企业${i}`,
      null,
      `GR20223100000${i}`,
      44900 + i,
      "朱泾镇",
    ]);
    reader.push(rows, 10, 1, 3);
    expect(reader.finish().records.map((r) => [r.row, r.name])).toEqual([
      [11, "企业1"],
      [12, "企业2"],
    ]);
  });
});

describe("formula-like names, findings that name their enterprise, the 1904 date system", () => {
  it.each(['=HYPERLINK("x")', "+86 科技有限公司", "-某公司", "@某公司"])(
    "a name starting like a formula (%s) is kept as text with a formula-like warning",
    (name) => {
      const r = read([[1, name, CODE_A, "GR202331000001", ymd(2023, 11, 1), "朱泾镇"]]);
      expect(r.records[0].name).toBe(name);
      expect(r.findings.map((f) => [f.row, f.column, f.code, f.severity, f.name])).toEqual([
        [2, "B", "formula-like", "warning", name],
      ]);
    }
  );

  it("every finding of a row carries the row's name; a sheet-level finding carries none", () => {
    const r = readRoster(
      {
        name: "名单",
        values: [
          ["企业名称", "证书编号", "发证日期"],
          ["甲公司", "GR2023", "2023年13月1日"],
        ],
      },
      DEFAULT_SETTINGS,
      resolveUnit
    )!;
    expect(r.findings.map((f) => [f.row, f.code, f.name])).toEqual([
      [0, "missing-unit", undefined],
      [2, "bad-date", "甲公司"],
      [2, "cert-number", "甲公司"],
    ]);
  });

  it("a 1904-system workbook: numbers in date columns are shifted by 1,462 days, texts and yyyymmdd numbers are not", () => {
    const values: CellValue[][] = [
      HEADER,
      [
        1,
        "甲",
        CODE_A,
        "GR202231000001",
        ymd(2022, 11, 1) - 1462,
        "朱泾镇",
        null,
        "2023-01-05",
        20230601,
      ],
    ];
    const r = readRoster({ name: "名单", values, date1904: true }, DEFAULT_SETTINGS, resolveUnit)!;
    expect(r.records[0]).toMatchObject({
      issue: ymd(2022, 11, 1),
      moveIn: ymd(2023, 1, 5),
      moveOut: ymd(2023, 6, 1),
    });
    expect(r.findings).toEqual([]);
    const plain = readRoster({ name: "名单", values }, DEFAULT_SETTINGS, resolveUnit)!;
    expect(plain.records[0].issue).toBe(ymd(2022, 11, 1) - 1462);
  });
});

describe("a year, or a year and month, typed alone in a date column", () => {
  it("is no date, as the text 2022 is none: not a day of 1905 (a 取消年度 still reads it as a year)", () => {
    const r = read([
      [1, "甲", CODE_A, "GR202231000001", 2022, "朱泾镇", null, null, 2023],
      [2, "乙", "", "GR202231000002", ymd(2022, 11, 1), "朱泾镇", null, 2023, null, 2024],
    ]);
    expect(
      r.records.map((x) => [x.issue, x.issueInferred, x.moveIn, x.moveOut, x.revoked])
    ).toEqual([
      [ymd(2022, 12, 31), true, null, null, null],
      [ymd(2022, 11, 1), false, null, null, ymd(2024, 1, 1)],
    ]);
    expect(r.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [2, "E", "bad-date"],
      [2, "E", "issue-date-inferred"],
      [2, "I", "bad-date"],
      [3, "H", "bad-date"],
    ]);
    expect(r.findings[0].message["zh-CN"]).toBe("发证日期无法识别：“2022”");
  });

  it("nor is a year and month typed as a number (202212): not a day of 2453", () => {
    const r = read([[1, "甲", CODE_A, "GR202231000001", 202212, "朱泾镇"]]);
    expect(r.records.map((x) => [x.issue, x.issueInferred])).toEqual([[ymd(2022, 12, 31), true]]);
    expect(r.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [2, "E", "bad-date"],
      [2, "E", "issue-date-inferred"],
    ]);
    expect(r.findings[0].message["zh-CN"]).toBe("发证日期无法识别：“202212”");
  });
});

describe("values that are not names", () => {
  it.each<[CellValue, boolean]>([
    ["#N/A", true],
    ["#VALUE!", true],
    ["#n/a", true],
    [true, true],
    [false, true],
    ["#1 科技有限公司", false],
    ["N/A 科技", false],
  ])("%p in the name column is no enterprise name (%p)", (cell, bad) => {
    const r = read([[1, cell, CODE_A, "GR202331000001", ymd(2023, 11, 1), "朱泾镇"]]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0].name).toBe(bad ? "" : cell);
    expect(r.findings.map((f) => f.code)).toEqual(bad ? ["bad-value"] : []);
  });

  it.each<[CellValue]>([["#N/A"], [" #n/a "], [true]])(
    "%p in the credit code or certificate number column is no code: read as blank",
    (cell) => {
      const r = read([
        [1, "甲", cell, "GR202331000001", ymd(2023, 11, 1), "朱泾镇"],
        [2, "乙", CODE_A, cell, ymd(2023, 11, 1), "朱泾镇"],
      ]);
      expect(r.records.map((x) => [x.creditCode, x.certNo])).toEqual([
        ["", "GR202331000001"],
        [CODE_A, ""],
      ]);
      expect(r.findings.map((f) => [f.row, f.column, f.code, f.severity])).toEqual([
        [2, "C", "bad-value", "warning"],
        [3, "D", "bad-value", "warning"],
      ]);
      expect(r.findings[0].message["zh-CN"]).toContain("统一社会信用代码单元格");
    }
  );

  it("a name of only zero-width and direction marks is no name: without a code the row cannot be counted", () => {
    const r = read([
      [1, "\u200b", "", "GR202331000001", ymd(2023, 11, 1), "朱泾镇"],
      [2, "\u200e\u202e", CODE_A, "GR202331000002", ymd(2023, 11, 1), "朱泾镇"],
    ]);
    expect(r.records.map((x) => [x.row, x.name, x.creditCode])).toEqual([[3, "", CODE_A]]);
    expect(r.findings.map((f) => [f.row, f.code])).toEqual([[2, "missing-identity"]]);
  });

  it.each<[CellValue]>([["/"], ["无"], ["n/a"], [0], ["000"]])(
    "%p, a code or certificate number without a digit but 0, is a placeholder: named in a finding, read as none",
    (cell) => {
      const r = read([
        [1, "甲", cell, "GR202331000001", ymd(2023, 11, 1), "朱泾镇"],
        [2, "乙", CODE_A, cell, ymd(2023, 11, 1), "朱泾镇"],
        [3, "", cell, "GR202331000003", ymd(2023, 11, 1), "朱泾镇"],
      ]);
      expect(r.records.map((x) => [x.name, x.creditCode, x.certNo])).toEqual([
        ["甲", "", "GR202331000001"],
        ["乙", CODE_A, ""],
      ]);
      expect(r.findings.map((f) => [f.row, f.column, f.code, f.severity])).toEqual([
        [2, "C", "credit-code", "warning"],
        [3, "D", "cert-number", "warning"],
        [4, "B", "missing-identity", "error"],
      ]);
    }
  );

  it("a row whose only identity was an error value cannot be counted", () => {
    const r = read([[1, "#REF!", "", "GR202331000001", ymd(2023, 11, 1), "朱泾镇"]]);
    expect(r.records).toHaveLength(0);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ["bad-value", "warning"],
      ["missing-identity", "error"],
    ]);
  });
});

describe("messages quoting a cell are built when read", () => {
  it("read, copied and serialised, they give the words", () => {
    const r = read([[1, "甲", "91310116MA1J000010", "GF202331000001", ymd(2023, 11, 1), "朱泾镇"]]);
    const credit = r.findings.find((f) => f.code === "credit-code")!;
    expect(credit.message["zh-CN"]).toBe("统一社会信用代码“91310116MA1J000010”校验位不符");
    expect(credit.message["en-US"]).toBe(
      'Credit code "91310116MA1J000010" fails its check character'
    );
    expect(JSON.parse(JSON.stringify(credit)).message).toEqual({
      "zh-CN": credit.message["zh-CN"],
      "en-US": credit.message["en-US"],
    });
    const old = r.findings.find((f) => f.code === "cert-number")!;
    expect(old.message["zh-CN"]).toContain("GF202331000001");
  });
});

describe("codes and certificate numbers in every form read as their normalised text", () => {
  // Each credit code and certificate number as offices type them: standard, lower case, full-width,
  // with spaces, placeholders, wrong lengths, letters only. A code of the standard form is taken as it
  // is; every other form goes through normalising; both must give what normalising alone gives.
  const body = "91310116MA1J0000";
  const fullWidth = (s: string): string =>
    s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const codeForms = [
    CODE_A,
    CODE_A.toLowerCase(),
    fullWidth(CODE_A),
    ` ${CODE_A} `,
    CODE_A.slice(0, 9) + " " + CODE_A.slice(9),
    CODE_A.slice(0, 17) + "0", // wrong check character
    CODE_A.slice(0, 17) + "I", // a letter outside the charset
    "ABCDEFGHJKLMNPQRTU", // 18 characters of the charset, no digit: a placeholder
    "A".repeat(18),
    CODE_A + "1",
    CODE_A.slice(0, 17),
    "/",
    "无",
    "#N/A",
    code(body + "1"),
  ];
  const certForms = [
    "GR202331001234",
    "gr202331001234",
    fullWidth("GR202331001234"),
    " GR2023 31001234",
    "GF201931000001",
    "GR189931000001", // a year before 1900: not a number of the standard form
    "GR20233100123",
    "GX202331001234",
    "/",
    "#REF!",
  ];
  const norm = (s: string): string =>
    s
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\s+/g, "")
      .toUpperCase();
  const hasDigit = (s: string): boolean => /[1-9]/.test(s);

  it("as normalising alone gives, with the same findings", () => {
    const rows: CellValue[][] = [];
    for (const c of codeForms)
      for (const n of certForms)
        rows.push([1, `企业${rows.length}`, c, n, ymd(2023, 5, 6), "枫泾镇"]);
    const result = read(rows);
    expect(result.records).toHaveLength(rows.length);
    result.records.forEach((r, k) => {
      const [, , c, n] = rows[k] as string[];
      const code = c.startsWith("#") ? "" : norm(c);
      const cert = n.startsWith("#") ? "" : norm(n);
      expect([r.creditCode, r.certNo]).toEqual([
        hasDigit(code) ? code : "",
        hasDigit(cert) ? cert : "",
      ]);
    });
    const onRow = (row: number, code: string): boolean =>
      result.findings.some((f) => f.row === row && f.code === code);
    rows.forEach((row, k) => {
      const c = norm(row[2] as string);
      const wellFormed = c.length === 18 && /^[0-9A-HJ-NP-RTUWXY]+$/.test(c);
      const n = norm(row[3] as string);
      // Sheet row k + 2: the header is row 1.
      expect([k, onRow(k + 2, "credit-code")]).toEqual([
        k,
        !(row[2] as string).startsWith("#") &&
          !(wellFormed && c === CODE_A) &&
          c !== code(body + "1"),
      ]);
      expect([k, onRow(k + 2, "cert-number")]).toEqual([
        k,
        !(row[3] as string).startsWith("#") &&
          (!/^G[RF]\d{12}$/.test(n) || n.startsWith("GR1899") || n[1] === "F"),
      ]);
    });
  });
});
