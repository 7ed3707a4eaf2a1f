import { serialFromYmd } from "../../../src/domain/core/dates";
import { decompose, type DecomposeInput } from "../../../src/domain/decompose/decompose";
import { buildReportBook } from "../../../src/domain/report/buildReport";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";
import { buildDecompositionLayout } from "../../../src/domain/report/decompositionSheet";
import type { ReportLayout } from "../../../src/domain/report/layout";
import { decompositionNoteText } from "../../../src/domain/report/methodNote";
import { DEFAULT_TARGETS, readTargetTable } from "../../../src/domain/targets/targetTable";
import type { CellValue, Lang, SheetInput } from "../../../src/domain/core/types";
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { reportOf, sampleAnalysis } from "./fixture";

const BASE = serialFromYmd(2024, 12, 31);

function input(over: Partial<DecomposeInput> = {}): DecomposeInput {
  return {
    units: DEFAULT_TARGETS.units.map((unit, i) => ({ unit, valid: 10 + 5 * i })),
    totals: { 2025: 1750, 2026: 1900, 2027: 2050 },
    baseDate: BASE,
    method: "share",
    floor: "both",
    pipelineWeight: 0.5,
    previous: DEFAULT_TARGETS,
    ...over,
  };
}

/** The layout as a host would hand the sheet back: values (blank cells as null) and its merged areas. */
function asSheet(layout: ReportLayout): SheetInput {
  return {
    name: layout.sheetName,
    values: layout.values as CellValue[][],
    merges: layout.merges.map((m) => ({
      top: m.row + 1,
      left: m.col + 1,
      bottom: m.row + m.rows,
      right: m.col + m.cols,
    })),
  };
}

describe("buildDecompositionLayout", () => {
  const d = decompose(input());
  const layout = buildDecompositionLayout(d, "金山区");

  it("is the target table with base and share beside it, ending at 合计, named after the years", () => {
    expect(layout.sheetName).toBe("目标任务分解 2025-2027");
    expect(layout.values[0][0]).toBe("金山区高新技术企业目标任务分解（2025-2027年）");
    expect(layout.values[1][0]).toBe(
      "分解方法：按有效期内高企数占比（share）；基数：2024-12-31 有效期内高企数；下限：不低于上年目标和基数日有效数"
    );
    expect(layout.values[3]).toEqual([
      "责任单位",
      "基数（2024-12-31有效数）",
      "占比",
      "2025年",
      "2026年",
      "2027年",
    ]);
    expect(d.findings).toEqual([]);
    expect(layout.values[4]).toEqual([
      "枫泾镇",
      10,
      d.units[0].share,
      ...[2025, 2026, 2027].map((y) => d.units[0].targets[y]),
    ]);
    const total = layout.values[4 + d.units.length];
    expect(total).toEqual(["合计", d.units.reduce((s, u) => s + u.base, 0), 1, 1750, 1900, 2050]);
    expect(layout.values).toHaveLength(5 + d.units.length);
    expect(layout.columnWidths).toHaveLength(6);
    for (const row of layout.values) expect(row).toHaveLength(6);
  });

  it("is formatted as a report: header style, percent shares, counts, a bold 合计 on the total fill", () => {
    const header = layout.styles.find((s) => s.range.row === 3 && s.style.fill === "1F4E79");
    expect(header?.range).toEqual({ row: 3, col: 0, rows: 1, cols: 6 });
    expect(layout.styles.find((s) => s.style.numberFormat === "0.0%")?.range).toEqual({
      row: 4,
      col: 2,
      rows: d.units.length + 1,
      cols: 1,
    });
    expect(layout.styles.find((s) => s.style.numberFormat === "#,##0")?.range).toEqual({
      row: 4,
      col: 0,
      rows: d.units.length + 1,
      cols: 6,
    });
    expect(layout.styles.find((s) => s.style.bold && s.style.fill === "D9E1F2")?.range.row).toBe(
      4 + d.units.length
    );
    expect(layout.freeze).toEqual({ rows: 4, columns: 1 });
  });

  it.each<[Lang]>([["zh-CN"], ["en-US"]])(
    "reads back through readTargetTable as the same table (%s)",
    (lang) => {
      const sheet = asSheet(buildDecompositionLayout(d, "金山区", lang));
      const read = readTargetTable(sheet);
      expect(read?.findings).toEqual([]);
      expect(read?.table).toEqual(d.table);
    }
  );

  it("adds a pool column for pipeline with pool counts, and still reads back", () => {
    const units = input().units.map((u, i) => ({ ...u, pool: { served: i, submitted: 2 } }));
    const p = decompose(input({ units, method: "pipeline" }));
    const l = buildDecompositionLayout(p, "金山区");
    expect(l.values[3].slice(0, 4)).toEqual([
      "责任单位",
      "基数（2024-12-31有效数）",
      "培育库（服务、推出）",
      "占比",
    ]);
    expect(l.values[4].slice(0, 3)).toEqual(["枫泾镇", 10, 2]);
    expect(readTargetTable(asSheet(l))?.table).toEqual(p.table);
  });

  it("puts the findings and notes below 合计, where reading stops", () => {
    const tight = decompose(input({ totals: { 2025: 1000 }, method: "pipeline" }));
    const l = buildDecompositionLayout(tight, "金山区", "en-US");
    const after = l.values.slice(5 + tight.units.length).map((r) => r[0]);
    expect(after).toEqual([
      null,
      expect.stringMatching(
        /^Note: The units' floors for 2025 add up to 1653, more than the total 1000/
      ),
      expect.stringContaining("No cultivation pool data"),
    ]);
    expect(readTargetTable(asSheet(l))?.table).toEqual(tight.table);
  });
});

describe("a workbook holding the policy's table and a decomposition", () => {
  const d = decompose(input());
  const roster: SheetInput = {
    name: "名单",
    values: [
      ["企业名称", "证书编号", "发证日期", "所属镇"],
      ["上海甲有限公司", "GR202331000001", 45200, "枫泾镇"],
    ],
  };
  const policy: SheetInput = {
    name: "目标任务",
    values: [
      ["责任单位", "2022年", "2023年", "2024年"],
      ...DEFAULT_TARGETS.units.map((u) => [
        u,
        ...[2022, 2023, 2024].map((y) => DEFAULT_TARGETS.targets[u][y]),
      ]),
    ],
  };
  const sheets = [roster, policy, asSheet(buildDecompositionLayout(d, "金山区"))];

  it.each<[number, string]>([
    [2023, "目标任务"],
    [2025, "目标任务分解 2025-2027"],
    [2027, "目标任务分解 2025-2027"],
    // A year neither covers: the first target sheet, as before.
    [2030, "目标任务"],
  ])("as of %i the analysis uses the table with that year's targets: %s", (year, source) => {
    const a = analyseWorkbook(sheets, { asOf: serialFromYmd(year, 12, 31) });
    expect(a.targets.source).toBe(source);
  });

  it("uses the written table like any other: targets per unit, and the bulletin states the method", () => {
    const a = analyseWorkbook(sheets, { asOf: serialFromYmd(2025, 12, 31) });
    expect(a.targets).toEqual(d.table);
    expect(a.units[0].target).toBe(d.units[0].targets[2025]);
    expect(a.total.target).toBe(1750);
    const [report] = buildReportBook({
      sheets,
      analysis: a,
      settings: DEFAULT_SETTINGS,
      lang: "zh-CN",
      today: BASE,
    });
    // Under the summary and the forecast sentence, above the table.
    const ids = report.sections.map((s) => s.id);
    expect(ids.slice(0, 6)).toEqual([
      "refNo",
      "title",
      "addressee",
      "summary",
      "forecast",
      "method",
    ]);
    const note = report.sections.find((s) => s.id === "method")!;
    expect(report.values[note.firstRow][0]).toBe(
      "目标表“目标任务分解 2025-2027”由总量分解而来：按有效期内高企数占比，基数为2024年12月31日有效期内高企数。"
    );
  });
});

describe("the bulletin's method note", () => {
  it("is there only for a decomposed table", () => {
    expect(decompositionNoteText(sampleAnalysis(), "zh-CN")).toBeNull();
    const a = sampleAnalysis();
    const decomposed = sampleAnalysis({
      targets: {
        ...a.targets,
        source: "分解",
        decomposition: { method: "equal-growth", baseDate: BASE },
      },
    });
    expect(decompositionNoteText(decomposed, "en-US")).toBe(
      'The target table "分解" was decomposed from district totals by equal growth over the previous targets, from the valid counts at 31 December 2024.'
    );
    const [plain] = reportOf(a);
    const [noted] = reportOf(decomposed);
    expect(noted.values).toHaveLength(plain.values.length + 1);
    expect(plain.sections.map((s) => s.id)).not.toContain("method");
  });
});
