import { serialFromYmd } from "../../../src/domain/core/dates";
import {
  checkDoubling,
  decomposeUnits,
  defaultBaseDate,
  doublingTotals,
  parseTotals,
  parseYearRange,
} from "../../../src/domain/decompose/decomposeInput";
import { sampleAnalysis } from "../report/fixture";

const en = <T>(r: { ok: true; value: T } | { ok: false; message: { "en-US": string } }): string =>
  r.ok ? "ok" : r.message["en-US"];

describe("parseTotals", () => {
  it.each<[string, Record<number, number>]>([
    ["2025=1750,2026=1900,2027=2050", { 2025: 1750, 2026: 1900, 2027: 2050 }],
    [" 2025 = 1750 ; 2026:1900 ", { 2025: 1750, 2026: 1900 }],
    ["２０２５＝１７５０，２０２６＝１９００", { 2025: 1750, 2026: 1900 }],
    ["2025=0、2026=5", { 2025: 0, 2026: 5 }],
  ])("%s", (text, totals) => {
    expect(parseTotals(text)).toEqual({ ok: true, value: totals });
  });

  it.each<[string, string]>([
    ["", "no totals given (e.g. 2025=1750,2026=1900)"],
    ["2025", 'total "2025" must be year=total, e.g. 2025=1750'],
    ["2025=1750,", 'total "" must be year=total, e.g. 2025=1750'],
    ["2025=-5", 'total "2025=-5" must be year=total, e.g. 2025=1750'],
    ["2025=17.5", 'total "2025=17.5" must be year=total, e.g. 2025=1750'],
    ["2025=1750,2025=1800", "the total for 2025 is given twice"],
    ["1800=5", "year 1800 is out of range (1901-2999)"],
    ["2025=5000000", "the total for 2025 must be a whole number from 0 to 1000000"],
  ])("rejects %j: %s", (text, message) => {
    expect(en(parseTotals(text))).toBe(message);
  });

  it("says it in Chinese too", () => {
    const r = parseTotals("2025=abc");
    expect(r.ok ? "" : r.message["zh-CN"]).toBe("总量“2025=abc”应写作 年份=总量，例如 2025=1750");
  });

  it("rejects more than 30 years", () => {
    const text = Array.from({ length: 31 }, (_, i) => `${2030 + i}=1`).join(",");
    expect(en(parseTotals(text))).toBe("at most 30 years at a time");
  });
});

describe("parseYearRange", () => {
  it.each<[string, number[]]>([
    ["2025-2027", [2025, 2026, 2027]],
    ["2025", [2025]],
    ["２０２５－２０２６", [2025, 2026]],
    ["2025至2026", [2025, 2026]],
  ])("%s", (text, years) => {
    expect(parseYearRange(text)).toEqual({ ok: true, value: years });
  });

  it.each<[string, string]>([
    ["2027-2025", "years 2027-2025 end before they start"],
    ["25-27", 'years "25-27" must be written 2025-2027'],
    ["2025-2099", "at most 30 years at a time"],
    ["1850-1851", "year 1850 is out of range (1901-2999)"],
  ])("rejects %s", (text, message) => {
    expect(en(parseYearRange(text))).toBe(message);
  });
});

describe("the doubling rule", () => {
  it("total(Y) = base x 2^((Y - from) / n), rounded half up", () => {
    // 818 x 2^(4/5) = 1424.2, x 2^(5/5) = 1636, x 2^(6/5) = 1879.3
    expect(doublingTotals(818, 2021, 5, [2025, 2026, 2027])).toEqual({
      2025: 1424,
      2026: 1636,
      2027: 1879,
    });
    // 5 x 2^(1/2) = 7.07 -> 7; a half goes up: 1.5 x 2^0 -> 2.
    expect(doublingTotals(5, 2020, 2, [2021])).toEqual({ 2021: 7 });
    expect(doublingTotals(1.5, 2020, 1, [2020])).toEqual({ 2020: 2 });
  });

  it("keeps a base of 0 at 0 however far it doubles (never 0 x Infinity = NaN)", () => {
    expect(doublingTotals(0, 1901, 1, [2025, 2999])).toEqual({ 2025: 0, 2999: 0 });
  });

  it.each<[number, number, number[], string]>([
    [2021, 0, [2025], "the doubling period must be a whole number of years from 1 to 100"],
    [2021, 2.5, [2025], "the doubling period must be a whole number of years from 1 to 100"],
    [2025, 5, [2025, 2026], "the years to decompose must come after the base year 2025"],
    [1800, 5, [2025], "base year 1800 is out of range"],
    [2021, 5, [2025], "ok"],
  ])("checks from %i in %d years for %j", (from, n, years, message) => {
    expect(en(checkDoubling(from, n, years))).toBe(message);
  });
});

describe("defaultBaseDate", () => {
  it.each<[number, [number, number, number], [number, number, number]]>([
    // 31 December before the first year ...
    [2025, [2026, 11, 29], [2024, 12, 31]],
    [2025, [2025, 1, 1], [2024, 12, 31]],
    // ... unless that date has not passed: then the latest year end before today.
    [2028, [2026, 11, 29], [2025, 12, 31]],
    [2027, [2026, 12, 31], [2025, 12, 31]],
    [2027, [2027, 1, 1], [2026, 12, 31]],
  ])("first year %i, today %j -> %j", (first, today, expected) => {
    expect(defaultBaseDate(first, serialFromYmd(...today))).toBe(serialFromYmd(...expected));
  });
});

describe("decomposeUnits", () => {
  const noPoolSheet = (a: ReturnType<typeof sampleAnalysis>) => ({
    ...a,
    sheets: a.sheets.filter((s) => s.kind !== "pool"),
  });

  it("takes the target table's units in its order with their valid counts; 其他 only where the table has it", () => {
    const a = noPoolSheet(sampleAnalysis());
    expect(decomposeUnits(a)).toEqual([
      { unit: "枫泾镇", valid: 95 },
      { unit: "朱泾镇", valid: 70 },
      { unit: "亭林镇", valid: 20 },
    ]);
    const withOther = noPoolSheet(
      sampleAnalysis({ targets: { ...a.targets, units: ["亭林镇", "其他", "不存在"] } })
    );
    expect(decomposeUnits(withOther)).toEqual([
      { unit: "亭林镇", valid: 20 },
      { unit: "其他", valid: 3 },
      { unit: "不存在", valid: 0 },
    ]);
  });

  it("with a pool sheet, adds each unit's pool enterprises at served and submitted", () => {
    const a = sampleAnalysis();
    a.units[1] = {
      ...a.units[1],
      pool: { found: 9, served: 4, submitted: 2, recognised: 5, recognisedThisYear: 1 },
    };
    expect(decomposeUnits(a)).toEqual([
      { unit: "枫泾镇", valid: 95, pool: { served: 3, submitted: 1 } },
      { unit: "朱泾镇", valid: 70, pool: { served: 4, submitted: 2 } },
      { unit: "亭林镇", valid: 20, pool: { served: 3, submitted: 1 } },
    ]);
    expect(
      decomposeUnits(sampleAnalysis({ targets: { ...a.targets, units: ["不存在"] } }))
    ).toEqual([{ unit: "不存在", valid: 0, pool: { served: 0, submitted: 0 } }]);
  });
});
