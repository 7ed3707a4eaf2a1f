/** Every GAOQI.* function, table-driven: results, the policy window's edges, and bad arguments. */
import { excelError } from "./customFunctionsRuntime";
import { todaySerial } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import * as F from "../../src/functions/functions";
import { setDate1904, setSettings, setTargets } from "../../src/state/session";

// Serials computed independently of the engine (days since 1899-12-30).
const D = {
  "2019-01-01": 43466,
  "2020-02-29": 43890,
  "2021-01-01": 44197,
  "2021-12-31": 44561,
  "2022-01-01": 44562,
  "2022-01-02": 44563,
  "2022-07-07": 44749,
  "2022-07-08": 44750,
  "2022-12-05": 44900,
  "2023-02-27": 44984,
  "2023-02-28": 44985,
  "2023-12-31": 45291,
  "2024-01-01": 45292,
  "2024-05-14": 45426,
  "2024-05-15": 45427,
  "2024-12-30": 45656,
  "2024-12-31": 45657,
  "2025-07-07": 45845,
  "2025-07-08": 45846,
};

afterEach(() => {
  setSettings(DEFAULT_SETTINGS);
  setTargets(DEFAULT_TARGETS);
  setDate1904(false);
});

describe("a 1904-system workbook: serials shifted in and out, as the report does", () => {
  // In the 1904 system the same calendar day has a serial 1,462 smaller.
  const S1904 = (iso: keyof typeof D) => D[iso] - 1462;
  beforeEach(() => setDate1904(true));

  it("reads date cells as 1904 serials and returns EXPIRY as one", () => {
    expect(F.expiry(S1904("2021-01-01"))).toBe(S1904("2023-12-31"));
    expect(F.expiry("2021-01-01")).toBe(S1904("2023-12-31"));
  });

  it("AWARD, ISVALID, DAYSLEFT and EXPIRING read the same days the cells show", () => {
    expect(F.award("首次认定", S1904("2022-07-08"))).toBe(200000);
    expect(F.award("首次认定", S1904("2022-07-07"))).toBe(0);
    expect(F.isValid(S1904("2021-01-01"), S1904("2023-12-31"))).toBe(true);
    expect(F.isValid(S1904("2021-01-01"), S1904("2024-01-01"))).toBe(false);
    expect(F.daysLeft(S1904("2021-01-01"), S1904("2023-12-31"))).toBe(0);
    expect(F.expiring(S1904("2021-01-01"), 2023)).toBe(true);
  });

  it("VALIDCOUNT reads a range of 1904 serials", () => {
    expect(
      F.validCount(
        [["朱泾镇"], ["朱泾镇"]],
        [[S1904("2021-01-01")], [S1904("2019-01-01")]],
        "朱泾镇",
        S1904("2023-12-31")
      )
    ).toBe(1);
  });

  it("the same cells read as 1900 serials would be four years off (what the shift is for)", () => {
    setDate1904(false);
    expect(F.award("首次认定", S1904("2022-07-08"))).toBe(0);
  });
});

describe("AWARD", () => {
  it.each<[string, number | string, number | undefined, number]>([
    ["首次认定", D["2022-07-07"], undefined, 0],
    ["首次认定", D["2022-07-08"], undefined, 200000],
    ["首次认定", D["2024-05-14"], undefined, 200000],
    ["首次认定", D["2024-05-15"], undefined, 0],
    ["重新认定", D["2022-07-07"], undefined, 0],
    ["重新认定", D["2022-07-08"], undefined, 50000],
    ["重新认定", D["2024-05-14"], undefined, 50000],
    ["重新认定", D["2024-05-15"], undefined, 0],
    ["迁入", D["2022-07-07"], undefined, 0],
    ["迁入", D["2022-07-08"], undefined, 200000],
    ["迁入", D["2024-05-14"], undefined, 200000],
    ["迁入", D["2024-05-15"], undefined, 0],
    ["迁入", D["2022-07-08"], 1, 100000],
    ["迁入", D["2024-05-14"], 2, 100000],
    ["迁入", D["2024-05-15"], 1, 0],
    ["复审", "2023年1月5日", undefined, 50000],
    ["首次", "2022/7/8", undefined, 200000],
    ["新认定", "２０２２年７月８日", undefined, 200000],
    ["first", "20240514", undefined, 200000],
    ["renewal", "2024-05-15", undefined, 0],
    ["relocation", "2022.7.8", 2, 100000],
  ])("AWARD(%s, %s, %s) = %d", (type, date, installment, expected) => {
    expect(F.award(type, date, installment)).toBe(expected);
  });

  it("uses the workbook's settings (amounts and stages) from the shared session", () => {
    setSettings({
      ...DEFAULT_SETTINGS,
      awards: {
        first: 300000,
        renewal: 100000,
        relocationStages: [
          { amount: 50000, months: 0 },
          { amount: 50000, months: 12 },
          { amount: 100000, months: 24 },
        ],
      },
    });
    expect(F.award("首次认定", D["2022-07-08"])).toBe(300000);
    expect(F.award("迁入", D["2022-07-08"])).toBe(200000);
    expect(F.award("迁入", D["2022-07-08"], 3)).toBe(100000);
  });

  it.each<[string, number | string | null, number | undefined, string]>([
    ["", D["2022-07-08"], undefined, "认定类型"],
    ["奖励", D["2022-07-08"], undefined, "认定类型"],
    ["首次认定", "not a date", undefined, "无法识别为日期"],
    ["首次认定", "", undefined, "缺少日期"],
    ["首次认定", null, undefined, "缺少日期"],
    ["迁入", D["2022-07-08"], 3, "期数"],
    ["迁入", D["2022-07-08"], 0, "期数"],
    ["迁入", D["2022-07-08"], 1.5, "期数"],
    ["首次认定", D["2022-07-08"], 1, "分期只适用于迁入"],
  ])("AWARD(%s, %s, %s) is #VALUE! mentioning %s", (type, date, installment, text) => {
    const e = excelError(() => F.award(type, date as string, installment));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(text);
  });
});

describe("EXPIRY, ISVALID, DAYSLEFT, EXPIRING", () => {
  it.each<[number | string, number]>([
    [D["2022-07-08"], D["2025-07-07"]],
    ["2022年7月8日", D["2025-07-07"]],
    ["2022/7/8 0:00:00", D["2025-07-07"]],
    [D["2020-02-29"], D["2023-02-27"]],
    [D["2022-01-01"], D["2024-12-31"]],
  ])("EXPIRY(%s) = %d", (issue, expected) => {
    expect(F.expiry(issue)).toBe(expected);
  });

  it("follows the same-day convention when the settings say so", () => {
    setSettings({ ...DEFAULT_SETTINGS, validityEnd: "same-day" });
    expect(F.expiry(D["2022-07-08"])).toBe(D["2025-07-08"]);
    expect(F.isValid(D["2022-07-08"], D["2025-07-08"])).toBe(true);
  });

  it.each<[number | string, number | string, boolean]>([
    [D["2022-07-08"], D["2022-07-07"], false],
    [D["2022-07-08"], D["2022-07-08"], true],
    [D["2022-07-08"], D["2025-07-07"], true],
    [D["2022-07-08"], D["2025-07-08"], false],
    ["2022-07-08", "2025年7月7日", true],
  ])("ISVALID(%s, %s) = %s", (issue, asOf, expected) => {
    expect(F.isValid(issue, asOf)).toBe(expected);
  });

  it.each<[number | string, number | string, number]>([
    [D["2022-07-08"], D["2025-07-07"], 0],
    [D["2022-07-08"], D["2025-07-08"], -1],
    [D["2022-07-08"], D["2024-12-31"], D["2025-07-07"] - D["2024-12-31"]],
    ["20220708", "2022-07-08", D["2025-07-07"] - D["2022-07-08"]],
  ])("DAYSLEFT(%s, %s) = %d", (issue, asOf, expected) => {
    expect(F.daysLeft(issue, asOf)).toBe(expected);
  });

  it("takes today as the as-of date when it is omitted or blank", () => {
    const today = todaySerial();
    expect(F.daysLeft(D["2022-07-08"])).toBe(D["2025-07-07"] - today);
    expect(F.daysLeft(D["2022-07-08"], "")).toBe(D["2025-07-07"] - today);
    expect(F.isValid(today)).toBe(true);
    expect(F.isValid(today + 1)).toBe(false);
  });

  it.each<[number | string, number, boolean]>([
    [D["2022-07-08"], 2025, true],
    [D["2022-07-08"], 2024, false],
    [D["2021-12-31"], 2024, true],
    [D["2022-01-01"], 2024, true],
    [D["2022-01-02"], 2024, false],
  ])("EXPIRING(%s, %d) = %s", (issue, year, expected) => {
    expect(F.expiring(issue, year)).toBe(expected);
  });

  it("takes the current year when the year is omitted", () => {
    const y = new Date().getFullYear();
    expect(F.expiring(`${y - 3}-07-02`)).toBe(true); // last valid day: 1 July this year
    expect(F.expiring(`${y - 2}-07-02`)).toBe(false);
  });

  it.each<[string, () => unknown, string]>([
    ["EXPIRY(bad)", () => F.expiry("2022年13月1日"), "无法识别为日期"],
    ["EXPIRY(blank)", () => F.expiry(""), "缺少发证日期"],
    ["ISVALID(issue, bad)", () => F.isValid(D["2022-07-08"], "soon"), "统计日期无法识别"],
    ["DAYSLEFT(bad)", () => F.daysLeft("yesterday"), "发证日期无法识别"],
    ["EXPIRING(issue, 1899)", () => F.expiring(D["2022-07-08"], 1899), "年份"],
    ["EXPIRING(issue, 2024.5)", () => F.expiring(D["2022-07-08"], 2024.5), "年份"],
  ])("%s is #VALUE!", (_name, call, text) => {
    const e = excelError(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(text);
  });
});

describe("TARGET", () => {
  it.each<[string, number, number]>([
    ["枫泾镇", 2022, 170],
    ["枫泾", 2023, 196],
    ["碳谷绿湾", 2024, 210],
    ["金山二工区", 2022, 164],
    ["其他", 2022, 24],
    ["合计", 2022, 1250],
    ["合计", 2024, 1620],
  ])("TARGET(%s, %d) = %d", (unit, year, expected) => {
    expect(F.target(unit, year)).toBe(expected);
  });

  // The metadata types these parameters `any` (metadata.test.ts), so text reaches the parser.
  it.each<[string, string, number]>([
    ["碳谷绿湾", "2024年", 210],
    ["枫泾", " 2023 ", 196],
    ["枫泾镇", "2022", 170],
  ])("takes the year as text too: TARGET(%s, %j) = %d", (unit, year, expected) => {
    expect(F.target(unit, year)).toBe(expected);
  });

  it("EXPIRING and AWARD take their year and installment as text too", () => {
    expect(F.expiring(D["2022-07-08"], "2025年")).toBe(true);
    expect(F.expiring(D["2022-07-08"], "2024年")).toBe(false);
    expect(F.award("迁入", D["2022-07-08"], "2")).toBe(F.award("迁入", D["2022-07-08"], 2));
  });

  it("reads the workbook's own target table from the session", () => {
    setTargets({
      units: ["甲镇"],
      years: [2025],
      targets: { 甲镇: { 2025: 7 } },
      declaredTotals: {},
      source: "目标",
    });
    expect(F.target("甲", 2025)).toBe(7);
    expect(excelError(() => F.target("枫泾镇", 2022)).code).toBe("#N/A");
  });

  it.each<[string, number | null, string, string]>([
    ["不存在镇", 2022, "#N/A", "未知责任单位"],
    ["枫泾镇", 2025, "#N/A", "没有"],
    ["", 2022, "#VALUE!", "缺少责任单位"],
    ["枫泾镇", null, "#VALUE!", "缺少年份"],
  ])("TARGET(%s, %s) is %s", (unit, year, code, text) => {
    const e = excelError(() => F.target(unit, year as number));
    expect(e.code).toBe(code);
    expect(e.message).toContain(text);
  });
});

describe("VALIDCOUNT and COMPLETION", () => {
  const units = [
    ["枫泾镇"],
    ["枫泾"],
    ["朱泾镇"],
    ["枫泾镇"],
    ["枫泾镇"],
    ["碳谷绿湾"],
    ["未知园区"],
  ];
  const dates = [
    [D["2022-07-08"]],
    ["2021年1月1日"],
    [D["2022-07-08"]],
    [""],
    ["2019/1/1"],
    [D["2022-12-05"]],
    [D["2022-07-08"]],
  ];

  it.each<[string, number, number]>([
    ["枫泾镇", D["2023-12-31"], 2],
    ["枫泾", D["2024-01-01"], 1],
    ["朱泾镇", D["2023-12-31"], 1],
    ["朱泾镇", D["2022-07-07"], 0],
    ["碳谷绿湾公司", D["2023-12-31"], 1],
    ["其他", D["2023-12-31"], 1],
    ["合计", D["2023-12-31"], 5],
    ["亭林镇", D["2023-12-31"], 0],
  ])("VALIDCOUNT(units, dates, %s, %d) = %d", (unit, asOf, expected) => {
    expect(F.validCount(units, dates, unit, asOf)).toBe(expected);
  });

  it("reads row and column ranges alike", () => {
    expect(
      F.validCount([units.map((r) => r[0])], [dates.map((r) => r[0])], "枫泾镇", D["2023-12-31"])
    ).toBe(2);
  });

  it.each<[string, number, number]>([
    ["枫泾镇", D["2023-12-31"], 2 / 196],
    ["合计", D["2023-12-31"], 5 / 1435],
    ["亭林镇", D["2022-12-05"], 0],
  ])("COMPLETION(units, dates, %s, %d) = %d", (unit, asOf, expected) => {
    expect(F.completion(units, dates, unit, asOf)).toBeCloseTo(expected, 12);
  });

  it.each<[string, string, () => unknown, string]>([
    [
      "ranges of different sizes",
      "#VALUE!",
      () => F.validCount([["枫泾镇"], ["枫泾镇"]], [[D["2022-07-08"]]], "枫泾镇", D["2023-12-31"]),
      "大小不同",
    ],
    [
      "an unreadable date in a counted row",
      "#VALUE!",
      () => F.validCount([["枫泾镇"]], [["明年"]], "枫泾镇", D["2023-12-31"]),
      "第 1 个单元格",
    ],
    [
      "an unknown unit",
      "#N/A",
      () => F.validCount(units, dates, "火星镇", D["2023-12-31"]),
      "未知责任单位",
    ],
    [
      "a bad as-of date",
      "#VALUE!",
      () => F.validCount(units, dates, "枫泾镇", "someday"),
      "统计日期",
    ],
    [
      "no target that year",
      "#N/A",
      () => F.completion(units, dates, "枫泾镇", D["2025-07-07"]),
      "2025",
    ],
  ])("%s is %s", (_name, code, call, text) => {
    const e = excelError(call);
    expect(e.code).toBe(code);
    expect(e.message).toContain(text);
  });

  it("COMPLETION against a target of 0 is #DIV/0!", () => {
    setTargets({
      units: ["甲镇"],
      years: [2023],
      targets: { 甲镇: { 2023: 0 } },
      declaredTotals: {},
      source: "目标",
    });
    expect(
      excelError(() => F.completion([["甲镇"]], [[D["2022-07-08"]]], "甲镇", D["2023-12-31"])).code
    ).toBe("#DIV/0!");
  });
});

describe("CERTYEAR, CREDITCODE, UNIT", () => {
  it.each<[string, number]>([
    ["GR202231005683", 2022],
    [" gr 2022 3100 5683 ", 2022],
    ["ＧＲ２０２２３１００５６８３", 2022],
    ["GF201131000123", 2011],
  ])("CERTYEAR(%s) = %d", (certNo, expected) => {
    expect(F.certYear(certNo)).toBe(expected);
  });

  it.each<[string, string]>([
    ["GR2022310056", "证书编号格式不对"],
    ["XX202231005683", "证书编号格式不对"],
    ["", "缺少证书编号"],
  ])("CERTYEAR(%s) is #VALUE!", (certNo, text) => {
    const e = excelError(() => F.certYear(certNo));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(text);
  });

  it.each<[string, boolean]>([
    ["91350100M000100Y43", true],
    [" 91350100m000100y43 ", true],
    ["９１３５０１００Ｍ０００１００Ｙ４３", true],
    ["91350100M000100Y44", false],
    ["91350100M000100Y4", false],
    ["91350100I000100Y43", false],
    ["", false],
  ])("CREDITCODE(%s) = %s", (code, expected) => {
    expect(F.creditCode(code)).toBe(expected);
  });

  it.each<[string, string]>([
    ["枫泾", "枫泾镇"],
    [" 朱泾镇 ", "朱泾镇"],
    ["碳谷绿湾产业园", "碳谷绿湾公司"],
    ["新金山", "新金山发展公司"],
    ["未知园区", "其他"],
    ["", "其他"],
  ])("UNIT(%s) = %s", (text, expected) => {
    expect(F.unit(text)).toBe(expected);
  });

  it("UNIT follows the user's aliases from the session", () => {
    expect(F.unit("枫泾工业区")).toBe("其他");
    setSettings({ ...DEFAULT_SETTINGS, aliases: { 枫泾工业区: "枫泾镇" } });
    expect(F.unit("枫泾工业区")).toBe("枫泾镇");
  });
});

describe("STAGE", () => {
  it.each<[string, string]>([
    ["发现", "发现"],
    ["入库", "发现"],
    ["储备", "发现"],
    ["培育", "服务"],
    ["辅导中", "服务"],
    ["已申报", "推出"],
    ["推荐", "推出"],
    [" 推出 ", "推出"],
    ["已认定", "认定"],
    ["Submitted", "推出"],
    ["recognized", "认定"],
  ])("STAGE(%s) = %s", (text, expected) => {
    expect(F.stage(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ["待定", "无法识别的培育阶段：待定"],
    ["", "缺少培育阶段"],
  ])("STAGE(%s) is #VALUE! with a message", (text, message) => {
    const e = excelError(() => F.stage(text));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(message);
  });
});
