/**
 * Bytes of XML written straight into a buffer, handed on in chunks. The markup of a cell is short
 * ASCII copied byte by byte; only cell text goes through the UTF-8 encoder. Building the same XML as
 * JavaScript strings costs several times more (a concatenated string must be flattened, then encoded).
 *
 * Two buffers take turns: a chunk handed on stays untouched while the next one is filled, and its
 * buffer is filled again only after that (ZipWriter.add has consumed a chunk by then: it waits for
 * each chunk's deflate before it asks for the one after the next).
 */

const encoder = new TextEncoder();

export class ByteSink {
  private buf: Uint8Array;
  private spare: Uint8Array;
  pos = 0;

  constructor(private readonly chunkSize: number) {
    this.buf = new Uint8Array(chunkSize);
    this.spare = new Uint8Array(chunkSize);
  }

  /** Makes room for `n` more bytes. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  /** ASCII text (markup), byte by byte. */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Bytes encoded once beforehand. */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Any text, as UTF-8. */
  utf8(s: string): void {
    this.room(s.length * 3);
    this.pos += encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  /** A non-negative integer in decimal. */
  uint(n: number): void {
    if (n < 10) {
      this.room(1);
      this.buf[this.pos++] = 48 + n;
      return;
    }
    this.ascii(String(n));
  }

  /** True once a chunk's worth has gathered. */
  get full(): boolean {
    return this.pos >= this.chunkSize;
  }

  /** The bytes gathered so far (valid until the chunk after next is taken), and a fresh start. */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    const next = this.spare;
    this.spare = this.buf;
    this.buf = next;
    this.pos = 0;
    return out;
  }
}
