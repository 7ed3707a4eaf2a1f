/**
 * The report as data: a list of sheet layouts (the 通报 and its 附件) that the renderers draw: src/excel
 * with Office.js, src/cli with its own .xlsx writer, and src/docx as a Word document. Everything a renderer
 * needs is here; a renderer makes no decisions of its own beyond translating these fields to its API, so
 * all of them produce the same sheets.
 *
 * Coordinates are 0-based (row 0, col 0 is A1). Sizes are counts of rows and columns.
 */
import type { Lang } from "../core/types";

/** A cell value. Strings are always written as text (never parsed as formulas or numbers). */
export type ReportValue = string | number | null;

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type HAlign = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "RRGGBB" without '#'. */
  fontColor?: string;
  /** Solid fill, "RRGGBB". */
  fill?: string;
  hAlign?: HAlign;
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Excel number format code ("0.0%", "#,##0", "yyyy-mm-dd", "@" for text). */
  numberFormat?: string;
  /** Thin borders on every edge of every cell of the range. */
  border?: boolean;
}

export interface StyledRange {
  range: RangeRef;
  style: CellStyle;
}

/** A cell-value rule; formulas are plain numbers so both renderers can express them. */
export interface ConditionalRule {
  range: RangeRef;
  operator: "lessThan" | "between" | "greaterThanOrEqual";
  value1: number;
  value2?: number;
  fill: string;
  fontColor?: string;
}

/** One series of a chart: its name (and the cell holding it) and its values, one column. */
export interface ChartSeries {
  name: string;
  /** The header cell naming the series, when the sheet has one. */
  nameCell?: RangeRef;
  values: RangeRef;
  /** "RRGGBB". */
  color: string;
  /** Drawn dashed, without markers (a line chart's reference line). */
  dashed?: boolean;
}

/**
 * A chart over the sheet's own cells. `bar`: a clustered bar chart (horizontal bars), one bar per series and
 * category, categories and values each one column. `line`: one line per series across the categories (the
 * months of the year's progress), categories and values each one row; a series with `dashed` is a
 * reference line (the target).
 */
export interface ChartSpec {
  type: "bar" | "line";
  title: string;
  /** Category labels (unit names, one column; months, one row). */
  categories: RangeRef;
  series: ChartSeries[];
  /** Categories drawn top to bottom in sheet order (Excel draws bar categories bottom-up otherwise). */
  topDown: boolean;
  /** Where the chart sits: top-left cell and size in cells. */
  anchor: RangeRef;
}

export type SectionId =
  | "refNo"
  | "title"
  | "addressee"
  | "closing"
  | "subtitle"
  | "summary"
  | "caption"
  | "forecast"
  | "method"
  | "units"
  | "notes"
  | "chart"
  | "signature"
  | "annexLabel"
  | "expiring"
  | "awards"
  | "unpaidAwards"
  | "findings"
  | "findingCounts"
  | "pool"
  | "contacts"
  | "contactUnits"
  | "toVisit"
  | "progress"
  | "falls"
  | "sources";

/**
 * A part of a sheet. `text` sections are rows of one text each (in column A, merged across); `table`
 * sections have a header row and data rows `cols` columns wide; `chart` sections are the rows the chart
 * covers. The Word renderer walks the sections in order.
 */
export interface ReportSection {
  id: SectionId;
  kind: "text" | "table" | "chart";
  /** Row of the section's column headers (a text or chart section: its first row). */
  headerRow: number;
  /** First and last data rows; lastRow < firstRow when the section has no data rows. */
  firstRow: number;
  lastRow: number;
  /** Columns of a table section (from column A). */
  cols?: number;
}

/** Page margins in inches, as Excel's page setup has them. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  fitToWidth: number;
  /** 0: as many pages tall as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of each printed page. */
  repeatRows?: { first: number; last: number };
  margins: PageMargins;
  centerHorizontally: boolean;
  /** The centre footer in Excel's codes ("第 &P 页 共 &N 页"); none when absent. */
  footer?: string;
  /** Rows that start a new printed page (manual page breaks), ascending. */
  rowBreaks: number[];
}

/** What a sheet of the report is; the Excel add-in marks each of its sheets by this (one marker per id). */
/** "workpaperFindings" and "workpaperUnpaid" are the 工作底稿's sheets, marked like the report's. */
/** "decomposition" and "template" are the user's new sheets (目标分解, the first-run templates), never marked. */
export type SheetId =
  | "bulletin"
  | "expiring"
  | "awards"
  | "findings"
  | "pool"
  | "toVisit"
  | "progress"
  | "falls"
  | "sources"
  | "workpaperFindings"
  | "workpaperUnpaid"
  | "decomposition"
  | "template";

export interface ReportLayout {
  id: SheetId;
  sheetName: string;
  lang: Lang;
  /** The full rectangle of values from A1; every row has the same length. */
  values: ReportValue[][];
  /** Applied in order; later entries override earlier ones where they overlap. */
  styles: StyledRange[];
  merges: RangeRef[];
  /** Excel column widths (character units), one per column of `values`. */
  columnWidths: number[];
  /** Optional row heights in points, by 0-based row. */
  rowHeights: { row: number; height: number }[];
  /** Rows and columns frozen at the top-left. */
  freeze: { rows: number; columns: number };
  conditionalFormats: ConditionalRule[];
  print: PrintSetup;
  chart: ChartSpec | null;
  sections: ReportSection[];
}
