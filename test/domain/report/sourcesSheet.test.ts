/**
 * The report of several files read as one (docs/rules.md section 12): a 报送情况 附件 with a row per file,
 * the file named in the 数据问题 list (bulletin and 工作底稿), and the same 附件 in the Word bulletin.
 */
import { analyseWorkbook } from "../../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../../src/domain/core/dates";
import type { CellValue, SheetInput } from "../../../src/domain/core/types";
import { buildReport, buildWorkpaper } from "../../../src/domain/report/buildReport";
import { bulletinOptions } from "../../../src/domain/report/bulletinOptions";
import { bulletinDoc, tableRows, type DocTable } from "../../../src/domain/report/docModel";
import type { ReportLayout, SectionId } from "../../../src/domain/report/layout";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings/settings";

const HEAD = ["企业名称", "证书编号", "发证日期", "所属镇（园区）"];
const asOf = serialFromYmd(2024, 12, 31);
const roster = (file: string, rows: CellValue[][]): SheetInput => ({
  file,
  name: "高企名单",
  values: [HEAD, ...rows],
});
const SHEETS: SheetInput[] = [
  roster("镇甲.xlsx", [
    ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"],
    ["上海乙科技有限公司", "GR202431000002", serialFromYmd(2024, 10, 9), "枫泾镇"],
  ]),
  roster("镇乙.xlsx", [
    ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "朱泾镇"],
  ]),
  {
    file: "镇乙.xlsx",
    name: "走访记录",
    values: [
      ["走访日期", "企业名称", "走访形式"],
      [serialFromYmd(2024, 5, 6), "上海甲科技有限公司", "走访"],
    ],
  },
];

const rowsOf = (l: ReportLayout, id: SectionId) => {
  const s = l.sections.find((x) => x.id === id)!;
  return l.values.slice(s.firstRow, s.lastRow + 1);
};

describe("the report of several files", () => {
  const analysis = analyseWorkbook(SHEETS, { asOf });
  const compare = analyseWorkbook(SHEETS, { asOf: serialFromYmd(2023, 12, 31) });
  const settings = {
    ...DEFAULT_SETTINGS,
    report: { ...DEFAULT_SETTINGS.report, findings: "sheet" as const },
  };
  const opts = bulletinOptions(settings, "zh-CN", asOf);
  const layouts = buildReport(analysis, compare, opts);
  const sources = layouts.find((l) => l.id === "sources")!;

  it("ends with the 报送情况 附件, a row per file", () => {
    expect(layouts[layouts.length - 1]).toBe(sources);
    expect(sources.sheetName).toMatch(/^附件\d+ 报送情况$/);
    expect(rowsOf(sources, "sources")).toEqual([
      [1, "镇甲.xlsx", "高企名单（企业名单）", 2, "枫泾镇", serialFromYmd(2024, 10, 9), 0],
      [
        2,
        "镇乙.xlsx",
        "高企名单（企业名单）、走访记录（走访记录）",
        2,
        "朱泾镇",
        serialFromYmd(2024, 5, 6),
        2,
      ],
    ]);
  });

  it("names the file of each data finding, in the bulletin's 附件 and the 工作底稿", () => {
    const findings = layouts.find((l) => l.id === "findings")!;
    const [head] = findings.values.slice(
      findings.sections.find((s) => s.id === "findings")!.headerRow
    );
    expect(head[0]).toBe("来源文件");
    expect(rowsOf(findings, "findings").map((r) => [r[0], r[1], r[2]])).toEqual([
      ["镇乙.xlsx", "高企名单", 2],
      ["镇乙.xlsx", "高企名单", 2],
    ]);
    const paper = buildWorkpaper(analysis, compare, opts).find(
      (l) => l.id === "workpaperFindings"
    )!;
    expect(rowsOf(paper, "findings").map((r) => r[0])).toEqual(["镇乙.xlsx", "镇乙.xlsx"]);
  });

  it("is in the Word bulletin too", () => {
    const doc = bulletinDoc(layouts);
    const table = doc.sections[layouts.indexOf(sources)].blocks.find(
      (b): b is DocTable => b.kind === "table"
    )!;
    expect(tableRows(table).map((r) => r[1].text)).toEqual(["镇甲.xlsx", "镇乙.xlsx"]);
  });

  it("is not there for one workbook", () => {
    const one = SHEETS.map(({ file: _file, ...s }, i) => ({ ...s, name: `${s.name}${i}` }));
    const a = analyseWorkbook(one, { asOf });
    const report = buildReport(a, a, opts);
    expect(report.some((l) => l.id === "sources")).toBe(false);
    const findings = report.find((l) => l.id === "findings")!;
    expect(findings.values[findings.sections.find((s) => s.id === "findings")!.headerRow][0]).toBe(
      "工作表"
    );
  });
});
