import { contactTemplate } from "../../../src/domain/contacts/contactTemplate";
import { serialFromYmd } from "../../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { TEMPLATE_KINDS, templateLayout } from "../../../src/domain/report/templateSheets";
import { DEFAULT_TARGETS } from "../../../src/domain/targets/targetTable";
import type { Lang, SheetInput } from "../../../src/domain/core/types";
import { analyseWorkbook, classifySheet } from "../../../src/domain/analysis/analyseWorkbook";
import { poolHeadings } from "../../../src/domain/pool/poolHeader";
import { rosterHeadings } from "../../../src/domain/sheets/enterpriseHeadings";

const LANGS: Lang[] = ["zh-CN", "en-US"];
const asSheet = (kind: (typeof TEMPLATE_KINDS)[number], lang: Lang): SheetInput => {
  const l = templateLayout(kind, lang);
  return { name: l.sheetName, values: l.values };
};

describe("template sheets", () => {
  it.each(LANGS.flatMap((lang) => TEMPLATE_KINDS.map((kind) => [kind, lang] as const)))(
    "the %s template in %s is read back as its own kind",
    (kind, lang) => {
      const sheet = asSheet(kind, lang);
      expect(classifySheet(sheet.values, DEFAULT_SETTINGS, sheet.name)).toBe(kind);
    }
  );

  it.each(LANGS)(
    "in %s, the four read together give the two example enterprises, the policy's table, two pool entries and two contacts with them, without a finding",
    (lang) => {
      const a = analyseWorkbook(
        TEMPLATE_KINDS.map((k) => asSheet(k, lang)),
        { asOf: serialFromYmd(2024, 12, 31) }
      );
      expect(a.findings).toEqual([]);
      expect(a.sheets.map((s) => s.kind)).toEqual(["roster", "targets", "pool", "contacts"]);
      expect(a.targets.source).toBe(lang === "zh-CN" ? "目标任务" : "Targets");
      expect(a.targets.targets).toEqual(DEFAULT_TARGETS.targets);
      expect(a.total.valid).toBe(2);
      expect(a.pool.map((p) => p.unit)).toEqual(["亭林镇", "张堰镇"]);
      // Both contacts join the example enterprises: one problem still open (and past its due date), one answered.
      expect(a.total.contacts).toMatchObject({ visits: 2, enterprises: 2, open: 1, overdue: 1 });
      expect(a.problems.map((p) => [p.name, p.status, p.overdue])).toEqual([
        ["（示例）上海甲科技有限公司", "in-progress", true],
      ]);
    }
  );

  it("lays the contact log out with contactTemplate's headings and examples, the ones 记录走访 makes its new sheet from", () => {
    const zh = templateLayout("contacts", "zh-CN");
    expect(zh.values).toEqual([contactTemplate().header, ...contactTemplate().examples]);
    expect(zh.sheetName).toBe(contactTemplate().sheetName);
    expect(templateLayout("contacts", "en-US").values[0]).toEqual(contactTemplate("en-US").header);
    // The credit code is text and the dates are dates in the example rows.
    const formatAt = (col: number) =>
      zh.styles.find((s) => s.range.row === 1 && s.range.col === col && s.style.numberFormat)?.style
        .numberFormat;
    expect([0, 2, 7].map(formatAt)).toEqual(["yyyy-mm-dd", "@", "yyyy-mm-dd"]);
  });

  it("keeps every row as wide as the headings, and names the sheets in the interface language", () => {
    for (const kind of TEMPLATE_KINDS) {
      const l = templateLayout(kind, "zh-CN");
      expect(new Set(l.values.map((r) => r.length))).toEqual(new Set([l.columnWidths.length]));
    }
    expect(TEMPLATE_KINDS.map((k) => templateLayout(k, "zh-CN").sheetName)).toEqual([
      "高企名单",
      "目标任务",
      "培育库",
      "走访记录",
    ]);
    expect(TEMPLATE_KINDS.map((k) => templateLayout(k, "en-US").sheetName)).toEqual([
      "HNTE list",
      "Targets",
      "Cultivation pool",
      "Contact log",
    ]);
  });

  it("uses, in Chinese, the first heading the pane lists for each column", () => {
    const roster = templateLayout("roster", "zh-CN").values[0];
    expect(roster.slice(0, 4)).toEqual([
      rosterHeadings("name")[0],
      rosterHeadings("creditCode")[0],
      rosterHeadings("certNo")[0],
      rosterHeadings("issueDate")[0],
    ]);
    expect(rosterHeadings("unit")).toContain(roster[4]);
    const pool = templateLayout("pool", "zh-CN").values[0];
    expect(pool.slice(3, 5)).toEqual([poolHeadings("stage")[0], poolHeadings("plannedYear")[0]]);
  });
});
