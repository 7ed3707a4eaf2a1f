import { ANNEXES } from "../../../src/domain/report/buildReport";
import type { CellStyle, ReportLayout, SectionId } from "../../../src/domain/report/layout";
import { BAND_HIGH, BAND_LOW } from "../../../src/domain/report/palette";
import { REPORT_SHEET_IDS } from "../../../src/domain/report/sheetIds";
import { reportOf, sampleAnalysis, sampleCompare } from "./fixture";

/** The effective style of one cell: every covering range merged in order. */
export function styleAt(layout: ReportLayout, row: number, col: number): CellStyle {
  return layout.styles
    .filter(({ range: r }) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols)
    .reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});
}

const section = (layout: ReportLayout, id: SectionId) => layout.sections.find((s) => s.id === id)!;
const rowsOf = (layout: ReportLayout, id: SectionId) => {
  const s = section(layout, id);
  return layout.values.slice(s.firstRow, s.lastRow + 1);
};

describe("the report's sheets", () => {
  it("are the 通报, then its 附件 numbered in order: expiring, awards, findings, pool, the call list, the monthly progress, the falls", () => {
    const zh = reportOf();
    expect(zh.map((l) => [l.id, l.sheetName])).toEqual([
      ["bulletin", "高企通报"],
      ["expiring", "附件1 年内到期名单"],
      ["awards", "附件2 奖励明细"],
      ["findings", "附件3 数据问题"],
      ["pool", "附件4 培育库"],
      ["toVisit", "附件5 待走访名单"],
      ["progress", "附件6 月度进度"],
      ["falls", "附件7 下降明细"],
    ]);
    expect(reportOf(undefined, "en-US").map((l) => l.sheetName)).toEqual([
      "HNTE Bulletin", "Annex 1 Expiring", "Annex 2 Awards", "Annex 3 Data findings", "Annex 4 Pool", "Annex 5 To visit", "Annex 6 Monthly progress", "Annex 7 Falls",
    ]);
    for (const l of zh.slice(1)) expect(l.values[0][0]).toBe(`附件${zh.indexOf(l)}`);
  });

  it("leave out the findings with report.findings none, the pool without a pool sheet, the call list without a contact sheet and the progress and its falls without dates; the numbers close up", () => {
    const noPool = sampleAnalysis({ progress: [], falls: [] });
    noPool.sheets = noPool.sheets.filter((s) => s.kind !== "pool" && s.kind !== "contacts");
    const layouts = reportOf(noPool, "zh-CN", { findings: "none" });
    expect(layouts.map((l) => l.sheetName)).toEqual(["高企通报", "附件1 年内到期名单", "附件2 奖励明细"]);
    const pool = reportOf(sampleAnalysis(), "zh-CN", { findings: "none" });
    expect(pool.map((l) => l.sheetName)).toEqual(["高企通报", "附件1 年内到期名单", "附件2 奖励明细", "附件3 培育库", "附件4 待走访名单", "附件5 月度进度", "附件6 下降明细"]);
  });

  it("are the sheets the add-in looks for by id", () => {
    expect(REPORT_SHEET_IDS).toEqual(["bulletin", ...ANNEXES.map((a) => a.id)]);
  });

  it("write every text cell that looks like a formula with the text format", () => {
    for (const layout of reportOf()) {
      layout.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && /^[=+\-@]/.test(v)) expect({ sheet: layout.id, r, c, f: styleAt(layout, r, c).numberFormat }).toEqual({ sheet: layout.id, r, c, f: "@" });
        })
      );
    }
  });
});

describe("the 通报 sheet", () => {
  const [zh] = reportOf();
  const [en] = reportOf(undefined, "en-US");

  it("has its parts in order: title, subtitle, summary, forecast, table, notes, chart, 服务情况, 落款", () => {
    expect(zh.sections.map((s) => s.id)).toEqual(["title", "subtitle", "summary", "forecast", "caption", "units", "notes", "chart", "contacts", "signature"]);
    for (let i = 1; i < zh.sections.length; i++) expect(zh.sections[i].headerRow).toBeGreaterThan(zh.sections[i - 1].lastRow);
  });

  it("titles the district and year, and names the as-of and comparison dates under it", () => {
    expect(zh.values[0][0]).toBe("金山区高新技术企业目标任务完成情况通报（2023年）");
    expect(zh.values[1][0]).toBe("统计截至 2023-12-31，较上期 2022-12-31；目标来源：政策默认目标表；读取 1 个名单工作表，共 200 条证书记录");
    expect(en.values[0][0]).toBe("Jinshan District high-tech enterprises: targets and progress, 2023");
    expect(zh.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 11 });
    // A target table from the workbook is named by its sheet, quoted, in either language.
    const own = sampleAnalysis();
    own.targets = { ...own.targets, source: "目标任务" };
    expect(reportOf(own)[0].values[1][0]).toContain("目标来源：“目标任务”；");
    expect(reportOf(own, "en-US")[0].values[1][0]).toContain("targets: “目标任务”;");
  });

  it("says the figures in a summary paragraph", () => {
    expect(rowsOf(zh, "summary")[0][0]).toBe(
      "截至2023年12月31日，全区有效期内高新技术企业 188 家，为2023年目标 250 家的 75.2%，较上年末净增 20 家。" +
        "3 个责任单位均未完成年度目标。2023年11月30日以来各单位均无下降（逐月见附件6）。年内到期证书 2 家，其中已期满待重新认定 1 家（名单见附件1）。本年奖励事项 2 项，合计 75.00 万元（明细见附件2）。"
    );
    expect(rowsOf(en, "summary")[0][0]).toBe(
      "As of 31 December 2023, the district had 188 valid high-tech enterprises, 75.2% of the 2023 target of 250, a net increase of 20 since the end of 2022." +
        " None of the 3 units has met its target yet. No unit fell since 30 November 2023 (Annex 6). 2 certificates expire this year, 1 of them already expired and awaiting re-recognition (list in Annex 1)." +
        " 2 award events this year, 75.00 (10,000 CNY) in total (details in Annex 2)."
    );
    expect(styleAt(zh, section(zh, "summary").firstRow, 0)).toMatchObject({ wrap: true, numberFormat: "@" });
  });

  it("ranks the units by completion, units without one after them, 合计 last", () => {
    const s = section(zh, "units");
    expect(zh.values[s.headerRow]).toEqual(["排名", "责任单位", "目标", "有效期内\n高企", "完成率", "缺口", "净增\n（较上年末）", "完成率较上期\n（百分点）", "年内到期", "奖励\n（万元）", "预计年末"]);
    // Valid 5 fewer a year ago: the change is +5 for each unit; completion points from the two ratios.
    expect(rowsOf(zh, "units")).toEqual([
      [1, "枫泾镇", 100, 95, 0.95, 5, 5, 5, 1, 25, 95.2],
      [2, "朱泾镇", 100, 70, 0.7, 30, 5, 5, 1, 0, 70.2],
      [3, "亭林镇", 50, 20, 0.4, 30, 5, 10, 0, 25, 20.2],
      ["—", "其他", "—", 3, "—", "—", 5, "—", 1, 25, 3.2],
      [null, "合计", 250, 188, 0.752, 62, 20, 8, 3, 75, 188.8],
    ]);
    expect(rowsOf(en, "units").map((r) => r[1])).toEqual(["枫泾镇", "朱泾镇", "亭林镇", "Other", "Total"]);
    expect(en.values[s.headerRow][9]).toBe("Awards\n(10,000 CNY)");
  });

  it.each([
    [0, "0"],
    [2, "#,##0"],
    [4, "0.0%"],
    [5, "#,##0;-#,##0;0"],
    [6, "+#,##0;-#,##0;0"],
    [7, "+0.0;-0.0;0.0"],
    [9, "#,##0.00"],
    [10, "#,##0"],
    [1, "@"],
  ])("formats table column %i as %s", (col, format) => {
    const s = section(zh, "units");
    expect(styleAt(zh, s.firstRow, col).numberFormat).toBe(format);
    expect(styleAt(zh, s.lastRow, col).numberFormat).toBe(format);
  });

  it("calls the change column what it is: the net increase against the previous year end, else 较上期增减", () => {
    const a = sampleAnalysis();
    const quarter = { ...sampleCompare(a), asOf: 45199, year: 2023 };
    const [q] = reportOf(a, "zh-CN", {}, quarter);
    expect(q.values[section(q, "units").headerRow][6]).toBe("较上期增减");
    expect(rowsOf(q, "summary")[0][0]).toContain("较上年末净增 20 家；较上期（2023年9月30日）增加 20 家。");
  });

  it("colours completion bands only over completion cells that hold numbers", () => {
    const s = section(zh, "units");
    const ranges = [...new Set(zh.conditionalFormats.map((r) => JSON.stringify(r.range)))].map((j) => JSON.parse(j));
    expect(ranges).toEqual([
      { row: s.firstRow, col: 4, rows: 3, cols: 1 },
      { row: s.lastRow, col: 4, rows: 1, cols: 1 },
    ]);
    const rules = zh.conditionalFormats.filter((r) => r.range.row === s.firstRow);
    expect(rules.map((r) => [r.operator, r.value1])).toEqual([
      ["greaterThanOrEqual", BAND_HIGH],
      ["between", BAND_LOW],
      ["lessThan", BAND_LOW],
    ]);
  });

  it("sets 合计 in bold on a fill, and the header in white on blue", () => {
    const s = section(zh, "units");
    expect(styleAt(zh, s.lastRow, 1)).toMatchObject({ bold: true, fill: "D9E1F2" });
    expect(styleAt(zh, s.headerRow, 2)).toMatchObject({ bold: true, fill: "1F4E79", fontColor: "FFFFFF" });
  });

  it("charts valid against target for the ranked units, rank 1 at the top, on the rows under the notes", () => {
    const s = section(zh, "units");
    const c = section(zh, "chart");
    expect(zh.chart).toEqual({
      type: "bar",
      title: "各单位有效期内高企与目标",
      categories: { row: s.firstRow, col: 1, rows: 3, cols: 1 },
      series: [
        { name: "目标", values: { row: s.firstRow, col: 2, rows: 3, cols: 1 }, color: "BDD7EE" },
        { name: "有效期内高企", values: { row: s.firstRow, col: 3, rows: 3, cols: 1 }, color: "1F4E79" },
      ],
      topDown: true,
      anchor: { row: c.firstRow, col: 0, rows: c.lastRow - c.firstRow + 1, cols: 11 },
    });
  });

  it("has no chart when no unit has a target", () => {
    const a = sampleAnalysis();
    a.units = a.units.map((u) => ({ ...u, target: null, completion: null, gap: null }));
    const [b] = reportOf(a);
    expect(b.chart).toBeNull();
    expect(b.sections.map((s) => s.id)).not.toContain("chart");
  });

  it("closes with the issuing office and the date, at the right", () => {
    expect(rowsOf(zh, "signature").map((r) => r[0])).toEqual(["金山区科学技术委员会", "2024年1月15日"]);
    expect(rowsOf(en, "signature").map((r) => r[0])).toEqual(["Jinshan District Science and Technology Commission", "15 January 2024"]);
    const [own] = reportOf(undefined, "zh-CN", { issuer: "金山区科委办公室", issuedOn: 45350 });
    expect(rowsOf(own, "signature").map((r) => r[0])).toEqual(["金山区科委办公室", "2024年2月28日"]);
    expect(styleAt(zh, section(zh, "signature").firstRow, 0).hAlign).toBe("right");
  });

  it("prints on one A4 page, portrait, with the page footer", () => {
    expect(zh.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: 1, fitToHeight: 1, footer: "第 &P 页 共 &N 页", rowBreaks: [] });
    expect(en.print.footer).toBe("Page &P of &N");
  });
});

describe("the notes under the table", () => {
  const notes = (layouts: ReportLayout[]) => {
    const s = layouts[0].sections.find((x) => x.id === "notes");
    return s ? layouts[0].values.slice(s.firstRow, s.lastRow + 1).map((r) => r[0]) : [];
  };

  it("explain a unit without a target", () => {
    expect(notes(reportOf())).toEqual(["注：其他：目标表未分配 2023 年目标，完成率、缺口和排名为“—”，不参与排名。"]);
  });

  it("explain a year the target table does not cover, and a comparison date without targets", () => {
    const a = sampleAnalysis();
    a.units = a.units.map((u) => ({ ...u, target: null, completion: null, gap: null }));
    expect(notes(reportOf(a))).toEqual(["注：目标表中没有 2023 年的目标（目标表覆盖 2023-2023 年），目标、完成率、缺口和排名均为“—”。"]);
    const b = sampleAnalysis();
    const before = sampleCompare(b);
    before.units = before.units.map((u) => ({ ...u, completion: null }));
    expect(notes(reportOf(b, "en-US", {}, before))).toEqual([
      "Notes: 1. Other: no 2023 target in the target table, so completion, gap and rank are “—”; not ranked.",
      "       2. No target on 2022-12-31 (the comparison date), so the completion change is “—”.",
    ]);
  });

  it("explain a target of 0", () => {
    const a = sampleAnalysis();
    a.units[2] = { ...a.units[2], target: 0, completion: null, gap: -20 };
    expect(String(notes(reportOf(a))[1])).toMatch(/^\s+2\. 亭林镇：2023 年目标为 0，不计完成率，不参与排名。$/);
  });

  it.each<[string, number, number, string]>([
    ["window over before the year", 44000, 44500, "奖励政策执行期至 2021-10-31 止，2023 年的认定和迁入不再奖励（此前迁入的后续分期照付）。"],
    ["window ends in the year", 44750, 45100, "奖励政策执行期至 2023-06-23 止，此后的认定和迁入不予奖励（此前迁入的后续分期照付）。"],
    ["window starts in the year", 45000, 46000, "奖励政策自 2023-03-15 起执行，此前的认定和迁入不予奖励。"],
    ["window not yet open", 45400, 46000, "奖励政策自 2024-04-18 起执行，截至 2023-12-31 尚无奖励。"],
  ])("explain awards left at 0 by the policy window: %s", (_label, start, end, text) => {
    const got = notes(reportOf(undefined, "zh-CN", { window: { start, end } }));
    expect(got.some((n) => String(n).endsWith(text))).toBe(true);
  });

  it("are not there when nothing needs explaining", () => {
    const a = sampleAnalysis();
    a.units = a.units.filter((u) => u.target !== null);
    expect(reportOf(a)[0].sections.map((s) => s.id)).not.toContain("notes");
  });
});

describe("the forecast sentence", () => {
  const withTotal = (value: number, needed: number | null, target: number | null = 250) => {
    const a = sampleAnalysis();
    a.total = { ...a.total, target, forecast: { ...a.total.forecast, value, gap: target === null ? null : target - value, needed } };
    return a;
  };
  const sentence = (a: ReturnType<typeof sampleAnalysis>, lang: "zh-CN" | "en-US" = "zh-CN") => rowsOf(reportOf(a, lang)[0], "forecast")[0][0] as string;

  it.each<[string, number, number | null, number | null, string]>([
    ["met", 260.4, 0, 250, "按当前培育库和续认率，预计年末 260 家，可完成目标 250 家。"],
    ["short by less than one (rounded up to the target)", 249.6, 1, 250, "按当前培育库和续认率，预计年末 250 家，距目标差不足 1 家，还需推出约 1 家。"],
    ["no target", 1537.6, null, null, "按当前培育库和续认率，预计年末 1,538 家。"],
    ["the issue's example", 1537.6, 118, 1620, "按当前培育库和续认率，预计年末 1,538 家，距目标差 82 家，还需推出约 118 家。"],
  ])("%s", (_label, value, needed, target, text) => {
    expect(sentence(withTotal(value, needed, target)).startsWith(text)).toBe(true);
  });

  it.each<[string, Partial<ReturnType<typeof sampleAnalysis>["forecastBasis"]>, string]>([
    ["a default rate", { renewalSource: "default", renewalRate: 0.7, renewalBase: 12, renewalRenewed: 9 }, "（续认率 70%：2021-2022 年到期的仅 12 家，不足 20 家，取默认值；申报通过率 70%）"],
    ["the user's rate", { renewalSource: "setting", renewalRate: 0.855 }, "（续认率 85.5%，按设置；申报通过率 70%）"],
  ])("names where the rates came from: %s", (_label, basis, tail) => {
    const a = sampleAnalysis();
    a.forecastBasis = { ...a.forecastBasis, ...basis };
    expect(sentence(a).endsWith(tail)).toBe(true);
  });

  it("speaks English", () => {
    expect(sentence(withTotal(1537.6, 118, 1620), "en-US")).toBe(
      "With the current pool and renewal rate, about 1,538 HNTEs are expected at year end, 82 short of the target; about 118 more applications are needed." +
        " (renewal rate 50%: 20 of 40 enterprises whose certificates ran out in 2021-2022 were re-recognised in time; pass rate 70%)"
    );
  });
});
