/**
 * A small append-only sheet under construction: rows of values plus the styles, merges and sections
 * that refer to them. Each report section appends to one of these, so sections need not know where
 * they start.
 */
import type {
  CellStyle,
  ChartSpec,
  ConditionalRule,
  RangeRef,
  ReportSection,
  ReportValue,
  StyledRange,
} from "./layout";

/** Excel holds at most 32,767 characters in a cell; a longer text (only a crafted file has one) is cut there. */
export const MAX_CELL_TEXT = 32767;

function fitCell(v: ReportValue): ReportValue {
  return typeof v === "string" && v.length > MAX_CELL_TEXT
    ? v.slice(0, MAX_CELL_TEXT - 1) + "…"
    : v;
}

export class ReportGrid {
  readonly values: ReportValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: RangeRef[] = [];
  readonly sections: ReportSection[] = [];
  readonly conditionalFormats: ConditionalRule[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  /** Rows that start a new printed page. */
  readonly rowBreaks: number[] = [];
  /** The sheet's chart, when a part draws one. */
  chart: ChartSpec | null = null;

  constructor(readonly width: number) {}

  /** Index the next appended row will get. */
  get nextRow(): number {
    return this.values.length;
  }

  /** Appends one row, padded with nulls to the grid's width; returns its index. */
  addRow(cells: ReportValue[] = []): number {
    if (cells.length > this.width)
      throw new RangeError(`row has ${cells.length} cells, grid is ${this.width} wide`);
    const row = cells.map(fitCell);
    while (row.length < this.width) row.push(null);
    this.values.push(row);
    return this.values.length - 1;
  }

  /** Styles a rectangle; later styles win where they overlap. Empty rectangles are skipped. */
  style(row: number, col: number, rows: number, cols: number, style: CellStyle): void {
    if (rows <= 0 || cols <= 0) return;
    this.styles.push({ range: { row, col, rows, cols }, style });
  }

  /** Merges the whole row across the grid (title and caption rows). */
  mergeRow(row: number): void {
    this.merges.push({ row, col: 0, rows: 1, cols: this.width });
  }

  /** Appends one text merged across the grid, styled (as text: a "=..." stays text); returns its row. */
  addText(text: string, style: CellStyle): number {
    const row = this.addRow([text]);
    this.mergeRow(row);
    this.style(row, 0, 1, this.width, { ...style, numberFormat: "@" });
    return row;
  }

  /** Records rows `first` to `last` as a text section. */
  textSection(id: ReportSection["id"], first: number, last = first): void {
    this.sections.push({ id, kind: "text", headerRow: first, firstRow: first, lastRow: last });
  }
}
