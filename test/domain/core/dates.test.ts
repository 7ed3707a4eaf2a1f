import {
  addMonths,
  isoFromSerial,
  isValidYmd,
  parseDateValue,
  plainDateSerial,
  serialFromIso,
  serialFromLocalDate,
  serialFromUtcDate,
  serialFromYmd,
  todaySerial,
  utcDateFromSerial,
  yearEnd,
  yearOfSerial,
  ymdFromSerial,
} from "../../../src/domain/core/dates";
import { cleanUpZoneRunner, runInZone } from "./zoneRunner";

const ok = (serial: number) => ({ kind: "ok", serial });

describe("serials <-> calendar dates (1900 system)", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [1970, 1, 1, 25569],
    [2000, 2, 29, 36585],
    [2022, 7, 8, 44750],
    [2024, 5, 14, 45426],
    [2024, 2, 29, 45351],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i", (y, m, d, serial) => {
    expect(serialFromYmd(y, m, d)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ y, m, d });
  });

  it.each([
    [44750, "2022-07-08"],
    [61, "1900-03-01"],
    [1, "1900-01-01"],
  ])("isoFromSerial(%i) = %s and back", (serial, iso) => {
    expect(isoFromSerial(serial)).toBe(iso);
    expect(serialFromIso(iso)).toBe(serial);
  });

  it("prints the fictitious serial 60 as 1900-02-29 but reads only real dates back", () => {
    expect(isoFromSerial(60)).toBe("1900-02-29");
    expect(serialFromIso("1900-02-29")).toBeNull();
  });

  it.each([
    ["2022-7-8"],
    ["2023-02-29"],
    ["2022-13-01"],
    ["20220708"],
    [""],
    ["2022-07-08T00:00"],
    ["1899-12-31"],
  ])("serialFromIso(%p) is null", (iso) => {
    expect(serialFromIso(iso)).toBeNull();
  });

  it.each([
    [2023, 2, 29, false],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2022, 4, 31, false],
    [2022, 0, 1, false],
    [1899, 12, 31, false],
    [2022.5, 1, 1, false],
  ])("isValidYmd(%p, %p, %p) = %p", (y, m, d, valid) => {
    expect(isValidYmd(y, m, d)).toBe(valid);
  });

  it.each([
    [44750, 2022],
    [44926, 2022],
    [44927, 2023],
    [60, 1900],
  ])("yearOfSerial(%i) = %i", (serial, year) => {
    expect(yearOfSerial(serial)).toBe(year);
  });

  it.each([
    [2022, 44926],
    [2023, 45291],
  ])("yearEnd(%i) = %i", (year, serial) => {
    expect(yearEnd(year)).toBe(serial);
  });
});

describe("addMonths (EDATE)", () => {
  it.each([
    ["2022-07-08", 36, "2025-07-08"],
    ["2020-02-29", 36, "2023-02-28"],
    ["2020-02-29", 48, "2024-02-29"],
    ["2021-01-01", 36, "2024-01-01"],
    ["2022-01-31", 1, "2022-02-28"],
    ["2022-03-31", -1, "2022-02-28"],
    ["2022-12-15", 1, "2023-01-15"],
    ["2023-01-15", -1, "2022-12-15"],
    ["2022-05-31", 13, "2023-06-30"],
  ])("EDATE(%s, %i) = %s", (from, months, to) => {
    expect(isoFromSerial(addMonths(serialFromIso(from)!, months))).toBe(to);
  });
});

describe("parseDateValue", () => {
  it.each<[string, unknown, number]>([
    ["serial", 44750, 44750],
    ["serial with a time of day", 44750.75, 44750],
    ["serial 60 (fictitious 1900-02-29)", 60, 60],
    ["serial 61", 61, 61],
    ["serial 1", 1, 1],
    ["yyyymmdd number", 20220708, 44750],
    ["2022年7月8日", "2022年7月8日", 44750],
    ["2022年07月08日", "2022年07月08日", 44750],
    ["2022年7月8日 with spaces", " 2022 年 7 月 8 日 ", 44750],
    ["2022年7月8 without 日", "2022年7月8", 44750],
    ["2022年7月8号 (号 for 日)", "2022年7月8号", 44750],
    ["二〇二二年七月八号", "二〇二二年七月八号", 44750],
    ["2022.7.8", "2022.7.8", 44750],
    ["2022/7/8", "2022/7/8", 44750],
    ["2022-07-08", "2022-07-08", 44750],
    ["2022-7-8", "2022-7-8", 44750],
    ["20220708 as text", "20220708", 44750],
    ["full-width ２０２２年７月８日", "２０２２年７月８日", 44750],
    ["full-width ２０２２／７／８", "２０２２／７／８", 44750],
    ["二〇二二年七月八日", "二〇二二年七月八日", 44750],
    ["二零二二年七月八日", "二零二二年七月八日", 44750],
    ["二○二二年七月八日 (circle)", "二○二二年七月八日", 44750],
    ["二〇二四年五月十四日", "二〇二四年五月十四日", 45426],
    ["二〇二二年十月一日", "二〇二二年十月一日", serialFromYmd(2022, 10, 1)],
    ["二〇二二年十一月二十日", "二〇二二年十一月二十日", serialFromYmd(2022, 11, 20)],
    ["二〇二二年十二月三十一日", "二〇二二年十二月三十一日", serialFromYmd(2022, 12, 31)],
    ["二〇二二年一月二十一日", "二〇二二年一月二十一日", serialFromYmd(2022, 1, 21)],
    ["2022/7/8 0:00:00", "2022/7/8 0:00:00", 44750],
    ["2022-07-08 23:59:59.5", "2022-07-08 23:59:59.5", 44750],
    ["2022-07-08T00:00:00Z", "2022-07-08T00:00:00Z", 44750],
    ["2022/7/8 12:00 PM", "2022/7/8 12:00 PM", 44750],
    ["2022/7/8 下午 3:00", "2022/7/8 下午 3:00", 44750],
    ["serial as text", "44750", 44750],
    ["2022.12.31", "2022.12.31", 44926],
    ["2022-7-08", "2022-7-08", 44750],
    ["2022-07-8 with a trailing space", "2022-07-8 ", 44750],
    ["1900-02-28", "1900-02-28", 59],
    ["1900-03-01", "1900-03-01", 61],
  ])("%s", (_label, value, serial) => {
    expect(parseDateValue(value as never)).toEqual(ok(serial));
  });

  it.each<[string, unknown]>([
    ["2022年13月5日", "2022年13月5日"],
    ["2023-02-29", "2023-02-29"],
    ["2022/4/31", "2022/4/31"],
    ["待定", "待定"],
    ["n/a", "n/a"],
    ["a year alone", "2022"],
    ["two-digit year", "22/7/8"],
    ["yyyymmdd text, bad month", "20221308"],
    ["missing separator", "2022-0708"],
    ["three-digit month", "2022-007-08"],
    ["letters in the year", "20x2-07-08"],
    ["letter for a day", "2022-07-x"],
    ["yyyymmdd number, bad day", 20220732],
    ["a year alone as a number", 2022],
    ["the first year as a number", 1900],
    ["a far year as a number, in the 1904 system too", 2999],
    ["a year and month as a number (not a day of 2453)", 202212],
    ["the first year and month as a number", 190001],
    ["the last year and month as a number", 299912],
    ["二〇二二年十三月一日", "二〇二二年十三月一日"],
    ["二〇二二年七月三十二日", "二〇二二年七月三十二日"],
    ["二〇二二年七月十十日", "二〇二二年七月十十日"],
    ["二〇二二年七月四五日", "二〇二二年七月四五日"],
    ["二〇二二年二月三十日", "二〇二二年二月三十日"],
    ["0", 0],
    ["fraction below 1", 0.5],
    ["negative serial", -1],
    ["negative serial text", "-44750"],
    ["beyond 9999-12-31", 2958466],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["true", true],
    ["false", false],
    ["invalid Date", new Date(NaN)],
    ["Date before 1900", new Date(Date.UTC(1899, 11, 31))],
  ])("%s is bad", (_label, value) => {
    const got = parseDateValue(value as never);
    expect(got.kind).toBe("bad");
  });

  it("keeps the text as written in a bad result", () => {
    expect(parseDateValue(" 待定 ")).toEqual({ kind: "bad", text: "待定" });
    expect(parseDateValue(true)).toEqual({ kind: "bad", text: "true" });
    expect(parseDateValue(-3)).toEqual({ kind: "bad", text: "-3" });
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["undefined", undefined],
    ["empty text", ""],
    ["spaces", "   "],
    ["ideographic space", "\u3000"],
  ])("%s is blank", (_label, value) => {
    expect(parseDateValue(value as never)).toEqual({ kind: "blank" });
  });

  it.each([
    [0, 1462],
    [43288, 44750],
    [43288.5, 44750],
  ])("1904 system: serial %p is 1900 serial %p", (v, serial) => {
    expect(parseDateValue(v, { date1904: true })).toEqual(ok(serial));
  });

  it("1904 system leaves yyyymmdd and text alone", () => {
    expect(parseDateValue(20220708, { date1904: true })).toEqual(ok(44750));
    expect(parseDateValue("2022-07-08", { date1904: true })).toEqual(ok(44750));
  });
});

// Local wall-clock moments (month 0-based as in Date) and the calendar day they are in.
const LOCAL_CASES: [number, number, number, number, number, number][] = [
  [2022, 6, 8, 0, 0, 44750],
  [2022, 6, 8, 23, 59, 44750],
  [2024, 4, 14, 0, 30, 45426],
  [2022, 11, 31, 23, 59, 44926],
  [2023, 0, 1, 0, 0, 44927],
];
// UTC instants and the UTC calendar day a Date object holding them stands for.
const UTC_CASES: [number, number][] = [
  [Date.UTC(2022, 6, 8), 44750],
  [Date.UTC(2022, 6, 8, 23, 59, 59), 44750],
  [Date.UTC(2022, 6, 8, 0, 0, 1), 44750],
  [Date.UTC(1900, 1, 28), 59],
  [Date.UTC(1900, 2, 1), 61],
  [Date.UTC(1900, 0, 1), 1],
];
const SERIALS = [44750, 45426, 61, 1];

interface ZoneResult {
  offsetJan: number;
  local: { today: number; fromLocal: number }[];
  utc: { parsed: unknown; fromUtc: number }[];
  back: { hours: number; serial: number; iso: string }[];
  todayNow: number;
  localNow: number[];
}

describe.each([
  ["Asia/Shanghai", -480],
  ["America/Los_Angeles", 480],
])("time-zone sensitive cases in %s", (zone, offsetJan) => {
  let r: ZoneResult;
  beforeAll(() => {
    // A child process: TZ assigned inside a jest test file would not reach V8 (see zoneRunner).
    r = runInZone<ZoneResult>(
      zone,
      `const local = ${JSON.stringify(LOCAL_CASES)}, utc = ${JSON.stringify(UTC_CASES)}, serials = ${JSON.stringify(SERIALS)};
      const before = new Date(); const todayNow = dates.todaySerial(); const after = new Date();
      return {
        offsetJan: new Date(2022, 0, 15).getTimezoneOffset(),
        local: local.map(([y, m0, d, h, mi]) => {
          const t = new Date(y, m0, d, h, mi);
          return { today: dates.todaySerial(t), fromLocal: dates.serialFromLocalDate(t) };
        }),
        utc: utc.map(([ms]) => ({ parsed: dates.parseDateValue(new Date(ms)), fromUtc: dates.serialFromUtcDate(new Date(ms)) })),
        back: serials.map((s) => {
          const d = dates.utcDateFromSerial(s);
          return { hours: d.getUTCHours(), serial: dates.serialFromUtcDate(d), iso: d.toISOString().slice(0, 10) };
        }),
        todayNow,
        localNow: [dates.serialFromLocalDate(before), dates.serialFromLocalDate(after)],
      };`
    );
  });
  afterAll(cleanUpZoneRunner);

  it("runs in the intended zone", () => {
    expect(r.offsetJan).toBe(offsetJan);
  });

  it.each(LOCAL_CASES.map((c, i) => [...c, i]))(
    "local %i-%i-%i %i:%i is serial %i for todaySerial and serialFromLocalDate",
    (_y, _m0, _d, _h, _min, serial, i) => {
      expect(r.local[i]).toEqual({ today: serial, fromLocal: serial });
    }
  );

  it("todaySerial defaults to now, as a local calendar date", () => {
    expect(r.localNow).toContain(r.todayNow);
  });

  it.each(UTC_CASES.map((c, i) => [...c, i]))(
    "a Date object at %p gives its UTC calendar date, serial %p",
    (_ms, serial, i) => {
      expect(r.utc[i]).toEqual({ parsed: ok(serial), fromUtc: serial });
    }
  );

  it.each(SERIALS.map((s, i) => [s, i]))(
    "utcDateFromSerial(%i) is UTC midnight of that day",
    (serial, i) => {
      expect(r.back[i]).toEqual({ hours: 0, serial, iso: isoFromSerial(serial) });
    }
  );
});

describe("the same functions in this process's zone", () => {
  it.each(LOCAL_CASES)("local %i-%i-%i %i:%i is serial %i", (y, m0, d, h, min, serial) => {
    const t = new Date(y, m0, d, h, min);
    expect(todaySerial(t)).toBe(serial);
    expect(serialFromLocalDate(t)).toBe(serial);
  });

  it("todaySerial defaults to now", () => {
    const before = serialFromLocalDate(new Date());
    const got = todaySerial();
    expect([before, serialFromLocalDate(new Date())]).toContain(got);
  });

  it.each(UTC_CASES)("a Date at %p is serial %p", (ms, serial) => {
    expect(parseDateValue(new Date(ms))).toEqual(ok(serial));
    expect(serialFromUtcDate(new Date(ms))).toBe(serial);
  });

  it.each(SERIALS)("utcDateFromSerial(%i) round-trips", (serial) => {
    expect(serialFromUtcDate(utcDateFromSerial(serial))).toBe(serial);
    expect(utcDateFromSerial(serial).getUTCHours()).toBe(0);
  });
});

describe("plainDateSerial (the reader's fast path)", () => {
  /** Texts of the fast path's shapes and near misses: other separators, spaces, impossible days, extra text. */
  function texts(): string[] {
    const out: string[] = [];
    const pads = (k: number): string[] => [String(k), String(k).padStart(2, "0")];
    for (const y of [1899, 1900, 2000, 2023, 2024, 9999]) {
      for (const m of [0, 1, 2, 9, 12, 13]) {
        for (const d of [0, 1, 9, 28, 29, 30, 31, 32]) {
          for (const mm of pads(m)) {
            for (const dd of pads(d)) {
              for (const [a, b, c] of [
                ["-", "-", ""],
                ["/", "/", ""],
                [".", ".", ""],
                ["年", "月", "日"],
                ["年", "月", ""],
                ["-", "/", ""],
                ["年", "-", ""],
                ["-", "-", "日"],
              ]) {
                out.push(`${y}${a}${mm}${b}${dd}${c}`);
              }
            }
          }
        }
      }
    }
    out.push(
      "2023-1-5 ",
      " 2023-1-5",
      "2023 年1月5日",
      "2023-1-5x",
      "2023-1-",
      "2023--5",
      "20231-1-5",
      "２０２３-1-5",
      "2023年1月5日日",
      "2023年1月5号",
      ""
    );
    return out;
  }

  it("gives the full parser's serial for every text it accepts, and accepts the plain forms the full parser accepts", () => {
    const plain = /^\d{4}([-/.])\d{1,2}\1\d{1,2}$|^\d{4}年\d{1,2}月\d{1,2}日?$/;
    let accepted = 0;
    for (const s of texts()) {
      const fast = plainDateSerial(s);
      // A leading space keeps the full parser off the fast path (it trims, then uses its patterns).
      const full = parseDateValue(` ${s}`);
      if (fast > 0) {
        accepted++;
        expect([s, full]).toEqual([s, { kind: "ok", serial: fast }]);
      } else if (plain.test(s)) {
        expect([s, full.kind]).toEqual([s, "bad"]);
      }
    }
    expect(accepted).toBeGreaterThan(500);
  });

  it.each([
    ["2023-10-20", serialFromYmd(2023, 10, 20)],
    ["2023/1/5", serialFromYmd(2023, 1, 5)],
    ["2023.01.05", serialFromYmd(2023, 1, 5)],
    ["2023年10月20日", serialFromYmd(2023, 10, 20)],
    ["2024年2月29", serialFromYmd(2024, 2, 29)],
    ["2023年2月29日", 0],
    ["2023-10/20", 0],
    ["2023 -10-20", 0],
  ])("%s -> %i", (s, serial) => {
    expect(plainDateSerial(s)).toBe(serial);
  });
});
