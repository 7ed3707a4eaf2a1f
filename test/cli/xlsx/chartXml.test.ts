import { chartXml } from "../../../src/cli/xlsx/write/chartXml";
import type { ChartSpec } from "../../../src/domain/report/layout";

describe("the line chart part", () => {
  // Months across row 4 (D4:F4), the count in row 6, the target in row 7.
  const values = [
    [],
    [],
    [],
    [null, null, null, "1月", "2月", "3月"],
    [],
    [null, null, null, 90, 88, 95],
    [null, null, null, 100, 100, 100],
  ];
  const spec: ChartSpec = {
    type: "line",
    title: "全区有效期内高企数与年度目标（按月）",
    categories: { row: 3, col: 3, rows: 1, cols: 3 },
    series: [
      { name: "有效期内高企", values: { row: 5, col: 3, rows: 1, cols: 3 }, color: "1F4E79" },
      {
        name: "全区目标",
        values: { row: 6, col: 3, rows: 1, cols: 3 },
        color: "C55A11",
        dashed: true,
      },
    ],
    topDown: false,
    anchor: { row: 9, col: 0, rows: 16, cols: 6 },
  };
  const xml = chartXml(spec, "附件6 月度进度", values, "DengXian");

  it("is a line chart whose series and categories run along rows, with their cached values", () => {
    expect(xml).toContain("<c:lineChart>");
    expect(xml).not.toContain("<c:barChart>");
    expect(xml).toContain(
      '<c:f>\'附件6 月度进度\'!$D$4:$F$4</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>1月</c:v></c:pt><c:pt idx="1"><c:v>2月</c:v></c:pt>'
    );
    expect(xml).toContain(
      '<c:f>\'附件6 月度进度\'!$D$6:$F$6</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>90</c:v></c:pt><c:pt idx="1"><c:v>88</c:v></c:pt><c:pt idx="2"><c:v>95</c:v></c:pt>'
    );
  });

  it("draws the target dashed without markers, the count solid with markers and its last point labelled", () => {
    const [count, target] = xml.split("<c:ser>").slice(1);
    expect(target).toContain('<a:prstDash val="dash"/>');
    expect(target).toContain('<c:symbol val="none"/>');
    expect(count).not.toContain("prstDash");
    expect(count).toContain('<c:symbol val="circle"/>');
    expect(count).toContain('<c:dLbl><c:idx val="2"/>');
    expect(target).not.toContain("<c:dLbls>");
  });

  it("keeps the schema's order in a series: tx, spPr, marker, dLbls, cat, val, smooth", () => {
    const count = xml.split("<c:ser>")[1];
    const at = (tag: string): number => count.indexOf(tag);
    const order = [
      "<c:tx>",
      "<c:spPr>",
      "<c:marker>",
      "<c:dLbls>",
      "<c:cat>",
      "<c:val>",
      "<c:smooth",
    ].map(at);
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
