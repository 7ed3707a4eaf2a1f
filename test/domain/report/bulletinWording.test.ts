/** The 通报's wording rules: official prose for dates and figures, sentences that say a thing once, 其他 apart, awards split. */
import { awardsSplit, unpaidReason } from "../../../src/domain/report/awardSplit";
import { buildReport, buildWorkpaper } from "../../../src/domain/report/buildReport";
import type { ReportLayout } from "../../../src/domain/report/layout";
import { longDate, proseCount, proseWan, proseYuan } from "../../../src/domain/report/prose";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import type { Analysis, AwardEvent, Lang, LapsedStage } from "../../../src/domain/core/types";
import { reportOf, sampleAnalysis, sampleCompare, sampleOptions } from "./fixture";

const section = (l: ReportLayout, id: string) => l.sections.find((s) => s.id === id);
const textOf = (l: ReportLayout, id: string): string[] => {
  const s = section(l, id);
  return s ? l.values.slice(s.firstRow, s.lastRow + 1).map((r) => String(r[0])) : [];
};

describe("figures in running text", () => {
  it.each<[string, () => string, string]>([
    ["a count, zh-CN", () => proseCount(1538, "zh-CN"), "1538"],
    ["a count, en-US", () => proseCount(1538, "en-US"), "1,538"],
    ["a small count, zh-CN", () => proseCount(12, "zh-CN"), "12"],
    ["万元, whole", () => proseWan(2050000, "zh-CN"), "205"],
    ["万元, two places", () => proseWan(12300, "zh-CN"), "1.23"],
    ["万元, one place", () => proseWan(125000, "zh-CN"), "12.5"],
    ["万元, rounded half up", () => proseWan(12345, "zh-CN"), "1.23"],
    ["万元, large, zh-CN", () => proseWan(123456789, "zh-CN"), "12345.68"],
    ["万元, large, en-US", () => proseWan(123456789, "en-US"), "12,345.68"],
    ["yuan, en-US", () => proseYuan(2050000), "CNY 2,050,000"],
    ["a date, zh-CN", () => longDate(45657, "zh-CN"), "2024年12月31日"],
    ["a date, en-US", () => longDate(45657, "en-US"), "31 December 2024"],
    ["a date without leading zeros", () => longDate(45362, "zh-CN"), "2024年3月11日"],
  ])("%s", (_label, make, expected) => expect(make()).toBe(expected));
});

/** An analysis with four-digit figures, where a table would print separators. */
function bigFigures(): Analysis {
  const a = sampleAnalysis();
  a.total = {
    ...a.total,
    valid: 1093,
    target: 1620,
    completion: 1093 / 1620,
    netIncrease: -168,
    forecast: { ...a.total.forecast, value: 1113.4, needed: 725 },
  };
  a.total.contacts = { visits: 1190, enterprises: 1032, open: 78, overdue: 58, toVisit: 1170 };
  return a;
}

describe("every text of the report and the 工作底稿 (not the tables)", () => {
  const texts = (a: Analysis, lang: Lang): string[] => {
    const opts = sampleOptions(lang);
    const layouts = [
      ...buildReport(a, sampleCompare(a), opts),
      ...buildWorkpaper(a, sampleCompare(a), opts),
    ];
    return layouts.flatMap((l) =>
      l.sections
        .filter((s) => s.kind === "text")
        .flatMap((s) => l.values.slice(s.firstRow, s.lastRow + 1).map((r) => String(r[0] ?? "")))
    );
  };
  const cases: [string, () => Analysis][] = [
    ["the fixture", () => sampleAnalysis()],
    ["four-digit figures", bigFigures],
  ];

  it.each(cases)(
    "%s, zh-CN: no ISO date, no space between a number and its measure word, no thousands separator",
    (_label, make) => {
      const all = texts(make(), "zh-CN");
      expect(all.length).toBeGreaterThan(10);
      for (const t of all) {
        expect({ t, iso: /\d{4}-\d{2}-\d{2}/.test(t) }).toEqual({ t, iso: false });
        expect({ t, space: /\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d/.test(t) }).toEqual({
          t,
          space: false,
        });
        expect({ t, separator: /\d,\d{3}/.test(t) }).toEqual({ t, separator: false });
      }
    }
  );

  it.each(cases)("%s, en-US: dates as 31 December 2023, never ISO", (_label, make) => {
    for (const t of texts(make(), "en-US"))
      expect({ t, iso: /\d{4}-\d{2}-\d{2}/.test(t) }).toEqual({ t, iso: false });
  });

  it("keeps separators and ISO dates in the tables, where they line up", () => {
    const [bulletin] = reportOf(bigFigures());
    const s = section(bulletin, "units")!;
    expect(
      bulletin.styles.some(
        (st) =>
          st.range.row <= s.lastRow &&
          st.range.row + st.range.rows > s.firstRow &&
          st.style.numberFormat === "#,##0"
      )
    ).toBe(true);
  });

  it("prints the 通报's running text in black", () => {
    const [bulletin] = reportOf();
    for (const id of [
      "refNo",
      "title",
      "addressee",
      "summary",
      "forecast",
      "contacts",
      "closing",
    ]) {
      const row = section(bulletin, id)!.firstRow;
      const colours = bulletin.styles
        .filter(
          (st) => st.range.row <= row && st.range.row + st.range.rows > row && st.style.fontColor
        )
        .map((st) => st.style.fontColor);
      expect({ id, colour: colours[colours.length - 1] }).toEqual({ id, colour: "000000" });
    }
  });
});

describe("the summary's sentences", () => {
  const summary = (a: Analysis, lang: Lang = "zh-CN") => textOf(reportOf(a, lang)[0], "summary")[0];
  const expiringOf = (n: number, expired: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...sampleAnalysis().expiring[0],
      row: 100 + i,
      status: i < expired ? ("expired" as const) : ("expiring" as const),
    }));

  it.each<[string, number, number, string, string]>([
    ["none", 0, 0, "年内无证书到期的企业。", "No certificate expires this year."],
    [
      "all expired (the year end): said once",
      169,
      169,
      "年内证书到期的企业169家，均已期满待重新认定（名单见附件1）。",
      "The certificates of 169 enterprises expired this year; all await re-recognition (list in Annex 1).",
    ],
    [
      "some expired",
      169,
      20,
      "年内证书到期的企业169家，其中已期满待重新认定20家（名单见附件1）。",
      "The certificates of 169 enterprises expire this year, 20 of them already expired and awaiting re-recognition (list in Annex 1).",
    ],
    [
      "none expired yet",
      5,
      0,
      "年内证书到期的企业5家（名单见附件1）。",
      "The certificates of 5 enterprises expire this year (list in Annex 1).",
    ],
  ])("expiring: %s", (_label, n, expired, zh, en) => {
    const a = sampleAnalysis({ expiring: expiringOf(n, expired) });
    expect(summary(a)).toContain(zh);
    expect(summary(a, "en-US")).toContain(en);
    expect(summary(a).match(/169家/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it.each<[string, (a: Analysis) => void, string]>([
    [
      "其他 with a target and the best completion is neither counted nor ranked",
      (a) => (a.units[3] = { ...a.units[3], target: 1, completion: 3, gap: -2 }),
      "3个责任单位均未完成年度目标。另有所属单位空白或无法识别的企业3家，列为“其他”，不参与排名。",
    ],
    [
      "其他 without enterprises is not mentioned",
      (a) => (a.units[3] = { ...a.units[3], valid: 0 }),
      "3个责任单位均未完成年度目标。2023年11月30日以来各单位均无下降",
    ],
    [
      "a unit that met its target is named",
      (a) => (a.units[0] = { ...a.units[0], valid: 100, completion: 1, gap: 0 }),
      "3个责任单位中，1个已完成年度目标（枫泾镇），2个未完成（朱泾镇、亭林镇）。",
    ],
  ])("units: %s", (_label, change, text) => {
    const a = sampleAnalysis();
    change(a);
    expect(summary(a)).toContain(text);
    expect(reportOf(a)[0].values.find((r) => r[1] === "其他")?.[0]).toBe("—");
  });

  const event = (amount: number, over: Partial<AwardEvent> = {}): AwardEvent => ({
    ...sampleAnalysis().awards[0],
    amount,
    ...over,
  });
  const lapsed = (): LapsedStage => ({
    ...event(0, { type: "relocation", stage: 2, stages: 2 }),
    lapsed: "left",
  });

  it.each<[string, AwardEvent[], LapsedStage[], string, string]>([
    ["none", [], [], "本年无奖励事项。", "No award events this year."],
    [
      "payable only",
      [event(200000), event(50000)],
      [],
      "本年应予奖励事项2项，合计25万元（明细见附件2）。",
      "2 award events are payable this year, CNY 250,000 in total (details in Annex 2).",
    ],
    [
      "payable and unpaid: both counts",
      [event(200000), event(0), event(0)],
      [lapsed()],
      "本年应予奖励事项1项，合计20万元（明细见附件2）；另有3项不予奖励（原因见附件2）。",
      "1 award event is payable this year, CNY 200,000 (details in Annex 2); 3 more events earn no award (reasons in Annex 2).",
    ],
    [
      "unpaid only",
      [event(0)],
      [],
      "本年无应予奖励事项；另有1项不予奖励（原因见附件2）。",
      "No award is payable this year; 1 more event earns no award (reasons in Annex 2).",
    ],
  ])("awards: %s", (_label, awards, lapsedStages, zh, en) => {
    const a = sampleAnalysis({ awards, lapsedStages });
    expect(summary(a)).toContain(zh);
    expect(summary(a, "en-US")).toContain(en);
  });
});

describe("payable and unpaid awards", () => {
  const base = sampleAnalysis().awards[0];
  const window = DEFAULT_SETTINGS.window;
  const awards = DEFAULT_SETTINGS.awards;
  const e = (over: Partial<AwardEvent>): AwardEvent => ({ ...base, ...over });

  it.each<[string, AwardEvent, typeof awards, string]>([
    [
      "a recognition after the window",
      e({ type: "first", date: 45600, amount: 0 }),
      awards,
      "window",
    ],
    [
      "a renewal before the window",
      e({ type: "renewal", date: 44700, amount: 0 }),
      awards,
      "window",
    ],
    [
      "a relocation stage of a move-in outside the window",
      e({ type: "relocation", stage: 2, stages: 2, date: 45400, amount: 0 }),
      awards,
      "window",
    ],
    [
      "a recognition the settings pay nothing for",
      e({ type: "first", date: 45000, amount: 0 }),
      { ...awards, first: 0 },
      "noAmount",
    ],
    [
      "a stage the settings pay nothing for",
      e({ type: "relocation", stage: 1, stages: 2, date: 45000, amount: 0 }),
      {
        ...awards,
        relocationStages: [
          { amount: 0, months: 0 },
          { amount: 1, months: 12 },
        ],
      },
      "noAmount",
    ],
    [
      "a stage lapsed: the enterprise had left",
      { ...e({ type: "relocation", stage: 2, amount: 0 }), lapsed: "left" } as LapsedStage,
      awards,
      "left",
    ],
    [
      "a stage lapsed: no valid certificate",
      { ...e({ type: "relocation", stage: 2, amount: 0 }), lapsed: "invalid" } as LapsedStage,
      awards,
      "invalid",
    ],
  ])("%s: %s", (_label, event, set, reason) => {
    expect(unpaidReason(event, set, window)).toBe(reason);
  });

  it("splits the events: payable by amount, the unpaid with the lapsed stages, by date", () => {
    const a = sampleAnalysis({
      awards: [
        e({ date: 45000, amount: 0, name: "甲" }),
        e({ date: 45010, amount: 200000, name: "乙" }),
      ],
      lapsedStages: [
        {
          ...e({ date: 44990, amount: 0, name: "丙", type: "relocation", stage: 2 }),
          lapsed: "left",
        },
      ],
    });
    const { paid, unpaid } = awardsSplit(a);
    expect(paid.map((x) => x.name)).toEqual(["乙"]);
    expect(unpaid.map((x) => x.name)).toEqual(["丙", "甲"]);
  });

  it("lists only the payable events in the 附件 奖励明细, the unpaid counted by reason and type under them", () => {
    const a = sampleAnalysis({
      awards: [
        e({ amount: 200000, name: "甲" }),
        e({ amount: 0, name: "乙", date: 45600 }),
        e({ amount: 0, name: "丙", date: 45601 }),
      ],
      lapsedStages: [
        {
          ...e({ amount: 0, name: "丁", type: "relocation", stage: 2, stages: 2 }),
          lapsed: "left",
        },
      ],
    });
    const awardsSheet = reportOf(a).find((l) => l.id === "awards")!;
    const list = section(awardsSheet, "awards")!;
    const names = awardsSheet.values.slice(list.firstRow, list.lastRow + 1).map((r) => r[1]);
    expect(names).toContain("甲");
    expect(names.filter((n) => n === "乙" || n === "丙" || n === "丁")).toEqual([]);
    expect(names).toContain("合计（1项）");
    expect(awardsSheet.values[2][0]).toBe("2023年1月1日至2023年12月31日，应予奖励1项，合计20万元");
    const unpaid = section(awardsSheet, "unpaidAwards")!;
    expect(
      awardsSheet.values.slice(unpaid.firstRow, unpaid.lastRow + 1).map((r) => r.slice(0, 4))
    ).toEqual([
      [1, "认定或迁入日期不在奖励政策执行期内", "首次认定", 2],
      [2, "分期到期时企业已迁出本区", "迁入 第2期", 1],
    ]);
    expect(textOf(awardsSheet, "caption")).toContain("不予奖励事项（3项）");
  });

  it("has no unpaid table when every event is paid", () => {
    const awardsSheet = reportOf(sampleAnalysis()).find((l) => l.id === "awards")!;
    expect(section(awardsSheet, "unpaidAwards")).toBeUndefined();
  });
});

describe("the 工作底稿", () => {
  it.each<[Lang, string[], string]>([
    ["zh-CN", ["底稿 数据问题", "底稿 不予奖励"], "工作底稿"],
    ["en-US", ["WP Data findings", "WP Unpaid awards"], "Working papers"],
  ])(
    "%s: the findings and the unpaid award events, one by one with the reason",
    (lang, names, label) => {
      const a = sampleAnalysis({
        awards: [{ ...sampleAnalysis().awards[0], amount: 0, date: 45600, name: "乙" }],
      });
      const sheets = buildWorkpaper(a, sampleCompare(a), sampleOptions(lang));
      expect(sheets.map((l) => l.sheetName)).toEqual(names);
      expect(sheets.map((l) => l.id)).toEqual(["workpaperFindings", "workpaperUnpaid"]);
      for (const l of sheets) expect(l.values[0][0]).toBe(label);
      const findings = section(sheets[0], "findings")!;
      expect(findings.lastRow - findings.firstRow + 1).toBe(a.findings.length);
      const unpaid = section(sheets[1], "unpaidAwards")!;
      const row = sheets[1].values[unpaid.firstRow];
      expect([row[0], row[1], row[5]]).toEqual([1, "乙", 45600]);
      expect(row[6]).toBe(
        lang === "zh-CN"
          ? "认定或迁入日期不在奖励政策执行期内"
          : "Recognised or moved in outside the policy window"
      );
    }
  );

  it("is not part of the bulletin, whose findings 附件 is off by default", () => {
    const a = sampleAnalysis();
    const layouts = buildReport(a, sampleCompare(a), {
      ...sampleOptions(),
      findings: DEFAULT_SETTINGS.report.findings,
    });
    expect(layouts.map((l) => l.id)).not.toContain("findings");
    expect(layouts.map((l) => l.id)).not.toContain("workpaperFindings");
  });
});
