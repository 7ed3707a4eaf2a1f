/**
 * Hostile --settings files through the whole CLI: each is refused with exit code 2 and one line naming
 * the setting (or the file, when it is no settings file at all), and nothing is written. The same parser
 * guards the settings stored in a workbook and the pane's form: the last block checks both.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseStoredSettings } from "../../src/excel/settingsStore";
import { MAX_SETTING_TEXT, MAX_STAGES, parseSettings } from "../../src/domain/settings/settings";
import { formFromSettings, settingsFromForm } from "../../src/taskpane/settings/settingsForm";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { runCli, writeWorkbook } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
let input: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-hostile-settings-"));
  input = path.join(dir, "in.xlsx");
  await writeWorkbook(input, {
    名单: [
      ["企业名称", "证书编号", "发证日期", "所属镇（园区）"],
      ["上海甲科技有限公司", "GR202231000001", new Date(Date.UTC(2022, 9, 1)), "枫泾镇"],
    ],
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `levels` objects nested under `key`, innermost `leaf`, as JSON text built without recursion. */
const nested = (key: string, levels: number, leaf: string): string =>
  `{"${key}":`.repeat(levels) + leaf + "}".repeat(levels);

/** Every object level of a settings shape also carrying `bad` (e.g. "__proto__") as a key. */
const stages = (n: number, stage: unknown): unknown[] => Array.from({ length: n }, () => stage);

let n = 0;
async function expectRefused(
  settings: string,
  names: RegExp,
  command: "report" | "decompose" = "report"
): Promise<void> {
  const out = path.join(dir, `out${n}`);
  const file = path.join(dir, `settings${n++}.json`);
  fs.mkdirSync(out);
  fs.writeFileSync(file, settings);
  const before = fs.readFileSync(input);
  const args =
    command === "report"
      ? [
          "report",
          input,
          "--lang",
          "en-US",
          "--as-of",
          "2023-12-31",
          "--settings",
          file,
          "--json",
          path.join(out, "r.json"),
          "--out",
          path.join(out, "r.xlsx"),
        ]
      : [
          "decompose",
          input,
          "--lang",
          "en-US",
          "--settings",
          file,
          "--totals",
          "2025=1500",
          "--out",
          path.join(out, "t.xlsx"),
        ];
  const r = await runCli(args);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0].length).toBeLessThan(600);
  expect(lines[0]).toMatch(names);
  expect(fs.readdirSync(out)).toEqual([]);
  expect(fs.readFileSync(input).equals(before)).toBe(true);
}

const json = (v: unknown): string => JSON.stringify(v);

describe("hostile settings files: exit 2, one line naming the setting, nothing written", () => {
  it.each([
    [
      "10,000 levels of nesting under an alias",
      nested("a", 10_000, "1").replace(/^\{"a":/, '{"aliases":'),
      /Setting "aliases\.a": must be non-empty text/,
    ],
    [
      "10,000 levels of nesting at the top",
      nested("awards", 10_000, "{}"),
      /Setting "awards\.awards": unknown setting/,
    ],
    [
      "10,000 nested lists as the stages",
      `{"awards":{"relocationStages":${"[".repeat(10_000)}${"]".repeat(10_000)}}}`,
      /Setting "awards\.relocationStages\[0\]": must be an object/,
    ],
    [
      "a 50 MB string (past the file size limit)",
      json({ district: "区".repeat(17_000_000) }),
      /settings\d+\.json: too large for a settings file/,
    ],
    [
      "a district of 300 characters",
      json({ district: "区".repeat(300) }),
      /Setting "district": is 300 characters long \(at most 200\)/,
    ],
    [
      "__proto__ at the top",
      '{"__proto__":{"district":"x"}}',
      /Setting "__proto__": unknown setting/,
    ],
    ["constructor at the top", '{"constructor":{}}', /Setting "constructor": unknown setting/],
    [
      "__proto__ in awards",
      '{"awards":{"__proto__":{"first":1}}}',
      /Setting "awards\.__proto__": unknown setting/,
    ],
    [
      "constructor in a stage",
      '{"awards":{"relocationStages":[{"amount":1,"constructor":1}]}}',
      /Setting "awards\.relocationStages\[0\]\.constructor": unknown setting/,
    ],
    [
      "__proto__ in window",
      '{"window":{"__proto__":"2023-01-01"}}',
      /Setting "window\.__proto__": unknown setting/,
    ],
    [
      "constructor in report",
      '{"report":{"constructor":1}}',
      /Setting "report\.constructor": unknown setting/,
    ],
    [
      "__proto__ in contacts",
      '{"contacts":{"__proto__":{"days":1}}}',
      /Setting "contacts\.__proto__": unknown setting/,
    ],
    [
      "__proto__ in a column mapping",
      '{"columnMappings":{"名单":{"__proto__":"A"}}}',
      /Setting "columnMappings\.名单\.__proto__": unknown setting/,
    ],
    [
      "a key of a megabyte, shown short",
      `{"${"k".repeat(1_000_000 / 2)}":1}`,
      /Setting "k{40}…": unknown setting/,
    ],
    [
      "a stage amount of 1e999 (Infinity)",
      '{"awards":{"relocationStages":[{"amount":1e999,"months":0}]}}',
      /Setting "awards\.relocationStages\[0\]\.amount": must be an amount/,
    ],
    [
      "a negative stage amount",
      json({ awards: { relocationStages: [{ amount: -1, months: 0 }] } }),
      /Setting "awards\.relocationStages\[0\]\.amount"/,
    ],
    [
      "negative months",
      json({ awards: { relocationStages: [{ amount: 1, months: -12 }] } }),
      /Setting "awards\.relocationStages\[0\]\.months": must be a whole number of months/,
    ],
    [
      "months of 1e999 (Infinity)",
      '{"awards":{"relocationStages":[{"amount":1,"months":1e999}]}}',
      /Setting "awards\.relocationStages\[0\]\.months"/,
    ],
    [
      "months as text",
      json({ awards: { relocationStages: [{ amount: 1, months: "12" }] } }),
      /Setting "awards\.relocationStages\[0\]\.months"/,
    ],
    [
      "10,000 stages",
      json({ awards: { relocationStages: stages(10_000, { amount: 1, months: 0 }) } }),
      /Setting "awards\.relocationStages": has 10,000 stages \(at most 50\)/,
    ],
    [
      "10,000 bare amounts",
      json({ awards: { relocationStages: stages(10_000, 1) } }),
      /Setting "awards\.relocationStages": has 10,000 stages/,
    ],
    [
      "a pass rate of 1.5",
      json({ forecast: { passRate: 1.5 } }),
      /Setting "forecast\.passRate": must be a rate/,
    ],
    ["a pass rate of 0", json({ forecast: { passRate: 0 } }), /Setting "forecast\.passRate"/],
    [
      "a pass rate as text",
      json({ forecast: { passRate: "70%" } }),
      /Setting "forecast\.passRate"/,
    ],
    [
      "a renewal rate of -0.1",
      json({ forecast: { renewalRate: -0.1 } }),
      /Setting "forecast\.renewalRate"/,
    ],
    [
      "a renewal rate as a list",
      json({ forecast: { renewalRate: [0.7] } }),
      /Setting "forecast\.renewalRate"/,
    ],
    [
      "a pipeline weight of 2",
      json({ decomposition: { pipelineWeight: 2 } }),
      /Setting "decomposition\.pipelineWeight"/,
    ],
    [
      "contacts.days of 1e9",
      json({ contacts: { days: 1e9 } }),
      /Setting "contacts\.days": must be a whole number of days from 0 to 3660/,
    ],
    ["expiring.days of 1e9", json({ expiring: { days: 1e9 } }), /Setting "expiring\.days"/],
    [
      "a window that ends before it starts",
      json({ window: { start: "2024-05-14", end: "2022-07-08" } }),
      /Setting "window": starts \(2024-05-14\) after it ends \(2022-07-08\)/,
    ],
    [
      "a window starting before 1900",
      json({ window: { start: "1899-12-31" } }),
      /Setting "window\.start"/,
    ],
    [
      "a window ending after 9999",
      json({ window: { end: "10000-01-01" } }),
      /Setting "window\.end"/,
    ],
    [
      "an issuer of 300 characters",
      json({ report: { issuer: "委".repeat(300) } }),
      /Setting "report\.issuer": is 300 characters long/,
    ],
    [
      "maxListedFindings of 1e9",
      json({ report: { maxListedFindings: 1e9 } }),
      /Setting "report\.maxListedFindings"/,
    ],
    ["not JSON", "{district:", /settings\d+\.json: not valid JSON/],
    ["a list, not an object", "[1,2]", /Setting "\(settings\)": must be an object/],
  ])("%s", async (_what, settings, names) => {
    await expectRefused(settings, names);
  });

  it("decompose reads the same settings and refuses them the same way", async () => {
    await expectRefused(
      json({ decomposition: { pipelineWeight: -1 } }),
      /Setting "decomposition\.pipelineWeight"/,
      "decompose"
    );
  });
});

describe("names that are keys in the settings are plain text", () => {
  it("an alias or a sheet named __proto__ or constructor is a name like any other and pollutes nothing", () => {
    const s = parseSettings(
      JSON.parse(
        '{"aliases":{"__proto__":"枫泾镇","constructor":"朱泾镇"},"columnMappings":{"__proto__":{"name":"B"},"constructor":{"unit":"C"}}}'
      )
    );
    expect(Object.entries(s.aliases)).toEqual([
      ["__proto__", "枫泾镇"],
      ["constructor", "朱泾镇"],
    ]);
    expect(Object.entries(s.columnMappings)).toEqual([
      ["__proto__", { name: "B" }],
      ["constructor", { unit: "C" }],
    ]);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    expect(Object.getPrototypeOf(s.aliases)).toBeNull();
  });

  it(`a unit cell's text of up to Excel's 32,767 characters can be an alias; a longer key is refused`, () => {
    expect(
      Object.keys(parseSettings({ aliases: { ["镇".repeat(32_767)]: "枫泾镇" } }).aliases)[0]
    ).toHaveLength(32_767);
    expect(() => parseSettings({ aliases: { ["镇".repeat(32_768)]: "枫泾镇" } })).toThrow(
      /Setting "aliases\.镇{40}…": is 32,768 characters long/
    );
  });

  it(`accepts exactly ${MAX_STAGES} stages and ${MAX_SETTING_TEXT} characters`, () => {
    const s = parseSettings({
      district: "区".repeat(MAX_SETTING_TEXT),
      awards: { relocationStages: stages(MAX_STAGES, 1) },
    });
    expect(s.awards.relocationStages).toHaveLength(MAX_STAGES);
    expect(s.awards.relocationStages[MAX_STAGES - 1].months).toBe(12 * (MAX_STAGES - 1));
  });
});

describe("the workbook's stored settings and the pane's form share the parser", () => {
  it.each([
    ["10,000 levels of nesting", nested("aliases", 1, nested("a", 10_000, "1")), "aliases.a"],
    ["a 50 MB district", json({ district: "x".repeat(50_000_000) }), "district"],
    [
      "10,000 stages",
      json({ awards: { relocationStages: stages(10_000, 1) } }),
      "awards.relocationStages",
    ],
    ["constructor in awards", '{"awards":{"constructor":1}}', "awards.constructor"],
    ["contacts.days of 1e9", json({ contacts: { days: 1e9 } }), "contacts.days"],
  ])("stored: %s falls back to the defaults with the reason", (_what, raw, key) => {
    const r = parseStoredSettings(raw);
    expect(r.settings).toBe(DEFAULT_SETTINGS);
    expect(r.error?.["en-US"]).toContain(`Setting "${key}"`);
    expect(r.error?.["zh-CN"]).toContain(`设置项“${key}”`);
    expect(r.error!["en-US"].length).toBeLessThan(600);
    expect(r.error!["zh-CN"].length).toBeLessThan(600);
  });

  it("stored as an object with NaN and Infinity (what a host may hand over)", () => {
    expect(
      parseStoredSettings({ awards: { relocationStages: [{ amount: NaN, months: 0 }] } }).error?.[
        "en-US"
      ]
    ).toContain("awards.relocationStages[0].amount");
    expect(
      parseStoredSettings({ awards: { relocationStages: [{ amount: 1, months: Infinity }] } })
        .error?.["en-US"]
    ).toContain("awards.relocationStages[0].months");
  });

  it.each([
    [
      "Infinity months",
      { stages: [{ amount: "100000", months: "Infinity" }] },
      "awards.relocationStages[0].months",
    ],
    [
      "negative months",
      { stages: [{ amount: "100000", months: "-3" }] },
      "awards.relocationStages[0].months",
    ],
    [
      "NaN as an amount",
      { stages: [{ amount: "NaN", months: "0" }] },
      "awards.relocationStages[0].amount",
    ],
    ["a negative amount", { first: "-200000" }, "awards.first"],
    ["1e9 contact days", { contactDays: "1000000000" }, "contacts.days"],
    ["a pass rate of 150%", { passRate: "150" }, "forecast.passRate"],
    [
      "a window ending before it starts",
      { windowStart: "2024-05-14", windowEnd: "2022-07-08" },
      "window",
    ],
    ["a 300-character district", { district: "区".repeat(300) }, "district"],
  ])("the form: %s", (_what, change, key) => {
    const form = { ...formFromSettings(DEFAULT_SETTINGS), ...change };
    const r = settingsFromForm(form, "en-US");
    expect(r).toEqual(expect.objectContaining({ ok: false, key }));
  });

  it(`the form refuses ${MAX_STAGES + 1} stage rows`, () => {
    const form = {
      ...formFromSettings(DEFAULT_SETTINGS),
      stages: stages(MAX_STAGES + 1, { amount: "1", months: "0" }) as {
        amount: string;
        months: string;
      }[],
    };
    expect(settingsFromForm(form, "en-US")).toEqual(
      expect.objectContaining({ ok: false, key: "awards.relocationStages" })
    );
  });
});

describe("the comparison date (--compare or report.compare): before the as-of date, or exit 2 naming where it came from", () => {
  it.each([
    [
      ["--compare", "1899-12-31"],
      "gaoqi: --compare: 1899-12-31 is before 1900-01-01, the first date a workbook holds",
    ],
    [
      ["--compare", "0000-01-01"],
      "gaoqi: --compare: 0000-01-01 is before 1900-01-01, the first date a workbook holds",
    ],
    [
      ["--compare", "10000-01-01"],
      'gaoqi: --compare must be YYYY-MM-DD, year-end, quarter-end or month-end (got "10000-01-01")',
    ],
    [
      ["--compare", "9999-12-31"],
      "gaoqi: --compare: 9999-12-31 is not before the as-of date 2023-12-31",
    ],
    [
      ["--compare", "2023-12-31"],
      "gaoqi: --compare: 2023-12-31 is not before the as-of date 2023-12-31",
    ],
    [
      ["--compare", "2024-01-01"],
      "gaoqi: --compare: 2024-01-01 is not before the as-of date 2023-12-31",
    ],
  ])("%j", async (extra, line) => {
    const out = fs.mkdtempSync(path.join(dir, "cmp-"));
    const r = await runCli([
      "report",
      input,
      "--lang",
      "en-US",
      "--as-of",
      "2023-12-31",
      "--out",
      path.join(out, "r.xlsx"),
      ...extra,
    ]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: line + "\n" });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it("a stored comparison date after the as-of date names the setting", async () => {
    await expectRefused(
      json({ report: { compare: "9999-12-31" } }),
      /^gaoqi: Setting "report\.compare": 9999-12-31 is not before the as-of date/
    );
  });

  it("1900-01-01 is a date like any other: nothing was valid then, so the change is the whole count", async () => {
    const r = await runCli([
      "report",
      input,
      "--as-of",
      "2023-12-31",
      "--compare",
      "1900-01-01",
      "--json",
      "-",
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.compare.asOf).toBe("1900-01-01");
    expect(j.compare.total).toMatchObject({ valid: 0, validChange: 1 });
  });
});
