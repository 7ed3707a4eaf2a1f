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
import {
  centralDirectory,
  DEFLATE,
  fits32,
  LOCAL_CRC_AT,
  localHeader,
  sizeFields,
  type ZipEntry,
} from "../../../docx/zipRecords";

/** Deflate level: 1 compresses a report about as well as 6 for a fraction of the time. */
export const DEFAULT_LEVEL = 1;

/** An entry's content deflated beforehand (deflatedPart.ts), with the CRC and sizes its headers give. */
export interface DeflatedPart {
  chunks: Buffer[];
  crc: number;
  /** Bytes before and after deflating. */
  size: number;
  csize: number;
}

export class ZipWriter {
  private readonly fd: number;
  private position = 0;
  private readonly written: ZipEntry[] = [];

  constructor(file: string) {
    // "wx": the temporary file is new; never write through a file or link that is already there.
    this.fd = fs.openSync(file, "wx");
  }

  private write(buf: Uint8Array): void {
    let done = 0;
    while (done < buf.length)
      done += fs.writeSync(this.fd, buf, done, buf.length - done, this.position + done);
    this.position += buf.length;
  }

  /** Adds an entry whose content is the chunks (strings are UTF-8), deflated at `level`. */
  async add(
    name: string,
    chunks: Iterable<Uint8Array | string>,
    level = DEFAULT_LEVEL
  ): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.position;
    this.write(localHeader({ name: nameBytes, crc: 0, csize: 0, size: 0, method: DEFLATE }));

    const deflate = zlib.createDeflateRaw({ level, chunkSize: 256 * 1024 });
    let csize = 0;
    // A write that fails (a full disk) fails the stream: thrown here, in an event handler, it would
    // escape every caller as an uncaught exception.
    deflate.on("data", (out: Buffer) => {
      if (deflate.destroyed) return;
      try {
        this.write(out);
        csize += out.length;
      } catch (e) {
        deflate.destroy(e instanceof Error ? e : new Error(String(e)));
      }
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
    if (!fits32(size) || !fits32(csize) || !fits32(this.position))
      throw new RangeError(`${name}: larger than 4 GB (zip64 is not written)`);
    fs.writeSync(this.fd, sizeFields(crc, csize, size), 0, 12, offset + LOCAL_CRC_AT);
    this.written.push({ name: nameBytes, offset, crc: crc >>> 0, size, csize, method: DEFLATE });
  }

  /** Adds an entry whose content was deflated beforehand (deflatedPart.ts). */
  addDeflated(name: string, part: DeflatedPart): void {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.position;
    const { crc, size, csize } = part;
    this.write(localHeader({ name: nameBytes, crc, csize, size, method: DEFLATE }));
    for (const b of part.chunks) this.write(b);
    if (!fits32(size) || !fits32(csize) || !fits32(this.position))
      throw new RangeError(`${name}: larger than 4 GB (zip64 is not written)`);
    this.written.push({ name: nameBytes, offset, crc, size, csize, method: DEFLATE });
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    this.write(centralDirectory(this.written, this.position));
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
