/**
 * The shared string table, streamed: each <si> item's text is the text of its <t>, or of its rich
 * text runs (<r><t>) joined; phonetic runs (<rPh>, furigana over the text) are not part of the value
 * and are skipped. Items longer than Excel's 32,767 characters are kept cut short and remembered, so
 * that a cell using one is refused with its address (limits.ts), while an unused one costs nothing.
 */
import { utf8Text } from "./bytes";
import { MAX_CELL_TEXT, MAX_SHARED_CHARS, MAX_SHARED_STRINGS } from "./limits";
import { bytesAre, type XmlAttrs } from "./xmlAttributes";
import { decodeText, unescapeXstring } from "./xmlText";
import type { XmlHandler } from "./xmlTokenizer";
import { xlsxError } from "./xlsxError";

export { MAX_SHARED_CHARS, MAX_SHARED_STRINGS } from "./limits";

export interface SharedStrings {
  strings: string[];
  /** Indexes of items that were longer than MAX_CELL_TEXT (kept truncated). */
  overLong: Set<number>;
}

export class SharedStringsReader implements XmlHandler {
  capturing = false;
  readonly table: SharedStrings = { strings: [], overLong: new Set() };
  private inItem = false;
  private phonetic = 0;
  private current = "";
  /** No piece of the current item needed more than UTF-8 decoding. */
  private plain = true;
  private chars = 0;

  constructor(private readonly part: string) {}

  open(buf: Uint8Array, s: number, e: number, attrs: XmlAttrs): void {
    const empty = attrs.empty;
    if (bytesAre(buf, s, e, "si")) {
      this.current = "";
      this.inItem = !empty;
      if (empty) this.push();
    } else if (!this.inItem || empty) {
      return;
    } else if (bytesAre(buf, s, e, "t")) {
      this.capturing = this.phonetic === 0;
    } else if (bytesAre(buf, s, e, "rPh")) {
      this.phonetic++;
    }
  }

  close(buf: Uint8Array, s: number, e: number): void {
    if (!this.inItem) return;
    if (bytesAre(buf, s, e, "t")) this.capturing = false;
    else if (bytesAre(buf, s, e, "rPh")) this.phonetic--;
    else if (bytesAre(buf, s, e, "si")) {
      this.inItem = false;
      this.push();
    }
  }

  text(buf: Uint8Array, start: number, end: number, plain: boolean): void {
    this.current += decodeText(buf, start, end, plain);
    if (!plain) this.plain = false;
  }

  cdata(buf: Uint8Array, start: number, end: number): void {
    this.current += utf8Text(buf, start, end);
    this.plain = false; // CDATA may hold an _xHHHH_ escape
  }

  private push(): void {
    const t = this.table;
    let s = this.plain ? this.current : unescapeXstring(this.current);
    this.current = "";
    this.plain = true;
    if (s.length > MAX_CELL_TEXT) {
      t.overLong.add(t.strings.length);
      s = s.slice(0, MAX_CELL_TEXT);
    }
    this.chars += s.length;
    if (t.strings.length >= MAX_SHARED_STRINGS || this.chars > MAX_SHARED_CHARS)
      throw xlsxError(
        "limit",
        this.part,
        `holds more than ${t.strings.length.toLocaleString("en-US")} strings or ${MAX_SHARED_CHARS.toLocaleString("en-US")} characters`,
        `共享字符串超过 ${t.strings.length} 条或 ${MAX_SHARED_CHARS} 个字符`
      );
    t.strings.push(s);
  }
}
