import type { ChartSpec } from "../../src/domain/report/layout";
import { queueChart } from "../../src/excel/renderLayout";

/** A worksheet stand-in that records every call and property set on the chart Office.js would build. */
function recordingSheet(): { ws: Excel.Worksheet; log: string[] } {
  const log: string[] = [];
  const text = (args: unknown[]): string =>
    args
      .map((a) =>
        typeof a === "object" && a !== null && "address" in a
          ? (a as { address: string }).address
          : JSON.stringify(a)
      )
      .join(",");
  const sink = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, k) => (k === "then" ? undefined : sink(`${path}.${String(k)}`)),
      set: (_t, k, v) => {
        log.push(`${path}.${String(k)}=${JSON.stringify(v)}`);
        return true;
      },
      apply: (_t, _this, args: unknown[]) => {
        log.push(`${path}(${text(args)})`);
        return sink(`${path}(…)`);
      },
    });
  const ws = {
    getRange: (address: string) => ({ address }),
    charts: { add: (...args: unknown[]) => (log.push(`add(${text(args)})`), sink("chart")) },
  };
  return { ws: ws as unknown as Excel.Worksheet, log };
}

const LINE: ChartSpec = {
  type: "line",
  title: "全区有效期内高企数与年度目标（按月）",
  categories: { row: 3, col: 3, rows: 1, cols: 12 },
  series: [
    { name: "有效期内高企", values: { row: 8, col: 3, rows: 1, cols: 12 }, color: "1F4E79" },
    {
      name: "全区目标",
      values: { row: 9, col: 3, rows: 1, cols: 12 },
      color: "C55A11",
      dashed: true,
    },
  ],
  topDown: false,
  anchor: { row: 12, col: 0, rows: 16, cols: 15 },
};

describe("queueChart", () => {
  it("draws a line chart by rows: the count solid with markers, the target dashed without, months as categories", () => {
    const { ws, log } = recordingSheet();
    expect(queueChart(ws, LINE, () => true)).toBe(true);
    expect(log[0]).toBe('add("Line",D9:O9,"Rows")');
    expect(log).toContain('chart.series.getItemAt(…).format.line.lineStyle="Continuous"');
    expect(log).toContain('chart.series.getItemAt(…).markerStyle="Circle"');
    expect(log).toContain("chart.series.getItemAt(…).setXAxisValues(D4:O4)");
    expect(log).toContain("chart.series.add(…).setValues(D10:O10)");
    expect(log).toContain('chart.series.add(…).format.line.lineStyle="Dash"');
    expect(log).toContain('chart.series.add(…).format.line.color="#C55A11"');
    expect(log).toContain('chart.series.add(…).markerStyle="None"');
    expect(
      log.some((l) => l.includes("reversePlotOrder") || l.includes("fill.setSolidColor"))
    ).toBe(false);
  });

  it("draws bars by columns, filled, without line styles", () => {
    const { ws, log } = recordingSheet();
    const bar: ChartSpec = {
      ...LINE,
      type: "bar",
      topDown: true,
      categories: { row: 5, col: 1, rows: 4, cols: 1 },
      series: [{ ...LINE.series[0], values: { row: 5, col: 2, rows: 4, cols: 1 } }],
    };
    queueChart(ws, bar, () => true);
    expect(log[0]).toBe('add("BarClustered",C6:C9,"Columns")');
    expect(log).toContain('chart.series.getItemAt(…).format.fill.setSolidColor("#1F4E79")');
    expect(log.some((l) => l.includes("lineStyle"))).toBe(false);
  });

  it("draws nothing where ExcelApi 1.7 is missing", () => {
    const { ws, log } = recordingSheet();
    expect(queueChart(ws, LINE, () => false)).toBe(false);
    expect(log).toEqual([]);
  });
});
