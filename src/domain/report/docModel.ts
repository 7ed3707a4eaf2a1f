/**
 * The report's sheets as a document: what the Word bulletin prints, read off the same layouts the
 * workbook renderers draw, so every figure is the one the sheets show (numbers as their formats show them).
 * One section a sheet (each 附件 after a page break, landscape where its sheet is); in each, the sheet's
 * text rows as paragraphs, its tables as tables and its chart as a chart over the same figures. A table's
 * rows are made one at a time as the renderer asks for them: an 附件 of a million enterprises is never held
 * a second time as document objects. The 通报's 文号 and 主送 lines are text sections of its sheet like any
 * other.
 */
import type { Lang } from "../core/types";
import type {
  CellStyle,
  ChartSpec,
  HAlign,
  ReportLayout,
  ReportSection,
  ReportValue,
  SectionId,
} from "./layout";
import { reportText } from "./labels";
import { formatValue } from "./numberText";
import { StyleGrid } from "./styleGrid";

/** What a paragraph is, which decides its typography in the document. */
export type ParagraphRole = SectionId | "none";

export interface DocParagraph {
  kind: "paragraph";
  role: ParagraphRole;
  text: string;
  align: HAlign;
  bold: boolean;
}

export interface DocCell {
  text: string;
  align: HAlign;
  bold: boolean;
  /** "RRGGBB" */
  fill?: string;
  color?: string;
  /** Columns this cell spans (a merged cell). */
  span: number;
}

export interface DocTable {
  kind: "table";
  id: SectionId;
  /** Relative column widths (the sheet's, in character units). */
  widths: number[];
  header: DocCell[];
  /** Data rows; `row(i)` makes row i afresh on each call. */
  rowCount: number;
  row: (i: number) => DocCell[];
}

/** A chart drawn from its sheet's cells. */
export interface DocChart {
  kind: "chart";
  chart: ChartSpec;
  /** The sheet's values, which the chart's ranges refer to. */
  values: readonly (readonly ReportValue[])[];
  /** Points tall, as the sheet gives it. */
  height: number;
}

export type DocBlock = DocParagraph | DocTable | DocChart;

/** Every data row of a table at once (for small tables and tests). */
export function tableRows(t: DocTable): DocCell[][] {
  return Array.from({ length: t.rowCount }, (_, i) => t.row(i));
}

export interface DocSection {
  orientation: "portrait" | "landscape";
  blocks: DocBlock[];
}

export interface BulletinDoc {
  lang: Lang;
  title: string;
  sections: DocSection[];
}

/** Each cell's effective style, as the renderers resolve overlapping styles (later ones win). */
function resolver(layout: ReportLayout): (row: number, col: number) => CellStyle {
  const cols = layout.values[0]?.length ?? 0;
  const grid = new StyleGrid(layout.values.length, cols);
  for (const s of layout.styles) grid.apply(s);
  return (row, col) => grid.states[grid.cells[row * cols + col]];
}

function paragraphs(
  layout: ReportLayout,
  s: ReportSection,
  { styleAt }: SheetLookup
): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (let r = s.firstRow; r <= s.lastRow; r++) {
    const v = layout.values[r][0];
    if (typeof v !== "string" || v === "") continue;
    const st = styleAt(r, 0);
    out.push({
      kind: "paragraph",
      role: s.id,
      text: v,
      align: st.hAlign ?? "left",
      bold: st.bold === true,
    });
  }
  return out;
}

/** A sheet's styles and merges, looked up by cell. */
interface SheetLookup {
  styleAt: (row: number, col: number) => CellStyle;
  /** Columns merged from a cell to its right (1 when not merged). */
  spanAt: (row: number, col: number) => number;
}

function lookup(layout: ReportLayout): SheetLookup {
  // A number per cell for a key (a sheet has at most 16,384 columns): no string made per cell of a long list.
  const key = (row: number, col: number): number => row * 16384 + col;
  const spans = new Map<number, number>();
  for (const m of layout.merges) if (m.rows === 1) spans.set(key(m.row, m.col), m.cols);
  return {
    styleAt: resolver(layout),
    spanAt: (row, col) => (spans.size === 0 ? 1 : (spans.get(key(row, col)) ?? 1)),
  };
}

function tableRow(
  layout: ReportLayout,
  row: number,
  cols: number,
  { styleAt, spanAt }: SheetLookup
): DocCell[] {
  const cells: DocCell[] = [];
  for (let c = 0; c < cols;) {
    const span = Math.min(spanAt(row, c), cols - c);
    const st = styleAt(row, c);
    cells.push({
      text: formatValue(layout.values[row][c], st.numberFormat),
      align: st.hAlign ?? "left",
      bold: st.bold === true,
      ...(st.fill ? { fill: st.fill } : {}),
      ...(st.fontColor ? { color: st.fontColor } : {}),
      span,
    });
    c += span;
  }
  return cells;
}

function table(layout: ReportLayout, s: ReportSection, look: SheetLookup): DocBlock[] {
  const cols = s.cols ?? layout.values[0].length;
  const header = tableRow(layout, s.headerRow, cols, look);
  if (s.lastRow < s.firstRow) {
    // An empty list: its header, then the "(none)" line the sheet shows under it.
    const none = layout.values[s.headerRow + 1]?.[0];
    return [
      {
        kind: "table",
        id: s.id,
        widths: layout.columnWidths.slice(0, cols),
        header,
        rowCount: 0,
        row: () => [],
      },
      {
        kind: "paragraph",
        role: "none",
        text: typeof none === "string" ? none : "",
        align: "left",
        bold: false,
      },
    ];
  }
  const first = s.firstRow;
  return [
    {
      kind: "table",
      id: s.id,
      widths: layout.columnWidths.slice(0, cols),
      header,
      rowCount: s.lastRow - first + 1,
      row: (i) => tableRow(layout, first + i, cols, look),
    },
  ];
}

/** The points a chart section's rows take on the sheet (15 a row unless the sheet sets one). */
function chartHeight(layout: ReportLayout, s: ReportSection): number {
  const heights = new Map(layout.rowHeights.map((h) => [h.row, h.height]));
  let pt = 0;
  for (let r = s.firstRow; r <= s.lastRow; r++) pt += heights.get(r) ?? 15;
  return pt;
}

/** One sheet as a document section. */
export function docSection(layout: ReportLayout): DocSection {
  const look = lookup(layout);
  const blocks: DocBlock[] = [];
  for (const s of layout.sections) {
    if (s.kind === "chart") {
      if (layout.chart)
        blocks.push({
          kind: "chart",
          chart: layout.chart,
          values: layout.values,
          height: chartHeight(layout, s),
        });
      continue;
    }
    blocks.push(...(s.kind === "table" ? table(layout, s, look) : paragraphs(layout, s, look)));
  }
  return { orientation: layout.print.orientation, blocks };
}

/** The document's title: the first sheet's title row, else the report's name. */
export function docTitle(first: ReportLayout | undefined, lang: Lang): string {
  const title = first
    ? String(first.values[first.sections.find((s) => s.id === "title")?.firstRow ?? 0]?.[0] ?? "")
    : "";
  return title || reportText(lang, "sheetName");
}

/** The document of a report's sheets (the 通报 first). */
export function bulletinDoc(layouts: readonly ReportLayout[]): BulletinDoc {
  const lang = layouts[0]?.lang ?? "zh-CN";
  return { lang, title: docTitle(layouts[0], lang), sections: layouts.map(docSection) };
}
