/**
 * The bulletin's service contacts (docs/rules.md section 10): the 服务情况 paragraph on the 通报, the one
 * line it becomes without a contact sheet, and the 附件 待走访名单 (per-unit table, then the call list in unit
 * order) with its print setup; the Word bulletin prints both tables as the sheet shows them.
 */
import { bulletinDoc, tableRows, type DocTable } from "../../../src/domain/report/docModel";
import type { ReportLayout, SectionId } from "../../../src/domain/report/layout";
import { reportOf, sampleAnalysis } from "./fixture";

const rows = (l: ReportLayout, id: SectionId) => {
  const s = l.sections.find((x) => x.id === id)!;
  return l.values.slice(s.firstRow, s.lastRow + 1);
};
const sheet = (layouts: ReportLayout[], id: string) => layouts.find((l) => l.id === id);

describe("the 服务情况 paragraph on the 通报", () => {
  it("says the year's visits, enterprises visited, open and overdue problems, 待走访 with the setting's days, and the 附件", () => {
    expect(rows(reportOf()[0], "contacts")[0][0]).toBe(
      "2023年共走访联系企业18次，涉及13家；未办结问题3个，其中超期1个；年内到期和已推出申报的企业中，2家近90天未联系，列为待走访（各单位情况和名单见附件5）。"
    );
    expect(rows(reportOf(undefined, "en-US", { contactDays: 60 })[0], "contacts")[0][0]).toBe(
      "In 2023, 18 visits to 13 enterprises; 3 problems are open, 1 of them overdue; 2 enterprises expiring this year or submitted from the pool have had no contact in the last 60 days and are to be visited (by unit, and the list, in Annex 5)."
    );
  });

  it("says when every problem is resolved and every listed enterprise was contacted", () => {
    const a = sampleAnalysis();
    a.total = {
      ...a.total,
      contacts: { visits: 4, enterprises: 3, open: 0, overdue: 0, toVisit: 0 },
    };
    expect(rows(reportOf(a, "zh-CN", { findings: "none" })[0], "contacts")[0][0]).toBe(
      "2023年共走访联系企业4次，涉及3家；收集的问题均已办结；年内到期和已推出申报的企业近90天均已联系（各单位情况和名单见附件4）。"
    );
  });

  it("is one line saying there is no contact sheet, and the call list is left out, when the workbook has none", () => {
    const a = sampleAnalysis();
    a.sheets = a.sheets.filter((s) => s.kind !== "contacts");
    const zh = reportOf(a);
    const s = zh[0].sections.find((x) => x.id === "contacts")!;
    expect(s.lastRow).toBe(s.firstRow);
    expect(zh[0].values[s.firstRow][0]).toBe(
      "工作簿中没有走访记录工作表，本期不统计走访、问题和待走访情况。"
    );
    expect(reportOf(a, "en-US")[0].values[s.firstRow][0]).toBe(
      "The workbook has no contact sheet, so no visits, problems or call list are reported."
    );
    expect(sheet(zh, "toVisit")).toBeUndefined();
    expect(zh[0].sections.map((x) => x.id)).not.toContain("contactUnits");
  });
});

describe("附件 待走访名单", () => {
  const zh = sheet(reportOf(), "toVisit")!;
  const en = sheet(reportOf(undefined, "en-US"), "toVisit")!;

  it("opens with each unit's contacts in table order and the 合计", () => {
    expect(zh.values[0][0]).toBe("附件5");
    expect(zh.values[1][0]).toBe("2023年企业服务情况及待走访企业名单");
    expect(zh.values[2][0]).toBe(
      "截至2023年12月31日，年内到期或已推出申报、近90天未联系的企业共2家"
    );
    expect(rows(zh, "contactUnits")).toEqual([
      [1, "枫泾镇", 12, 8, 2, 1, 1],
      [2, "朱泾镇", 5, 4, 1, 0, 1],
      [3, "亭林镇", 0, 0, 0, 0, 0],
      [4, "其他", 1, 1, 0, 0, 0],
      [null, "合计", 18, 13, 3, 1, 2],
    ]);
    expect(rows(en, "contactUnits")[4][1]).toBe("Total");
  });

  it("lists the call list in the analysis's order (by unit, expiring then submitted) with the reason and the last contact or 未联系", () => {
    const a = sampleAnalysis();
    a.toVisit = [
      ...a.toVisit,
      {
        sheet: "培育库",
        row: 2,
        name: "上海庚辛科技有限公司",
        creditCode: "91310116MA1H2X3Y4Z",
        unit: "朱泾镇",
        reason: "submitted",
        lastContact: null,
      },
    ];
    a.total = { ...a.total, contacts: { ...a.total.contacts, toVisit: 3 } };
    const l = sheet(reportOf(a), "toVisit")!;
    expect(rows(l, "toVisit")).toEqual([
      [1, "上海甲乙科技有限公司", null, "枫泾镇", "年内到期", 45107, null],
      [2, "=上海丙丁科技有限公司", null, "朱泾镇", "年内到期", "未联系", null],
      [3, "上海庚辛科技有限公司", "91310116MA1H2X3Y4Z", "朱泾镇", "已推出", "未联系", null],
    ]);
    expect(
      rows(sheet(reportOf(a, "en-US"), "toVisit")!, "toVisit").map((r) => [r[4], r[5]])
    ).toEqual([
      ["Expiring this year", 45107],
      ["Expiring this year", "No contact"],
      ["Submitted", "No contact"],
    ]);
  });

  it("prints like the other 附件: A4 one page wide, the call list's header on every page, the page footer; not frozen below a table", () => {
    const list = zh.sections.find((s) => s.id === "toVisit")!;
    expect(zh.print).toMatchObject({
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: list.headerRow, last: list.headerRow },
      footer: "第 &P 页 共 &N 页",
    });
    expect(en.print.footer).toBe("Page &P of &N");
    expect(zh.values[list.headerRow]).toEqual([
      "序号",
      "企业名称",
      "统一社会\n信用代码",
      "所属单位",
      "列入原因",
      "最近联系",
      null,
    ]);
    expect(zh.freeze.rows).toBe(0);
  });
});

describe("the Word bulletin's service contacts", () => {
  const layouts = reportOf();
  const doc = bulletinDoc(layouts);

  it("has the paragraph on the 通报 and the 附件's two tables as the sheet shows them", () => {
    const para = doc.sections[0].blocks.find(
      (b) => b.kind === "paragraph" && b.role === "contacts"
    );
    expect(para && para.kind === "paragraph" && para.text).toBe(rows(layouts[0], "contacts")[0][0]);
    const annex = doc.sections[layouts.findIndex((l) => l.id === "toVisit")];
    const tables = annex.blocks.filter((b): b is DocTable => b.kind === "table");
    expect(tables.map((t) => t.id)).toEqual(["contactUnits", "toVisit"]);
    expect(tableRows(tables[0]).map((r) => r.map((c) => c.text))).toEqual([
      ["1", "枫泾镇", "12", "8", "2", "1", "1"],
      ["2", "朱泾镇", "5", "4", "1", "0", "1"],
      ["3", "亭林镇", "0", "0", "0", "0", "0"],
      ["4", "其他", "1", "1", "0", "0", "0"],
      ["", "合计", "18", "13", "3", "1", "2"],
    ]);
    expect(tableRows(tables[1]).map((r) => r.slice(0, 6).map((c) => c.text))).toEqual([
      ["1", "上海甲乙科技有限公司", "", "枫泾镇", "年内到期", "2023-06-30"],
      ["2", "=上海丙丁科技有限公司", "", "朱泾镇", "年内到期", "未联系"],
    ]);
  });
});
