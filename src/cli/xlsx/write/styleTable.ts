/**
 * The styles part: each distinct cell style becomes one cell format (xf) built from shared fonts,
 * fills, borders and number formats, and each conditional format's look one differential format
 * (dxf). Index 0 of every table is Excel's default, as readers expect.
 */
import type { CellStyle } from "../../../domain/report/layout";
import { escapeXml } from "./xmlEscape";

/** What a conditional rule shows (a differential format). */
export interface RuleLook {
  fill: string;
  fontColor?: string;
}

/** Built-in number formats that need no <numFmt> of their own. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

const argb = (rgb: string): string => "FF" + rgb.toUpperCase();
const num = (n: number): string => String(Math.round(n * 100) / 100);

class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(first: string[]) {
    for (const x of first) this.add(x);
  }

  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export interface StyleTableOptions {
  /** The font of every styled cell. */
  fontName: string;
  /** Excel's Normal style font: unstyled cells, and the unit column widths are measured in. */
  normalFont: { name: string; size: number };
  /** Colour of the thin borders, "RRGGBB". */
  borderColor: string;
}

export class StyleTable {
  private readonly fonts: Table;
  private readonly fills = new Table([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Table([
    "<border><left/><right/><top/><bottom/><diagonal/></border>",
  ]);
  private readonly xfs: Table;
  private readonly dxfs = new Table([]);
  private readonly formats = new Map<string, number>();

  constructor(private readonly opts: StyleTableOptions) {
    const normal = opts.normalFont;
    this.fonts = new Table([
      `<font><sz val="${num(normal.size)}"/><name val="${escapeXml(normal.name)}"/><family val="2"/></font>`,
    ]);
    this.xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  }

  private font(s: CellStyle): string {
    return (
      "<font>" +
      (s.bold ? "<b/>" : "") +
      (s.italic ? "<i/>" : "") +
      `<sz val="${num(s.fontSize ?? this.opts.normalFont.size)}"/>` +
      (s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : "") +
      `<name val="${escapeXml(this.opts.fontName)}"/><family val="2"/><charset val="134"/></font>`
    );
  }

  private numberFormat(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The cell format index of a (merged) layout style. */
  xf(s: CellStyle): number {
    const font = this.fonts.add(this.font(s));
    const fill = s.fill
      ? this.fills.add(
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`
        )
      : 0;
    const edge = `style="thin"><color rgb="${argb(this.opts.borderColor)}"/>`;
    const border = s.border
      ? this.borders.add(
          `<border><left ${edge}</left><right ${edge}</right><top ${edge}</top><bottom ${edge}</bottom><diagonal/></border>`
        )
      : 0;
    const numFmt = this.numberFormat(s.numberFormat);
    const align =
      s.hAlign || s.vAlign || s.wrap
        ? "<alignment" +
          (s.hAlign ? ` horizontal="${s.hAlign}"` : "") +
          (s.vAlign ? ` vertical="${s.vAlign === "middle" ? "center" : s.vAlign}"` : "") +
          (s.wrap ? ' wrapText="1"' : "") +
          "/>"
        : "";
    const applied =
      (numFmt ? ' applyNumberFormat="1"' : "") +
      (font ? ' applyFont="1"' : "") +
      (fill ? ' applyFill="1"' : "") +
      (border ? ' applyBorder="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}`;
    return this.xfs.add(align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`);
  }

  /** The differential format index of a conditional rule's look. */
  dxf(look: RuleLook): number {
    return this.dxfs.add(
      "<dxf>" +
        (look.fontColor ? `<font><color rgb="${argb(look.fontColor)}"/></font>` : "") +
        `<fill><patternFill patternType="solid"><bgColor rgb="${argb(look.fill)}"/></patternFill></fill></dxf>`
    );
  }

  /** The styles part. */
  toXml(): string {
    const list = (tag: string, items: string[]): string =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      "</styleSheet>"
    );
  }
}
