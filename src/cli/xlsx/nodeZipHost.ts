/**
 * The zip reader's host under Node: a file read at positions through its descriptor (a stream of the
 * file would close the descriptor, which the archive still needs, when it is destroyed), and zlib.
 */
import * as fs from "fs";
import { pipeline, Readable } from "stream";
import { promisify } from "util";
import * as zlib from "zlib";
import { ZipArchive } from "./zipArchive";
import type { ByteSource, Inflation, ZipHost } from "./zipHost";

const read = promisify(fs.read);

class FileSource implements ByteSource {
  constructor(
    private readonly fd: number,
    readonly size: number
  ) {}

  readSync(position: number, length: number): Uint8Array {
    const buf = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = fs.readSync(this.fd, buf, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? buf : buf.subarray(0, done);
  }

  async read(position: number, length: number): Promise<Uint8Array> {
    const buf = Buffer.allocUnsafe(length);
    const { bytesRead } = await read(this.fd, buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

export const nodeZipHost: ZipHost = {
  inflateRaw(input: AsyncIterable<Uint8Array>, chunkSize: number): Inflation {
    const source = Readable.from(input);
    const inflater = zlib.createInflateRaw({ chunkSize });
    // pipeline destroys each stream with the other's error, so the consumer always sees it; its
    // callback has nothing left to do.
    pipeline(source, inflater, () => undefined);
    return {
      output: inflater,
      consumed: () => inflater.bytesWritten,
      stop: () => {
        inflater.destroy();
        source.destroy();
      },
    };
  },
  crc32: (chunk, crc) => zlib.crc32(chunk, crc),
  isInflateError: (e) => {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    return typeof code === "string" && code.startsWith("Z_");
  },
};

/** Opens the zip file at `file` and reads its central directory (an XlsxError when malformed). */
export function openZipFile(file: string): ZipArchive {
  const fd = fs.openSync(file, "r");
  let size: number;
  try {
    size = fs.fstatSync(fd).size;
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
  return ZipArchive.open(new FileSource(fd, size), nodeZipHost);
}
