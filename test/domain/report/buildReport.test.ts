import { buildReportLayout } from "../../../src/domain/report/buildReport";
import type { CellStyle, ReportLayout, SectionId } from "../../../src/domain/report/layout";
import { BAND_HIGH, BAND_LOW, REPORT_COLUMNS } from "../../../src/domain/report/palette";
import { sampleAnalysis } from "./fixture";

/** The effective style of one cell: every covering range merged in order. */
function styleAt(layout: ReportLayout, row: number, col: number): CellStyle {
  return layout.styles
    .filter(
      ({ range: r }) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols
    )
    .reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});
}

const section = (layout: ReportLayout, id: SectionId) => layout.sections.find((s) => s.id === id)!;

describe("buildReportLayout", () => {
  const zh = buildReportLayout(sampleAnalysis(), "zh-CN");

  it("is a rectangle of 9 columns with one width per column", () => {
    expect(zh.values.length).toBeGreaterThan(10);
    for (const row of zh.values) expect(row).toHaveLength(9);
    expect(zh.columnWidths).toHaveLength(9);
    expect(zh.sheetName).toBe("高企通报");
    expect(zh.lang).toBe("zh-CN");
  });

  it("titles the report with the district, year and as-of date", () => {
    expect(zh.values[0][0]).toBe("金山区高新技术企业目标任务完成情况通报（2023年）");
    expect(zh.values[1][0]).toContain("2023-12-31");
    expect(zh.values[1][0]).toContain("200");
    expect(zh.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 9 });
  });

  it("lists the units in target-table order, then 合计, with the issue's columns", () => {
    const s = section(zh, "units");
    expect(zh.values[s.headerRow]).toEqual([
      "责任单位",
      "目标",
      "有效期内高企",
      "完成率",
      "缺口",
      "净增",
      "年内到期",
      "奖励金额",
      "预计年末",
    ]);
    const rows = zh.values.slice(s.firstRow, s.lastRow + 1);
    expect(rows.map((r) => r[0])).toEqual(["枫泾镇", "朱泾镇", "亭林镇", "其他", "合计"]);
    // The forecast is the exact expected value; its number format shows it rounded.
    expect(rows[0]).toEqual(["枫泾镇", 100, 95, 0.95, 5, 5, 1, 250000, 95.2]);
    expect(rows[3]).toEqual(["其他", "—", 3, "—", "—", 5, 1, 250000, 3.2]);
    expect(rows[4]).toEqual(["合计", 250, 188, 0.752, 62, 20, 3, 750000, 188.8]);
  });

  it.each([
    [1, "#,##0"],
    [3, "0.0%"],
    [4, "#,##0;-#,##0;0"],
    [5, "+#,##0;-#,##0;0"],
    [7, "#,##0"],
    [8, "#,##0"],
    [0, "@"],
  ])("formats unit-table column %i as %s", (col, format) => {
    const s = section(zh, "units");
    expect(styleAt(zh, s.firstRow, col).numberFormat).toBe(format);
    expect(styleAt(zh, s.lastRow, col).numberFormat).toBe(format);
  });

  it("sets the 合计 row in bold on a fill, and the header in white on blue", () => {
    const s = section(zh, "units");
    expect(styleAt(zh, s.lastRow, 0)).toMatchObject({ bold: true, fill: "D9E1F2" });
    expect(styleAt(zh, s.headerRow, 2)).toMatchObject({
      bold: true,
      fill: "1F4E79",
      fontColor: "FFFFFF",
    });
  });

  it("colours completion bands only over completion cells that hold numbers", () => {
    const s = section(zh, "units");
    const ranges = [...new Set(zh.conditionalFormats.map((r) => JSON.stringify(r.range)))].map(
      (j) => JSON.parse(j)
    );
    // 枫泾镇..亭林镇 (three rows), then 合计 alone: 其他 ("—") is skipped.
    expect(ranges).toEqual([
      { row: s.firstRow, col: 3, rows: 3, cols: 1 },
      { row: s.lastRow, col: 3, rows: 1, cols: 1 },
    ]);
    const rules = zh.conditionalFormats.filter((r) => r.range.row === s.firstRow);
    expect(rules.map((r) => [r.operator, r.value1])).toEqual([
      ["greaterThanOrEqual", BAND_HIGH],
      ["between", BAND_LOW],
      ["lessThan", BAND_LOW],
    ]);
    expect(rules[1].value2).toBeLessThan(BAND_HIGH);
    expect(rules[1].value2).toBeGreaterThan(BAND_HIGH - 1e-6);
  });

  it.each([
    [0.95, "C6EFCE"],
    [0.9, "C6EFCE"],
    [0.7, "FFEB9C"],
    [0.6, "FFEB9C"],
    [0.4, "FFC7CE"],
  ])("puts completion %f in the band filled %s (first matching rule wins)", (value, fill) => {
    const rules = zh.conditionalFormats.filter(
      (r) => r.range.row === section(zh, "units").firstRow
    );
    const match = rules.find((r) =>
      r.operator === "lessThan"
        ? value < r.value1
        : r.operator === "greaterThanOrEqual"
          ? value >= r.value1
          : value >= r.value1 && value <= r.value2!
    );
    expect(match?.fill).toBe(fill);
  });

  it("freezes down to the unit table's header and prints A4 landscape, one page wide", () => {
    expect(zh.freeze).toEqual({ rows: section(zh, "units").headerRow + 1, columns: 0 });
    expect(zh.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("charts completion of the units with a target, beside the table", () => {
    const s = section(zh, "units");
    expect(zh.chart).toMatchObject({
      type: "bar",
      title: "各单位目标完成率",
      categories: { row: s.firstRow, col: 0, rows: 3, cols: 1 },
      values: { row: s.firstRow, col: 3, rows: 3, cols: 1 },
      seriesName: "完成率",
    });
    expect(zh.chart!.anchor.col).toBeGreaterThanOrEqual(8);
  });

  it("lists expiring certificates with dates as serials and statuses in words", () => {
    const s = section(zh, "expiring");
    expect(zh.values[s.headerRow].slice(0, 6)).toEqual([
      "企业名称",
      "证书编号",
      "所属单位",
      "有效期至",
      "状态",
      "剩余天数",
    ]);
    expect(zh.values[s.firstRow].slice(0, 6)).toEqual([
      "上海甲乙科技有限公司",
      "GR202031000001",
      "枫泾镇",
      45107,
      "期满待重新认定",
      null,
    ]);
    expect(zh.values[s.lastRow].slice(0, 6)).toEqual([
      "=上海丙丁科技有限公司",
      "GR202131000002",
      "朱泾镇",
      45291,
      "即将到期",
      0,
    ]);
    expect(styleAt(zh, s.firstRow, 3).numberFormat).toBe("yyyy-mm-dd");
    expect(styleAt(zh, s.firstRow, 0).numberFormat).toBe("@");
    expect(styleAt(zh, s.firstRow, 4).fontColor).toBe("C00000");
    expect(zh.values[s.headerRow - 1][0]).toBe("二、2023年内到期证书（2家）");
  });

  it("lists awards with type names, dates and amounts, and their sum in the caption", () => {
    const s = section(zh, "awards");
    expect(zh.values[s.firstRow].slice(0, 5)).toEqual([
      "=上海丙丁科技有限公司",
      "枫泾镇",
      "首次认定",
      45245,
      200000,
    ]);
    expect(zh.values[s.lastRow][2]).toBe("重新认定");
    expect(zh.values[s.headerRow - 1][0]).toBe("三、2023年奖励事项（2项，合计 250,000 元）");
    expect(styleAt(zh, s.firstRow, 4).numberFormat).toBe("#,##0");
  });

  it("lists findings with sheet, row, column, enterprise and message, errors in red", () => {
    const s = section(zh, "findings");
    expect(zh.values[s.headerRow].slice(0, 5)).toEqual(["工作表", "行", "列", "企业名称", "问题"]);
    expect(zh.values[s.firstRow].slice(0, 5)).toEqual(["名单", 7, "E", "上海甲乙科技有限公司", "发证日期无法识别"]);
    expect(zh.values[s.lastRow].slice(0, 5)).toEqual(["名单", 8, "F", null, "所属单位为空"]);
    expect(styleAt(zh, s.firstRow, 4).fontColor).toBe("C00000");
    expect(styleAt(zh, s.lastRow, 4).fontColor).toBeUndefined();
    // The message spans E:I, merged per row and bordered, the header too.
    for (const row of [s.headerRow, s.firstRow, s.lastRow])
      expect(zh.merges).toContainEqual({ row, col: 4, rows: 1, cols: 5 });
    expect(styleAt(zh, s.firstRow, 8)).toMatchObject({ border: true, numberFormat: "@" });
    expect(styleAt(zh, s.headerRow, 8)).toMatchObject({ fill: "1F4E79" });
  });

  describe("past report.maxListedFindings", () => {
    const finding = (i: number, code: "credit-code" | "duplicate" | "bad-date") => ({
      sheet: "名单",
      row: 10 + i,
      column: "C",
      code,
      severity: code === "bad-date" ? ("error" as const) : ("warning" as const),
      message: { "zh-CN": `问题${i}`, "en-US": `problem ${i}` },
    });
    const findings = [
      ...Array.from({ length: 5 }, (_, i) => finding(i, "credit-code")),
      finding(5, "bad-date"),
      ...Array.from({ length: 3 }, (_, i) => finding(6 + i, "duplicate")),
      ...Array.from({ length: 2 }, (_, i) => finding(9 + i, "credit-code")),
    ];
    const capped = buildReportLayout(sampleAnalysis({ findings }), "zh-CN", {
      maxListedFindings: 4,
    });

    it("lists the first findings, says where the rest are, and counts the rest per code", () => {
      const s = section(capped, "findings");
      expect(capped.values[s.headerRow - 2][0]).toBe("四、数据问题（11条）");
      expect(capped.values[s.headerRow - 1][0]).toBe(
        "此处仅列出前 4 条，其余 7 条按问题类型计数列于表后；完整清单见 JSON 输出（gaoqi report --json）或任务窗格“数据问题”页。"
      );
      expect(capped.merges).toContainEqual({ row: s.headerRow - 1, col: 0, rows: 1, cols: REPORT_COLUMNS });
      expect(s.lastRow - s.firstRow + 1).toBe(4);
      expect(capped.values.slice(s.firstRow, s.lastRow + 1).map((r) => r[1])).toEqual([
        10, 11, 12, 13,
      ]);
      const counts = section(capped, "findingCounts");
      expect(capped.values[counts.headerRow].slice(0, 2)).toEqual(["问题类型", "未列出条数"]);
      expect(
        capped.values.slice(counts.firstRow, counts.lastRow + 1).map((r) => r.slice(0, 2))
      ).toEqual([
        ["统一社会信用代码有误", 3], // ties in code order: credit-code before duplicate
        ["重复记录", 3],
        ["日期无法识别", 1],
      ]);
      expect(styleAt(capped, counts.firstRow, 1).numberFormat).toBe("#,##0");
    });

    it("lists every finding when they fit, with no note and no counts", () => {
      const all = buildReportLayout(sampleAnalysis({ findings }), "en-US", {
        maxListedFindings: 11,
      });
      const s = section(all, "findings");
      expect(s.lastRow - s.firstRow + 1).toBe(11);
      expect(all.values[s.headerRow - 1][0]).toBe("4. Data findings (11)");
      expect(all.sections.map((x) => x.id)).not.toContain("findingCounts");
    });

    it("says it in English too", () => {
      const en = buildReportLayout(sampleAnalysis({ findings }), "en-US", {
        maxListedFindings: 10,
      });
      const s = section(en, "findings");
      expect(en.values[s.headerRow - 1][0]).toMatch(
        /^The first 10 are listed here; the other 1 are counted by code/
      );
      expect(en.values[section(en, "findingCounts").firstRow].slice(0, 2)).toEqual([
        "Invalid credit code",
        1,
      ]);
    });
  });

  it("writes every text cell with the text format, so no user string can become a formula", () => {
    zh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && /^[=+\-@]/.test(v))
          expect(styleAt(zh, r, c).numberFormat).toBe("@");
      })
    );
  });

  it("says (none) under an empty list and keeps lastRow < firstRow", () => {
    const layout = buildReportLayout(
      sampleAnalysis({ expiring: [], awards: [], findings: [] }),
      "zh-CN"
    );
    for (const id of ["expiring", "awards", "findings"] as const) {
      const s = section(layout, id);
      expect(s.lastRow).toBeLessThan(s.firstRow);
      expect(layout.values[s.headerRow + 1][0]).toBe("（无）");
    }
  });

  it("has no chart when no unit has a target", () => {
    const a = sampleAnalysis();
    a.units = a.units.map((u) => ({ ...u, target: null, completion: null, gap: null }));
    expect(buildReportLayout(a, "zh-CN").chart).toBeNull();
  });

  it("speaks English on request", () => {
    const en = buildReportLayout(sampleAnalysis(), "en-US");
    const s = section(en, "units");
    expect(en.sheetName).toBe("HNTE Bulletin");
    expect(en.values[s.headerRow][0]).toBe("Unit");
    expect(en.values[s.headerRow][3]).toBe("Completion");
    expect(en.values[0][0]).toContain("2023");
    expect(en.values[section(en, "awards").firstRow][2]).toBe("First recognition");
    expect(en.values[section(en, "findings").firstRow][4]).toBe("unreadable issue date");
  });

  it("defaults to Chinese", () => {
    expect(buildReportLayout(sampleAnalysis()).values[0][0]).toBe(zh.values[0][0]);
  });

  it("orders sections title, forecast, units, expiring, awards, findings, pool without overlap", () => {
    const ids = zh.sections.map((s) => s.id);
    expect(ids).toEqual(["title", "forecast", "units", "expiring", "awards", "findings", "pool"]);
    for (let i = 1; i < zh.sections.length; i++)
      expect(zh.sections[i].headerRow).toBeGreaterThan(
        Math.max(zh.sections[i - 1].lastRow, zh.sections[i - 1].headerRow)
      );
  });

  it("says in one sentence under the title what the year end will bring and what it takes", () => {
    const row = section(zh, "forecast").firstRow;
    expect(row).toBe(section(zh, "title").lastRow + 2);
    expect(zh.values[row][0]).toBe(
      "按当前培育库和续认率，预计年末 189 家，距目标差 61 家，还需推出约 88 家。" +
        "（续认率 50%：2021-2022 年到期的 40 家中 20 家按期重新认定；申报通过率 70%）"
    );
    expect(zh.merges).toContainEqual({ row, col: 0, rows: 1, cols: 9 });
    expect(styleAt(zh, row, 0)).toMatchObject({ wrap: true, numberFormat: "@" });
    expect(zh.rowHeights).toContainEqual({ row, height: 30 });
  });

  it("lists the pool by unit and stage in an annex, 合计 last", () => {
    const s = section(zh, "pool");
    expect(zh.values[s.headerRow - 1][0]).toBe("附件：各责任单位培育库情况（28家，截至 2023-12-31）");
    expect(zh.values[s.headerRow].slice(0, 7)).toEqual(["责任单位", "发现", "服务", "推出", "认定", "本年认定", "入库合计"]);
    const rows = zh.values.slice(s.firstRow, s.lastRow + 1).map((r) => r.slice(0, 7));
    expect(rows[0]).toEqual(["枫泾镇", 2, 3, 1, 1, 1, 7]);
    expect(rows[rows.length - 1]).toEqual(["合计", 8, 12, 4, 4, 4, 28]);
    expect(rows.map((r) => r[0])).toEqual(["枫泾镇", "朱泾镇", "亭林镇", "其他", "合计"]);
    expect(styleAt(zh, s.lastRow, 0)).toMatchObject({ bold: true });
    expect(styleAt(zh, s.firstRow, 6).numberFormat).toBe("#,##0");
  });
});

describe("the forecast sentence", () => {
  const withTotal = (value: number, needed: number | null, target: number | null = 250) => {
    const a = sampleAnalysis();
    a.total = { ...a.total, target, forecast: { ...a.total.forecast, value, gap: target === null ? null : target - value, needed } };
    return a;
  };
  const sentence = (a: ReturnType<typeof sampleAnalysis>, lang: "zh-CN" | "en-US" = "zh-CN") =>
    buildReportLayout(a, lang).values[section(buildReportLayout(a, lang), "forecast").firstRow][0] as string;

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
