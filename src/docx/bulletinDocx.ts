/**
 * The Word bulletin (通报) as WordprocessingML: the report's document model (src/domain/report/docModel.ts)
 * turned into the parts of a .docx package, each part's XML made in chunks as the zip writer asks for them,
 * so an 附件 of a million rows is never held whole, neither as objects nor as text. Host-neutral: the CLI
 * streams the parts into its zip writer (writeDocxFile.ts), the pane packs them into a download
 * (zipBlob.ts). Typography: wordStyles.ts (GB/T 9704-2012 as far as a bulletin with tables allows: the 文号
 * line above the title, the 主送 line under it, the 落款 at the right). Every text goes through xmlText, so no input breaks a part.
 */
import type {
  BulletinDoc,
  DocBlock,
  DocCell,
  DocChart,
  DocParagraph,
  DocSection,
  DocTable,
} from "../domain/report/docModel";
import { chartXml } from "../cli/xlsx/write/chartXml";
import { columnWidths } from "./columnWidths";
import { appPropsXml, corePropsXml } from "./docProps";
import {
  A4,
  ANNEX_MARGIN,
  BULLETIN_MARGIN,
  cellStyleId,
  FONTS,
  mm,
  runProps,
  stylesXml,
  typeface,
} from "./wordStyles";
import { xmlText } from "./xmlText";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
/** Characters of XML gathered before a chunk is handed on. */
const CHUNK_CHARS = 256 * 1024;

/** One part of the package: its name in the zip and its XML, made in chunks when asked for. */
export interface DocxPart {
  name: string;
  chunks: () => Iterable<string>;
}

/**
 * A text as runs' content: line breaks as <w:br/>, tabs as <w:tab/>, and in codes every hyphen as a
 * non-breaking one, so 2024-12-31 never breaks at its hyphens.
 */
function runContent(text: string, code = false): string {
  let out = "";
  const pieces = text.split(code ? /(\r\n|\n|\t|-)/ : /(\r\n|\n|\t)/);
  for (const p of pieces) {
    if (p === "") continue;
    if (p === "\n" || p === "\r\n") out += "<w:br/>";
    else if (p === "\t") out += "<w:tab/>";
    else if (p === "-" && code) out += "<w:noBreakHyphen/>";
    else
      out +=
        p.trim() === p
          ? `<w:t>${xmlText(p)}</w:t>`
          : `<w:t xml:space="preserve">${xmlText(p)}</w:t>`;
  }
  return out;
}

const JC = { left: "left", center: "center", right: "right", both: "both" } as const;

function paragraphXml(p: DocParagraph, first: boolean): string {
  const t = typeface(p, first);
  const align = t.align ?? p.align;
  const spacing = `<w:spacing w:before="${Math.round((t.before ?? 0) * 20)}" w:after="${Math.round((t.after ?? 0) * 20)}"/>`;
  const indent = t.indent ? `<w:ind w:firstLine="${Math.round(t.indent * t.size * 20)}"/>` : "";
  const props = runProps({ font: t.font, size: t.size, bold: t.bold ?? p.bold, color: t.color });
  // No extra space between CJK text and digits (Word adds it by default): official style writes 169家.
  const noAutoSpace = `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`;
  return `<w:p><w:pPr>${noAutoSpace}${spacing}${indent}<w:jc w:val="${JC[align]}"/></w:pPr><w:r>${props}${runContent(p.text)}</w:r></w:p>`;
}

/** Table borders: thin grey lines round and between every cell. */
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>`)
  .join("");

/**
 * A cell. Its width is the table grid's (a fixed layout), so only a header cell or a merged one states
 * it: a long 附件's rows stay short.
 */
function cellXml(c: DocCell, width: number | null, style: string, code: boolean): string {
  const span = c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : "";
  const w = width === null && c.span === 1 ? "" : `<w:tcW w:w="${width ?? 0}" w:type="dxa"/>`;
  const fill = c.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/>` : "";
  const props = runProps({ bold: c.bold, color: c.color });
  const jc = c.align === "left" ? "" : `<w:jc w:val="${c.align}"/>`;
  return (
    `<w:tc><w:tcPr>${w}${span}${fill}<w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>${jc}</w:pPr>${c.text === "" ? "" : `<w:r>${props}${runContent(c.text, code && c.span === 1)}</w:r>`}</w:p></w:tc>`
  );
}

function rowXml(
  cells: DocCell[],
  widths: number[],
  code: boolean[],
  style: string,
  header: boolean
): string {
  let col = 0;
  let out = `<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}</w:trPr>`;
  for (const c of cells) {
    let w = 0;
    for (let k = col; k < col + c.span; k++) w += widths[k] ?? 0;
    out += cellXml(c, header || c.span > 1 ? w : null, style, !header && (code[col] ?? false));
    col += c.span;
  }
  return out + "</w:tr>";
}

/** A table over the text width; the header row repeats on every page, and no row breaks across pages. */
function* tableXml(t: DocTable, pageWidth: number): Generator<string> {
  const size = t.widths.length > 8 ? 9 : 10;
  const style = cellStyleId(size);
  const { widths, code } = columnWidths(t, size, pageWidth);
  const total = widths.reduce((a, b) => a + b, 0);
  yield (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="50" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/><w:right w:w="50" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    rowXml(t.header, widths, code, style, true)
  );
  for (let i = 0; i < t.rowCount; i++) yield rowXml(t.row(i), widths, code, style, false);
  yield "</w:tbl>";
}

/** EMU per twip and per point. */
const EMU_PER_TWIP = 635;
const EMU_PER_POINT = 12700;

/** A chart in its own paragraph, as wide as the text and as tall as on the sheet; `n` its number (1, 2, ...). */
function chartParagraph(c: DocChart, n: number, pageWidth: number): string {
  const cx = pageWidth * EMU_PER_TWIP;
  const cy = Math.round(c.height * EMU_PER_POINT);
  return (
    `<w:p><w:pPr><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>` +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${n}" name="Chart ${n}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${chartRel(n)}"/></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r></w:p>`
  );
}

const chartRel = (n: number): string => `rIdChart${n}`;
const FOOTER_REL = "rIdFooter";

interface Page {
  width: number;
  landscape: boolean;
  margin: typeof BULLETIN_MARGIN;
}

function pageOf(s: DocSection, first: boolean): Page {
  const margin = first ? BULLETIN_MARGIN : ANNEX_MARGIN;
  const landscape = s.orientation === "landscape";
  return {
    width: (landscape ? A4.height : A4.width) - margin.left - margin.right,
    landscape,
    margin,
  };
}

function sectionProps({ landscape, margin }: Page): string {
  const size = landscape
    ? `<w:pgSz w:w="${A4.height}" w:h="${A4.width}" w:orient="landscape"/>`
    : `<w:pgSz w:w="${A4.width}" w:h="${A4.height}"/>`;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_REL}"/>${size}` +
    `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${mm(15)}" w:footer="${mm(12)}" w:gutter="0"/></w:sectPr>`
  );
}

/** The charts of a document in order, numbered from 1. */
function chartsOf(doc: BulletinDoc): DocChart[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is DocChart => b.kind === "chart"));
}

/**
 * The main part's XML, made a section at a time in chunks of about CHUNK_CHARS, so a caller may build a
 * sheet, draw its section and let it go before the next. The charts are numbered as they are met.
 */
export class DocumentXml {
  /** The charts drawn so far, in order: chart n is charts[n - 1]. */
  readonly charts: DocChart[] = [];
  private buf: string[] = [];
  private length = 0;
  private count = 0;
  /** The page of the last section drawn: its properties close it once it is known whether another follows. */
  private last: Page | null = null;

  private add(s: string): void {
    this.buf.push(s);
    this.length += s.length;
  }

  private take(): string {
    const out = this.buf.join("");
    this.buf = [];
    this.length = 0;
    return out;
  }

  /** The chunks of the next section (some of its XML may wait for the next chunk). */
  *section(s: DocSection): Generator<string> {
    if (this.count === 0)
      this.add(`${DECL}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}"><w:body>`);
    // A section ends with the properties of its pages: in its last paragraph, the last section in the body.
    else if (this.last) this.add(`<w:p><w:pPr>${sectionProps(this.last)}</w:pPr></w:p>`);
    const first = this.count++ === 0;
    const page = pageOf(s, first);
    for (const b of s.blocks as DocBlock[]) {
      if (b.kind === "paragraph") this.add(paragraphXml(b, first));
      else if (b.kind === "chart") {
        this.charts.push(b);
        this.add(chartParagraph(b, this.charts.length, page.width));
      } else {
        for (const piece of tableXml(b, page.width)) {
          this.add(piece);
          if (this.length >= CHUNK_CHARS) yield this.take();
        }
        // Word needs a paragraph between two tables, and after a table that ends a section.
        this.add("<w:p/>");
      }
    }
    this.last = page;
  }

  /** The chunks that end the part. */
  *end(): Generator<string> {
    if (this.count === 0)
      this.add(`${DECL}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}"><w:body>`);
    if (this.last) this.add(sectionProps(this.last));
    this.add("</w:body></w:document>");
    yield this.take();
  }
}

/** The main part, in chunks of about CHUNK_CHARS. */
function* documentXml(doc: BulletinDoc): Generator<string> {
  const xml = new DocumentXml();
  for (const s of doc.sections) yield* xml.section(s);
  yield* xml.end();
}

function footerXml(lang: BulletinDoc["lang"]): string {
  const props = runProps({ font: FONTS.fang, size: 9 });
  const text = (s: string): string => `<w:r>${props}<w:t xml:space="preserve">${s}</w:t></w:r>`;
  const field = (instr: string): string =>
    `<w:fldSimple w:instr=" ${instr} "><w:r>${props}<w:t>1</w:t></w:r></w:fldSimple>`;
  const body =
    lang === "zh-CN"
      ? text("第 ") + field("PAGE") + text(" 页 共 ") + field("NUMPAGES") + text(" 页")
      : text("Page ") + field("PAGE") + text(" of ") + field("NUMPAGES");
  return `${DECL}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${body}</w:p></w:ftr>`;
}

function settingsXml(): string {
  return (
    `${DECL}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/><w:compat>` +
    `<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`
  );
}

function contentTypes(charts: number): string {
  const chartTypes = Array.from(
    { length: charts },
    (_, i) =>
      `<Override PartName="/word/charts/chart${i + 1}.xml" ContentType="${CT}.drawingml.chart+xml"/>`
  ).join("");
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="${CT}.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${CT}.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${CT}.wordprocessingml.settings+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="${CT}.wordprocessingml.footer+xml"/>` +
    chartTypes +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    `</Types>`
  );
}

function packageRels(): string {
  return (
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`
  );
}

function documentRels(charts: number): string {
  const chartRels = Array.from(
    { length: charts },
    (_, i) =>
      `<Relationship Id="${chartRel(i + 1)}" Type="${R}/chart" Target="charts/chart${i + 1}.xml"/>`
  ).join("");
  return (
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="${R}/settings" Target="settings.xml"/>` +
    `<Relationship Id="${FOOTER_REL}" Type="${R}/footer" Target="footer1.xml"/>` +
    chartRels +
    `</Relationships>`
  );
}

/** What the parts around the main part say of a document: its language, its title and its charts. */
export interface DocxMeta {
  lang: BulletinDoc["lang"];
  title: string;
  charts: readonly DocChart[];
}

/** The parts of a .docx package that come before the main part; `now` is recorded as its creation time. */
export function leadingParts(meta: DocxMeta, now: Date): DocxPart[] {
  const { charts } = meta;
  const one = (name: string, xml: () => string): DocxPart => ({ name, chunks: () => [xml()] });
  return [
    one("[Content_Types].xml", () => contentTypes(charts.length)),
    one("_rels/.rels", packageRels),
    one("docProps/core.xml", () => corePropsXml({ creator: "gaoqi", title: meta.title, now })),
    one("docProps/app.xml", () => appPropsXml("gaoqi")),
    one("word/_rels/document.xml.rels", () => documentRels(charts.length)),
    one("word/styles.xml", stylesXml),
    one("word/settings.xml", settingsXml),
    one("word/footer1.xml", () => footerXml(meta.lang)),
    ...charts.map((c, i) =>
      one(`word/charts/chart${i + 1}.xml`, () =>
        chartXml(c.chart, null, c.values, FONTS.song, xmlText)
      )
    ),
  ];
}

/** The name of the main part, the last of the package. */
export const DOCUMENT_PART = "word/document.xml";

/** The parts of the bulletin's .docx package; `now` is recorded as its creation time. */
export function docxParts(doc: BulletinDoc, now: Date): DocxPart[] {
  return [
    ...leadingParts({ lang: doc.lang, title: doc.title, charts: chartsOf(doc) }, now),
    { name: DOCUMENT_PART, chunks: () => documentXml(doc) },
  ];
}
