import { serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { RecordTable } from "../../../src/domain/enterprise/recordTable";
import { analyse } from "../../../src/domain/analysis/analyse";
import type {
  Analysis,
  CertRecord,
  Finding,
  Settings,
  TargetTable,
} from "../../../src/domain/core/types";

const ymd = serialFromYmd;
const iso = (s: string): number => {
  const [y, m, d] = s.split("-").map(Number);
  return ymd(y, m, d);
};

const TABLE: TargetTable = {
  units: ["朱泾镇", "枫泾镇"],
  years: [2022, 2023],
  targets: { 朱泾镇: { 2022: 3, 2023: 4 }, 枫泾镇: { 2022: 2, 2023: 2 } },
  declaredTotals: { 2022: 5, 2023: 6 },
  source: "test",
};

let seq = 0;
/** A record with sensible defaults; dates as "YYYY-MM-DD". */
function rec(
  p: Partial<Omit<CertRecord, "issue" | "moveIn" | "moveOut" | "revoked">> & {
    issue?: string | null;
    moveIn?: string;
    moveOut?: string;
    revoked?: string;
  }
): CertRecord {
  seq++;
  return {
    sheet: p.sheet ?? "名单",
    row: p.row ?? seq + 1,
    seq: p.seq ?? seq,
    name: p.name ?? `企业${seq}`,
    creditCode: p.creditCode ?? "",
    certNo: p.certNo ?? "",
    issue: p.issue === undefined || p.issue === null ? null : iso(p.issue),
    issueInferred: p.issueInferred ?? false,
    unit: p.unit ?? "朱泾镇",
    rawUnit: p.rawUnit ?? p.unit ?? "朱泾镇",
    type: p.type ?? null,
    moveIn: p.moveIn ? iso(p.moveIn) : null,
    moveOut: p.moveOut ? iso(p.moveOut) : null,
    revoked: p.revoked ? iso(p.revoked) : null,
    key: "",
  };
}

function run(
  records: CertRecord[],
  asOf: string,
  settings: Settings = DEFAULT_SETTINGS,
  findings?: Finding[]
): Analysis {
  return analyse(records, { asOf: iso(asOf), settings, targets: TABLE, findings });
}

const valid = (a: Analysis): number => a.total.valid;

describe("identity", () => {
  it("rows with the same credit code are one enterprise, whatever their names", () => {
    const rs = [
      rec({ name: "甲", creditCode: "C1", certNo: "GR202131000001", issue: "2021-10-01" }),
      rec({ name: "甲公司", creditCode: "C1", certNo: "GR202231000002", issue: "2022-10-01" }),
    ];
    const a = run(rs, "2022-12-31");
    expect(rs.map((r) => r.key)).toEqual(["C:C1", "C:C1"]);
    expect(valid(a)).toBe(1);
  });

  it.each([
    ["full-width brackets", "乙（上海）有限公司", "乙(上海)有限公司"],
    ["spaces and line breaks", "乙 上海\n有限公司", "乙上海有限公司"],
    ["ideographic space", "乙\u3000公司", "乙公司"],
  ])(
    "a row without a code joins the coded row of the same normalised name (%s)",
    (_label, written, normalised) => {
      const rs = [
        rec({ name: written, certNo: "GR202131000003", issue: "2021-10-01" }),
        rec({ name: normalised, creditCode: "C2", certNo: "GR202231000004", issue: "2022-10-01" }),
      ];
      const a = run(rs, "2022-12-31");
      expect(rs.map((r) => r.key)).toEqual(["C:C2", "C:C2"]);
      expect(valid(a)).toBe(1);
    }
  );

  it("rows without codes and with the same normalised name are one enterprise keyed by name", () => {
    const rs = [
      rec({ name: "丙 公司", certNo: "GR202131000005", issue: "2021-10-01" }),
      rec({ name: "丙公司", certNo: "GR202231000006", issue: "2022-10-01" }),
    ];
    const a = run(rs, "2022-12-31");
    expect(rs.map((r) => r.key)).toEqual(["N:丙公司", "N:丙公司"]);
    expect(valid(a)).toBe(1);
  });

  it("different codes with the same name stay apart", () => {
    const rs = [
      rec({ name: "丁", creditCode: "C3", issue: "2022-01-01" }),
      rec({ name: "丁", creditCode: "C4", issue: "2022-01-01" }),
    ];
    expect(valid(run(rs, "2022-12-31"))).toBe(2);
  });
});

describe("duplicates", () => {
  const twoSheets = {
    settings: DEFAULT_SETTINGS,
    targets: TABLE,
    sheets: [
      { sheet: "A", kind: "roster" as const, headerRow: 1, records: 1 },
      { sheet: "B", kind: "roster" as const, headerRow: 1, records: 1 },
    ],
  };

  it("a later row repeating the certificate and adding nothing is a duplicate warning, not counted again", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 5,
        name: "戊",
        creditCode: "C5",
        certNo: "GR202231000007",
        issue: "2022-10-01",
        unit: "朱泾镇",
      }),
      rec({
        sheet: "B",
        row: 3,
        name: "戊",
        certNo: "GR202231000007",
        issue: "2022-10-01",
        unit: "枫泾镇",
      }),
    ];
    const a = analyse(rs, { asOf: iso("2022-12-31"), ...twoSheets });
    expect(a.findings.map((f) => [f.sheet, f.row, f.code, f.severity, f.name])).toEqual([
      ["B", 3, "duplicate", "warning", "戊"],
    ]);
    expect(a.findings[0].message["zh-CN"]).toBe(
      "与 A 第 5 行为同一企业的同一证书（GR202231000007）：此行不重复计算"
    );
    expect(a.findings[0].message["en-US"]).toBe(
      "Same enterprise and certificate (GR202231000007) as A row 5: this row is not counted again"
    );
    // The first row's unit stands (it has one): valid once, under 朱泾镇, one first-recognition award.
    expect(a.units.map((u) => u.valid)).toEqual([1, 0, 0]);
    expect(a.awards.map((e) => [e.row, e.type])).toEqual([[5, "first"]]);
  });

  it("a duplicate's move-out belongs to the enterprise, and the finding says it was taken over", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 5,
        name: "戊",
        creditCode: "C5",
        certNo: "GR202231000007",
        issue: "2022-10-01",
        unit: "朱泾镇",
      }),
      rec({
        sheet: "B",
        row: 3,
        name: "戊",
        certNo: "GR202231000007",
        issue: "2022-10-01",
        unit: "枫泾镇",
        moveOut: "2022-11-01",
      }),
    ];
    const a = analyse(rs, { asOf: iso("2022-12-31"), ...twoSheets });
    expect(a.findings.map((f) => [f.sheet, f.row, f.code, f.severity])).toEqual([
      ["B", 3, "duplicate", "info"],
    ]);
    expect(a.findings[0].message["zh-CN"]).toBe(
      "与 A 第 5 行为同一企业的同一证书（GR202231000007）：此行不重复计算；迁出日期 2022-11-01 已并入 A 第 5 行"
    );
    // Moved out on 2022-11-01: not valid in the district at the year end; the October recognition still earned.
    expect(a.units.map((u) => u.valid)).toEqual([0, 0, 0]);
    expect(a.awards.map((e) => [e.row, e.type])).toEqual([[5, "first"]]);
  });

  it("a 迁入 sheet repeating a company: its move-in is a relocation, its unit fills the first row's blank", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 26,
        name: "己",
        creditCode: "C6",
        certNo: "GR202231000008",
        issue: "2022-11-01",
        unit: "",
      }),
      rec({
        sheet: "B",
        row: 4,
        name: "己",
        creditCode: "C6",
        certNo: "GR202231000008",
        issue: "2022-11-01",
        unit: "枫泾镇",
        moveIn: "2023-05-06",
      }),
    ];
    const before: Finding[] = [
      {
        sheet: "A",
        row: 26,
        column: "D",
        code: "missing-unit",
        severity: "warning",
        message: { "zh-CN": "缺少所属单位：计入“其他”", "en-US": "No unit" },
      },
    ];
    const a = analyse(rs, { asOf: iso("2023-12-31"), ...twoSheets, findings: before });
    // Valid at 2023-12-31 and at 2022-12-31 (it arrived 2023-05-06, so it was not here at the 2022 year end).
    expect(a.units.map((u) => [u.unit, u.valid, u.validPrevYearEnd, u.netIncrease])).toEqual([
      ["朱泾镇", 0, 0, 0],
      ["枫泾镇", 1, 0, 1],
      ["其他", 0, 0, 0],
    ]);
    expect(
      a.awards.map((e) => [e.sheet, e.row, e.unit, e.type, e.date, e.amount, e.stage, e.stages])
    ).toEqual([["B", 4, "枫泾镇", "relocation", iso("2023-05-06"), 100000, 1, 2]]);
    expect(a.findings.map((f) => [f.sheet, f.row, f.code])).toEqual([
      ["A", 26, "missing-unit"],
      ["B", 4, "duplicate"],
    ]);
    expect(a.findings[0].message["zh-CN"]).toBe("缺少所属单位：按同一证书的 B 第 4 行计入“枫泾镇”");
    expect(a.findings[1].message["zh-CN"]).toBe(
      "与 A 第 26 行为同一企业的同一证书（GR202231000008）：此行不重复计算；所属单位 枫泾镇、迁入日期 2023-05-06 已并入 A 第 26 行"
    );
  });

  it("a 迁出 sheet repeating a company without its unit and issue date: its blanks only explain (info)", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 7,
        name: "辛",
        creditCode: "C8",
        certNo: "GR202231000009",
        issue: "2022-11-01",
        unit: "枫泾镇",
      }),
      rec({
        sheet: "B",
        row: 3,
        name: "辛",
        creditCode: "C8",
        certNo: "GR202231000009",
        issue: "2022-12-31",
        issueInferred: true,
        unit: "其他",
        rawUnit: "",
        moveOut: "2023-05-06",
      }),
    ];
    const warning = (code: Finding["code"], column: string): Finding => ({
      sheet: "B",
      row: 3,
      column,
      code,
      severity: "warning",
      message: { "zh-CN": "", "en-US": "" },
    });
    const before = [warning("issue-date-inferred", "D"), warning("missing-unit", "E")];
    const a = analyse(rs, { asOf: iso("2023-12-31"), ...twoSheets, findings: before });
    expect(a.findings.map((f) => [f.sheet, f.row, f.code, f.severity, f.message["zh-CN"]])).toEqual(
      [
        ["B", 3, "issue-date-inferred", "info", "缺少发证日期：同一证书按 A 第 7 行的 2022-11-01"],
        ["B", 3, "missing-unit", "info", "缺少所属单位：同一证书按 A 第 7 行计入“枫泾镇”"],
        [
          "B",
          3,
          "duplicate",
          "info",
          expect.stringContaining("迁出日期 2023-05-06 已并入 A 第 7 行"),
        ],
      ]
    );
    expect(a.total.validPrevYearEnd).toBe(1);
  });

  it("a duplicate supplies the issue date, credit code and type the first row lacks", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 2,
        name: "庚",
        certNo: "GR202331000009",
        issue: "2023-12-31",
        issueInferred: true,
        unit: "朱泾镇",
      }),
      rec({
        sheet: "B",
        row: 2,
        name: "庚",
        creditCode: "C9",
        certNo: "GR202331000009",
        issue: "2023-11-20",
        unit: "朱泾镇",
        type: "renewal",
      }),
    ];
    const a = analyse(rs, { asOf: iso("2023-12-31"), ...twoSheets });
    // The certificate now has its real date: a renewal award on 2023-11-20 (an inferred date earns nothing).
    expect(a.awards.map((e) => [e.row, e.type, e.date, e.amount])).toEqual([
      [2, "renewal", iso("2023-11-20"), 50000],
    ]);
    expect(a.findings[0].message["en-US"]).toBe(
      "Same enterprise and certificate (GR202331000009) as A row 2: this row is not counted again; credit code C9, issue date 2023-11-20, recognition type re-recognition merged into A row 2"
    );
  });

  it("the same certificate number in two different enterprises is not a duplicate", () => {
    const rs = [
      rec({ creditCode: "C6", certNo: "GR202231000008", issue: "2022-10-01" }),
      rec({ creditCode: "C7", certNo: "GR202231000008", issue: "2022-10-01" }),
    ];
    const a = run(rs, "2022-12-31");
    expect(a.findings).toEqual([]);
    expect(valid(a)).toBe(2);
  });

  it("rows without a certificate number are never duplicates", () => {
    const rs = [
      rec({ creditCode: "C8", issue: "2021-10-01" }),
      rec({ creditCode: "C8", issue: "2022-10-01" }),
    ];
    expect(run(rs, "2022-12-31").findings).toEqual([]);
  });
});

describe("valid counts at a date", () => {
  // One enterprise, certificate issued 2021-03-10 (last valid day 2024-03-09 under day-before).
  const base = { creditCode: "C9", certNo: "GR202131000009", issue: "2021-03-10" };
  it.each<[string, Partial<Parameters<typeof rec>[0]>, string, number]>([
    ["before issue", {}, "2021-03-09", 0],
    ["on the issue day", {}, "2021-03-10", 1],
    ["on the last valid day", {}, "2024-03-09", 1],
    ["the day after", {}, "2024-03-10", 0],
    ["moved in before as-of", { moveIn: "2023-05-01" }, "2023-12-31", 1],
    ["moved in after as-of: not arrived yet", { moveIn: "2024-01-02" }, "2023-12-31", 0],
    ["moved in on the as-of date", { moveIn: "2023-12-31" }, "2023-12-31", 1],
    ["moved out before as-of", { moveOut: "2023-05-01" }, "2023-12-31", 0],
    ["moved out after as-of: still here", { moveOut: "2024-01-02" }, "2023-12-31", 1],
    ["moved in, then out", { moveIn: "2022-01-01", moveOut: "2023-06-01" }, "2023-12-31", 0],
    ["revoked before as-of", { revoked: "2023-01-01" }, "2023-12-31", 0],
    ["revoked on the as-of date", { revoked: "2023-12-31" }, "2023-12-31", 0],
    ["revoked after as-of", { revoked: "2024-01-01" }, "2023-12-31", 1],
    ["inferred issue date counts", { issue: "2021-12-31", issueInferred: true }, "2023-12-31", 1],
    ["no issue date at all", { issue: null }, "2023-12-31", 0],
  ])("%s", (_label, extra, asOf, expected) => {
    expect(valid(run([rec({ ...base, ...extra })], asOf))).toBe(expected);
  });

  it.each([
    ["day-before", "2024-03-10", 0],
    ["same-day", "2024-03-10", 1],
    ["same-day", "2024-03-11", 0],
  ] as const)("validity convention %s at %s", (convention, asOf, expected) => {
    const settings: Settings = { ...DEFAULT_SETTINGS, validityEnd: convention };
    expect(valid(run([rec(base)], asOf, settings))).toBe(expected);
  });

  it("a revocation ends the certificates issued up to it, not a later re-recognition", () => {
    const rs = [
      rec({ creditCode: "C11", issue: "2019-12-01", revoked: "2020-01-01" }),
      rec({ creditCode: "C11", issue: "2022-12-01", unit: "枫泾镇" }),
    ];
    expect(valid(run(rs, "2021-12-31"))).toBe(0);
    const a = run(rs, "2023-12-31");
    expect([a.total.valid, a.total.validPrevYearEnd]).toEqual([1, 1]);
    expect(a.units.find((u) => u.unit === "枫泾镇")!.valid).toBe(1);
    expect(a.progress.every((p) => p.valid === 1)).toBe(true);
  });

  it("a revocation reaches its own row's certificate, though read as 1 January of its year", () => {
    // 取消年度 2023 on a certificate issued in November 2023: that certificate is revoked.
    const rs = [rec({ creditCode: "C12", issue: "2023-11-01", revoked: "2023-01-01" })];
    expect(valid(run(rs, "2023-12-31"))).toBe(0);
  });

  it("a move back in after moving out counts again", () => {
    const rs = [
      rec({ creditCode: "C10", issue: "2022-01-01", moveOut: "2022-06-01" }),
      rec({ creditCode: "C10", issue: "2023-01-01", moveIn: "2023-03-01" }),
    ];
    expect([run(rs, "2022-12-31"), run(rs, "2023-12-31")].map(valid)).toEqual([0, 1]);
  });

  it("counts once under the unit of the latest certificate issued on or before the date", () => {
    const rs = [
      rec({ creditCode: "C11", certNo: "GR202031000010", issue: "2020-11-01", unit: "朱泾镇" }),
      rec({ creditCode: "C11", certNo: "GR202331000011", issue: "2023-11-01", unit: "枫泾镇" }),
    ];
    const a = run(rs, "2023-12-31");
    expect(a.units.map((u) => [u.unit, u.validPrevYearEnd, u.valid, u.netIncrease])).toEqual([
      ["朱泾镇", 1, 0, -1],
      ["枫泾镇", 0, 1, 1],
      ["其他", 0, 0, 0],
    ]);
    expect(a.total).toMatchObject({ validPrevYearEnd: 1, valid: 1, netIncrease: 0 });
  });

  it("a unit outside the target table counts under 其他", () => {
    const a = run([rec({ creditCode: "C12", issue: "2023-01-01", unit: "吕巷镇" })], "2023-12-31");
    expect(a.units.map((u) => u.valid)).toEqual([0, 0, 1]);
  });
});

describe("per-unit rows and the total", () => {
  it("fills targets, gaps and completion; 其他 has no target; the total sums the targets that exist", () => {
    const rs = [
      rec({ creditCode: "Z1", issue: "2022-05-01", unit: "朱泾镇" }),
      rec({ creditCode: "Z2", issue: "2023-05-01", unit: "朱泾镇" }),
      rec({ creditCode: "F1", issue: "2023-05-01", unit: "枫泾镇" }),
      rec({ creditCode: "F2", issue: "2023-05-01", unit: "枫泾镇" }),
      rec({ creditCode: "F3", issue: "2023-05-01", unit: "枫泾镇" }),
      rec({ creditCode: "O1", issue: "2022-05-01", unit: "其他" }),
    ];
    const a = run(rs, "2023-12-31");
    expect(a.year).toBe(2023);
    expect(a.district).toBe(DEFAULT_SETTINGS.district);
    expect(a.units).toMatchObject([
      {
        unit: "朱泾镇",
        target: 4,
        valid: 2,
        gap: 2,
        completion: 0.5,
        validPrevYearEnd: 1,
        netIncrease: 1,
        expiring: 0,
        awards: 200000,
      },
      {
        unit: "枫泾镇",
        target: 2,
        valid: 3,
        gap: -1,
        completion: 1.5,
        validPrevYearEnd: 0,
        netIncrease: 3,
        expiring: 0,
        awards: 600000,
      },
      {
        unit: "其他",
        target: null,
        valid: 1,
        gap: null,
        completion: null,
        validPrevYearEnd: 1,
        netIncrease: 0,
        expiring: 0,
        awards: 0,
      },
    ]);
    expect(a.total).toMatchObject({
      unit: "合计",
      target: 6,
      valid: 6,
      gap: 0,
      completion: 1,
      validPrevYearEnd: 2,
      netIncrease: 4,
      expiring: 0,
      awards: 800000,
    });
  });

  it("a year missing from the table leaves targets null", () => {
    const a = run([rec({ creditCode: "Z1", issue: "2024-05-01" })], "2024-12-31");
    expect(a.units.map((u) => u.target)).toEqual([null, null, null]);
    expect(a.total).toMatchObject({ target: null, gap: null, completion: null, valid: 1 });
  });

  it("keeps 其他 where the table lists it, without adding a second one", () => {
    const table: TargetTable = {
      ...TABLE,
      units: ["其他", "朱泾镇"],
      targets: { 其他: { 2023: 0 }, 朱泾镇: { 2023: 1 } },
    };
    const a = analyse([rec({ creditCode: "X", issue: "2023-01-01", unit: "其他" })], {
      asOf: iso("2023-12-31"),
      settings: DEFAULT_SETTINGS,
      targets: table,
    });
    expect(a.units.map((u) => [u.unit, u.target, u.valid, u.completion])).toEqual([
      ["其他", 0, 1, null],
      ["朱泾镇", 1, 0, 0],
    ]);
  });
});

describe("expiring list", () => {
  const asOf = "2023-10-15";
  it.each<[string, string, "expired" | "expiring" | null, number | null]>([
    // issue -> last valid day (day-before): EDATE(issue, 36) - 1
    ["2020-01-01", "2022-12-31", null, null], // expired last year: not listed
    ["2020-01-02", "2023-01-01", "expired", null],
    ["2020-10-15", "2023-10-14", "expired", null],
    ["2020-10-16", "2023-10-15", "expiring", 0], // the last day itself
    ["2020-10-17", "2023-10-16", "expiring", 1],
    ["2021-01-01", "2023-12-31", "expiring", 77],
    ["2021-01-02", "2024-01-01", null, null], // next year
  ])("issued %s (last valid %s): %p, days left %p", (issue, lastValid, status, daysLeft) => {
    const a = run([rec({ creditCode: "E", certNo: "", issue })], asOf);
    if (status === null) expect(a.expiring).toEqual([]);
    else
      expect(a.expiring).toEqual([
        expect.objectContaining({ lastValid: iso(lastValid), status, daysLeft }),
      ]);
  });

  it("does not list an enterprise re-recognised by the as-of date, nor one moved out or revoked", () => {
    const rs = [
      rec({ creditCode: "R", issue: "2020-11-01" }),
      rec({ creditCode: "R", issue: "2023-09-01" }),
      rec({ creditCode: "M", issue: "2020-11-01", moveOut: "2023-03-01" }),
      rec({ creditCode: "V", issue: "2020-11-01", revoked: "2023-01-01" }),
      rec({ creditCode: "L", name: "列入", issue: "2020-11-01" }),
    ];
    expect(run(rs, asOf).expiring.map((e) => e.name)).toEqual(["列入"]);
  });

  it("lists an enterprise whose renewal comes after the as-of date", () => {
    const rs = [
      rec({ creditCode: "R", issue: "2020-11-01" }),
      rec({ creditCode: "R", issue: "2023-11-01" }),
    ];
    expect(run(rs, asOf).expiring).toHaveLength(1);
  });

  it("sorts by unit (table order), then last valid day, then name, and counts per unit", () => {
    const rs = [
      rec({ creditCode: "1", name: "乙", issue: "2020-12-01", unit: "枫泾镇" }),
      rec({ creditCode: "2", name: "甲", issue: "2020-12-01", unit: "枫泾镇" }),
      rec({ creditCode: "3", name: "丙", issue: "2020-11-01", unit: "枫泾镇" }),
      rec({ creditCode: "4", name: "丁", issue: "2020-12-01", unit: "其他" }),
      rec({ creditCode: "5", name: "戊", issue: "2020-12-01", unit: "朱泾镇" }),
    ];
    const a = run(rs, asOf);
    // 丙 expires first (2023-10-31); 乙 (U+4E59) sorts before 甲 (U+7532) on the same day.
    expect(a.expiring.map((e) => `${e.unit}/${e.name}`)).toEqual([
      "朱泾镇/戊",
      "枫泾镇/丙",
      "枫泾镇/乙",
      "枫泾镇/甲",
      "其他/丁",
    ]);
    expect(a.units.map((u) => u.expiring)).toEqual([1, 3, 1]);
    expect(a.total.expiring).toBe(5);
  });

  it.each<[number, string[]]>([
    [0, ["expired 2023-03-31"]],
    [30, ["expired 2023-03-31", "expiring 2023-10-20"]],
    [90, ["expired 2023-03-31", "expiring 2023-10-20", "expiring 2024-01-10"]],
  ])("rolling window of %i days", (days, expected) => {
    const settings: Settings = { ...DEFAULT_SETTINGS, expiring: { mode: "rolling", days } };
    const rs = [
      rec({ creditCode: "a", issue: "2019-06-01" }), // last valid 2022-05-31: last year, not listed
      rec({ creditCode: "b", issue: "2020-04-01" }), // 2023-03-31: expired this year
      rec({ creditCode: "c", issue: "2020-10-21" }), // 2023-10-20: in 5 days
      rec({ creditCode: "d", issue: "2021-01-11" }), // 2024-01-10: in 87 days (next year)
    ];
    const a = run(rs, asOf, settings);
    expect(
      a.expiring.map(
        (e) =>
          `${e.status} ${new Date(Date.UTC(1899, 11, 30 + e.lastValid)).toISOString().slice(0, 10)}`
      )
    ).toEqual(expected);
  });
});

describe("award events", () => {
  it.each<[string, Parameters<typeof rec>[0][], string, [string, string, number][]]>([
    [
      "first recognition, inferred",
      [{ creditCode: "A", issue: "2023-03-01" }],
      "2023-12-31",
      [["first", "2023-03-01", 200000]],
    ],
    [
      "renewal, inferred from an earlier certificate",
      [
        { creditCode: "A", certNo: "GR202031000001", issue: "2020-03-01" },
        { creditCode: "A", certNo: "GR202331000002", issue: "2023-03-01" },
      ],
      "2023-12-31",
      [["renewal", "2023-03-01", 50000]],
    ],
    [
      "type column wins: renewal without an earlier row",
      [{ creditCode: "A", issue: "2023-03-01", type: "renewal" }],
      "2023-12-31",
      [["renewal", "2023-03-01", 50000]],
    ],
    [
      "type column wins: first despite an earlier row",
      [
        { creditCode: "A", certNo: "GR202031000001", issue: "2020-03-01" },
        { creditCode: "A", certNo: "GR202331000002", issue: "2023-03-01", type: "first" },
      ],
      "2023-12-31",
      [["first", "2023-03-01", 200000]],
    ],
    [
      "an inferred issue date earns nothing",
      [{ creditCode: "A", issue: "2023-12-31", issueInferred: true }],
      "2023-12-31",
      [],
    ],
    [
      "window: day before start -> 0",
      [{ creditCode: "A", issue: "2022-07-07" }],
      "2022-12-31",
      [["first", "2022-07-07", 0]],
    ],
    [
      "window: first day -> paid",
      [{ creditCode: "A", issue: "2022-07-08" }],
      "2022-12-31",
      [["first", "2022-07-08", 200000]],
    ],
    [
      "window: last day -> paid",
      [{ creditCode: "A", issue: "2024-05-14" }],
      "2024-12-31",
      [["first", "2024-05-14", 200000]],
    ],
    [
      "window: day after end -> 0",
      [{ creditCode: "A", issue: "2024-05-15" }],
      "2024-12-31",
      [["first", "2024-05-15", 0]],
    ],
    [
      "events after the as-of date are not listed",
      [{ creditCode: "A", issue: "2023-11-01" }],
      "2023-10-31",
      [],
    ],
    [
      "events of earlier years are not listed",
      [{ creditCode: "A", issue: "2022-11-01" }],
      "2023-12-31",
      [],
    ],
    [
      "relocation of a valid enterprise: stage 1 at the move-in, stage 2 not yet due",
      [{ creditCode: "A", issue: "2022-03-01", moveIn: "2023-04-01" }],
      "2023-12-31",
      [["relocation", "2023-04-01", 100000]],
    ],
    [
      "relocation's stage 2 twelve months later, after the window closed",
      [{ creditCode: "A", issue: "2022-03-01", moveIn: "2023-04-01" }],
      "2024-12-31",
      [["relocation", "2024-04-01", 100000]],
    ],
    [
      "relocation outside the window: its stages are listed at 0",
      [{ creditCode: "A", issue: "2022-03-01", moveIn: "2022-07-07" }],
      "2022-12-31",
      [["relocation", "2022-07-07", 0]],
    ],
    [
      "relocation without a valid certificate on the date: nothing",
      [{ creditCode: "A", issue: "2019-03-01", moveIn: "2023-04-01" }],
      "2023-12-31",
      [],
    ],
    [
      "certificate before moving in: relocation only, no recognition award",
      [{ creditCode: "A", issue: "2023-02-01", moveIn: "2023-04-01" }],
      "2023-12-31",
      [["relocation", "2023-04-01", 100000]],
    ],
    [
      "certificate after moving in: both",
      [
        { creditCode: "A", certNo: "GR202131000001", issue: "2021-02-01", moveIn: "2023-04-01" },
        { creditCode: "A", certNo: "GR202331000002", issue: "2023-10-01" },
      ],
      "2023-12-31",
      [
        ["relocation", "2023-04-01", 100000],
        ["renewal", "2023-10-01", 50000],
      ],
    ],
    [
      "the same move-in date on two rows is one relocation",
      [
        { creditCode: "A", certNo: "GR202131000001", issue: "2021-02-01", moveIn: "2023-04-01" },
        { creditCode: "A", certNo: "GR202231000002", issue: "2022-02-01", moveIn: "2023-04-01" },
      ],
      "2023-12-31",
      [["relocation", "2023-04-01", 100000]],
    ],
    [
      "certificate while moved out: nothing",
      [{ creditCode: "A", issue: "2023-05-01", moveOut: "2023-01-01" }],
      "2023-12-31",
      [],
    ],
  ])("%s", (_label, rows, asOf, expected) => {
    const a = run(rows.map(rec), asOf);
    expect(
      a.awards.map((e) => [
        e.type,
        new Date(Date.UTC(1899, 11, 30 + e.date)).toISOString().slice(0, 10),
        e.amount,
      ])
    ).toEqual(expected);
    expect(a.total.awards).toBe(expected.reduce((s, e) => s + e[2], 0));
  });

  it("events are sorted by date then reading order, with sheet, row, name, credit code, certificate number and unit", () => {
    const rs = [
      rec({
        sheet: "S",
        row: 9,
        name: "乙",
        creditCode: "B",
        certNo: "GR202331000009",
        issue: "2023-06-01",
        unit: "枫泾镇",
      }),
      rec({
        sheet: "S",
        row: 10,
        name: "甲",
        creditCode: "A",
        issue: "2023-02-01",
        unit: "吕巷镇",
      }),
      rec({ sheet: "S", row: 11, name: "丙", creditCode: "C", issue: "2023-06-01" }),
    ];
    expect(run(rs, "2023-12-31").awards).toEqual([
      {
        sheet: "S",
        row: 10,
        name: "甲",
        creditCode: "A",
        certNo: "",
        unit: "其他",
        type: "first",
        date: iso("2023-02-01"),
        amount: 200000,
      },
      {
        sheet: "S",
        row: 9,
        name: "乙",
        creditCode: "B",
        certNo: "GR202331000009",
        unit: "枫泾镇",
        type: "first",
        date: iso("2023-06-01"),
        amount: 200000,
      },
      {
        sheet: "S",
        row: 11,
        name: "丙",
        creditCode: "C",
        certNo: "",
        unit: "朱泾镇",
        type: "first",
        date: iso("2023-06-01"),
        amount: 200000,
      },
    ]);
  });
});

describe("relocation awards: only of a high-tech enterprise, in stages", () => {
  const events = (a: Analysis) =>
    a.awards.map((e) => [e.date, e.amount, e.stage, e.stages, e.unit]);
  const codes = (a: Analysis) =>
    a.findings.map((f) => [f.row, f.column, f.code, f.severity, f.name]);

  it("moved in before holding a certificate: no award, an info finding naming the enterprise", () => {
    const a = run(
      [rec({ row: 7, name: "辛", creditCode: "A", issue: "2023-08-01", moveIn: "2023-03-01" })],
      "2023-12-31"
    );
    expect(a.awards.map((e) => e.type)).toEqual(["first"]);
    expect(codes(a)).toEqual([[7, "", "no-relocation-award", "info", "辛"]]);
    expect(a.findings[0].message["zh-CN"]).toBe(
      "迁入日期 2023-03-01 时未持有有效的高新技术企业证书：不计迁入奖励"
    );
  });

  it("an expired certificate on the move-in day is no certificate", () => {
    const a = run(
      [rec({ row: 3, creditCode: "A", issue: "2020-01-10", moveIn: "2023-02-01" })],
      "2023-12-31"
    );
    expect(a.awards).toEqual([]);
    expect(codes(a).map((c) => c[2])).toEqual(["no-relocation-award"]);
  });

  it("a move-in outside the window needs no explanation", () => {
    const a = run(
      [rec({ creditCode: "A", issue: "2023-08-01", moveIn: "2022-03-01" })],
      "2023-12-31"
    );
    expect(a.findings).toEqual([]);
  });

  it("the second stage lapses when the enterprise has left by its due date", () => {
    const rows = [
      rec({
        row: 4,
        name: "壬",
        creditCode: "A",
        issue: "2022-10-01",
        moveIn: "2023-01-15",
        moveOut: "2023-09-30",
      }),
    ];
    expect(events(run(rows, "2023-12-31"))).toEqual([[iso("2023-01-15"), 100000, 1, 2, "朱泾镇"]]);
    const a = run(rows, "2024-12-31");
    expect(a.awards).toEqual([]);
    expect(codes(a)).toEqual([[4, "", "stage-lapsed", "info", "壬"]]);
    expect(a.findings[0].message["zh-CN"]).toBe(
      "迁入奖励第2期（应于 2024-01-15 发放）不予发放：届时企业已迁出本区"
    );
    // The award list names the lapsed stage beside the payable events, with its reason.
    expect(a.lapsedStages?.map((e) => [e.date, e.amount, e.stage, e.lapsed, e.name])).toEqual([
      [iso("2024-01-15"), 0, 2, "left", "壬"],
    ]);
    // Due in 2024: not an event of 2023.
    expect(run(rows, "2023-12-31").lapsedStages).toEqual([]);
  });

  it("the second stage lapses when the certificate has expired by its due date", () => {
    const rows = [rec({ creditCode: "A", issue: "2020-06-01", moveIn: "2022-08-01" })];
    const a = run(rows, "2023-12-31");
    expect(a.awards).toEqual([]);
    expect(a.findings[0].message["en-US"]).toBe(
      "Relocation award stage 2 (due 2023-08-01) is not paid: by then the enterprise held no valid certificate"
    );
    expect(a.lapsedStages?.map((e) => [e.date, e.stage, e.lapsed])).toEqual([
      [iso("2023-08-01"), 2, "invalid"],
    ]);
  });

  it("stages follow the settings: amounts, months (EDATE), and the unit of the certificate held on the due date", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      awards: {
        ...DEFAULT_SETTINGS.awards,
        relocationStages: [
          { amount: 50000, months: 0 },
          { amount: 70000, months: 1 },
          { amount: 80000, months: 13 },
        ],
      },
    };
    const rows = [
      rec({
        creditCode: "A",
        certNo: "GR202231000001",
        issue: "2022-03-01",
        moveIn: "2023-01-31",
        unit: "朱泾镇",
      }),
      rec({ creditCode: "A", certNo: "GR202331000002", issue: "2023-02-10", unit: "枫泾镇" }),
    ];
    expect(events(run(rows, "2023-12-31", settings))).toEqual([
      [iso("2023-01-31"), 50000, 1, 3, "朱泾镇"],
      [iso("2023-02-10"), 50000, undefined, undefined, "枫泾镇"],
      [iso("2023-02-28"), 70000, 2, 3, "枫泾镇"],
    ]);
    expect(events(run(rows, "2024-12-31", settings))).toEqual([
      [iso("2024-02-29"), 80000, 3, 3, "枫泾镇"],
    ]);
  });
});

describe("findings and sheets", () => {
  it("merges earlier findings with the analysis's, in reading order", () => {
    const before: Finding[] = [
      {
        sheet: "B",
        row: 2,
        column: "C",
        code: "credit-code",
        severity: "warning",
        message: { "zh-CN": "x", "en-US": "x" },
      },
      {
        sheet: "A",
        row: 0,
        column: "",
        code: "missing-unit",
        severity: "warning",
        message: { "zh-CN": "y", "en-US": "y" },
      },
    ];
    const rs = [
      rec({
        sheet: "A",
        row: 4,
        seq: 4,
        creditCode: "A",
        certNo: "GR202331000001",
        issue: "2023-01-01",
      }),
      rec({
        sheet: "A",
        row: 6,
        seq: 6,
        creditCode: "A",
        certNo: "GR202331000001",
        issue: "2023-01-01",
      }),
      rec({
        sheet: "B",
        row: 3,
        seq: 100,
        creditCode: "A",
        certNo: "GR202331000001",
        issue: "2023-01-01",
      }),
    ];
    const a = run(rs, "2023-12-31", DEFAULT_SETTINGS, before);
    expect(a.findings.map((f) => `${f.sheet}${f.row}:${f.code}`)).toEqual([
      "A0:missing-unit",
      "A6:duplicate",
      "B2:credit-code",
      "B3:duplicate",
    ]);
    expect(a.sheets).toEqual([
      { sheet: "A", kind: "roster", headerRow: 0, records: 2 },
      { sheet: "B", kind: "roster", headerRow: 0, records: 1 },
    ]);
  });

  it("puts records back in reading order when handed out of order", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 6,
        seq: 6,
        creditCode: "A",
        certNo: "GR202331000001",
        issue: "2023-01-01",
      }),
      rec({
        sheet: "A",
        row: 4,
        seq: 4,
        creditCode: "A",
        certNo: "GR202331000001",
        issue: "2023-01-01",
      }),
    ];
    expect(run(rs, "2023-12-31").findings.map((f) => f.row)).toEqual([6]);
  });

  it("an empty workbook gives zero rows", () => {
    const a = run([], "2023-12-31");
    expect(a.total).toMatchObject({ valid: 0, target: 6, gap: 6, completion: 0 });
    expect(a.expiring).toEqual([]);
    expect(a.awards).toEqual([]);
    expect(a.sheets).toEqual([]);
  });
});

describe("analyse on a record table", () => {
  it("gives the same Analysis from a table as from the records, in order or not", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 4,
        seq: 4,
        creditCode: "T1",
        certNo: "GR202031000001",
        issue: "2020-11-01",
        unit: "朱泾镇",
      }),
      rec({
        sheet: "A",
        row: 6,
        seq: 6,
        creditCode: "T1",
        certNo: "GR202331000002",
        issue: "2023-11-01",
        unit: "枫泾镇",
        moveIn: "2023-03-01",
      }),
      rec({
        sheet: "A",
        row: 7,
        seq: 7,
        name: "无码企业",
        certNo: "GR202331000003",
        issue: "2023-02-01",
        unit: "吕巷镇",
      }),
      rec({
        sheet: "A",
        row: 8,
        seq: 8,
        creditCode: "T1",
        certNo: "GR202331000002",
        issue: "2023-11-01",
        unit: "枫泾镇",
      }),
    ];
    const expected = run(
      rs.map((r) => ({ ...r })),
      "2023-12-31"
    );
    const table = RecordTable.fromRecords(rs);
    const fromTable = analyse(table, {
      asOf: iso("2023-12-31"),
      settings: DEFAULT_SETTINGS,
      targets: TABLE,
    });
    expect(fromTable).toEqual(expected);
    const shuffled = RecordTable.fromRecords([rs[2], rs[0], rs[3], rs[1]]);
    expect(
      analyse(shuffled, { asOf: iso("2023-12-31"), settings: DEFAULT_SETTINGS, targets: TABLE })
    ).toEqual(expected);
  });

  it("sorts earlier findings that come out of reading order", () => {
    const f = (sheet: string, row: number): Finding => ({
      sheet,
      row,
      column: "B",
      code: "bad-date",
      severity: "warning",
      message: { "zh-CN": "", "en-US": "" },
    });
    const rs = [rec({ sheet: "A", row: 2, seq: 2, creditCode: "S1", issue: "2023-01-01" })];
    const a = run(rs, "2023-12-31", DEFAULT_SETTINGS, [f("A", 9), f("A", 3), f("A", 5)]);
    expect(a.findings.map((x) => x.row)).toEqual([3, 5, 9]);
  });

  it("reports each step once, in order, and the result does not depend on being watched", () => {
    const rs = [
      rec({
        sheet: "A",
        row: 4,
        seq: 4,
        creditCode: "T1",
        certNo: "GR202031000001",
        issue: "2020-11-01",
        unit: "朱泾镇",
      }),
      rec({
        sheet: "A",
        row: 6,
        seq: 6,
        creditCode: "T1",
        certNo: "GR202331000002",
        issue: "2023-11-01",
        unit: "枫泾镇",
      }),
    ];
    const steps: string[] = [];
    const opts = { asOf: iso("2023-12-31"), settings: DEFAULT_SETTINGS, targets: TABLE };
    const watched = analyse(RecordTable.fromRecords(rs), { ...opts, onStep: (s) => steps.push(s) });
    expect(steps).toEqual([
      "identify",
      "link",
      "duplicates",
      "summarise",
      "latest",
      "counts",
      "progress",
      "expiring",
      "awards",
      "forecast",
      "contacts",
      "findings",
    ]);
    expect(watched).toEqual(analyse(RecordTable.fromRecords(rs), opts));
  });
});
