/**
 * The Word bulletin's typography, after the Chinese official-document conventions (GB/T 9704-2012) as far
 * as a bulletin with tables allows: A4, the 通报 with 公文 margins, title in 宋体, text in 仿宋 with a
 * two-character first-line indent, the 落款 at the right; tables in 宋体 at 9 or 10 points. The styles part
 * holds the fonts once, so each table cell names only its paragraph style.
 */
import type { DocParagraph } from "../domain/report/docModel";
import type { HAlign } from "../domain/report/layout";
import { xmlText } from "./xmlText";

export const FONTS = { song: "宋体", fang: "仿宋", hei: "黑体", latin: "Times New Roman" };

/** A4 in twips (1/1440 inch). */
export const A4 = { width: 11906, height: 16838 };
/** mm -> twips. */
export const mm = (x: number): number => Math.round((x / 25.4) * 1440);
/**
 * The 通报's margins: GB/T 9704's top 37 and bottom 35 mm, and 22 mm at the sides (the standard's 28 and 26
 * leave an 11-column table too narrow for its numbers); the 附件' narrower ones.
 */
export const BULLETIN_MARGIN = { top: mm(37), bottom: mm(35), left: mm(22), right: mm(22) };
export const ANNEX_MARGIN = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) };

export interface Typeface {
  font: string;
  /** Points. */
  size: number;
  bold?: boolean;
  color?: string;
  align?: HAlign | "both";
  /** First-line indent in characters of the paragraph's own size. */
  indent?: number;
  before?: number;
  after?: number;
}

/** The typeface of a paragraph by its role; `first` is whether it is in the 通报 (not an 附件). */
export function typeface(p: DocParagraph, first: boolean): Typeface {
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
      return { font: FONTS.fang, size: 12, indent: 2, align: "both", after: 4 };
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

/** Run properties in schema order (rFonts, b, color, sz, szCs). */
export function runProps(t: {
  font?: string;
  size?: number;
  bold?: boolean;
  color?: string;
}): string {
  const fonts = t.font
    ? `<w:rFonts w:ascii="${FONTS.latin}" w:hAnsi="${FONTS.latin}" w:eastAsia="${xmlText(t.font)}"/>`
    : "";
  const size = t.size
    ? `<w:sz w:val="${Math.round(t.size * 2)}"/><w:szCs w:val="${Math.round(t.size * 2)}"/>`
    : "";
  const inner =
    fonts +
    (t.bold ? "<w:b/><w:bCs/>" : "") +
    (t.color ? `<w:color w:val="${t.color}"/>` : "") +
    size;
  return inner ? `<w:rPr>${inner}</w:rPr>` : "";
}

/** The paragraph style of table cells at `size` points. */
export const cellStyleId = (size: number): string => `C${size}`;
/** Table cell sizes the document uses. */
export const CELL_SIZES = [9, 10];

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The styles part: document defaults, the Normal paragraph style, and one style per table cell size. */
export function stylesXml(): string {
  const cellStyles = CELL_SIZES.map(
    (size) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${cellStyleId(size)}"><w:name w:val="Gaoqi Cell ${size}"/><w:basedOn w:val="Normal"/>` +
      `<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>${runProps({ font: FONTS.song, size })}</w:style>`
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault>${runProps({ font: FONTS.fang, size: 10.5 })}</w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    cellStyles +
    `</w:styles>`
  );
}
