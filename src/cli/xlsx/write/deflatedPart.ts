/**
 * A zip entry's content deflated into memory, to be written later (ZipWriter.addDeflated). A package
 * whose first parts depend on what its last ones hold (the workbook part names every sheet, the Word
 * document's charts come before it) can then be made one sheet at a time: each long sheet is held as its
 * deflated bytes (a tenth of its XML), not as the cells it was made from. The bytes are the ones
 * ZipWriter.add would write for the same chunks: deflate's output does not depend on how its input is cut.
 */
import * as zlib from "zlib";
import { DEFAULT_LEVEL, type DeflatedPart } from "./zipWriter";

export class DeflatingPart {
  private readonly deflate: zlib.DeflateRaw;
  private readonly out: Buffer[] = [];
  private csize = 0;
  private crc = 0;
  private size = 0;
  private pending: Promise<void> | null = null;
  private readonly failed: Promise<never>;

  constructor(level = DEFAULT_LEVEL) {
    this.deflate = zlib.createDeflateRaw({ level, chunkSize: 256 * 1024 });
    this.deflate.on("data", (b: Buffer) => {
      this.out.push(b);
      this.csize += b.length;
    });
    this.failed = new Promise<never>((_, reject) => this.deflate.once("error", reject));
    this.failed.catch(() => undefined); // raced below; this only keeps an early error from being "unhandled"
  }

  /**
   * Adds a chunk (a string as UTF-8). It is deflated on the thread pool while the caller makes the next;
   * the one after that is taken only once this one is consumed, so a producer may reuse its buffer then
   * (the ByteSink's two buffers).
   */
  async write(chunk: Uint8Array | string): Promise<void> {
    const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (buf.length === 0) return;
    this.crc = zlib.crc32(buf, this.crc);
    this.size += buf.length;
    if (this.pending) await Promise.race([this.pending, this.failed]);
    this.pending = new Promise<void>((resolve) => this.deflate.write(buf, () => resolve()));
  }

  /** Adds every chunk of `chunks`, in order. */
  async writeAll(chunks: Iterable<Uint8Array | string>): Promise<void> {
    for (const c of chunks) await this.write(c);
  }

  /** Ends the content; resolves to the deflated bytes. */
  async end(): Promise<DeflatedPart> {
    if (this.pending) await Promise.race([this.pending, this.failed]);
    const ended = new Promise<void>((resolve) => this.deflate.once("end", () => resolve()));
    this.deflate.end();
    await Promise.race([ended, this.failed]);
    return { chunks: this.out, crc: this.crc >>> 0, size: this.size, csize: this.csize };
  }
}

/** The deflated bytes of `chunks`. */
export async function deflatePart(
  chunks: Iterable<Uint8Array | string>,
  level = DEFAULT_LEVEL
): Promise<DeflatedPart> {
  const part = new DeflatingPart(level);
  await part.writeAll(chunks);
  return part.end();
}
