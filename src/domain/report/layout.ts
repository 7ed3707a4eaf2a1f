/**
 * The report as data: one declarative layout that two renderers draw, src/excel with Office.js and
 * src/cli with its own .xlsx writer. Everything a renderer needs is here; a renderer makes no decisions of its own
 * beyond translating these fields to its API, so both produce the same sheet.
 *
 * Coordinates are 0-based (row 0, col 0 is A1). Sizes are counts of rows and columns.
 */
import type { Lang } from "../types";

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

export interface ChartSpec {
  type: "bar";
  title: string;
  /** Category labels (unit names), one column. */
  categories: RangeRef;
  /** Values (completion ratios), one column. */
  values: RangeRef;
  seriesName: string;
  /** Where the chart sits: top-left cell and size in cells. */
  anchor: RangeRef;
}

export type SectionId = "title" | "forecast" | "units" | "expiring" | "awards" | "findings" | "findingCounts" | "pool";

export interface ReportSection {
  id: SectionId;
  /** Row of the section's column headers (the title section: its first row). */
  headerRow: number;
  /** First and last data rows; lastRow < firstRow when the section has no data rows. */
  firstRow: number;
  lastRow: number;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  fitToWidth: number;
  /** 0: as many pages tall as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of each printed page. */
  repeatRows?: { first: number; last: number };
}

export interface ReportLayout {
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
