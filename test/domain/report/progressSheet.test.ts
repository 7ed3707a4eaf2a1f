import { isoFromSerial, serialFromYmd } from "../../../src/domain/core/dates";
import type { CellStyle, ReportLayout } from "../../../src/domain/report/layout";
import type { Analysis, Lang } from "../../../src/domain/core/types";
import { reportOf, sampleAnalysis } from "./fixture";

/** The effective style of one cell: every covering range merged in order. */
const styleAt = (layout: ReportLayout, row: number, col: number): CellStyle =>
  layout.styles
    .filter(
      ({ range: r }) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols
    )
    .reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});

const progressSheet = (a: Analysis = sampleAnalysis(), lang: Lang = "zh-CN"): ReportLayout =>
  reportOf(a, lang).find((l) => l.id === "progress")!;
const table = (l: ReportLayout) => l.sections.find((s) => s.id === "progress")!;
const summary = (a: Analysis, lang: Lang): string => {
  const b = reportOf(a, lang)[0];
  return b.values[b.sections.find((s) => s.id === "summary")!.firstRow][0] as string;
};

describe("附件 月度进度", () => {
  it.each([
    [
      "zh-CN",
      "附件6 月度进度",
      ["责任单位", "目标", "上年末", "1月", "2月", "3月"],
      "12月",
      ["合计", "全区目标", "全区完成率"],
    ],
    [
      "en-US",
      "Annex 6 Monthly progress",
      ["Unit", "Target", "End of 2022", "Jan", "Feb", "Mar"],
      "Dec",
      ["Total", "Target", "Completion"],
    ],
  ] as const)(
    "%s: units by months after the previous year end, then the 合计, the target and the completion",
    (lang, name, heads, lastHead, tail) => {
      const a = sampleAnalysis();
      const l = progressSheet(a, lang);
      expect(l.sheetName).toBe(name);
      const s = table(l);
      const header = l.values[s.headerRow].map((v) => String(v).replace(/\n/g, ""));
      expect(header.slice(0, 6)).toEqual(heads);
      expect(header.at(-1)).toBe(lastHead);
      expect(header).toHaveLength(3 + 12);
      const rows = l.values.slice(s.firstRow, s.lastRow + 1);
      expect(rows.map((r) => r[0]).slice(-3)).toEqual(tail);
      // 朱泾镇: target, previous year end, then its March dip as the analysis has it.
      const zhujing = rows[1];
      expect(zhujing.slice(1, 3)).toEqual([100, 65]);
      expect(zhujing.slice(3)).toEqual(a.progress.map((p) => p.units[1].valid));
      expect(zhujing[5]).toBe(64);
      expect(rows.at(-3)!.slice(3)).toEqual(a.progress.map((p) => p.valid));
      expect(rows.at(-2)!.slice(3)).toEqual(Array(12).fill(250));
      expect(rows.at(-1)!.slice(3)).toEqual(a.progress.map((p) => p.completion));
      expect(styleAt(l, s.lastRow, 14).numberFormat).toBe("0.0%");
      expect(styleAt(l, s.lastRow - 2, 0).bold).toBe(true);
    }
  );

  it("prints one page wide, the header row on every page", () => {
    const l = progressSheet();
    const s = table(l);
    expect(l.print).toMatchObject({
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: s.headerRow, last: s.headerRow },
    });
    expect(l.freeze.rows).toBe(s.headerRow + 1);
  });

  it("draws the 合计 against a dashed target line, the months from the header row's cells, under the table", () => {
    const l = progressSheet(sampleAnalysis(), "en-US");
    const s = table(l);
    const c = l.chart!;
    expect(c.type).toBe("line");
    expect(c.categories).toEqual({ row: s.headerRow, col: 3, rows: 1, cols: 12 });
    expect(c.series.map((x) => [x.name, x.values.row, x.values.cols, x.dashed ?? false])).toEqual([
      ["Valid HNTEs", s.lastRow - 2, 12, false],
      ["Target", s.lastRow - 1, 12, true],
    ]);
    expect(c.anchor.row).toBeGreaterThan(s.lastRow);
    expect(c.anchor.row + c.anchor.rows).toBeLessThanOrEqual(l.values.length);
  });

  it("without a district target: no target or completion rows, and the chart has the count alone", () => {
    const a = sampleAnalysis();
    a.total.target = null;
    const l = progressSheet(a);
    const s = table(l);
    expect(l.values[s.lastRow][0]).toBe("合计");
    expect(l.chart!.series).toHaveLength(1);
  });

  it.each([
    ["zh-CN", ["1月", "2月", "3月", "4月", "5月", "6月15日"]],
    ["en-US", ["Jan", "Feb", "Mar", "Apr", "May", "Jun 15"]],
  ] as const)(
    "%s: up to an as-of date within a month, the last column is that date",
    (lang, heads) => {
      const a = sampleAnalysis();
      a.asOf = serialFromYmd(2023, 6, 15);
      a.progress = a.progress.slice(0, 6);
      a.progress[5] = { ...a.progress[5], date: a.asOf };
      const l = progressSheet(a, lang);
      expect(l.values[table(l).headerRow].slice(3)).toEqual(heads);
      expect(isoFromSerial(a.progress[5].date)).toBe("2023-06-15");
    }
  );

  it("is left out when the analysis has no progress dates", () => {
    expect(reportOf(sampleAnalysis({ progress: [], falls: [] })).map((l) => l.id)).not.toContain(
      "progress"
    );
  });
});

describe("the summary's sentence on the last month", () => {
  const fellInDecember = (): Analysis => {
    const a = sampleAnalysis();
    const nov = a.progress[10].date;
    const dec = a.progress[11].date;
    a.falls = [
      ...a.falls,
      { ...a.falls[0], from: nov, date: dec, before: 73, after: 70 },
      { unit: "其他", from: nov, date: dec, before: 4, after: 3, enterprises: [] },
    ];
    return a;
  };

  it.each([
    [
      "zh-CN",
      "与2023年11月30日相比，朱泾镇（减少3家）有效期内高企数下降（逐月见附件6，退出企业见附件7）。",
    ],
    [
      "en-US",
      " Since 30 November 2023, the count fell in 朱泾镇 (down 3) (Annex 6; who left: Annex 7).",
    ],
  ] as const)(
    "%s names the responsible units that fell since the previous month end, not 其他 nor those that fell earlier",
    (lang, sentence) => {
      expect(summary(fellInDecember(), lang)).toContain(sentence);
    }
  );

  it("names no unit when only 其他 fell (it is no responsible unit)", () => {
    const a = sampleAnalysis();
    const nov = a.progress[10].date;
    const dec = a.progress[11].date;
    a.falls = [{ unit: "其他", from: nov, date: dec, before: 4, after: 3, enterprises: [] }];
    expect(summary(a, "zh-CN")).toContain("2023年11月30日以来各单位均无下降");
  });

  it.each([
    ["zh-CN", "2022年12月31日以来各单位均无下降（逐月见附件6）。"],
    ["en-US", " No unit fell since 31 December 2022 (Annex 6)."],
  ] as const)("%s: in January it measures from the previous year end", (lang, sentence) => {
    const a = sampleAnalysis({ asOf: serialFromYmd(2023, 1, 31) });
    a.progress = a.progress.slice(0, 1);
    a.falls = [];
    expect(summary(a, lang)).toContain(sentence);
  });
});

describe("附件 下降明细", () => {
  const fallsSheet = (a: Analysis, lang: Lang) => reportOf(a, lang).find((l) => l.id === "falls");

  it.each([
    ["zh-CN", "附件7 下降明细", ["证书到期", "迁出", "转至枫泾镇"], "66 → 64"],
    ["en-US", "Annex 7 Falls", ["Certificate lapsed", "Moved out", "Moved to 枫泾镇"], "66 → 64"],
  ] as const)(
    "%s: each fall's month end, unit and change on its first line, then who left and why",
    (lang, name, reasons, change) => {
      const a = sampleAnalysis();
      const third = {
        ...a.falls[0].enterprises[0],
        name: "上海寅卯科技有限公司",
        row: 40,
        reason: "unit-change" as const,
        toUnit: "枫泾镇",
        on: 45010,
      };
      a.falls[0].enterprises.push(third);
      const l = fallsSheet(a, lang)!;
      expect(l.sheetName).toBe(name);
      const s = l.sections.find((x) => x.id === "falls")!;
      const rows = l.values.slice(s.firstRow, s.lastRow + 1);
      expect(rows).toEqual([
        [1, 45016, "朱泾镇", change, "上海壬癸电子有限公司", null, reasons[0], 44995],
        [2, null, null, null, "=上海子丑机械有限公司", null, reasons[1], 45000],
        [3, null, null, null, "上海寅卯科技有限公司", null, reasons[2], 45010],
      ]);
      expect(l.print).toMatchObject({
        fitToWidth: 1,
        repeatRows: { first: s.headerRow, last: s.headerRow },
      });
    }
  );

  it("is left out when no unit fell", () => {
    expect(fallsSheet(sampleAnalysis({ falls: [] }), "zh-CN")).toBeUndefined();
  });
});
