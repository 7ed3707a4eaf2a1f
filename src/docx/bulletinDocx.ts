/**
 * The Word bulletin (通报): the report's document model (src/domain/report/docModel.ts) drawn with the
 * `docx` package, in the Node CLI and in the task pane alike (each packs it its own way). The typography
 * follows the Chinese official-document conventions (GB/T 9704-2012) as far as a bulletin with tables
 * allows: A4, the 通报 with 公文 margins, title in 宋体, text in 仿宋 with a two-character first-line indent,
 * the 文号 line above the title and the 主送 line under it, the 落款 at the right, page numbers in the footer; each 附件 on a new page,
 * landscape where its sheet is.
 */
import { AlignmentType, BorderStyle, Document, Footer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type ISectionOptions } from "docx";
import type { BulletinDoc, DocBlock, DocCell, DocParagraph, DocSection, DocTable } from "../domain/report/docModel";
import type { HAlign } from "../domain/report/layout";
import { longestUnbreakable } from "../domain/report/sheetFinish";
import { textWidth } from "../domain/report/textWidth";

/** A4 in twips (1/1440 inch). */
const A4 = { width: 11906, height: 16838 };
/** mm -> twips. */
const mm = (x: number): number => Math.round((x / 25.4) * 1440);
/**
 * The 通报's margins: GB/T 9704's top 37 and bottom 35 mm, and 22 mm at the sides (the standard's 28 and 26
 * leave an 11-column table too narrow for its numbers); the 附件' narrower ones.
 */
const BULLETIN_MARGIN = { top: mm(37), bottom: mm(35), left: mm(22), right: mm(22) };
const ANNEX_MARGIN = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) };

const FONTS = { song: "宋体", fang: "仿宋", hei: "黑体", latin: "Times New Roman" };

const ALIGN: Record<HAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

interface Typeface {
  font: string;
  /** Points. */
  size: number;
  bold?: boolean;
  color?: string;
  align?: HAlign;
  /** First-line indent in characters of the paragraph's own size. */
  indent?: number;
  before?: number;
  after?: number;
}

/** The typeface of a paragraph by its role; `first` is whether it is in the 通报 (not an 附件). */
function typeface(p: DocParagraph, first: boolean): Typeface {
  switch (p.role) {
    case "refNo":
      return { font: FONTS.fang, size: 14, after: 6 };
    case "title":
      return { font: FONTS.song, size: first ? 18 : 16, bold: true, after: first ? 6 : 4 };
    case "addressee":
      return { font: FONTS.fang, size: 12, align: "left", before: 6, after: 4 };
    case "subtitle":
      return { font: FONTS.fang, size: 10.5, after: 10 };
    case "summary":
    case "forecast":
    case "method":
    case "contacts":
    case "closing":
      return { font: FONTS.fang, size: 12, indent: 2, align: "left", after: 4 };
    case "caption":
      return { font: FONTS.hei, size: 12, before: 6, after: 4 };
    case "annexLabel":
      return { font: FONTS.hei, size: 14, after: 6 };
    case "notes":
      return { font: FONTS.fang, size: 10.5, after: 2 };
    case "signature":
      return { font: FONTS.fang, size: 12, before: 10 };
    default:
      return { font: FONTS.fang, size: 10.5 };
  }
}

/** A run of `text` in typeface `t`; `lineBreak` starts it on a new line (a column head's second line). */
function run(text: string, t: Typeface, lineBreak = false): TextRun {
  return new TextRun({
    text,
    break: lineBreak ? 1 : undefined,
    font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: t.font },
    size: Math.round(t.size * 2),
    bold: t.bold,
    color: t.color,
  });
}

function paragraph(p: DocParagraph, first: boolean): Paragraph {
  const t = typeface(p, first);
  const align = ["summary", "forecast", "method", "contacts", "closing"].includes(p.role) ? AlignmentType.JUSTIFIED : ALIGN[t.align ?? p.align];
  return new Paragraph({
    alignment: align,
    // No extra space between CJK text and digits (Word adds it by default): official style writes 169家.
    autoSpaceEastAsianText: false,
    indent: t.indent ? { firstLine: Math.round(t.indent * t.size * 20) } : undefined,
    spacing: { before: (t.before ?? 0) * 20, after: (t.after ?? 0) * 20 },
    children: [run(p.text, { ...t, bold: t.bold ?? p.bold })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "8C8C8C" };

function cell(c: DocCell, width: number, size: number): TableCell {
  return new TableCell({
    columnSpan: c.span > 1 ? c.span : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    shading: c.fill ? { type: ShadingType.CLEAR, color: "auto", fill: c.fill } : undefined,
    margins: { top: 20, bottom: 20, left: 50, right: 50 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: [
      new Paragraph({
        alignment: ALIGN[c.align],
        children: c.text.split("\n").map((line, i) => run(line, { font: FONTS.song, size, bold: c.bold, color: c.color }, i > 0)),
      }),
    ],
  });
}

/** Twips a text takes at `size` points (the report's width estimate: a digit of Calibri 11 is 5.25 points). */
function twipsOf(text: string, size: number, bold: boolean): number {
  return textWidth(text, size, bold) * 5.25 * 20;
}

/** Room a cell keeps beside its text, in twips (its left and right margins, and a little more). */
const CELL_PADDING = 2 * 50 + 40;
/** How much wider than the estimate a bold column head is set. */
const HEADER_SLACK = 1.2;

/**
 * Column widths over `pageWidth` (twips). Each column wants its longest unwrapped text (a header keeps the
 * lines the sheet gave it; a line of words may wrap onto two) and needs at least its longest piece that
 * cannot wrap: a number whole, a word, one CJK character. When the wanted widths do not fit, the room
 * above the needed ones is shared out in proportion, so names and headers wrap and numbers never do;
 * only when even the needed widths are too wide is every column shrunk alike.
 */
export function columnWidths(t: DocTable, size: number, pageWidth: number): number[] {
  const want = t.widths.map(() => 0);
  const need = t.widths.map(() => 0);
  const consider = (cells: DocCell[], header: boolean): void => {
    let col = 0;
    for (const c of cells) {
      if (c.span === 1) {
        const bold = header || c.bold;
        // Bold serif heads (Times New Roman, or LibreOffice's Liberation Serif) run wider than the estimate.
        const slack = header ? HEADER_SLACK : 1;
        const lines = c.text.split("\n");
        const whole = slack * Math.max(...lines.map((l) => (header && l.includes(" ") ? twipsOf(l, size, bold) / 2 : twipsOf(l, size, bold))));
        const piece = slack * Math.max(...lines.map((l) => longestUnbreakable(l, size, bold) * 5.25 * 20));
        want[col] = Math.max(want[col], Math.max(whole, piece) + CELL_PADDING);
        need[col] = Math.max(need[col], piece + CELL_PADDING);
      }
      col += c.span;
    }
  };
  consider(t.header, true);
  for (const r of t.rows) consider(r, false);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const wanted = sum(want) || 1;
  if (wanted <= pageWidth) return want.map((w) => Math.floor((w * pageWidth) / wanted));
  const needed = sum(need);
  if (needed >= pageWidth) return need.map((w) => Math.floor((w * pageWidth) / needed));
  const share = (pageWidth - needed) / (wanted - needed);
  return need.map((n, i) => Math.floor(n + (want[i] - n) * share));
}

/** A table over the text width; the header row repeats on every page, and no row breaks across pages. */
function table(t: DocTable, pageWidth: number): Table {
  const size = t.widths.length > 8 ? 9 : 10;
  const widths = columnWidths(t, size, pageWidth);
  const row = (cells: DocCell[], header: boolean): TableRow => {
    let col = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        const w = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0);
        col += c.span;
        return cell(c, w, size);
      }),
    });
  };
  return new Table({
    width: { size: pageWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
  });
}

function footer(lang: BulletinDoc["lang"]): Footer {
  const t: Typeface = { font: FONTS.fang, size: 9 };
  const parts = lang === "zh-CN" ? ["第 ", PageNumber.CURRENT, " 页 共 ", PageNumber.TOTAL_PAGES, " 页"] : ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: parts, font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: t.font }, size: t.size * 2 })],
      }),
    ],
  });
}

function section(s: DocSection, first: boolean, lang: BulletinDoc["lang"]): ISectionOptions {
  const margin = first ? BULLETIN_MARGIN : ANNEX_MARGIN;
  const landscape = s.orientation === "landscape";
  const pageWidth = (landscape ? A4.height : A4.width) - margin.left - margin.right;
  const children = s.blocks.map((b: DocBlock) => (b.kind === "table" ? table(b, pageWidth) : paragraph(b, first)));
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...margin, header: mm(15), footer: mm(12) },
      },
    },
    footers: { default: footer(lang) },
    children,
  };
}

/** The Word document of a bulletin. */
export function bulletinDocument(doc: BulletinDoc): Document {
  return new Document({
    creator: "gaoqi",
    title: doc.title,
    styles: { default: { document: { run: { font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS.fang }, size: 21 } } } },
    sections: doc.sections.map((s, i) => section(s, i === 0, doc.lang)),
  });
}
