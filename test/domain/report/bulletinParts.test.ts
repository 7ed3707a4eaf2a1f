/**
 * The pieces of the bulletin that stand on their own: the comparison date, the ranking, the column heads'
 * line breaks, the print checks (the 通报 on one page, print titles and the footer on every list sheet, text
 * never wider than its cell), the award list's subtotals, and the document model the Word bulletin prints.
 */
import { serialFromIso } from "../../../src/domain/core/dates";
import { MAX_FROZEN_ROWS } from "../../../src/domain/report/annexFrame";
import { compareDateFor } from "../../../src/domain/report/compareDate";
import {
  bulletinDoc,
  tableRows as docTableRows,
  type DocTable,
} from "../../../src/domain/report/docModel";
import type { ReportLayout } from "../../../src/domain/report/layout";
import { formatValue } from "../../../src/domain/report/numberText";
import {
  printableArea,
  printedHeight,
  widthPoints,
  widthScale,
} from "../../../src/domain/report/pageFit";
import { rankedOrder, rankUnits } from "../../../src/domain/report/ranking";
import { headerText } from "../../../src/domain/report/tableParts";
import { textWidth } from "../../../src/domain/report/textWidth";
import type { UnitRow } from "../../../src/domain/core/types";
import { styleAt } from "./buildReport.test";
import { reportOf, sampleAnalysis } from "./fixture";

const iso = (s: string) => serialFromIso(s) as number;

describe("the comparison date (较上期)", () => {
  it.each([
    ["2023-12-31", "year-end", "2022-12-31"],
    ["2023-01-01", "year-end", "2022-12-31"],
    ["2023-06-30", "quarter-end", "2023-03-31"],
    ["2023-07-01", "quarter-end", "2023-06-30"],
    ["2023-03-31", "quarter-end", "2022-12-31"],
    ["2023-12-31", "quarter-end", "2023-09-30"],
    ["2023-03-15", "month-end", "2023-02-28"],
    ["2024-03-01", "month-end", "2024-02-29"],
    ["2023-01-31", "month-end", "2022-12-31"],
  ] as const)("as of %s, the %s before it is %s", (asOf, choice, want) => {
    expect(compareDateFor(iso(asOf), choice)).toBe(iso(want));
  });

  it("is the date itself when one is set", () => {
    expect(compareDateFor(iso("2023-12-31"), iso("2023-05-20"))).toBe(iso("2023-05-20"));
  });
});

describe("the ranking (排名)", () => {
  const u = (unit: string, target: number | null, valid: number): UnitRow =>
    ({
      unit,
      target,
      valid,
      completion: target === null || target === 0 ? null : valid / target,
    }) as UnitRow;

  it("ranks by completion; a tie goes to the larger valid count, then to table order; units without a completion are not ranked", () => {
    const units = [
      u("甲", 10, 5),
      u("乙", 20, 10),
      u("丙", null, 9),
      u("丁", 10, 9),
      u("戊", 0, 3),
      u("己", 20, 10),
    ];
    const ranks = rankUnits(units);
    expect(ranks).toEqual([4, 2, null, 1, null, 3]);
    expect(rankedOrder(ranks).map((i) => units[i].unit)).toEqual([
      "丁",
      "乙",
      "己",
      "甲",
      "丙",
      "戊",
    ]);
  });
});

describe("column heads", () => {
  it.each([
    ["奖励（万元）", "奖励\n（万元）"],
    ["Awards (10,000 CNY)", "Awards\n(10,000 CNY)"],
    ["认定日期/分期到期日", "认定日期/\n分期到期日"],
    ["有效期内高企", "有效期内\n高企"],
    ["统一社会信用代码", "统一社会\n信用代码"],
    ["年内到期", "年内到期"],
    ["Year-end forecast", "Year-end forecast"],
    ["Completion", "Completion"],
    ["有效期内HNTE", "有效期内HNTE"],
    ["（万元）", "（万元）"],
  ])("%j breaks as %j", (label, want) => expect(headerText(label)).toBe(want));
});

/** The rows of a table section. */
const tableRows = (l: ReportLayout, id: string) => {
  const s = l.sections.find((x) => x.id === id)!;
  return { s, rows: l.values.slice(s.firstRow, s.lastRow + 1) };
};

describe("printing, checked on the layouts themselves (what Excel and LibreOffice are told)", () => {
  /** A district of `n` units named by `name`. */
  function bigAnalysis(n: number, name: (i: number) => string) {
    const a = sampleAnalysis();
    const base = a.units[0];
    a.units = Array.from({ length: n }, (_, i) => ({
      ...base,
      unit: name(i),
      valid: 50 + i,
      completion: (50 + i) / 100,
    }));
    a.targets = { ...a.targets, units: a.units.map((x) => x.unit) };
    return a;
  }
  const town = (i: number) => `金山第${i + 1}镇`;
  const longName = (i: number) => `第${i + 1}号产业园区管理委员会有限公司`;

  /** The scale Excel prints a fit-to-one-page sheet at: the smaller of fitting its width and its height. */
  function onePageScale(l: ReportLayout): number {
    const { height, pageHeight, scale } = printedHeight(l);
    return Math.min(scale, pageHeight / (height / scale));
  }

  it.each([
    ["the fixture", () => reportOf(), 0.9],
    ["the fixture, en-US", () => reportOf(undefined, "en-US"), 0.9],
    ["12 towns (Jinshan's count)", () => reportOf(bigAnalysis(12, town)), 0.9],
    // English runs longer: the 主送, the 工作要求 and the notes take a few more lines.
    ["12 towns, en-US", () => reportOf(bigAnalysis(12, town), "en-US"), 0.85],
    ["20 towns", () => reportOf(bigAnalysis(20, town)), 0.8],
    ["20 towns, en-US", () => reportOf(bigAnalysis(20, town), "en-US"), 0.75],
    // Names that wrap onto two lines in every row: still one page, smaller.
    ["20 long names", () => reportOf(bigAnalysis(20, longName)), 0.6],
  ] as const)(
    "%s: the 通报 is one A4 page (fit to 1 x 1), printed at %s or more",
    (_name, make, least) => {
      const [bulletin] = make();
      expect(bulletin.print).toMatchObject({
        paperSize: "A4",
        fitToWidth: 1,
        fitToHeight: 1,
        orientation: "portrait",
        rowBreaks: [],
      });
      expect(onePageScale(bulletin)).toBeGreaterThanOrEqual(least);
    }
  );

  it("every sheet has the page footer; every list sheet repeats its header row and freezes below it", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const layouts = reportOf(undefined, lang);
      for (const l of layouts) {
        expect({ sheet: l.sheetName, footer: l.print.footer }).toEqual({
          sheet: l.sheetName,
          footer: lang === "zh-CN" ? "第 &P 页 共 &N 页" : "Page &P of &N",
        });
        expect(l.print.paperSize).toBe("A4");
        expect(l.print.fitToWidth).toBe(1);
        if (l.id === "bulletin") continue;
        // The list is the sheet's own table (the call list's sheet has the per-unit table above it).
        const list =
          l.sections.find((s) => s.id === l.id) ?? l.sections.find((s) => s.kind === "table")!;
        const freeze = list.headerRow + 1 <= MAX_FROZEN_ROWS ? list.headerRow + 1 : 0;
        expect({ sheet: l.sheetName, repeat: l.print.repeatRows, freeze: l.freeze.rows }).toEqual({
          sheet: l.sheetName,
          repeat: { first: list.headerRow, last: list.headerRow },
          freeze,
        });
      }
    }
  });

  it("lays a sheet landscape when its columns would shrink below 90% on a portrait page", () => {
    for (const l of reportOf()) {
      const portrait = widthScale(l.columnWidths, "portrait") >= 0.9;
      expect({ sheet: l.sheetName, o: l.print.orientation }).toEqual({
        sheet: l.sheetName,
        o: l.id === "bulletin" || portrait ? "portrait" : "landscape",
      });
      if (l.print.orientation === "landscape")
        expect(widthPoints(l.columnWidths)).toBeGreaterThan(printableArea("portrait").width * 0.9);
    }
  });

  it("cuts no text: an unwrapped cell's text is no wider than its column", () => {
    for (const l of reportOf()) {
      const merged = new Set(
        l.merges.flatMap((m) => Array.from({ length: m.cols }, (_, k) => `${m.row},${m.col + k}`))
      );
      l.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || merged.has(`${r},${c}`)) return;
          const st = styleAt(l, r, c);
          if (st.wrap) return;
          const w = textWidth(formatValue(v, st.numberFormat), st.fontSize ?? 10, st.bold === true);
          expect({ sheet: l.sheetName, r, c, fits: w <= l.columnWidths[c] }).toEqual({
            sheet: l.sheetName,
            r,
            c,
            fits: true,
          });
        })
      );
    }
  });
});

describe("附件 奖励明细", () => {
  it("lists each award with its codes in 元, a subtotal per unit and per type, and the 合计", () => {
    const awards = reportOf().find((l) => l.id === "awards")!;
    const { s, rows } = tableRows(awards, "awards");
    expect(awards.values[s.headerRow][7]).toBe("金额\n（元）");
    expect(rows.map((r) => [r[1], r[2], r[3], r[5], r[7]])).toEqual([
      ["=上海丙丁科技有限公司", "91310116MA1H2X3Y4Z", "GR202331000012", "首次认定", 200000],
      ["上海戊己新材料有限公司", null, "GR202331000013", "重新认定", 50000],
      ["枫泾镇小计（2项）", null, null, null, 250000],
      ["首次认定小计（1项）", null, null, null, 200000],
      ["重新认定小计（1项）", null, null, null, 50000],
      ["合计（2项）", null, null, null, 250000],
    ]);
  });
});

describe("the Word bulletin's document model", () => {
  const layouts = reportOf();
  const doc = bulletinDoc(layouts);

  it("has the 通报 then one section per 附件, landscape where the sheet is", () => {
    expect(doc.sections.map((s) => s.orientation)).toEqual(layouts.map((l) => l.print.orientation));
    expect(doc.title).toBe("金山区高新技术企业目标任务完成情况通报（2023年）");
  });

  it("opens with the 文号 line, then the title; the summary and the 落款 are the sheet's", () => {
    const [first] = doc.sections;
    expect(first.blocks.slice(0, 2).map((b) => b.kind === "paragraph" && b.role)).toEqual([
      "refNo",
      "title",
    ]);
    const text = (role: string) =>
      first.blocks
        .filter((b) => b.kind === "paragraph" && b.role === role)
        .map((b) => (b.kind === "paragraph" ? b.text : ""));
    const summary = tableRows(layouts[0], "summary").rows[0][0];
    expect(text("summary")).toEqual([summary]);
    expect(text("signature")).toEqual(["金山区科学技术委员会", "2024年1月15日"]);
  });

  it("prints each table cell as the sheet's number format shows it", () => {
    const table = doc.sections[0].blocks.find(
      (b): b is DocTable => b.kind === "table" && b.id === "units"
    )!;
    const { rows } = tableRows(layouts[0], "units");
    const docRows = docTableRows(table);
    expect(docRows).toHaveLength(rows.length);
    expect(table.header.map((c) => c.text)).toEqual(
      layouts[0].values[tableRows(layouts[0], "units").s.headerRow]
    );
    expect(docRows[0].map((c) => c.text)).toEqual([
      "1",
      "枫泾镇",
      "100",
      "95",
      "95.0%",
      "5",
      "+5",
      "+5.0",
      "1",
      "25.00",
      "95",
    ]);
    expect(docRows[docRows.length - 1].map((c) => c.text)).toEqual([
      "",
      "合计",
      "250",
      "188",
      "75.2%",
      "62",
      "+20",
      "+8.0",
      "3",
      "75.00",
      "189",
    ]);
  });
});
