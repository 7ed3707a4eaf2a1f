/**
 * Writes a zip file entry by entry, each entry's content streamed through node's zlib (raw deflate,
 * compressed on the thread pool while the caller makes the next chunk of XML) straight to the file.
 * Each local header is written first and its CRC and sizes are filled in once the entry is done, so
 * no data descriptors are needed and nothing is held in memory. Sizes past 4 GB (zip64) are refused:
 * no report comes near them.
 */
import * as fs from "fs";
import { once } from "events";
import * as zlib from "zlib";

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x800;
/** 1980-01-01 00:00, the earliest DOS date: entries carry no meaningful time. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  size: number;
  csize: number;
}

/**
 * The fields local and central headers share, from "version needed" to the name length, written at
 * `at` (4 in a local header, 6 in a central one).
 */
function fileFields(
  buf: Buffer,
  at: number,
  f: { crc: number; csize: number; size: number; nameLength: number }
): void {
  buf.writeUInt16LE(VERSION, at);
  buf.writeUInt16LE(UTF8_NAMES, at + 2);
  buf.writeUInt16LE(8, at + 4); // deflate
  buf.writeUInt16LE(0, at + 6); // time
  buf.writeUInt16LE(DOS_DATE, at + 8);
  buf.writeUInt32LE(f.crc, at + 10);
  buf.writeUInt32LE(f.csize, at + 14);
  buf.writeUInt32LE(f.size, at + 18);
  buf.writeUInt16LE(f.nameLength, at + 22);
}

/** Deflate level: 1 compresses a report about as well as 6 for a fraction of the time. */
export const DEFAULT_LEVEL = 1;

export class ZipWriter {
  private readonly fd: number;
  private position = 0;
  private readonly written: Written[] = [];

  constructor(file: string) {
    // "wx": the temporary file is new; never write through a file or link that is already there.
    this.fd = fs.openSync(file, "wx");
  }

  private write(buf: Buffer): void {
    let done = 0;
    while (done < buf.length)
      done += fs.writeSync(this.fd, buf, done, buf.length - done, this.position + done);
    this.position += buf.length;
  }

  /** Adds an entry whose content is the chunks (strings are UTF-8), deflated at `level`. */
  async add(name: string, chunks: Iterable<Buffer | string>, level = DEFAULT_LEVEL): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.position;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_SIG, 0);
    fileFields(header, 4, { crc: 0, csize: 0, size: 0, nameLength: nameBytes.length });
    this.write(header);
    this.write(nameBytes);

    const deflate = zlib.createDeflateRaw({ level, chunkSize: 256 * 1024 });
    let csize = 0;
    deflate.on("data", (out: Buffer) => {
      this.write(out);
      csize += out.length;
    });
    const ended = once(deflate, "end");
    ended.catch(() => undefined); // awaited below; this only keeps an early error from being "unhandled"
    let crc = 0;
    let size = 0;
    // A chunk is deflated (on the thread pool) while the next one is made; the one after the next is
    // asked for only once this one is consumed, so a producer may reuse its buffer from then on.
    let pending: Promise<void> | null = null;
    const failed = new Promise<never>((_, reject) => deflate.once("error", reject));
    failed.catch(() => undefined);
    for (const chunk of chunks) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      if (buf.length === 0) continue;
      crc = zlib.crc32(buf, crc);
      size += buf.length;
      if (pending) await Promise.race([pending, failed]);
      pending = new Promise<void>((resolve) => deflate.write(buf, () => resolve()));
    }
    if (pending) await Promise.race([pending, failed]);
    deflate.end();
    await ended;
    if (size > 0xffffffff || csize > 0xffffffff || this.position > 0xffffffff)
      throw new RangeError(`${name}: larger than 4 GB (zip64 is not written)`);
    const sizes = Buffer.alloc(12);
    sizes.writeUInt32LE(crc >>> 0, 0);
    sizes.writeUInt32LE(csize, 4);
    sizes.writeUInt32LE(size, 8);
    fs.writeSync(this.fd, sizes, 0, 12, offset + 14);
    this.written.push({ name: nameBytes, offset, crc: crc >>> 0, size, csize });
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    const start = this.position;
    for (const e of this.written) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(CENTRAL_SIG, 0);
      c.writeUInt16LE(VERSION, 4); // made by
      fileFields(c, 6, { crc: e.crc, csize: e.csize, size: e.size, nameLength: e.name.length });
      c.writeUInt32LE(e.offset, 42);
      this.write(c);
      this.write(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD_SIG, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.position - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    this.close();
  }

  /** Closes the file (also after a failure; the caller removes it). */
  close(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // Already closed.
    }
  }
}
