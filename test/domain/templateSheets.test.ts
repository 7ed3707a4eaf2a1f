import { serialFromYmd } from "../../src/domain/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/policy";
import { TEMPLATE_KINDS, templateLayout } from "../../src/domain/report/templateSheets";
import { DEFAULT_TARGETS } from "../../src/domain/targets";
import type { Lang, SheetInput } from "../../src/domain/types";
import { analyseWorkbook, classifySheet } from "../../src/domain/workbook";
import { poolHeadings } from "../../src/domain/poolHeader";
import { rosterHeadings } from "../../src/domain/rosterHeader";

const LANGS: Lang[] = ["zh-CN", "en-US"];
const asSheet = (kind: (typeof TEMPLATE_KINDS)[number], lang: Lang): SheetInput => {
  const l = templateLayout(kind, lang);
  return { name: l.sheetName, values: l.values };
};

describe("template sheets", () => {
  it.each(LANGS.flatMap((lang) => TEMPLATE_KINDS.map((kind) => [kind, lang] as const)))("the %s template in %s is read back as its own kind", (kind, lang) => {
    const sheet = asSheet(kind, lang);
    expect(classifySheet(sheet.values, DEFAULT_SETTINGS, sheet.name)).toBe(kind);
  });

  it.each(LANGS)("in %s, the three read together give the two example enterprises, the policy's table and two pool entries, without a finding", (lang) => {
    const a = analyseWorkbook(
      TEMPLATE_KINDS.map((k) => asSheet(k, lang)),
      { asOf: serialFromYmd(2024, 12, 31) },
    );
    expect(a.findings).toEqual([]);
    expect(a.sheets.map((s) => s.kind)).toEqual(["roster", "targets", "pool"]);
    expect(a.targets.source).toBe(lang === "zh-CN" ? "目标任务" : "Targets");
    expect(a.targets.targets).toEqual(DEFAULT_TARGETS.targets);
    expect(a.total.valid).toBe(2);
    expect(a.pool.map((p) => p.unit)).toEqual(["亭林镇", "张堰镇"]);
  });

  it("keeps every row as wide as the headings, and names the sheets in the interface language", () => {
    for (const kind of TEMPLATE_KINDS) {
      const l = templateLayout(kind, "zh-CN");
      expect(new Set(l.values.map((r) => r.length))).toEqual(new Set([l.columnWidths.length]));
    }
    expect(TEMPLATE_KINDS.map((k) => templateLayout(k, "zh-CN").sheetName)).toEqual(["高企名单", "目标任务", "培育库"]);
    expect(TEMPLATE_KINDS.map((k) => templateLayout(k, "en-US").sheetName)).toEqual(["HNTE list", "Targets", "Cultivation pool"]);
  });

  it("uses, in Chinese, the first heading the pane lists for each column", () => {
    const roster = templateLayout("roster", "zh-CN").values[0];
    expect(roster.slice(0, 4)).toEqual([rosterHeadings("name")[0], rosterHeadings("creditCode")[0], rosterHeadings("certNo")[0], rosterHeadings("issueDate")[0]]);
    expect(rosterHeadings("unit")).toContain(roster[4]);
    const pool = templateLayout("pool", "zh-CN").values[0];
    expect(pool.slice(3, 5)).toEqual([poolHeadings("stage")[0], poolHeadings("plannedYear")[0]]);
  });
});
