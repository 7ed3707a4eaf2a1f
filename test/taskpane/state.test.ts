import { DEFAULT_SETTINGS, parseSettings } from "../../src/domain/settings/settings";
import type { UnitRow } from "../../src/domain/core/types";
import {
  completionBand,
  formatCny,
  formatPercent,
  formatSigned,
  formatWan,
} from "../../src/taskpane/state/format";
import { formFromSettings, settingsFromForm } from "../../src/taskpane/settings/settingsForm";
import { nextSort, sortUnits, type UnitSort } from "../../src/taskpane/dashboard/sortUnits";
import { isDarkColor } from "../../src/excel/paneHost";

const row = (unit: string, valid: number, target: number | null): UnitRow => ({
  unit,
  target,
  valid,
  gap: target === null ? null : target - valid,
  completion: target ? valid / target : null,
  validPrevYearEnd: 0,
  netIncrease: valid,
  expiring: 0,
  awards: 0,
  pool: { found: 0, served: 0, submitted: 0, recognised: 0, recognisedThisYear: 0 },
  forecast: {
    dropping: 0,
    renewed: 0,
    new: 0,
    value: valid,
    gap: target === null ? null : target - valid,
    needed: null,
  },
  contacts: { visits: 0, enterprises: 0, open: 0, overdue: 0, toVisit: 0 },
});
const ROWS = [
  row("朱泾镇", 50, 100),
  row("枫泾镇", 90, 100),
  row("其他", 5, null),
  row("亭林镇", 20, 100),
];

describe("sortUnits", () => {
  it.each<[UnitSort | null, string[]]>([
    [null, ["朱泾镇", "枫泾镇", "其他", "亭林镇"]],
    [{ column: "valid", direction: "descending" }, ["枫泾镇", "朱泾镇", "亭林镇", "其他"]],
    [{ column: "valid", direction: "ascending" }, ["其他", "亭林镇", "朱泾镇", "枫泾镇"]],
    [{ column: "completion", direction: "descending" }, ["枫泾镇", "朱泾镇", "亭林镇", "其他"]],
    [{ column: "completion", direction: "ascending" }, ["亭林镇", "朱泾镇", "枫泾镇", "其他"]],
    [{ column: "target", direction: "ascending" }, ["朱泾镇", "枫泾镇", "亭林镇", "其他"]],
  ])("%j", (sort, units) => {
    expect(sortUnits(ROWS, sort, "zh-CN").map((r) => r.unit)).toEqual(units);
  });

  it.each<[UnitSort | null, "unit" | "valid", UnitSort | null]>([
    [null, "valid", { column: "valid", direction: "descending" }],
    [
      { column: "valid", direction: "descending" },
      "valid",
      { column: "valid", direction: "ascending" },
    ],
    [{ column: "valid", direction: "ascending" }, "valid", null],
    [
      { column: "valid", direction: "ascending" },
      "unit",
      { column: "unit", direction: "ascending" },
    ],
    [null, "unit", { column: "unit", direction: "ascending" }],
  ])("nextSort(%j, %s) -> %j", (current, column, next) => {
    expect(nextSort(current, column)).toEqual(next);
  });
});

describe("format", () => {
  it.each([
    [null, "none"],
    [0.59, "low"],
    [0.6, "mid"],
    [0.899, "mid"],
    [0.9, "high"],
    [1.2, "high"],
  ] as const)("band of %s is %s", (ratio, band) => {
    expect(completionBand(ratio)).toBe(band);
  });

  it.each([
    [200000, "zh-CN", "20万"],
    [250000, "zh-CN", "25万"],
    [12345, "zh-CN", "12,345"],
    [0, "zh-CN", "0"],
    [200000, "en-US", "200,000"],
  ] as const)("formatCny(%s, %s) = %s", (n, lang, text) => {
    expect(formatCny(n, lang)).toBe(text);
  });

  it.each([
    [2050000, "zh-CN", "205"],
    [14300000, "en-US", "1,430"],
    [125000, "en-US", "12.5"],
    [5000, "zh-CN", "0.5"],
    [1234, "zh-CN", "0.12"],
    [0, "en-US", "0"],
  ] as const)("formatWan(%s, %s) = %s", (n, lang, text) => {
    expect(formatWan(n, lang)).toBe(text);
  });

  it.each([
    [0.5, "50.0%"],
    [null, "—"],
    [1.0345, "103.5%"],
  ])("formatPercent(%s) = %s", (r, text) => {
    expect(formatPercent(r)).toBe(text);
  });

  it.each([
    [3, "+3"],
    [0, "0"],
    [-2, "-2"],
  ])("formatSigned(%s) = %s", (n, text) => {
    expect(formatSigned(n, "en-US")).toBe(text);
  });
});

describe("settings form", () => {
  it("round-trips the defaults through the engine's parseSettings", () => {
    const r = settingsFromForm(formFromSettings(DEFAULT_SETTINGS), "zh-CN");
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it("carries the decomposition settings, so saving other settings keeps them", () => {
    const stored = parseSettings({
      decomposition: { method: "pipeline", floor: "none", pipelineWeight: 0.7 },
    });
    const r = settingsFromForm({ ...formFromSettings(stored), district: "奉贤区" }, "zh-CN");
    if (!r.ok) throw new Error(r.error);
    expect(r.settings.decomposition).toEqual({
      method: "pipeline",
      floor: "none",
      pipelineWeight: 0.7,
    });
    const typed = settingsFromForm(
      { ...formFromSettings(stored), pipelineWeight: "０.３" },
      "zh-CN"
    );
    expect(typed.ok && typed.settings.decomposition.pipelineWeight).toBe(0.3);
  });

  it("carries the call list's days (contacts.days), so saving other settings keeps them, and reads them as typed", () => {
    const stored = parseSettings({ contacts: { days: 45 } });
    const r = settingsFromForm({ ...formFromSettings(stored), district: "奉贤区" }, "zh-CN");
    expect(r.ok && r.settings.contacts).toEqual({ days: 45 });
    const typed = settingsFromForm({ ...formFromSettings(stored), contactDays: "１８０" }, "zh-CN");
    expect(typed.ok && typed.settings.contacts).toEqual({ days: 180 });
  });

  it("keeps the report setting the pane does not edit", () => {
    const report = {
      maxListedFindings: 5,
      findings: "none" as const,
      compare: "quarter-end" as const,
      issuer: "区科委",
      issueDate: 45300,
      refNo: "金科委〔2025〕3号",
      addressee: "各镇：",
      title: "通报",
      closing: "请抓紧。",
    };
    const settings = { ...DEFAULT_SETTINGS, report };
    const r = settingsFromForm({ ...formFromSettings(settings), district: "奉贤区" }, "zh-CN");
    if (!r.ok) throw new Error(r.error);
    expect(r.settings.report).toEqual(report);
  });

  it("reads amounts as staff type them and keeps aliases and mappings", () => {
    const form = {
      ...formFromSettings(DEFAULT_SETTINGS),
      first: "300,000",
      renewal: "１００００",
      stages: [
        { amount: "100000", months: "0" },
        { amount: "50,000", months: "６" },
        { amount: " ", months: "" },
        { amount: "50000", months: "18" },
      ],
      expiringMode: "rolling" as const,
      expiringDays: "60",
      aliases: [
        { raw: "二工区", unit: "碳谷绿湾公司" },
        { raw: " ", unit: "朱泾镇" },
      ],
      columnMappings: { 表1: { name: "b", issueDate: " D ", unit: "" } },
    };
    const r = settingsFromForm(form, "en-US");
    if (!r.ok) throw new Error(r.error);
    expect(r.settings.awards).toEqual({
      first: 300000,
      renewal: 10000,
      relocationStages: [
        { amount: 100000, months: 0 },
        { amount: 50000, months: 6 },
        { amount: 50000, months: 18 },
      ],
    });
    expect(r.settings.expiring).toEqual({ mode: "rolling", days: 60 });
    expect(r.settings.aliases).toEqual({ 二工区: "碳谷绿湾公司" });
    expect(r.settings.columnMappings).toEqual({ 表1: { name: "B", issueDate: "D" } });
  });

  it.each([
    ["first", "abc", "awards.first", "zh-CN", "设置项“awards.first”"],
    ["first", "-5", "awards.first", "en-US", 'Setting "awards.first"'],
    ["windowEnd", "2022-01-01", "window", "en-US", "after it ends"],
    ["windowStart", "2022/13/01", "window.start", "en-US", "YYYY-MM-DD"],
    ["expiringDays", "1.5", "expiring.days", "zh-CN", "整数"],
    ["contactDays", "-1", "contacts.days", "en-US", "whole number of days"],
    ["passRate", "0", "forecast.passRate", "zh-CN", "大于 0"],
    ["passRate", "七成", "forecast.passRate", "en-US", "greater than 0"],
    ["pipelineWeight", "1.2", "decomposition.pipelineWeight", "zh-CN", "0 到 1 之间"],
    ["pipelineWeight", "half", "decomposition.pipelineWeight", "en-US", "from 0 to 1"],
  ] as const)(
    "rejects %s = %s (key %s) with the engine's %s message",
    (field, value, key, lang, text) => {
      const r = settingsFromForm({ ...formFromSettings(DEFAULT_SETTINGS), [field]: value }, lang);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.key).toBe(key);
      expect(r.error).toContain(text);
    }
  );
});

describe("settings form: forecast rates as percentages", () => {
  it.each<
    [string, string, "data" | "rate", string, { passRate: number; renewalRate: number | "data" }]
  >([
    ["the defaults", "70", "data", "", { passRate: 0.7, renewalRate: "data" }],
    [
      "a fixed renewal rate, typed with a percent sign",
      "65",
      "rate",
      "80%",
      { passRate: 0.65, renewalRate: 0.8 },
    ],
    ["full-width digits", "７５", "rate", "８５．５", { passRate: 0.75, renewalRate: 0.855 }],
    [
      "a rate typed but measured from the data",
      "70",
      "data",
      "90",
      { passRate: 0.7, renewalRate: "data" },
    ],
  ])("%s", (_label, passRate, renewalMode, renewalRate, forecast) => {
    const r = settingsFromForm(
      { ...formFromSettings(DEFAULT_SETTINGS), passRate, renewalMode, renewalRate },
      "zh-CN"
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.settings.forecast).toEqual(forecast);
  });

  it("shows stored rates as percentages", () => {
    const form = formFromSettings({
      ...DEFAULT_SETTINGS,
      forecast: { passRate: 0.655, renewalRate: 0.8 },
    });
    expect([form.passRate, form.renewalMode, form.renewalRate]).toEqual(["65.5", "rate", "80"]);
  });

  it("a fixed renewal rate left blank names its setting", () => {
    const r = settingsFromForm(
      { ...formFromSettings(DEFAULT_SETTINGS), renewalMode: "rate", renewalRate: "" },
      "en-US"
    );
    expect(r).toMatchObject({ ok: false, key: "forecast.renewalRate" });
  });
});

describe("isDarkColor", () => {
  it.each([
    ["#FFFFFF", false],
    ["#262626", true],
    ["000000", true],
    ["#E6E6E6", false],
    [undefined, false],
    ["red", false],
  ])("%s -> %s", (hex, dark) => {
    expect(isDarkColor(hex)).toBe(dark);
  });
});
