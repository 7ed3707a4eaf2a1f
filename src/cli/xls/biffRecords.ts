/**
 * BIFF8 records (MS-XLS 2.1.4): a 2-byte type, a 2-byte length and that many bytes of body. A record
 * longer than 8,224 bytes goes on in CONTINUE records that follow it; strings split that way start
 * each continued part with a fresh flag byte saying whether its characters are one byte (the high byte
 * of UTF-16 left out) or two. ContinuedRecord reads across those parts; everything else here is small
 * byte helpers shared by the globals and the sheets.
 */
import type { LocalText } from "../../domain/core/types";
import { xlsxError, zhAfter, type XlsxError } from "../xlsx/xlsxError";

/** The workbook stream's name, for messages. */
export const STREAM = "Workbook";

export const RT = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  DATEMODE: 0x0022,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  BOUNDSHEET: 0x0085,
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  MERGEDCELLS: 0x00e5,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  BLANK: 0x0201,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

export function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

export function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

/** A corrupt-workbook error about the workbook stream. */
export function corrupt(en: string, zh: string): XlsxError {
  return xlsxError("corrupt", STREAM, en, zh);
}

/** Checks that the record at `p` lies inside the stream; returns where its body ends. */
export function recordEnd(b: Uint8Array, p: number): number {
  const end = p + 4 + (p + 4 <= b.length ? u16(b, p + 2) : 0);
  if (p + 4 > b.length || end > b.length)
    throw corrupt(
      `a record at byte ${p} runs past the end of the stream (${b.length} bytes)`,
      `第 ${p} 字节处的记录超出流的末尾（共 ${b.length} 字节）`
    );
  return end;
}

/** Char codes of one piece of text, reused: building a string a character at a time makes one object per character. */
const CODES: number[] = [];
const PIECE = 8192;

/**
 * `n` characters from `p`: one byte each (Latin-1, the compressed form) or two (UTF-16LE). Built
 * from char codes, so any code unit, paired or not, comes through as stored.
 */
export function decodeChars(b: Uint8Array, p: number, n: number, wide: boolean): string {
  let s = "";
  for (let done = 0; done < n;) {
    const k = Math.min(PIECE, n - done);
    CODES.length = k;
    if (wide) for (let i = 0; i < k; i++, p += 2) CODES[i] = b[p] | (b[p + 1] << 8);
    else for (let i = 0; i < k; i++) CODES[i] = b[p++];
    const piece = String.fromCharCode.apply(null, CODES);
    s = done === 0 ? piece : s + piece;
    done += k;
  }
  return s;
}

/**
 * A record's body and the bodies of the CONTINUE records after it, read as one: numbers and skipped
 * bytes run on from one part into the next; characters of a string re-read the flag byte at the start
 * of each part they continue into.
 */
export class ContinuedRecord {
  /** Where the last CONTINUE ends: the next record starts there. */
  readonly next: number;
  private readonly parts: number[] = [];
  private part = 0;
  private pos: number;
  private end: number;

  constructor(
    private readonly b: Uint8Array,
    at: number,
    private readonly what: LocalText
  ) {
    let end = recordEnd(b, at);
    this.parts.push(at + 4, end);
    while (end + 4 <= b.length && u16(b, end) === RT.CONTINUE) {
      const p = end;
      end = recordEnd(b, p);
      this.parts.push(p + 4, end);
    }
    this.next = end;
    this.pos = this.parts[0];
    this.end = this.parts[1];
  }

  /** True when no byte is left in any part. */
  atEnd(): boolean {
    if (this.pos < this.end) return false;
    for (let k = this.part + 1; k < this.parts.length / 2; k++)
      if (this.parts[2 * k + 1] > this.parts[2 * k]) return false;
    return true;
  }

  /** Moves to the next part with bytes in it; false when there is none. */
  private advance(): boolean {
    while (this.pos >= this.end) {
      if (2 * (this.part + 1) >= this.parts.length) return false;
      this.part++;
      this.pos = this.parts[2 * this.part];
      this.end = this.parts[2 * this.part + 1];
    }
    return true;
  }

  private short(): XlsxError {
    return corrupt(
      `${this.what["en-US"]} ends in the middle of a value`,
      zhAfter(this.what["zh-CN"], "在数据中途结束")
    );
  }

  byte(): number {
    if (this.pos >= this.end && !this.advance()) throw this.short();
    return this.b[this.pos++];
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  /** Skips `n` bytes, which may span parts. */
  skip(n: number): void {
    while (n > 0) {
      if (this.pos >= this.end && !this.advance()) throw this.short();
      const k = Math.min(n, this.end - this.pos);
      this.pos += k;
      n -= k;
    }
  }

  /** `n` characters, wide (two bytes each) or not to begin with; each new part says so again. */
  chars(n: number, wide: boolean): string {
    let out = "";
    while (n > 0) {
      if (this.pos >= this.end) {
        if (!this.advance()) throw this.short();
        wide = (this.b[this.pos++] & 1) === 1;
        continue;
      }
      const room = wide ? (this.end - this.pos) >> 1 : this.end - this.pos;
      if (room === 0)
        throw corrupt(
          `${this.what["en-US"]} splits a character across two records`,
          zhAfter(this.what["zh-CN"], "把一个字符拆在两条记录中")
        );
      const k = Math.min(n, room);
      out += decodeChars(this.b, this.pos, k, wide);
      this.pos += wide ? 2 * k : k;
      n -= k;
    }
    return out;
  }

  /** An XLUnicodeString: a 2-byte count, a flag byte, the characters (formatting runs skipped). */
  unicodeString(): string {
    // Most strings lie whole inside one part: read them in place.
    const b = this.b;
    const p = this.pos;
    if (p + 3 <= this.end) {
      const n = b[p] | (b[p + 1] << 8);
      const flags = b[p + 2];
      const head = 3 + (flags & 0x08 ? 2 : 0) + (flags & 0x04 ? 4 : 0);
      const wide = (flags & 1) === 1;
      const end = p + head + (wide ? 2 * n : n);
      if (end <= this.end) {
        const runs = flags & 0x08 ? u16(b, p + 3) : 0;
        const ext = flags & 0x04 ? u32(b, p + head - 4) : 0;
        const s = decodeChars(b, p + head, n, wide);
        this.pos = end;
        this.skip(4 * runs);
        this.skip(ext);
        return s;
      }
    }
    const n = this.u16();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const s = this.chars(n, (flags & 1) === 1);
    this.skip(4 * runs);
    this.skip(ext);
    return s;
  }
}
