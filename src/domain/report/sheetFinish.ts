/**
 * A built grid -> a finished sheet layout: every column as wide as its widest text (within the column's
 * bounds), every row as tall as its wrapped text, and the print setup (A4, one page wide, portrait unless
 * the columns need landscape, the page-number footer). This is what keeps cell text from being cut:
 * widths and heights follow the text, measured as printed (numbers as their formats show them).
 */
import type { Lang } from "../core/types";
import type { ReportGrid } from "./grid";
import type { CellStyle, ChartSpec, ReportLayout, SheetId, StyledRange } from "./layout";
import { formatValue } from "./numberText";
import { MARGINS, orientationFor } from "./pageFit";
import { FONT_SIZES } from "./palette";
import { StyleGrid } from "./styleGrid";
import { isWideChar, lineHeight, textWidth, textWidthBound, wrappedLines } from "./textWidth";

/** A column's width bounds in character units: it grows with its text from `min` up to `max`, then wraps. */
export interface ColumnFit {
  min: number;
  max: number;
}

export interface SheetMeta {
  id: SheetId;
  sheetName: string;
  lang: Lang;
  columns: ColumnFit[];
  freeze: { rows: number; columns: number };
  /** Fixed orientation; by default portrait unless the columns need landscape. */
  orientation?: "portrait" | "landscape";
  /** 1: the whole sheet on one page; 0: as many pages tall as needed. */
  fitToHeight: number;
  repeatRows?: { first: number; last: number };
  footer?: string;
  chart: ChartSpec | null;
}

/** Room beside a cell's text, in character units (Excel's cell padding and a margin for the estimate). */
const PADDING = 1.5;

/** The widest piece of `text` that wrapping cannot break: a word, or a single wide character. */
export function longestUnbreakable(text: string, fontSize: number, bold: boolean): number {
  let longest = 0;
  let word = "";
  const flush = (): void => {
    if (word) longest = Math.max(longest, textWidth(word, fontSize, bold));
    word = "";
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (ch === " " || ch === "\n") flush();
    else if (isWideChar(cp)) {
      flush();
      longest = Math.max(longest, textWidth(ch, fontSize, bold));
    } else word += ch;
  }
  flush();
  return longest;
}

/** The width of the widest of a text's lines. */
function widestLine(text: string, fontSize: number, bold: boolean): number {
  if (!text.includes("\n")) return textWidth(text, fontSize, bold);
  return Math.max(...text.split("\n").map((line) => textWidth(line, fontSize, bold)));
}

/**
 * The width a column head asks for: each of its lines whole (tableParts.headerText broke it where it should
 * break), except a line of words, which may wrap between them onto two.
 */
function headerNeed(cell: PrintedCell): number {
  const { fontSize, bold } = cell;
  return Math.max(
    ...cell.text
      .split("\n")
      .map((line) =>
        line.includes(" ")
          ? Math.max(longestUnbreakable(line, fontSize, bold), textWidth(line, fontSize, bold) / 2)
          : textWidth(line, fontSize, bold)
      )
  );
}

/** Top-left cell -> its merged width in columns; covered cells -> 0. */
function mergeSpans(grid: ReportGrid): Map<number, number> {
  const spans = new Map<number, number>();
  for (const m of grid.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++)
        spans.set(r * grid.width + c, r === m.row && c === m.col ? m.cols : 0);
    }
  }
  return spans;
}

/** A cell's text as printed, with the style it prints in. */
interface PrintedCell {
  text: string;
  style: CellStyle;
  fontSize: number;
  bold: boolean;
}

function printedCell(
  grid: ReportGrid,
  states: CellStyle[],
  cells: Uint32Array,
  r: number,
  c: number
): PrintedCell | null {
  const v = grid.values[r][c];
  if (v === null || v === "") return null;
  const style = states[cells[r * grid.width + c]];
  return {
    text: formatValue(v, style.numberFormat),
    style,
    fontSize: style.fontSize ?? FONT_SIZES.body,
    bold: style.bold === true,
  };
}

/** Finishes `grid` as the sheet `meta` describes. */
export function finishSheet(grid: ReportGrid, meta: SheetMeta): ReportLayout {
  const rows = grid.values.length;
  const width = grid.width;
  // The body font comes first so that every section's own styles override it.
  const styles: StyledRange[] = [
    { range: { row: 0, col: 0, rows, cols: width }, style: { fontSize: FONT_SIZES.body } },
    ...grid.styles,
  ];
  const styleGrid = new StyleGrid(rows, width);
  for (const s of styles) styleGrid.apply(s);
  const { states, cells } = styleGrid;
  const spans = mergeSpans(grid);
  const spanOf = (r: number, c: number): number =>
    spans.size === 0 ? 1 : (spans.get(r * width + c) ?? 1);

  // Widths: the widest unmerged text of each column, up to the column's bound (wrapped text past it).
  // A table's column heads wrap onto two lines rather than widen their columns.
  const headerRows = new Set(
    grid.sections.filter((s) => s.kind === "table").map((s) => s.headerRow)
  );
  const widths = meta.columns.map((f) => f.min);
  // A column's width only grows toward its bound: a cell is measured only where it could still widen
  // it (a list of 200,000 rows has 1.4 million cells, and most fit the width their column has already).
  const numberNeeds = new Map<number, Map<number, number>>();
  const widthFor = (c: number, need: number): number =>
    Math.min(meta.columns[c].max, Math.ceil((need + PADDING) * 2) / 2);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      if (widths[c] >= meta.columns[c].max) continue;
      const v = grid.values[r][c];
      if (v === null || v === "") continue;
      if (spanOf(r, c) !== 1) continue;
      const style = states[cells[r * width + c]];
      if (
        typeof v === "string" &&
        widthFor(c, textWidthBound(v, style.fontSize ?? FONT_SIZES.body, style.bold === true)) <=
          widths[c]
      )
        continue;
      const header = headerRows.has(r);
      // Numbers repeat (dates, amounts, days): each is formatted and measured once per style.
      const state = cells[r * width + c];
      const known = typeof v === "number" && !header ? numberNeeds.get(state)?.get(v) : undefined;
      let need: number;
      if (known !== undefined) need = known;
      else {
        const cell = printedCell(grid, states, cells, r, c) as PrintedCell;
        // A word is never wider than the line it is in: wrapped text outside a header needs its widest line.
        need =
          cell.style.wrap && header
            ? headerNeed(cell)
            : widestLine(cell.text, cell.fontSize, cell.bold);
        if (typeof v === "number" && !header) {
          let byValue = numberNeeds.get(state);
          if (byValue === undefined) numberNeeds.set(state, (byValue = new Map()));
          byValue.set(v, need);
        }
      }
      widths[c] = Math.max(widths[c], widthFor(c, need));
    }
  }

  // Heights: wrapped text as many lines as it takes in its (merged) width; larger fonts their line.
  const own = new Map(grid.rowHeights.map((h) => [h.row, h.height]));
  for (let r = 0; r < rows; r++) {
    let height = own.get(r) ?? 0;
    for (let c = 0; c < width; c++) {
      // One line of the body font asks for no height of its own: only wrapped or larger text is measured.
      const style = states[cells[r * width + c]];
      if (!style.wrap && (style.fontSize ?? FONT_SIZES.body) <= FONT_SIZES.body + 1) continue;
      const span = spanOf(r, c);
      if (span === 0) continue;
      const cell = printedCell(grid, states, cells, r, c);
      if (!cell) continue;
      let room = 0;
      for (let k = c; k < c + span; k++) room += widths[k];
      const lines = cell.style.wrap ? wrappedLines(cell.text, room, cell.fontSize, cell.bold) : 1;
      if (lines === 1 && cell.fontSize <= FONT_SIZES.body + 1) continue;
      height = Math.max(height, lines * lineHeight(cell.fontSize) + 3);
    }
    if (height > 0) own.set(r, height);
  }

  return {
    id: meta.id,
    sheetName: meta.sheetName,
    lang: meta.lang,
    values: grid.values,
    styles,
    merges: grid.merges,
    columnWidths: widths,
    rowHeights: [...own].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height })),
    freeze: meta.freeze,
    conditionalFormats: grid.conditionalFormats,
    print: {
      orientation: meta.orientation ?? orientationFor(widths),
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: meta.fitToHeight,
      ...(meta.repeatRows ? { repeatRows: meta.repeatRows } : {}),
      margins: MARGINS,
      centerHorizontally: true,
      ...(meta.footer ? { footer: meta.footer } : {}),
      rowBreaks: grid.rowBreaks.slice().sort((a, b) => a - b),
    },
    chart: meta.chart,
    sections: grid.sections,
  };
}
