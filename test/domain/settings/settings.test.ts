import { serialFromIso } from "../../../src/domain/core/dates";
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SettingsError,
  settingsToJson,
} from "../../../src/domain/settings/settings";
import { awardAmount, parseAwardType } from "../../../src/domain/settings/awardRules";
import type { AwardType, Settings } from "../../../src/domain/core/types";

const serial = (iso: string) => serialFromIso(iso)!;

describe("DEFAULT_SETTINGS (Jinshan)", () => {
  it("has the measures' amounts, window and conventions", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      district: "金山区",
      awards: {
        first: 200000,
        renewal: 50000,
        relocationStages: [
          { amount: 100000, months: 0 },
          { amount: 100000, months: 12 },
        ],
      },
      window: { start: 44750, end: 45426 },
      validityEnd: "day-before",
      expiring: { mode: "calendar-year", days: 90 },
      aliases: {},
      columnMappings: {},
      forecast: { passRate: 0.7, renewalRate: "data" },
      decomposition: { method: "share", floor: "both", pipelineWeight: 0.5 },
      report: {
        maxListedFindings: 1000,
        findings: "none",
        compare: "year-end",
        issuer: "",
        issueDate: null,
        refNo: "",
        addressee: "",
        title: "",
        closing: "",
      },
      contacts: { days: 90 },
    });
  });
});

describe("awardAmount: window edges for each type", () => {
  it.each<[AwardType, string, number]>([
    ["first", "2022-07-07", 0],
    ["first", "2022-07-08", 200000],
    ["first", "2023-12-01", 200000],
    ["first", "2024-05-14", 200000],
    ["first", "2024-05-15", 0],
    ["renewal", "2022-07-07", 0],
    ["renewal", "2022-07-08", 50000],
    ["renewal", "2024-05-14", 50000],
    ["renewal", "2024-05-15", 0],
    ["relocation", "2022-07-07", 0],
    ["relocation", "2022-07-08", 200000],
    ["relocation", "2024-05-14", 200000],
    ["relocation", "2024-05-15", 0],
  ])("%s on %s -> %i", (type, date, amount) => {
    expect(awardAmount(type, serial(date), DEFAULT_SETTINGS)).toBe(amount);
  });

  it.each<[string, number, number]>([
    ["2022-07-08", 0, 100000],
    ["2022-07-08", 1, 100000],
    ["2022-07-08", 2, 0],
    ["2024-05-14", 1, 100000],
    ["2022-07-07", 0, 0],
    ["2024-05-15", 1, 0],
  ])("relocation installment on %s, stage %i -> %i", (date, installment, amount) => {
    expect(awardAmount("relocation", serial(date), DEFAULT_SETTINGS, installment)).toBe(amount);
  });

  it("uses the settings' amounts, stages and window", () => {
    const s = parseSettings({
      awards: { first: 300000, renewal: 100000, relocationStages: [50000, 30000, 20000] },
      window: { start: "2025-01-01", end: "2025-12-31" },
    });
    expect(awardAmount("first", serial("2025-01-01"), s)).toBe(300000);
    expect(awardAmount("renewal", serial("2025-12-31"), s)).toBe(100000);
    expect(awardAmount("relocation", serial("2025-06-01"), s)).toBe(100000);
    expect(awardAmount("relocation", serial("2025-06-01"), s, 2)).toBe(20000);
    expect(awardAmount("first", serial("2024-12-31"), s)).toBe(0);
  });

  it("ignores the installment for recognition awards", () => {
    expect(awardAmount("first", serial("2023-01-01"), DEFAULT_SETTINGS, 1)).toBe(200000);
  });
});

describe("parseAwardType", () => {
  it.each<[string, AwardType | null]>([
    ["首次认定", "first"],
    ["首次", "first"],
    ["新认定", "first"],
    [" 首次 认定 ", "first"],
    ["首次申报认定", "first"],
    ["first", "first"],
    ["First recognition", "first"],
    ["FIRST", "first"],
    ["new", "first"],
    ["重新认定", "renewal"],
    ["复审", "renewal"],
    ["再认定", "renewal"],
    ["复审认定", "renewal"],
    ["renewal", "renewal"],
    ["Re-recognition", "renewal"],
    ["迁入", "relocation"],
    ["迁入企业", "relocation"],
    ["relocation", "relocation"],
    ["Move-in", "relocation"],
    ["", null],
    ["  ", null],
    ["其他", null],
    ["待定", null],
  ])("%p -> %p", (text, type) => {
    expect(parseAwardType(text)).toBe(type);
  });
});

describe("parseSettings", () => {
  it.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ["an empty object", {}],
    ["empty JSON text", "{}"],
  ])("%s gives the defaults", (_label, json) => {
    expect(parseSettings(json)).toEqual(DEFAULT_SETTINGS);
  });

  it("returns a copy that does not share the defaults' objects", () => {
    const s = parseSettings({});
    s.awards.relocationStages.push({ amount: 1, months: 1 });
    s.awards.relocationStages[0].amount = 5;
    s.window.start = 1;
    expect(DEFAULT_SETTINGS.awards.relocationStages).toEqual([
      { amount: 100000, months: 0 },
      { amount: 100000, months: 12 },
    ]);
    expect(DEFAULT_SETTINGS.window.start).toBe(44750);
  });

  it("merges a partial object key by key over the defaults", () => {
    const s = parseSettings({
      district: " 奉贤区 ",
      awards: { first: 150000 },
      window: { end: "2025-05-14" },
      expiring: { mode: "rolling" },
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      district: "奉贤区",
      awards: {
        first: 150000,
        renewal: 50000,
        relocationStages: [
          { amount: 100000, months: 0 },
          { amount: 100000, months: 12 },
        ],
      },
      window: { start: 44750, end: serial("2025-05-14") },
      expiring: { mode: "rolling", days: 90 },
    });
  });

  it("reads aliases, column mappings, validity convention and JSON text", () => {
    const s = parseSettings(
      JSON.stringify({
        validityEnd: "same-day",
        expiring: { days: 30 },
        aliases: { 二工区: "碳谷绿湾公司" },
        columnMappings: { 名单: { name: "b", certNo: " C ", issueDate: "AA" } },
      })
    );
    expect(s.validityEnd).toBe("same-day");
    expect(s.expiring).toEqual({ mode: "calendar-year", days: 30 });
    expect(s.aliases).toEqual({ 二工区: "碳谷绿湾公司" });
    expect(s.columnMappings).toEqual({ 名单: { name: "B", certNo: "C", issueDate: "AA" } });
  });

  it("reads the decomposition settings key by key over the defaults", () => {
    expect(
      parseSettings({ decomposition: { method: "pipeline", pipelineWeight: 0.7 } }).decomposition
    ).toEqual({
      method: "pipeline",
      floor: "both",
      pipelineWeight: 0.7,
    });
    expect(
      parseSettings({ decomposition: { floor: "none", pipelineWeight: 0 } }).decomposition
    ).toEqual({
      method: "share",
      floor: "none",
      pipelineWeight: 0,
    });
    // A copy: changing the parsed settings leaves the defaults alone.
    parseSettings({}).decomposition.method = "equal-growth";
    expect(DEFAULT_SETTINGS.decomposition.method).toBe("share");
  });

  it("reads how many findings the report lists (0 to a million; 0: counts only)", () => {
    expect(parseSettings({ report: { maxListedFindings: 0 } }).report).toEqual({
      ...DEFAULT_SETTINGS.report,
      maxListedFindings: 0,
    });
    expect(
      parseSettings({ report: { maxListedFindings: 1_000_000 } }).report.maxListedFindings
    ).toBe(1_000_000);
    expect(parseSettings({ report: {} }).report).toEqual(DEFAULT_SETTINGS.report);
  });

  it.each([
    [{ compare: "last-week" }, "report.compare"],
    [{ compare: "2023-02-30" }, "report.compare"],
    [{ findings: "appendix" }, "report.findings"],
    [{ issuer: 5 }, "report.issuer"],
    [{ issueDate: "tomorrow" }, "report.issueDate"],
  ])("refuses the bulletin setting %j, naming %s", (report, key) => {
    expect(() => parseSettings({ report })).toThrow(expect.objectContaining({ key }));
  });

  it.each(["year-end", "quarter-end", "month-end"])("reads report.compare %s", (compare) => {
    expect(parseSettings({ report: { compare } }).report.compare).toBe(compare);
  });

  it("round-trips through settingsToJson", () => {
    const s = parseSettings({
      district: "奉贤区",
      window: { start: "2023-01-01", end: "2023-12-31" },
      aliases: { a: "b" },
      columnMappings: { S: { unit: "D" } },
      decomposition: { method: "equal-growth", floor: "previous", pipelineWeight: 1 },
      report: {
        maxListedFindings: 50,
        findings: "none",
        compare: "2023-09-30",
        issuer: " 区科委 ",
        issueDate: "2024-01-10",
      },
      contacts: { days: 30 },
    });
    expect(s.report).toEqual({
      maxListedFindings: 50,
      findings: "none",
      compare: 45199,
      issuer: "区科委",
      issueDate: 45301,
      refNo: "",
      addressee: "",
      title: "",
      closing: "",
    });
    const json = settingsToJson(s);
    expect(json).toMatchObject({ window: { start: "2023-01-01", end: "2023-12-31" } });
    expect(parseSettings(JSON.parse(JSON.stringify(json)))).toEqual(s);
    expect(settingsToJson(DEFAULT_SETTINGS)).toEqual({
      district: "金山区",
      awards: {
        first: 200000,
        renewal: 50000,
        relocationStages: [
          { amount: 100000, months: 0 },
          { amount: 100000, months: 12 },
        ],
      },
      window: { start: "2022-07-08", end: "2024-05-14" },
      validityEnd: "day-before",
      expiring: { mode: "calendar-year", days: 90 },
      aliases: {},
      columnMappings: {},
      forecast: { passRate: 0.7, renewalRate: "data" },
      decomposition: { method: "share", floor: "both", pipelineWeight: 0.5 },
      report: {
        maxListedFindings: 1000,
        findings: "none",
        compare: "year-end",
        issuer: "",
        issueDate: null,
        refNo: "",
        addressee: "",
        title: "",
        closing: "",
      },
      contacts: { days: 90 },
    });
  });

  it.each<[string, unknown, string]>([
    ["not JSON", "{district:", "(settings)"],
    ["an array", [1, 2], "(settings)"],
    ["a number", 5, "(settings)"],
    ["an unknown top-level key", { distict: "金山区" }, "distict"],
    ["an unknown award key", { awards: { frist: 1 } }, "awards.frist"],
    ["awards not an object", { awards: 5 }, "awards"],
    ["a negative first award", { awards: { first: -1 } }, "awards.first"],
    ["a text renewal award", { awards: { renewal: "50000" } }, "awards.renewal"],
    ["an infinite award", { awards: { first: Infinity } }, "awards.first"],
    ["stages not a list", { awards: { relocationStages: 200000 } }, "awards.relocationStages"],
    [
      "a negative stage",
      { awards: { relocationStages: [100000, -5] } },
      "awards.relocationStages[1]",
    ],
    ["a window start that is not a date", { window: { start: "2022/07/08" } }, "window.start"],
    ["a window end that is a number", { window: { end: 45426 } }, "window.end"],
    ["an impossible window date", { window: { end: "2023-02-29" } }, "window.end"],
    ["a window starting after it ends", { window: { start: "2024-05-15" } }, "window"],
    ["an unknown window key", { window: { begin: "2022-07-08" } }, "window.begin"],
    ["a bad validity convention", { validityEnd: "day-after" }, "validityEnd"],
    ["a bad expiring mode", { expiring: { mode: "monthly" } }, "expiring.mode"],
    ["negative expiring days", { expiring: { days: -1 } }, "expiring.days"],
    ["fractional expiring days", { expiring: { days: 1.5 } }, "expiring.days"],
    ["a blank district", { district: " " }, "district"],
    ["a district that is a number", { district: 1 }, "district"],
    ["an alias to a number", { aliases: { 枫泾: 1 } }, "aliases.枫泾"],
    ["aliases as a list", { aliases: ["枫泾"] }, "aliases"],
    [
      "a mapping to an unknown field",
      { columnMappings: { 名单: { nmae: "A" } } },
      "columnMappings.名单.nmae",
    ],
    [
      "a mapping to a bad column",
      { columnMappings: { 名单: { name: "A1" } } },
      "columnMappings.名单.name",
    ],
    ["a mapping that is not an object", { columnMappings: { 名单: "A" } }, "columnMappings.名单"],
    ["forecast not an object", { forecast: 0.7 }, "forecast"],
    ["an unknown forecast key", { forecast: { passrate: 0.7 } }, "forecast.passrate"],
    [
      "a pass rate of 0 (nothing would ever pass)",
      { forecast: { passRate: 0 } },
      "forecast.passRate",
    ],
    ["a pass rate above 1", { forecast: { passRate: 70 } }, "forecast.passRate"],
    ["a pass rate as text", { forecast: { passRate: "0.7" } }, "forecast.passRate"],
    ["a negative renewal rate", { forecast: { renewalRate: -0.1 } }, "forecast.renewalRate"],
    ["a renewal rate above 1", { forecast: { renewalRate: 1.2 } }, "forecast.renewalRate"],
    [
      "a renewal rate word other than data",
      { forecast: { renewalRate: "measured" } },
      "forecast.renewalRate",
    ],
    ["an infinite renewal rate", { forecast: { renewalRate: Infinity } }, "forecast.renewalRate"],
    ["decomposition not an object", { decomposition: "share" }, "decomposition"],
    ["an unknown decomposition key", { decomposition: { weight: 1 } }, "decomposition.weight"],
    ["an unknown method", { decomposition: { method: "equal" } }, "decomposition.method"],
    ["an unknown floor", { decomposition: { floor: "both-ways" } }, "decomposition.floor"],
    [
      "a pipeline weight above 1",
      { decomposition: { pipelineWeight: 1.5 } },
      "decomposition.pipelineWeight",
    ],
    [
      "a negative pipeline weight",
      { decomposition: { pipelineWeight: -0.1 } },
      "decomposition.pipelineWeight",
    ],
    [
      "a pipeline weight as text",
      { decomposition: { pipelineWeight: "0.5" } },
      "decomposition.pipelineWeight",
    ],
    ["report not an object", { report: 1000 }, "report"],
    ["an unknown report key", { report: { findingsCap: 10 } }, "report.findingsCap"],
    ["a negative finding count", { report: { maxListedFindings: -1 } }, "report.maxListedFindings"],
    [
      "a fractional finding count",
      { report: { maxListedFindings: 10.5 } },
      "report.maxListedFindings",
    ],
    [
      "a finding count as text",
      { report: { maxListedFindings: "1000" } },
      "report.maxListedFindings",
    ],
    [
      "too many listed findings",
      { report: { maxListedFindings: 1_000_001 } },
      "report.maxListedFindings",
    ],
    ["a fractional contact window", { contacts: { days: 7.5 } }, "contacts.days"],
    ["a negative contact window", { contacts: { days: -1 } }, "contacts.days"],
    ["a contact window as text", { contacts: { days: "90" } }, "contacts.days"],
    ["a contact window over ten years", { contacts: { days: 3661 } }, "contacts.days"],
    ["an unknown contact setting", { contacts: { weeks: 12 } }, "contacts.weeks"],
    ["contacts not an object", { contacts: 90 }, "contacts"],
  ])("rejects %s, naming %p", (_label, json, key) => {
    let err: unknown;
    try {
      parseSettings(json);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SettingsError);
    expect(err).toBeInstanceOf(Error);
    const e = err as SettingsError;
    expect(e.key).toBe(key);
    expect(e.name).toBe("SettingsError");
    expect(e.message).toContain(`"${key}"`);
    expect(e.text["zh-CN"]).toContain(`“${key}”`);
    expect(e.text["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each<[string, unknown, Settings["forecast"]]>([
    [
      "a pass rate alone (the renewal rate stays measured)",
      { passRate: 0.5 },
      { passRate: 0.5, renewalRate: "data" },
    ],
    ["a renewal rate of its own", { renewalRate: 0.8 }, { passRate: 0.7, renewalRate: 0.8 }],
    [
      "the edges: pass rate 1, renewal rate 0",
      { passRate: 1, renewalRate: 0 },
      { passRate: 1, renewalRate: 0 },
    ],
    ["renewal measured again", { renewalRate: "data" }, { passRate: 0.7, renewalRate: "data" }],
  ])("reads forecast rates: %s", (_label, forecast, expected) => {
    expect(parseSettings({ forecast }).forecast).toEqual(expected);
  });

  it("a settings copy does not share its forecast with the defaults", () => {
    const s = parseSettings({});
    s.forecast.passRate = 0.1;
    expect(DEFAULT_SETTINGS.forecast.passRate).toBe(0.7);
  });

  it.each<[string, unknown, { amount: number; months: number }[]]>([
    [
      "a bare list of amounts: 12 months apart",
      [100000, 50000, 50000],
      [
        { amount: 100000, months: 0 },
        { amount: 50000, months: 12 },
        { amount: 50000, months: 24 },
      ],
    ],
    [
      "stages with months",
      [
        { amount: 60000, months: 0 },
        { amount: 140000, months: 6 },
      ],
      [
        { amount: 60000, months: 0 },
        { amount: 140000, months: 6 },
      ],
    ],
    [
      "a stage without months takes its place in the 12-month rhythm",
      [{ amount: 1 }, { amount: 2 }],
      [
        { amount: 1, months: 0 },
        { amount: 2, months: 12 },
      ],
    ],
    [
      "mixed",
      [100000, { amount: 5, months: 3 }],
      [
        { amount: 100000, months: 0 },
        { amount: 5, months: 3 },
      ],
    ],
    ["no stages", [], []],
  ])("relocation stages: %s", (_label, stages, expected) => {
    expect(parseSettings({ awards: { relocationStages: stages } }).awards.relocationStages).toEqual(
      expected
    );
  });

  it.each<[unknown, string]>([
    [[{ amount: 1, months: -1 }], "awards.relocationStages[0].months"],
    [[{ amount: 1, months: 1.5 }], "awards.relocationStages[0].months"],
    [[1, { amount: 1, months: 601 }], "awards.relocationStages[1].months"],
    [[{ months: 3 }], "awards.relocationStages[0].amount"],
    [[{ amount: 1, when: 3 }], "awards.relocationStages[0].when"],
    [["10万"], "awards.relocationStages[0]"],
  ])("rejects the stages %j naming %s", (stages, key) => {
    expect(() => parseSettings({ awards: { relocationStages: stages } })).toThrow(
      expect.objectContaining({ key })
    );
  });

  it.each([1e308, 1e10 + 1, Infinity])(
    "rejects an amount of %d (totals must stay finite)",
    (amount) => {
      expect(() => parseSettings({ awards: { first: amount } })).toThrow(
        expect.objectContaining({ key: "awards.first" })
      );
      expect(parseSettings({ awards: { first: 1e10 } }).awards.first).toBe(1e10);
    }
  );

  it("says what is wrong in both languages", () => {
    expect(() => parseSettings({ awards: { first: -1 } })).toThrow(
      'Setting "awards.first": must be an amount in CNY from 0 to 10000000000'
    );
    try {
      parseSettings({ window: { start: "2024-05-15" } });
    } catch (e) {
      expect((e as SettingsError).message).toBe(
        'Setting "window": starts (2024-05-15) after it ends (2024-05-14)'
      );
      expect((e as SettingsError).text["zh-CN"]).toBe(
        "设置项“window”：开始日期（2024-05-15）晚于结束日期（2024-05-14）"
      );
    }
    expect.assertions(3);
  });
});
