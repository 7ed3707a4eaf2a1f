/**
 * The rows of one worksheet part, from the tokenizer's events: <sheetData> <row> <c> with its <v>,
 * <f> and inline <is>. Values come out as the engine takes them: string, number, boolean, or a marker
 * (cellMarkers.ts) for an error value or a formula without a cached value; a date is its serial as
 * stored (the workbook's date system; see ScanOptions.shift1904).
 *
 * Rows and cells may omit their `r` attribute (LibreOffice reads such files): a row without one
 * follows the previous row, unless its first cell's reference names the row; a cell without one
 * follows the previous cell. Rows must come in ascending order (Excel refuses others) and stay within
 * Excel's grid; a row is a sparse array (a lone cell in column XFD does not make 16,384 slots), and
 * rows with no value at all are not handed on.
 */
import { utf8Text } from "./bytes";
import { CellError, NO_VALUE, type CellMarker } from "../../domain/sheets/cellMarkers";
import { DATE1904_OFFSET } from "../../domain/core/dates";
import { columnLetter } from "../../domain/sheets/columnLetters";
import { parseIndex, parseRef, type RefParts } from "./cellRef";
import { MAX_CELL_TEXT, MAX_COLUMN, MAX_ROW } from "./limits";
import { numberFromText, parseNumber } from "./numberText";
import type { SharedStrings } from "./sharedStrings";
import type { DateStyles } from "./styles";
import { bytesAre, type XmlAttrs } from "./xmlAttributes";
import { decodeAttribute, decodeText, unescapeXstring } from "./xmlText";
import type { XmlHandler } from "./xmlTokenizer";
import { onSheet, xlsxError } from "./xlsxError";

/** A value as the reader hands it over. Missing cells are holes (undefined) in the row array. */
export type SheetValue = string | number | boolean | null | CellMarker;

export interface SheetRow {
  /** 1-based sheet row. */
  number: number;
  /** 0-based columns; sparse where cells are missing. */
  values: SheetValue[];
  /** True when `values` holds a CellError or NO_VALUE (so callers need not look otherwise). */
  marked: boolean;
  /** With ScanOptions.dateColumns: 0-based columns of numbers shown with a date format. */
  dateColumns?: number[];
}

export interface ScanOptions {
  sheetName: string;
  part: string;
  strings: SharedStrings;
  dateStyles: DateStyles;
  date1904: boolean;
  /**
   * Adds 1,462 days to date-formatted numbers of a 1904 workbook, giving 1900-system serials.
   * Off, dates stay as stored and the caller shifts them (the engine will, knowing date1904).
   */
  shift1904?: boolean;
  /** Lists each row's date-formatted columns in SheetRow.dateColumns. */
  dateColumns?: boolean;
}

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STRING = 3;
const T_BOOLEAN = 4;
const T_ERROR = 5;
const T_DATE = 6;
const TYPE_NAMES: [string, number][] = [
  ["n", T_NUMBER],
  ["s", T_SHARED],
  ["inlineStr", T_INLINE],
  ["str", T_STRING],
  ["b", T_BOOLEAN],
  ["e", T_ERROR],
  ["d", T_DATE],
];

const NONE = 0;
const VALUE = 1;
const INLINE_TEXT = 2;

const ISO_DATE = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?Z?$/;

/** ms between 1970-01-01 and 1899-12-30, day zero of the 1900 system (for dates after Feb 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

export class SheetScanner implements XmlHandler {
  capturing = false;
  /** Rows completed since the caller last took them. */
  rows: SheetRow[] = [];

  private readonly ref: RefParts = { col: 0, row: 0 };
  private inSheetData = false;
  private inRow = false;
  private inCell = false;
  private lastRow = 0;
  private rowNumber = 0;
  private values: SheetValue[] = [];
  private marked = false;
  private dates: number[] | null = null;
  private col = -1;
  private type = T_NUMBER;
  private style = 0;
  private hasFormula = false;
  private hasValue = false;
  private inInline = false;
  private phonetic = 0;
  private want = NONE;
  // The <v> text: one piece in place (the usual case), or pieces joined as a string.
  private vBuf: Uint8Array | null = null;
  private vStart = 0;
  private vEnd = 0;
  private vText: string | null = null;
  private inlineText = "";
  private hasInline = false;
  /** The cell's text so far needs only UTF-8 decoding (no reference, CR or _xHHHH_ escape). */
  private plain = true;

  constructor(private readonly opts: ScanOptions) {}

  /** Takes the rows completed so far. */
  take(): SheetRow[] {
    const out = this.rows;
    this.rows = [];
    return out;
  }

  open(buf: Uint8Array, s: number, e: number, attrs: XmlAttrs): void {
    const n = e - s;
    const empty = attrs.empty;
    const b0 = buf[s];
    if (n === 1) {
      if (!this.inCell) {
        if (b0 === 99 /* c */ && this.inRow) {
          this.startCell(buf, attrs);
          if (empty) this.endCell();
        }
      } else if (b0 === 118 /* v */) {
        this.hasValue = true;
        this.vBuf = null;
        this.vText = empty ? "" : null;
        if (!empty) {
          this.want = VALUE;
          this.capturing = true;
        }
      } else if (b0 === 102 /* f */) {
        this.hasFormula = true;
      } else if (b0 === 116 /* t */ && this.inInline && this.phonetic === 0 && !empty) {
        this.want = INLINE_TEXT;
        this.capturing = true;
      }
    } else if (this.inCell) {
      if (bytesAre(buf, s, e, "is")) {
        this.hasInline = true;
        this.inInline = !empty;
      } else if (!empty && bytesAre(buf, s, e, "rPh")) this.phonetic++;
    } else if (bytesAre(buf, s, e, "row")) {
      if (this.inSheetData && !this.inRow) {
        this.startRow(attrs);
        if (empty) this.endRow();
      }
    } else if (bytesAre(buf, s, e, "sheetData")) {
      this.inSheetData = !empty;
    }
  }

  close(buf: Uint8Array, s: number, e: number): void {
    const n = e - s;
    if (n === 1) {
      const b0 = buf[s];
      if (b0 === 99 /* c */) {
        if (this.inCell) this.endCell();
      } else if (this.want !== NONE && (b0 === 118 /* v */ || b0 === 116) /* t */) {
        this.want = NONE;
        this.capturing = false;
      }
    } else if (this.inCell) {
      if (bytesAre(buf, s, e, "is")) this.inInline = false;
      else if (bytesAre(buf, s, e, "rPh")) this.phonetic--;
    } else if (bytesAre(buf, s, e, "row")) {
      if (this.inRow) this.endRow();
    } else if (bytesAre(buf, s, e, "sheetData")) {
      this.inSheetData = false;
    }
  }

  text(buf: Uint8Array, start: number, end: number, plain: boolean): void {
    if (!plain) this.plain = false;
    if (this.want === VALUE) {
      if (this.vBuf === null && this.vText === null) {
        this.vBuf = buf;
        this.vStart = start;
        this.vEnd = end;
      } else {
        this.vText = this.valueText() + decodeText(buf, start, end, plain);
        this.vBuf = null;
      }
    } else this.inlineText += decodeText(buf, start, end, plain);
  }

  cdata(buf: Uint8Array, start: number, end: number): void {
    const piece = utf8Text(buf, start, end);
    this.plain = false;
    if (this.want === VALUE) {
      this.vText = this.valueText() + piece;
      this.vBuf = null;
    } else this.inlineText += piece;
  }

  private startRow(attrs: XmlAttrs): void {
    this.inRow = true;
    this.rowNumber = 0;
    this.col = -1;
    this.values = [];
    this.marked = false;
    this.dates = null;
    for (let k = 0; k < attrs.count; k++) {
      if (!attrs.isByte(k, 114 /* r */)) continue;
      const r = parseIndex(attrs.buf, attrs.valueStart(k), attrs.valueEnd(k));
      if (r < 1)
        throw this.corrupt(`a row numbered "${attrs.value(k)}"`, `行号“${attrs.value(k)}”无效`);
      this.checkRow(r);
      this.rowNumber = r;
    }
  }

  private checkRow(r: number): void {
    if (r > MAX_ROW)
      throw xlsxError(
        "limit",
        this.opts.part,
        `sheet ${this.opts.sheetName} has row ${r.toLocaleString("en-US")}, past Excel's last row ${MAX_ROW.toLocaleString("en-US")}`,
        `工作表 ${this.opts.sheetName} 出现第 ${r} 行，超出 Excel 的最大行号 ${MAX_ROW}`
      );
    if (r <= this.lastRow)
      throw this.corrupt(
        `row ${r} comes after row ${this.lastRow} (rows out of order)`,
        `第 ${r} 行出现在第 ${this.lastRow} 行之后（行顺序错乱）`
      );
  }

  private endRow(): void {
    this.inRow = false;
    if (this.rowNumber === 0) {
      this.checkRow(this.lastRow + 1);
      this.rowNumber = this.lastRow + 1;
    }
    this.lastRow = this.rowNumber;
    if (this.values.length === 0) return;
    const row: SheetRow = { number: this.rowNumber, values: this.values, marked: this.marked };
    if (this.dates !== null) row.dateColumns = this.dates;
    this.rows.push(row);
  }

  private startCell(buf: Uint8Array, attrs: XmlAttrs): void {
    this.inCell = true;
    this.type = T_NUMBER;
    this.style = 0;
    this.hasFormula = false;
    this.hasValue = false;
    this.hasInline = false;
    this.inInline = false;
    this.phonetic = 0;
    this.vBuf = null;
    this.vText = null;
    this.inlineText = "";
    this.plain = true;
    let col = this.col + 1;
    let typeAt = -1;
    for (let k = 0; k < attrs.count; k++) {
      const from = attrs.valueStart(k);
      const to = attrs.valueEnd(k);
      if (attrs.isByte(k, 114 /* r */)) {
        const ref = this.ref;
        parseRef(buf, from, to, ref);
        if (ref.col < 0)
          throw this.corrupt(
            `a cell reference "${attrs.value(k)}"`,
            `单元格引用“${attrs.value(k)}”无效`
          );
        if (ref.col > 0) col = ref.col - 1;
        // A row without its own number takes it from its first cell, as that cell says where it is.
        if (this.rowNumber === 0 && ref.row > 0) {
          this.checkRow(ref.row);
          this.rowNumber = ref.row;
        }
      } else if (attrs.isByte(k, 115 /* s */)) {
        const s = parseIndex(buf, from, to);
        this.style = s < 0 ? 0 : s;
      } else if (attrs.isByte(k, 116 /* t */)) {
        typeAt = k;
      }
    }
    if (col >= MAX_COLUMN)
      throw xlsxError(
        "limit",
        this.opts.part,
        `sheet ${this.opts.sheetName} has a cell in column ${col + 1} of row ${this.currentRow()}, past Excel's last column XFD (${MAX_COLUMN})`,
        `工作表 ${this.opts.sheetName} 第 ${this.currentRow()} 行第 ${col + 1} 列超出 Excel 的最大列 XFD（${MAX_COLUMN}）`
      );
    this.col = col;
    if (typeAt >= 0)
      this.type = this.cellType(buf, attrs.valueStart(typeAt), attrs.valueEnd(typeAt));
  }

  private cellType(buf: Uint8Array, start: number, end: number): number {
    for (const [name, code] of TYPE_NAMES) if (bytesAre(buf, start, end, name)) return code;
    throw this.corrupt(
      `cell ${this.address()} has an unknown type "${decodeAttribute(buf, start, end)}"`,
      `单元格 ${this.address()} 的类型“${decodeAttribute(buf, start, end)}”无效`
    );
  }

  private endCell(): void {
    this.inCell = false;
    this.capturing = false;
    this.want = NONE;
    const v = this.cellValue();
    if (v === null) return;
    this.values[this.col] = v;
  }

  /** The value of the cell just closed. */
  private cellValue(): SheetValue {
    switch (this.type) {
      case T_NUMBER: {
        if (!this.hasValue) return this.noValue();
        let n = this.vBuf !== null ? parseNumber(this.vBuf, this.vStart, this.vEnd) : Number.NaN;
        // References (&#49;) or pieces: read the decoded text instead.
        if (Number.isNaN(n)) n = numberFromText(this.valueText());
        if (Number.isFinite(n)) return this.number(n);
        const text = this.valueText().trim();
        return text === "" ? this.noValue() : this.string(text);
      }
      case T_SHARED: {
        if (!this.hasValue) return this.noValue();
        let i = this.vBuf !== null ? parseIndex(this.vBuf, this.vStart, this.vEnd) : -1;
        if (i < 0) i = numberFromText(this.valueText());
        const table = this.opts.strings;
        if (!(Number.isInteger(i) && i >= 0 && i < table.strings.length))
          throw this.corrupt(
            `cell ${this.address()} refers to shared string "${this.valueText().slice(0, 20)}", which does not exist`,
            `单元格 ${this.address()} 引用了不存在的共享字符串“${this.valueText().slice(0, 20)}”`
          );
        if (table.overLong.has(i)) throw this.tooLong();
        return table.strings[i];
      }
      case T_INLINE:
        if (this.hasInline) return this.string(this.unescaped(this.inlineText));
        return this.hasValue ? this.string(this.unescaped(this.valueText())) : this.noValue();
      case T_STRING:
        return this.hasValue ? this.string(this.unescaped(this.valueText())) : this.noValue();
      case T_BOOLEAN: {
        if (!this.hasValue) return this.noValue();
        const t = this.valueText().trim();
        return t === "1" || t === "true"
          ? true
          : t === "0" || t === "false"
            ? false
            : this.string(t);
      }
      case T_ERROR:
        if (!this.hasValue) return this.noValue();
        this.marked = true;
        return CellError.of(this.valueText().trim());
      default: {
        if (!this.hasValue) return this.noValue();
        const text = this.valueText().trim();
        // ISO 8601, read as UTC (a date-time without a zone would otherwise be local time).
        const iso = ISO_DATE.test(text);
        const ms = iso
          ? Date.parse(text.length === 10 || text.endsWith("Z") ? text : text + "Z")
          : NaN;
        if (!Number.isFinite(ms)) return this.string(text);
        const serial = (ms - EPOCH_1900) / 86_400_000;
        this.style = -1; // a date by type, whatever its format
        return this.number(this.opts.date1904 ? serial - DATE1904_OFFSET : serial);
      }
    }
  }

  /** A number, shifted and listed when its format shows a date. */
  private number(n: number): number {
    const o = this.opts;
    if (this.style === -1 || o.dateStyles[this.style] === 1) {
      if (o.dateColumns) (this.dates ??= []).push(this.col);
      if (o.shift1904 && o.date1904) return n + DATE1904_OFFSET;
    }
    return n;
  }

  private string(s: string): string {
    if (s.length > MAX_CELL_TEXT) throw this.tooLong();
    return s;
  }

  /** An empty cell, or a formula whose value was never calculated. */
  private noValue(): SheetValue {
    if (!this.hasFormula) return null;
    this.marked = true;
    return NO_VALUE;
  }

  private valueText(): string {
    if (this.vText !== null) return this.vText;
    if (this.vBuf === null) return "";
    return decodeText(this.vBuf, this.vStart, this.vEnd, this.plain);
  }

  /** A string value: SpreadsheetML's _xHHHH_ escapes undone where there can be any. */
  private unescaped(s: string): string {
    return this.plain ? s : unescapeXstring(s);
  }

  private currentRow(): number {
    return this.rowNumber || this.lastRow + 1;
  }

  private address(): string {
    return `${columnLetter(this.col)}${this.currentRow()}`;
  }

  private tooLong() {
    return xlsxError(
      "limit",
      this.opts.part,
      `cell ${this.address()} of sheet ${this.opts.sheetName} holds more than ${MAX_CELL_TEXT.toLocaleString("en-US")} characters, Excel's limit`,
      `工作表 ${this.opts.sheetName} 的单元格 ${this.address()} 超过 Excel 的 ${MAX_CELL_TEXT} 个字符上限`
    );
  }

  private corrupt(en: string, zh: string) {
    return xlsxError("corrupt", this.opts.part, ...onSheet(this.opts.sheetName, en, zh));
  }
}
