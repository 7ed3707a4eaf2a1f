import { progressDates } from "../../../src/domain/analysis/monthEnds";
import { isoFromSerial, serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { analyse } from "../../../src/domain/analysis/analyse";
import type { Analysis, CertRecord, TargetTable } from "../../../src/domain/core/types";

const iso = (s: string): number => {
  const [y, m, d] = s.split("-").map(Number);
  return serialFromYmd(y, m, d);
};

const TABLE: TargetTable = {
  units: ["朱泾镇", "枫泾镇"],
  years: [2023],
  targets: { 朱泾镇: { 2023: 4 }, 枫泾镇: { 2023: 2 } },
  declaredTotals: {},
  source: "test",
};

let seq = 0;
type RecInput = Partial<Omit<CertRecord, "issue" | "moveIn" | "moveOut" | "revoked">> & {
  issue?: string;
  moveIn?: string;
  moveOut?: string;
  revoked?: string;
};
/** A record with sensible defaults; dates as "YYYY-MM-DD". */
function rec(p: RecInput): CertRecord {
  seq++;
  return {
    sheet: "名单",
    row: seq + 1,
    seq,
    name: p.name ?? `企业${seq}`,
    creditCode: p.creditCode ?? "",
    certNo: p.certNo ?? `GR${seq}`,
    issue: p.issue ? iso(p.issue) : null,
    issueInferred: false,
    unit: p.unit ?? "朱泾镇",
    rawUnit: p.unit ?? "朱泾镇",
    type: null,
    moveIn: p.moveIn ? iso(p.moveIn) : null,
    moveOut: p.moveOut ? iso(p.moveOut) : null,
    revoked: p.revoked ? iso(p.revoked) : null,
    key: "",
  };
}

const run = (records: CertRecord[], asOf: string): Analysis =>
  analyse(records, { asOf: iso(asOf), settings: DEFAULT_SETTINGS, targets: TABLE });
/** A unit's counts at the progress dates. */
const series = (a: Analysis, unit: string): number[] =>
  a.progress.map((p) => p.units.find((u) => u.unit === unit)?.valid ?? NaN);
const isoFalls = (a: Analysis) =>
  a.falls.map((f) => ({
    unit: f.unit,
    from: isoFromSerial(f.from),
    date: isoFromSerial(f.date),
    before: f.before,
    after: f.after,
    who: f.enterprises.map((e) => [e.name, e.reason, isoFromSerial(e.on), e.toUnit ?? null]),
  }));

describe("progress dates", () => {
  it.each([
    [
      "2023-12-31",
      [
        "2023-01-31",
        "2023-02-28",
        "2023-03-31",
        "2023-04-30",
        "2023-05-31",
        "2023-06-30",
        "2023-07-31",
        "2023-08-31",
        "2023-09-30",
        "2023-10-31",
        "2023-11-30",
        "2023-12-31",
      ],
    ],
    ["2024-03-15", ["2024-01-31", "2024-02-29", "2024-03-15"]],
    ["2024-02-29", ["2024-01-31", "2024-02-29"]],
    ["2023-01-01", ["2023-01-01"]],
    ["2023-01-31", ["2023-01-31"]],
  ])(
    "as of %s: the month ends of its year up to it, then the date itself when it is not one",
    (asOf, dates) => {
      expect(progressDates(iso(asOf)).map(isoFromSerial)).toEqual(dates);
    }
  );
});

describe("month-end counts", () => {
  it("each date's counts are the analysis at that date (section 2), per unit and in total, with completion", () => {
    seq = 0;
    const rs = [
      rec({ name: "甲", issue: "2020-05-10" }), // lapses 2023-05-09
      rec({ name: "乙", issue: "2021-11-20", unit: "枫泾镇" }),
      rec({ name: "丙", issue: "2023-03-03" }),
      rec({ name: "丁", creditCode: "C4", issue: "2020-08-01", unit: "枫泾镇" }),
      rec({ name: "丁", creditCode: "C4", issue: "2023-09-15", unit: "朱泾镇" }), // renewed in another unit
      rec({ name: "戊", issue: "2022-02-02", moveOut: "2023-04-10" }),
      rec({ name: "戊", moveIn: "2023-08-01" }), // a 迁入 row of the same enterprise
      rec({ name: "己", issue: "2021-06-06", revoked: "2023-10-01" }),
      rec({ name: "庚", issue: "2023-07-07", unit: "无名园区" }),
      rec({ name: "辛", issue: "2022-12-12", moveIn: "2023-06-20" }),
    ];
    const a = run(rs, "2023-12-31");
    expect(a.progress).toHaveLength(12);
    for (const p of a.progress) {
      const at = run(rs, isoFromSerial(p.date));
      expect(p.units.map((u) => [u.unit, u.valid])).toEqual(at.units.map((u) => [u.unit, u.valid]));
      expect(p.valid).toBe(at.total.valid);
      expect(p.completion).toBeCloseTo(at.total.valid / 6);
      expect(p.units[0].completion).toBeCloseTo(at.units[0].valid / 4);
      expect(p.units[2].completion).toBeNull();
    }
    expect(a.progress[11].valid).toBe(a.total.valid);
  });

  it("covers the year of A only, up to A and A itself", () => {
    seq = 0;
    const rs = [
      rec({ issue: "2019-11-01" }),
      rec({ issue: "2020-08-20" }),
      rec({ issue: "2020-06-15" }),
    ];
    const a = run(rs, "2023-06-15");
    expect(a.progress.map((p) => isoFromSerial(p.date))).toEqual([
      "2023-01-31",
      "2023-02-28",
      "2023-03-31",
      "2023-04-30",
      "2023-05-31",
      "2023-06-15",
    ]);
    // The 2022 lapse is in the previous year end's count already; the August one is after A.
    expect(series(a, "朱泾镇")).toEqual([2, 2, 2, 2, 2, 1]);
    expect(isoFalls(a)).toEqual([
      {
        unit: "朱泾镇",
        from: "2023-05-31",
        date: "2023-06-15",
        before: 2,
        after: 1,
        who: [["企业3", "lapsed", "2023-06-14", null]],
      },
    ]);
  });
});

describe("falls", () => {
  it.each([
    [
      "a certificate that lapsed",
      [{ name: "甲", issue: "2020-05-10" }],
      "2023-05-31",
      "lapsed",
      "2023-05-09",
      null,
    ],
    [
      "a move out of the district",
      [{ name: "甲", issue: "2022-05-10", moveOut: "2023-07-15" }],
      "2023-07-31",
      "moved-out",
      "2023-07-15",
      null,
    ],
    [
      "a move out on a 迁出 row of its own",
      [
        { name: "甲", issue: "2022-05-10" },
        { name: "甲", moveOut: "2023-07-15" },
      ],
      "2023-07-31",
      "moved-out",
      "2023-07-15",
      null,
    ],
    [
      "a revocation",
      [{ name: "甲", issue: "2022-05-10", revoked: "2023-09-01" }],
      "2023-09-30",
      "revoked",
      "2023-09-01",
      null,
    ],
    [
      "a renewal under another unit",
      [
        { name: "甲", creditCode: "C1", issue: "2020-11-01" },
        { name: "甲", creditCode: "C1", issue: "2023-10-20", unit: "枫泾镇" },
      ],
      "2023-10-31",
      "unit-change",
      "2023-10-20",
      "枫泾镇",
    ],
    [
      "a lapse in January, from the previous year end",
      [{ name: "甲", issue: "2020-01-10" }],
      "2023-01-31",
      "lapsed",
      "2023-01-09",
      null,
    ],
    [
      "a lapse and a move out in one month: the first of them",
      [{ name: "甲", issue: "2020-03-20", moveOut: "2023-03-25" }],
      "2023-03-31",
      "lapsed",
      "2023-03-19",
      null,
    ],
  ])("%s names the enterprise with its reason", (_label, rows, date, reason, on, toUnit) => {
    seq = 0;
    const a = run((rows as RecInput[]).map(rec), "2023-12-31");
    const falls = isoFalls(a).filter((f) => f.unit === "朱泾镇");
    expect(falls).toHaveLength(1);
    expect(falls[0].date).toBe(date);
    expect(falls[0].who).toEqual([["甲", reason, on, toUnit]]);
    expect(a.falls[0].enterprises[0]).toMatchObject({ sheet: "名单", row: 2 });
  });

  it("lists who left in reading order of the rows they counted by, not in order of first appearance", () => {
    seq = 0;
    const rs = [
      rec({ name: "甲", creditCode: "C1", issue: "2017-04-01" }), // row 2: 甲's old certificate
      rec({ name: "乙", issue: "2020-04-12" }), // row 3
      rec({ name: "甲", creditCode: "C1", issue: "2020-04-20" }), // row 4: the one 甲 counts by
      rec({ name: "丙", issue: "2020-04-05" }), // row 5
    ];
    const a = run(rs, "2023-12-31");
    expect(
      a.falls.map((f) => [isoFromSerial(f.date), f.enterprises.map((e) => [e.name, e.row])])
    ).toEqual([
      [
        "2023-04-30",
        [
          ["乙", 3],
          ["甲", 4],
          ["丙", 5],
        ],
      ],
    ]);
  });

  it("a unit that drops and recovers falls once; a month where one leaves and one arrives is no fall", () => {
    seq = 0;
    const rs = [
      rec({ name: "甲", issue: "2020-03-10" }), // lapses 2023-03-09
      rec({ name: "乙", issue: "2023-06-01" }), // recovers in June
      rec({ name: "丙", issue: "2020-08-05" }), // lapses 2023-08-04 ...
      rec({ name: "丁", issue: "2023-08-20" }), // ... and 丁 arrives the same month
    ];
    const a = run(rs, "2023-12-31");
    expect(series(a, "朱泾镇")).toEqual([2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]);
    expect(isoFalls(a)).toEqual([
      {
        unit: "朱泾镇",
        from: "2023-02-28",
        date: "2023-03-31",
        before: 2,
        after: 1,
        who: [["甲", "lapsed", "2023-03-09", null]],
      },
    ]);
  });

  it("an enterprise moving between units: the old unit falls, the new one rises, the district holds", () => {
    seq = 0;
    const rs = [
      rec({ name: "甲", creditCode: "C1", issue: "2020-12-01", unit: "枫泾镇" }),
      rec({ name: "甲", creditCode: "C1", issue: "2023-04-18", unit: "朱泾镇" }),
    ];
    const a = run(rs, "2023-12-31");
    expect(series(a, "枫泾镇")).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(series(a, "朱泾镇")).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(a.progress.map((p) => p.valid)).toEqual(Array(12).fill(1));
    expect(isoFalls(a)).toEqual([
      {
        unit: "枫泾镇",
        from: "2023-03-31",
        date: "2023-04-30",
        before: 1,
        after: 0,
        who: [["甲", "unit-change", "2023-04-18", "朱泾镇"]],
      },
    ]);
  });

  it("an enterprise that moves out and back in falls in the month it left and counts again after", () => {
    seq = 0;
    const rs = [
      rec({ name: "甲", issue: "2022-05-10", moveOut: "2023-04-10" }),
      rec({ name: "甲", moveIn: "2023-08-01" }),
    ];
    const a = run(rs, "2023-12-31");
    expect(series(a, "朱泾镇")).toEqual([1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(isoFalls(a).map((f) => [f.date, f.who])).toEqual([
      ["2023-04-30", [["甲", "moved-out", "2023-04-10", null]]],
    ]);
  });
});
