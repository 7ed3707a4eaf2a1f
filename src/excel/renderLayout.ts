/**
 * Queues the drawing of a report layout onto one worksheet: number formats (text "@" on every string cell,
 * set before the values so "=..." stays text), values, styles, merges, widths, heights, conditional
 * formats, freeze panes, print setup and the chart. Values and formats are synced in row chunks sized by
 * their bytes, to stay under Office.js's payload limit; `sync` is the caller's (it counts and can fail).
 */
import type { CellStyle, ChartSpec, ConditionalRule, ReportLayout } from "../domain/report/layout";
import type { SupportsSet } from "./excelRun";
import { charsToPoints } from "../domain/report/pageFit";
import { a1 } from "../domain/sheets/columnLetters";
import { REQUEST_BUDGET_BYTES, utf8Length } from "./chunks";
import { toWorkbookValue } from "./dateSystem";
import { isPayloadLimitError } from "./officeErrors";

/** Styled ranges per sync. */
const STYLE_CHUNK = 400;

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const OPERATOR = {
  lessThan: "LessThan",
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqual",
} as const;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;
const BORDER_COLOR = "#BFBFBF";

/** Per-cell number formats: the layout's styles in order, then "@" on every string cell (it wins). */
export function numberFormatMatrix(layout: ReportLayout): string[][] {
  const rows = layout.values.length;
  const cols = layout.values[0]?.length ?? 0;
  const m: string[][] = layout.values.map((row) =>
    row.map((v) => (typeof v === "string" ? "@" : "General"))
  );
  for (const { range, style } of layout.styles) {
    if (!style.numberFormat) continue;
    for (let r = range.row; r < Math.min(rows, range.row + range.rows); r++) {
      for (let c = range.col; c < Math.min(cols, range.col + range.cols); c++) {
        if (typeof layout.values[r][c] !== "string") m[r][c] = style.numberFormat;
      }
    }
  }
  return m;
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = "#" + s.fontColor;
  if (s.fill) f.fill.color = "#" + s.fill;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = BORDER_COLOR;
    }
  }
}

/** Clamps a conditional rule to the rows that hold values (conditional formats cover used rows only). */
function clampRule(rule: ConditionalRule, rowCount: number): ConditionalRule | null {
  const last = Math.min(rule.range.row + rule.range.rows, rowCount);
  return last > rule.range.row
    ? { ...rule, range: { ...rule.range, rows: last - rule.range.row } }
    : null;
}

function addRule(ws: Excel.Worksheet, rule: ConditionalRule): void {
  const cf = ws.getRange(a1(rule.range)).conditionalFormats.add("CellValue");
  cf.cellValue.format.fill.color = "#" + rule.fill;
  if (rule.fontColor) cf.cellValue.format.font.color = "#" + rule.fontColor;
  cf.cellValue.rule = {
    formula1: String(rule.value1),
    ...(rule.operator === "between" ? { formula2: String(rule.value2 ?? rule.value1) } : {}),
    operator: OPERATOR[rule.operator],
  };
}

/**
 * Queues the chart: a clustered bar chart or a line chart, one series per spec series, the categories from
 * the sheet's cells; false when the host cannot draw it. Calls and their sets (learn.microsoft.com/javascript/api/excel):
 * ChartCollection.add and Chart.title/legend, ChartLineFormat.color, ExcelApi 1.1; ChartSeriesCollection.add,
 * ChartSeries.setValues and setXAxisValues, hasDataLabels, markerStyle, ChartLineFormat.lineStyle,
 * ChartAxis.reversePlotOrder, ExcelApi 1.7; ChartAxis.position ("Maximum": the value axis crosses at the last
 * category, so it stays at the foot of a top-down chart), 1.8. Line charts take their series by rows
 * (ChartSeriesBy "Rows"): the progress sheet has its months across.
 */
export function queueChart(ws: Excel.Worksheet, chart: ChartSpec, supports: SupportsSet): boolean {
  if (!supports("ExcelApi", "1.7") || chart.series.length === 0) return false;
  const line = chart.type === "line";
  const categories = ws.getRange(a1(chart.categories));
  const c = ws.charts.add(
    line ? "Line" : "BarClustered",
    ws.getRange(a1(chart.series[0].values)),
    line ? "Rows" : "Columns"
  );
  c.title.text = chart.title;
  c.legend.visible = chart.series.length > 1;
  c.legend.position = "Top";
  chart.series.forEach((spec, i) => {
    const series = i === 0 ? c.series.getItemAt(0) : c.series.add(spec.name);
    if (i > 0) series.setValues(ws.getRange(a1(spec.values)));
    series.name = spec.name;
    series.setXAxisValues(categories);
    if (line) {
      series.format.line.color = "#" + spec.color;
      series.format.line.lineStyle = spec.dashed ? "Dash" : "Continuous";
      series.markerStyle = spec.dashed ? "None" : "Circle";
    } else {
      series.format.fill.setSolidColor("#" + spec.color);
      series.hasDataLabels = i === chart.series.length - 1;
    }
  });
  if (chart.topDown) {
    c.axes.categoryAxis.reversePlotOrder = true;
    if (supports("ExcelApi", "1.8")) c.axes.categoryAxis.position = "Maximum";
  }
  c.setPosition(
    ws.getRange(a1({ ...chart.anchor, rows: 1, cols: 1 })),
    ws.getRange(
      a1({
        row: chart.anchor.row + chart.anchor.rows - 1,
        col: chart.anchor.col + chart.anchor.cols - 1,
        rows: 1,
        cols: 1,
      })
    )
  );
  return true;
}

/** Inches -> points, as PageLayout's margins are set. */
const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/**
 * The print setup (ExcelApi 1.9, Excel.PageLayout and Worksheet.horizontalPageBreaks): A4, orientation,
 * fit to pages, margins, centring, print titles, the centre footer (Excel's codes, &P and &N) and the
 * manual page breaks, the old ones removed first (clearing cells leaves page breaks in place).
 */
function queuePrintSetup(ws: Excel.Worksheet, layout: ReportLayout): void {
  const p = ws.pageLayout;
  const print = layout.print;
  p.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  p.paperSize = "A4";
  // verticalFitToPages 0 = as many pages tall as needed (Excel's "Automatic").
  p.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  const m = print.margins;
  p.leftMargin = points(m.left);
  p.rightMargin = points(m.right);
  p.topMargin = points(m.top);
  p.bottomMargin = points(m.bottom);
  p.headerMargin = points(m.header);
  p.footerMargin = points(m.footer);
  p.centerHorizontally = print.centerHorizontally;
  if (print.repeatRows)
    p.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  p.headersFooters.defaultForAllPages.centerFooter = print.footer ?? "";
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of print.rowBreaks)
    ws.horizontalPageBreaks.add(ws.getRange(a1({ row, col: 0, rows: 1, cols: 1 })));
}

/** Sheet-level parts that copyFrom does not carry: widths, heights, freeze panes, print setup, chart. */
export function queueSheetSetup(
  ws: Excel.Worksheet,
  layout: ReportLayout,
  supports: SupportsSet
): void {
  layout.columnWidths.forEach((w, c) => {
    ws.getRange(a1({ row: 0, col: c, rows: 1, cols: 1 })).format.columnWidth = charsToPoints(w);
  });
  for (const { row, height } of layout.rowHeights)
    ws.getRange(a1({ row, col: 0, rows: 1, cols: 1 })).format.rowHeight = height;
  if (supports("ExcelApi", "1.7")) {
    const { rows, columns } = layout.freeze;
    if (rows > 0 && columns > 0)
      ws.freezePanes.freezeAt(ws.getRange(a1({ row: 0, col: 0, rows, cols: columns })));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (supports("ExcelApi", "1.9")) queuePrintSetup(ws, layout);
  if (layout.chart) queueChart(ws, layout.chart, supports);
}

/** How renderCells writes: the workbook's date system, progress, and the bytes one request may carry. */
export interface RenderOptions {
  /** The workbook counts dates from 1904: date cells get serials 1462 lower (dateSystem.ts). */
  date1904?: boolean;
  /** Told the rows written after each chunk has reached the host; may throw (a cancel) to stop there. */
  onRows?: (done: number, total: number) => void;
  /** Bytes of values and number formats per request (chunks.ts); a payload error halves it and retries. */
  budgetBytes?: number;
}

/** About the bytes one row adds to a request: its values and its number formats, as JSON. */
function rowBytes(values: readonly unknown[], formats: readonly string[]): number {
  return utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formats));
}

/**
 * Rows of the next chunk from `start`: as many as fit in `budget` bytes, at most `cap` rows, at least one.
 * Sized by bytes, not by a fixed row count: a report row of long names and notes can be kilobytes, and
 * Excel on the web refuses a request over 5 MB (chunks.ts).
 */
export function chunkRowsFrom(
  bytes: readonly number[],
  start: number,
  budget: number,
  cap = Infinity
): number {
  let n = 0;
  let used = 0;
  while (start + n < bytes.length && n < cap && (n === 0 || used + bytes[start + n] <= budget)) {
    used += bytes[start + n];
    n++;
  }
  return n;
}

/**
 * Draws the cell content of `layout` (formats, values, styles, merges, conditional formats) on `ws`,
 * syncing in chunks sized by bytes; the sheet-level setup is queued by queueSheetSetup. Dates are written
 * as the workbook counts them (`options.date1904`).
 */
export async function renderCells(
  ws: Excel.Worksheet,
  layout: ReportLayout,
  sync: () => Promise<void>,
  options: RenderOptions = {}
): Promise<void> {
  const rows = layout.values.length;
  const cols = layout.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  const formats = numberFormatMatrix(layout);
  const date1904 = options.date1904 === true;
  const values = layout.values.map((row, r) =>
    row.map((v, c) => (v === null ? "" : toWorkbookValue(v, formats[r][c], date1904)))
  );
  const bytes = values.map((row, r) => rowBytes(row, formats[r]));
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  // Chunk by chunk (recursion, not a loop around sync): the text format first, then the values. A payload
  // error halves the chunk and retries at the same row, keeping the smaller size for the rest, as the reads
  // do (readSheets.ts); a single row still refused is reported, never skipped.
  const writeChunk = async (start: number, cap: number): Promise<void> => {
    if (start >= rows) return;
    const n = chunkRowsFrom(bytes, start, budget, cap);
    const range = ws.getRangeByIndexes(start, 0, n, cols);
    range.numberFormat = formats.slice(start, start + n);
    range.values = values.slice(start, start + n);
    try {
      await sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || n <= 1) throw e;
      return writeChunk(start, Math.max(1, Math.floor(n / 2)));
    }
    options.onRows?.(start + n, rows);
    return writeChunk(start + n, cap);
  };
  await writeChunk(0, Infinity);

  const styleChunk = async (from: number): Promise<void> => {
    if (from >= layout.styles.length) return;
    for (const { range, style } of layout.styles.slice(from, from + STYLE_CHUNK)) {
      const rr = Math.min(range.rows, rows - range.row);
      if (rr > 0) applyStyle(ws.getRange(a1({ ...range, rows: rr })), style);
    }
    await sync();
    return styleChunk(from + STYLE_CHUNK);
  };
  await styleChunk(0);

  for (const m of layout.merges) ws.getRange(a1(m)).merge(false);
  for (const rule of layout.conditionalFormats) {
    const r = clampRule(rule, rows);
    if (r) addRule(ws, r);
  }
  await sync();
}
