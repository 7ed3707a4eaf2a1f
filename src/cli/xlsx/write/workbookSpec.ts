/**
 * What the .xlsx writer draws: a list of sheets, each a rectangle of values with styled ranges,
 * merges, column widths, row heights, frozen panes, cell-value conditional formats and print setup
 * (page, fit, margins, repeated rows, header and footer, page breaks) and a chart. The report layout maps onto it one to one
 * (renderXlsx.ts); nothing here knows about reports. Coordinates are 0-based, as in the layout.
 */
import type {
  ChartSpec,
  ConditionalRule,
  RangeRef,
  StyledRange,
} from "../../../domain/report/layout";

/** A cell value: strings are always text (never formulas), null an empty (possibly styled) cell. */
export type WriteValue = string | number | boolean | null;

/**
 * A header or footer in Excel's codes, per section: "&P" page number, "&N" page count, "&D" date,
 * "&A" sheet name; a literal "&" is written "&&".
 */
export interface HeaderFooter {
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintSpec {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** Pages wide and tall to fit on (0: as many as needed); both unset: no fitting. */
  fitToWidth?: number;
  fitToHeight?: number;
  /** 0-based rows repeated at the top of every printed page (the sheet's print titles). */
  repeatRows?: { first: number; last: number };
  /** Inches. */
  margins?: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  horizontalCentered?: boolean;
  header?: HeaderFooter;
  footer?: HeaderFooter;
  /** 0-based rows that start a new printed page (manual page breaks). */
  rowBreaks?: readonly number[];
}

export interface SheetSpec {
  /** At most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Rows of values from A1; rows may be shorter than `columns`. */
  values: readonly (readonly WriteValue[])[];
  /** Width of the grid (styles and widths beyond the longest row count too). */
  columns: number;
  /** Applied in order; later entries win where they overlap. */
  styles: readonly StyledRange[];
  merges: readonly RangeRef[];
  /** Excel column widths (character units), from column A. */
  columnWidths: readonly number[];
  rowHeights: readonly { row: number; height: number }[];
  freeze?: { rows: number; columns: number };
  /** Cell-value rules; consecutive rules on the same range share one block, list order is priority. */
  conditionalFormats: readonly ConditionalRule[];
  print?: PrintSpec;
  /** A chart drawn over the sheet's cells (a drawing part and a chart part of its own). */
  chart?: ChartSpec | null;
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  /** Recorded as the file's author. */
  creator: string;
  /** The font of every styled cell. */
  fontName: string;
  /** Excel's Normal style font: unstyled cells, and the unit that column widths are measured in. */
  normalFont: { name: string; size: number };
  /** Colour of thin borders, "RRGGBB". */
  borderColor: string;
}
