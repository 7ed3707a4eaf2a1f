/**
 * The bundled sample's 走访记录 sheet: shaped as offices keep it (a few hundred rows over 2023-24, every
 * status, some overdue, some rows that join nothing), and the CLI's streaming path and the engine the
 * task pane runs (on the preview's sample.json) give the same contacts, call list and problems; the bulletin
 * (paragraph, 附件 待走访名单, Word) says the figures the JSON has.
 */
import * as path from "path";
import { analyseFile } from "../../src/cli/analyseFile";
import { analysisJson } from "../../src/cli/jsonOutput";
import { packageRoot } from "../../src/cli/packageRoot";
import { isoFromSerial, serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { buildReport } from "../../src/domain/report/buildReport";
import { bulletinOptions } from "../../src/domain/report/bulletinOptions";
import { bulletinDoc, tableRows, type DocTable } from "../../src/domain/report/docModel";
import type { ReportLayout, SectionId } from "../../src/domain/report/layout";
import type { SheetInput } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import sample from "../../src/taskpane/preview/sample.json";

jest.setTimeout(120_000);

const contactKeys = (j: ReturnType<typeof analysisJson>) => ({
  units: j.units.map((u) => [u.unit, u.contacts]),
  total: j.total.contacts,
  lastContacts: j.expiring.map((e) => [e.name, e.lastContact]),
  toVisit: j.toVisit,
  problems: j.problems,
  unmatched: j.findings.filter((f) => f.code === "visit-unmatched"),
});

// 2023: the CLI's examples; 2024: where the pane's preview opens.
describe.each([2023, 2024])("the sample's contact log at the end of %d", (year) => {
  const asOf = serialFromYmd(year, 12, 31);
  let cli: ReturnType<typeof contactKeys>;
  let pane: ReturnType<typeof contactKeys>;

  beforeAll(async () => {
    const file = path.join(packageRoot(), "samples", "jinshan-sample.xlsx");
    cli = contactKeys(
      analysisJson(await analyseFile(file, { asOf, settings: DEFAULT_SETTINGS }), "zh-CN")
    );
    pane = contactKeys(
      analysisJson(analyseWorkbook(sample as unknown as SheetInput[], { asOf }), "zh-CN")
    );
  });

  it("is read by the CLI and by the pane's engine alike", () => {
    expect(pane).toEqual(cli);
  });

  it("holds a few hundred contacts, problems at every status, overdue ones, and rows that join nothing", () => {
    expect(cli.total.visits).toBeGreaterThan(100);
    expect(new Set(cli.problems.map((p) => p.status))).toEqual(
      new Set(["todo", "in-progress", "unfinished", null])
    );
    expect(cli.problems.some((p) => p.overdue)).toBe(true);
    expect(cli.problems.some((p) => !p.overdue)).toBe(true);
    expect(cli.unmatched.length).toBeGreaterThanOrEqual(5);
    // Some expiring enterprises were contacted, some not; both reasons fill the call list.
    expect(cli.lastContacts.some(([, l]) => l !== null)).toBe(true);
    expect(cli.lastContacts.some(([, l]) => l === null)).toBe(true);
    expect(new Set(cli.toVisit.map((v) => v.reason))).toEqual(new Set(["expiring", "submitted"]));
  });
});

/** The bulletin built from the CLI's own analysis of the sample, and that analysis's JSON. */
describe("the sample's bulletin at the end of 2024 says the JSON's contact figures", () => {
  const asOf = serialFromYmd(2024, 12, 31);
  let layouts: ReportLayout[];
  let j: ReturnType<typeof analysisJson>;

  beforeAll(async () => {
    const file = path.join(packageRoot(), "samples", "jinshan-sample.xlsx");
    const a = await analyseFile(file, { asOf, settings: DEFAULT_SETTINGS });
    j = analysisJson(a, "zh-CN");
    layouts = buildReport(a, a, bulletinOptions(DEFAULT_SETTINGS, "zh-CN", asOf));
  });

  const rowsOf = (l: ReportLayout, id: SectionId) => {
    const s = l.sections.find((x) => x.id === id)!;
    return l.values.slice(s.firstRow, s.lastRow + 1);
  };

  it("in the 服务情况 paragraph, the 附件's per-unit table and call list, and the Word bulletin", () => {
    const t = j.total.contacts;
    const annex = layouts.findIndex((l) => l.id === "toVisit");
    expect(rowsOf(layouts[0], "contacts")[0][0]).toBe(
      `2024年共走访联系企业${t.visits}次，涉及${t.enterprises}家；未办结问题${t.open}个，其中超期${t.overdue}个；` +
        `年内到期和已推出申报的企业中，${t.toVisit}家近90天未联系，列为待走访（各单位情况和名单见附件${annex}）。`
    );
    const units = rowsOf(layouts[annex], "contactUnits").map((r) => r.slice(1));
    const counts = (c: typeof t) => [c.visits, c.enterprises, c.open, c.overdue, c.toVisit];
    expect(units).toEqual([
      ...j.units.map((u) => [u.unit, ...counts(u.contacts)]),
      ["合计", ...counts(t)],
    ]);
    expect(t.toVisit).toBe(j.toVisit.length);

    const list = rowsOf(layouts[annex], "toVisit").map((r) => [
      r[1],
      r[2],
      r[3],
      r[4],
      typeof r[5] === "number" ? isoFromSerial(r[5]) : r[5],
    ]);
    const reason = { expiring: "年内到期", submitted: "已推出" };
    expect(list).toEqual(
      j.toVisit.map((v) => [
        v.name,
        v.creditCode || null,
        v.unit,
        reason[v.reason],
        v.lastContact ?? "未联系",
      ])
    );
    // In unit order: each unit's entries together, the units in the table's order.
    const order = j.units.map((u) => u.unit);
    const at = list.map((r) => order.indexOf(r[2] as string));
    expect(at.every((x, i) => x >= 0 && (i === 0 || x >= at[i - 1]))).toBe(true);

    const doc = bulletinDoc(layouts);
    const tables = doc.sections[annex].blocks.filter((b): b is DocTable => b.kind === "table");
    expect(tables.map((x) => x.rowCount)).toEqual([j.units.length + 1, j.toVisit.length]);
    expect(tableRows(tables[1]).map((r) => [r[1].text, r[5].text])).toEqual(
      list.map((r) => [r[0], r[4]])
    );
    const para = doc.sections[0].blocks.find(
      (b) => b.kind === "paragraph" && b.role === "contacts"
    );
    expect(para && para.kind === "paragraph" && para.text).toBe(
      rowsOf(layouts[0], "contacts")[0][0]
    );
  });
});
