/**
 * The attributes of one tag as byte ranges, found in the same pass that finds the tag's end, so that
 * a handler reads `r`, `s` and `t` of a cell without scanning the tag again or making strings.
 */
import { utf8Text } from "./bytes";
import { decodeAttribute } from "./xmlText";
import { XML_FAULTS } from "./xmlFaults";
import type { LocalText } from "../../domain/core/types";

/** Fields per attribute in XmlAttrs.at. */
const F = 5;

export class XmlAttrs {
  buf: Uint8Array = new Uint8Array(0);
  count = 0;
  /** True when the tag ended with "/>". */
  empty = false;
  /** Per attribute k: at[5k] name start, [5k+1] local name start, [5k+2] name end, [5k+3] value start, [5k+4] value end. */
  at = new Int32Array(F * 16);

  /** The index of the attribute whose full name is `name` ("r", "r:id"), or -1. */
  find(name: string): number {
    for (let k = 0; k < this.count; k++) if (this.nameIs(k, name)) return k;
    return -1;
  }

  /** True when attribute k's full name is `name`. */
  nameIs(k: number, name: string): boolean {
    return bytesAre(this.buf, this.at[F * k], this.at[F * k + 2], name);
  }

  /** True when attribute k's name is one byte long and that byte is `code` (the hot path: r, s, t). */
  isByte(k: number, code: number): boolean {
    const s = this.at[F * k];
    return this.at[F * k + 2] === s + 1 && this.buf[s] === code;
  }

  /** True when attribute k has a namespace prefix and its local name is `local` ("r:id" -> "id"). */
  isPrefixed(k: number, local: string): boolean {
    const a = this.at;
    return a[F * k + 1] > a[F * k] && bytesAre(this.buf, a[F * k + 1], a[F * k + 2], local);
  }

  valueStart(k: number): number {
    return this.at[F * k + 3];
  }

  valueEnd(k: number): number {
    return this.at[F * k + 4];
  }

  /** Attribute k's value, decoded. */
  value(k: number): string {
    return decodeAttribute(this.buf, this.at[F * k + 3], this.at[F * k + 4]);
  }

  /** Attribute k's full name. */
  name(k: number): string {
    return utf8Text(this.buf, this.at[F * k], this.at[F * k + 2]);
  }

  /** Every attribute as full name -> decoded value (for small parts). */
  toMap(): Map<string, string> {
    const out = new Map<string, string>();
    for (let k = 0; k < this.count; k++) out.set(this.name(k), this.value(k));
    return out;
  }

  private grow(): void {
    const bigger = new Int32Array(this.at.length * 2);
    bigger.set(this.at);
    this.at = bigger;
  }

  /** Records one attribute (used by scanAttributes). */
  push(
    nameStart: number,
    localStart: number,
    nameEnd: number,
    valueStart: number,
    valueEnd: number
  ): void {
    if (F * (this.count + 1) > this.at.length) this.grow();
    const a = this.at;
    const o = F * this.count++;
    a[o] = nameStart;
    a[o + 1] = localStart;
    a[o + 2] = nameEnd;
    a[o + 3] = valueStart;
    a[o + 4] = valueEnd;
  }
}

export class MalformedTag extends Error {
  constructor(
    readonly at: number,
    readonly fault: LocalText
  ) {
    super(fault["en-US"]);
    this.name = "MalformedTag";
  }
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 9 || b === 13;
}

/**
 * Reads the attributes of a start tag from `i` (just after its name) into `attrs`; returns the index
 * of the tag's closing '>', or -1 when `buf` ends first (the tag continues in the next chunk).
 * Throws MalformedTag for what XML does not allow (no '=', no quotes, '<' in a value).
 */
export function scanAttributes(buf: Uint8Array, i: number, attrs: XmlAttrs): number {
  const len = buf.length;
  attrs.buf = buf;
  attrs.count = 0;
  attrs.empty = false;
  for (;;) {
    while (i < len && isSpace(buf[i])) i++;
    if (i >= len) return -1;
    let b = buf[i];
    if (b === 62) return i;
    if (b === 47) {
      if (i + 1 >= len) return -1;
      if (buf[i + 1] !== 62) throw new MalformedTag(i, XML_FAULTS.slashInTag);
      attrs.empty = true;
      return i + 1;
    }
    const nameStart = i;
    let local = i;
    while (i < len && (b = buf[i]) !== 61 && !isSpace(b) && b !== 62 && b !== 47 && b !== 60) {
      if (b === 58) local = i + 1;
      i++;
    }
    const nameEnd = i;
    if (nameEnd === nameStart) throw new MalformedTag(i, XML_FAULTS.attributeWithoutName);
    while (i < len && isSpace(buf[i])) i++;
    if (i >= len) return -1;
    if (buf[i] !== 61) throw new MalformedTag(i, XML_FAULTS.attributeWithoutValue);
    i++;
    while (i < len && isSpace(buf[i])) i++;
    if (i >= len) return -1;
    const quote = buf[i];
    if (quote !== 34 && quote !== 39) throw new MalformedTag(i, XML_FAULTS.unquotedValue);
    const valueStart = ++i;
    while (i < len && (b = buf[i]) !== quote) {
      if (b === 60) throw new MalformedTag(i, XML_FAULTS.ltInValue);
      i++;
    }
    if (i >= len) return -1;
    attrs.push(nameStart, local, nameEnd, valueStart, i);
    i++;
    if (i < len && !isSpace(buf[i]) && buf[i] !== 62 && buf[i] !== 47)
      throw new MalformedTag(i, XML_FAULTS.attributesTogether);
  }
}

/** True when bytes [start, end) of `buf` spell the ASCII `text`. */
export function bytesAre(buf: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[start + i] !== text.charCodeAt(i)) return false;
  return true;
}
