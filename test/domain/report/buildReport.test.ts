import { ANNEXES } from "../../../src/domain/report/buildReport";
import type { CellStyle, ReportLayout, SectionId } from "../../../src/domain/report/layout";
import { BAND_HIGH, BAND_LOW } from "../../../src/domain/report/palette";
import { REPORT_SHEET_IDS } from "../../../src/domain/report/sheetIds";
import { reportOf, sampleAnalysis, sampleCompare } from "./fixture";

/** The effective style of one cell: every covering range merged in order. */
export function styleAt(layout: ReportLayout, row: number, col: number): CellStyle {
  return layout.styles
    .filter(
      ({ range: r }) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols
    )
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
      "HNTE Bulletin",
      "Annex 1 Expiring",
      "Annex 2 Awards",
      "Annex 3 Data findings",
      "Annex 4 Pool",
      "Annex 5 To visit",
      "Annex 6 Monthly progress",
      "Annex 7 Falls",
    ]);
    for (const l of zh.slice(1)) expect(l.values[0][0]).toBe(`附件${zh.indexOf(l)}`);
  });

  it("leave out the findings with report.findings none, the pool without a pool sheet, the call list without a contact sheet and the progress and its falls without dates; the numbers close up", () => {
    const noPool = sampleAnalysis({ progress: [], falls: [] });
    noPool.sheets = noPool.sheets.filter((s) => s.kind !== "pool" && s.kind !== "contacts");
    const layouts = reportOf(noPool, "zh-CN", { findings: "none" });
    expect(layouts.map((l) => l.sheetName)).toEqual([
      "高企通报",
      "附件1 年内到期名单",
      "附件2 奖励明细",
    ]);
    const pool = reportOf(sampleAnalysis(), "zh-CN", { findings: "none" });
    expect(pool.map((l) => l.sheetName)).toEqual([
      "高企通报",
      "附件1 年内到期名单",
      "附件2 奖励明细",
      "附件3 培育库",
      "附件4 待走访名单",
      "附件5 月度进度",
      "附件6 下降明细",
    ]);
  });

  it("are the sheets the add-in looks for by id", () => {
    expect(REPORT_SHEET_IDS).toEqual(["bulletin", ...ANNEXES.map((a) => a.id)]);
  });

  it("write every text cell that looks like a formula with the text format", () => {
    for (const layout of reportOf()) {
      layout.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && /^[=+\-@]/.test(v))
            expect({ sheet: layout.id, r, c, f: styleAt(layout, r, c).numberFormat }).toEqual({
              sheet: layout.id,
              r,
              c,
              f: "@",
            });
        })
      );
    }
  });
});

describe("the 通报 sheet", () => {
  const [zh] = reportOf();
  const [en] = reportOf(undefined, "en-US");

  it("has its parts in order: 文号, title, 主送, summary, forecast, table, notes, chart, 服务情况, 工作要求, 落款", () => {
    expect(zh.sections.map((s) => s.id)).toEqual([
      "refNo",
      "title",
      "addressee",
      "summary",
      "forecast",
      "caption",
      "units",
      "notes",
      "chart",
      "contacts",
      "closing",
      "signature",
    ]);
    for (let i = 1; i < zh.sections.length; i++)
      expect(zh.sections[i].headerRow).toBeGreaterThan(zh.sections[i - 1].lastRow);
  });

  const textOf = (layout: ReportLayout, id: SectionId) => rowsOf(layout, id).map((r) => r[0]);

  it("opens with the 文号 (blank, in the year of issue), the title and the 主送 line; no internal subtitle", () => {
    expect(textOf(zh, "refNo")).toEqual(["〔2024〕　号"]);
    expect(textOf(zh, "title")).toEqual(["金山区高新技术企业目标任务完成情况通报（2023年）"]);
    expect(textOf(zh, "addressee")).toEqual(["各镇人民政府、各园区："]);
    expect(textOf(en, "title")).toEqual([
      "Jinshan District high-tech enterprises: targets and progress, 2023",
    ]);
    expect(textOf(en, "addressee")).toEqual(["To the town governments and the parks:"]);
    expect(zh.merges).toContainEqual({
      row: section(zh, "title").firstRow,
      col: 0,
      rows: 1,
      cols: 11,
    });
    expect(zh.values.flat().some((v) => typeof v === "string" && /目标来源|证书记录/.test(v))).toBe(
      false
    );
  });

  it.each<
    [
      string,
      Partial<Record<"refNo" | "addressee" | "title" | "closing", string>>,
      SectionId,
      string[],
    ]
  >([
    ["the 文号", { refNo: "金科委〔{year}〕12号" }, "refNo", ["金科委〔2023〕12号"]],
    [
      "the 主送",
      { addressee: "各镇人民政府、各园区、区有关部门：" },
      "addressee",
      ["各镇人民政府、各园区、区有关部门："],
    ],
    [
      "the title",
      { title: "关于{district}{year}年高企工作进展的通报" },
      "title",
      ["关于金山区2023年高企工作进展的通报"],
    ],
    [
      "the 工作要求, a row a paragraph",
      { closing: "一要抓紧。\n二要落实。" },
      "closing",
      ["一要抓紧。", "二要落实。"],
    ],
  ])("writes %s as set", (_label, texts, id, expected) => {
    const [l] = reportOf(undefined, "zh-CN", {
      texts: { refNo: "", addressee: "", title: "", closing: "", ...texts },
    });
    expect(textOf(l, id)).toEqual(expected);
  });

  it("closes with the default 工作要求 before the 落款, in either language", () => {
    expect(String(textOf(zh, "closing")[0])).toMatch(/^下一步，各镇、各园区要对照年度目标任务/);
    expect(String(textOf(en, "closing")[0])).toMatch(
      /^Each town and park should now check its progress/
    );
    expect(section(zh, "closing").lastRow).toBeLessThan(section(zh, "signature").firstRow);
  });

  it("says the figures in a summary paragraph", () => {
    expect(rowsOf(zh, "summary")[0][0]).toBe(
      "截至2023年12月31日，全区有效期内高新技术企业188家，为2023年目标250家的75.2%，较上年末净增20家。" +
        "3个责任单位均未完成年度目标。另有所属单位空白或无法识别的企业3家，列为“其他”，不参与排名。" +
        "2023年11月30日以来各单位均无下降（逐月见附件6）。年内证书到期的企业2家，其中已期满待重新认定1家（名单见附件1）。本年应予奖励事项2项，合计25万元（明细见附件2）。"
    );
    expect(rowsOf(en, "summary")[0][0]).toBe(
      "As of 31 December 2023, the district had 188 valid high-tech enterprises, 75.2% of the 2023 target of 250, a net increase of 20 since the end of 2022." +
        " None of the 3 responsible units has met its target yet. Another 3 enterprises have a blank or unknown unit; they are listed as “Other” and not ranked." +
        " No unit fell since 30 November 2023 (Annex 6)." +
        " The certificates of 2 enterprises expire this year, 1 of them already expired and awaiting re-recognition (list in Annex 1)." +
        " 2 award events are payable this year, CNY 250,000 in total (details in Annex 2)."
    );
    expect(styleAt(zh, section(zh, "summary").firstRow, 0)).toMatchObject({
      wrap: true,
      numberFormat: "@",
    });
  });

  it("ranks the units by completion, units without one after them, 合计 last", () => {
    const s = section(zh, "units");
    expect(zh.values[s.headerRow]).toEqual([
      "排名",
      "责任单位",
      "目标",
      "有效期内\n高企",
      "完成率",
      "缺口",
      "净增\n（较上年末）",
      "完成率较上期\n（百分点）",
      "年内到期",
      "奖励\n（万元）",
      "预计年末",
    ]);
    // Valid 5 fewer a year ago: the change is +5 for each unit; completion points from the two ratios.
    expect(rowsOf(zh, "units")).toEqual([
      [1, "枫泾镇", 100, 95, 0.95, 5, 5, 5, 1, 25, 95.2],
      [2, "朱泾镇", 100, 70, 0.7, 30, 5, 5, 1, 0, 70.2],
      [3, "亭林镇", 50, 20, 0.4, 30, 5, 10, 0, 25, 20.2],
      ["—", "其他", "—", 3, "—", "—", 5, "—", 1, 25, 3.2],
      [null, "合计", 250, 188, 0.752, 62, 20, 8, 3, 75, 188.8],
    ]);
    expect(rowsOf(en, "units").map((r) => r[1])).toEqual([
      "枫泾镇",
      "朱泾镇",
      "亭林镇",
      "Other",
      "Total",
    ]);
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
    expect(rowsOf(q, "summary")[0][0]).toContain(
      "较上年末净增20家；较上期（2023年9月30日）增加20家。"
    );
  });

  it("colours completion bands only over completion cells that hold numbers", () => {
    const s = section(zh, "units");
    const ranges = [...new Set(zh.conditionalFormats.map((r) => JSON.stringify(r.range)))].map(
      (j) => JSON.parse(j)
    );
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
    expect(styleAt(zh, s.headerRow, 2)).toMatchObject({
      bold: true,
      fill: "1F4E79",
      fontColor: "FFFFFF",
    });
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
        {
          name: "有效期内高企",
          values: { row: s.firstRow, col: 3, rows: 3, cols: 1 },
          color: "1F4E79",
        },
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
    expect(rowsOf(zh, "signature").map((r) => r[0])).toEqual([
      "金山区科学技术委员会",
      "2024年1月15日",
    ]);
    expect(rowsOf(en, "signature").map((r) => r[0])).toEqual([
      "Jinshan District Science and Technology Commission",
      "15 January 2024",
    ]);
    const [own] = reportOf(undefined, "zh-CN", { issuer: "金山区科委办公室", issuedOn: 45350 });
    expect(rowsOf(own, "signature").map((r) => r[0])).toEqual([
      "金山区科委办公室",
      "2024年2月28日",
    ]);
    expect(styleAt(zh, section(zh, "signature").firstRow, 0).hAlign).toBe("right");
  });

  it("prints on one A4 page, portrait, with the page footer", () => {
    expect(zh.print).toMatchObject({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 1,
      footer: "第 &P 页 共 &N 页",
      rowBreaks: [],
    });
    expect(en.print.footer).toBe("Page &P of &N");
  });
});

describe("the notes under the table", () => {
  const notes = (layouts: ReportLayout[]) => {
    const s = layouts[0].sections.find((x) => x.id === "notes");
    return s ? layouts[0].values.slice(s.firstRow, s.lastRow + 1).map((r) => r[0]) : [];
  };

  const BASIS_ZH =
    "预计年末数按续认率50%（2021-2022年到期的40家中20家按期重新认定）和申报通过率70%测算。";

  it("explain 其他 (no responsible unit, not ranked), and the forecast's rates", () => {
    expect(notes(reportOf())).toEqual([
      "注：1. “其他”为所属单位空白或无法识别的企业，不属于责任单位，单列，不参与排名。",
      `    2. ${BASIS_ZH}`,
    ]);
  });

  it("explain a responsible unit without a target", () => {
    const a = sampleAnalysis();
    a.units[1] = { ...a.units[1], target: null, completion: null, gap: null };
    expect(notes(reportOf(a))[0]).toBe(
      "注：1. 朱泾镇：目标表未分配2023年目标，完成率、缺口和排名为“—”，不参与排名。"
    );
  });

  it("explain a year the target table does not cover, and a comparison date without targets", () => {
    const a = sampleAnalysis();
    a.units = a.units.map((u) => ({ ...u, target: null, completion: null, gap: null }));
    expect(notes(reportOf(a))[0]).toBe(
      "注：1. 目标表中没有2023年的目标（目标表覆盖2023-2023年），目标、完成率、缺口和排名均为“—”。"
    );
    const b = sampleAnalysis();
    const before = sampleCompare(b);
    before.units = before.units.map((u) => ({ ...u, completion: null }));
    expect(notes(reportOf(b, "en-US", {}, before))).toEqual([
      "Notes: 1. “Other” holds the enterprises with a blank or unknown unit: no responsible unit, listed apart and not ranked.",
      "       2. No target on 31 December 2022 (the comparison date), so the completion change is “—”.",
      "       3. The year-end forecast uses a renewal rate of 50% (20 of 40 enterprises whose certificates ran out in 2021-2022 were re-recognised in time) and a pass rate of 70%.",
    ]);
  });

  it("explain a target of 0", () => {
    const a = sampleAnalysis();
    a.units[2] = { ...a.units[2], target: 0, completion: null, gap: -20 };
    expect(String(notes(reportOf(a))[0])).toBe(
      "注：1. 亭林镇：2023年目标为0，不计完成率，不参与排名。"
    );
  });

  it.each<[string, number, number, string]>([
    [
      "window over before the year",
      44000,
      44500,
      "奖励政策执行期至2021年10月31日止，2023年的认定和迁入不再奖励（此前迁入的后续分期照付）。",
    ],
    [
      "window ends in the year",
      44750,
      45100,
      "奖励政策执行期至2023年6月23日止，此后的认定和迁入不予奖励（此前迁入的后续分期照付）。",
    ],
    [
      "window starts in the year",
      45000,
      46000,
      "奖励政策自2023年3月15日起执行，此前的认定和迁入不予奖励。",
    ],
    [
      "window not yet open",
      45400,
      46000,
      "奖励政策自2024年4月18日起执行，截至2023年12月31日尚无奖励。",
    ],
  ])("explain awards left at 0 by the policy window: %s", (_label, start, end, text) => {
    const got = notes(reportOf(undefined, "zh-CN", { window: { start, end } }));
    expect(got.some((n) => String(n).endsWith(text))).toBe(true);
  });

  it("hold only the forecast's rates when nothing else needs explaining", () => {
    const a = sampleAnalysis();
    a.units = a.units.filter((u) => u.target !== null);
    expect(notes(reportOf(a))).toEqual([`注：${BASIS_ZH}`]);
  });
});

describe("the forecast sentence", () => {
  const withTotal = (value: number, needed: number | null, target: number | null = 250) => {
    const a = sampleAnalysis();
    a.total = {
      ...a.total,
      target,
      forecast: {
        ...a.total.forecast,
        value,
        gap: target === null ? null : target - value,
        needed,
      },
    };
    return a;
  };
  /** The same analysis at 30 September: the year is not over, the forecast is a forecast. */
  const midYear = (a: ReturnType<typeof sampleAnalysis>) => ({ ...a, asOf: 45199 });
  const sentence = (a: ReturnType<typeof sampleAnalysis>, lang: "zh-CN" | "en-US" = "zh-CN") =>
    rowsOf(reportOf(a, lang)[0], "forecast")[0][0] as string;

  it.each<[string, number, number | null, number | null, string]>([
    ["met", 260.4, 0, 250, "按当前培育库和续认率测算，预计年末260家，可完成目标250家。"],
    [
      "short by less than one (rounded up to the target)",
      249.6,
      1,
      250,
      "按当前培育库和续认率测算，预计年末250家，距目标差不足1家，还需推出约1家。",
    ],
    ["no target", 1537.6, null, null, "按当前培育库和续认率测算，预计年末1538家。"],
    [
      "the issue's example",
      1537.6,
      118,
      1620,
      "按当前培育库和续认率测算，预计年末1538家，距目标差82家，还需推出约118家。",
    ],
  ])("%s: said without its workings", (_label, value, needed, target, text) => {
    expect(sentence(midYear(withTotal(value, needed, target)))).toBe(text);
  });

  it("at the year end says in one clause that it counts the applications not yet decided", () => {
    expect(sentence(withTotal(1537.6, 118, 1620))).toBe(
      "计入已推出申报、尚未公布认定结果的企业，预计年末1538家，距目标差82家，还需推出约118家。"
    );
    expect(sentence(withTotal(1537.6, 118, 1620), "en-US")).toBe(
      "Counting the applications submitted but not yet decided, about 1,538 HNTEs are expected at year end, 82 short of the target; about 118 more applications are needed."
    );
  });

  it.each<[string, Partial<ReturnType<typeof sampleAnalysis>["forecastBasis"]>, string]>([
    [
      "a default rate",
      { renewalSource: "default", renewalRate: 0.7, renewalBase: 12, renewalRenewed: 9 },
      "预计年末数按默认续认率70%（2021-2022年到期的仅12家，不足20家，不宜测算）和申报通过率70%测算。",
    ],
    [
      "the user's rate",
      { renewalSource: "setting", renewalRate: 0.855 },
      "预计年末数按设置的续认率85.5%和申报通过率70%测算。",
    ],
  ])("leaves the rates to a note that says where they came from: %s", (_label, basis, note) => {
    const a = sampleAnalysis();
    a.forecastBasis = { ...a.forecastBasis, ...basis };
    const [l] = reportOf(a);
    expect(sentence(a)).not.toMatch(/续认率\d/);
    const notes = rowsOf(l, "notes").map((r) => String(r[0]));
    expect(notes[notes.length - 1].endsWith(note)).toBe(true);
  });

  it("speaks English", () => {
    expect(sentence(midYear(withTotal(1537.6, 118, 1620)), "en-US")).toBe(
      "With the current pool and renewal rate, about 1,538 HNTEs are expected at year end, 82 short of the target; about 118 more applications are needed."
    );
  });
});
