/**
 * One zip entry's content as a stream of inflated chunks (the host's inflater), checked as it flows: at most
 * `limit` bytes (a zip bomb stops there), and at the end exactly the size and CRC-32 the directory
 * records, so damaged data is an error, never a short read. Every failure (a read error, corrupt
 * deflate data, an unsupported method, encryption) rejects the iteration: nothing is left unhandled.
 */
import { concatBytes } from "./bytes";
import type { ZipArchive, ZipEntry } from "./zipArchive";
import { INFLATE_CEILING, MAX_INFLATE_RATIO, RATIO_GRACE } from "./limits";
import { fileErrorCode, isReported, messageOf, xlsxError, type XlsxError } from "./xlsxError";

/** Inflated chunk size: fewer, larger chunks cost less per byte downstream. */
const CHUNK = 256 * 1024;
/** Compressed bytes read at a time. */
const READ_SIZE = 1 << 20;

export interface EntryStreamOptions {
  /** Most inflated bytes allowed before the read is stopped with a "limit" error (INFLATE_CEILING). */
  limit?: number;
  /** Skips the CRC (a second pass over data already checked once). */
  skipCrc?: boolean;
  /** Called with each chunk's compressed byte count, for progress. */
  onCompressed?: (bytes: number) => void;
}

function bomb(entry: ZipEntry): XlsxError {
  return xlsxError(
    "limit",
    entry.name,
    `inflates to more than ${MAX_INFLATE_RATIO} times its compressed size (a zip bomb)`,
    `解压后超过压缩大小的 ${MAX_INFLATE_RATIO} 倍（疑似 zip 炸弹）`
  );
}

function tooLarge(entry: ZipEntry, limit: number): XlsxError {
  const mb = Math.round(limit / (1024 * 1024));
  return xlsxError(
    "limit",
    entry.name,
    `inflates to more than ${mb} MB (a zip bomb, or a part too large to read)`,
    `解压后超过 ${mb} MB（疑似 zip 炸弹，或部件过大）`
  );
}

/** The compressed bytes of `entry`, read at their positions from the archive's source. */
async function* compressedChunks(
  zip: ZipArchive,
  entry: ZipEntry,
  start: number,
  onRead?: (bytes: number) => void
): AsyncGenerator<Uint8Array> {
  const end = start + entry.compressedSize;
  for (let pos = start; pos < end;) {
    const buf = await zip.source.read(pos, Math.min(READ_SIZE, end - pos));
    const bytesRead = buf.length;
    if (bytesRead === 0)
      throw xlsxError(
        "corrupt",
        entry.name,
        "the file ends inside its data (truncated?)",
        "文件在该部件数据中途结束（被截断？）"
      );
    pos += bytesRead;
    onRead?.(bytesRead);
    yield buf;
  }
}

/** Yields the inflated content of `entry`. */
export async function* entryChunks(
  zip: ZipArchive,
  entry: ZipEntry,
  opts: EntryStreamOptions
): AsyncGenerator<Uint8Array> {
  if (entry.flags & 0x41) throw xlsxError("unsupported", entry.name, "is encrypted", "已加密");
  if (entry.method !== 0 && entry.method !== 8)
    throw xlsxError(
      "unsupported",
      entry.name,
      `uses zip compression method ${entry.method} (only stored and deflate are read)`,
      `使用了不支持的 zip 压缩方法 ${entry.method}（仅支持 stored 与 deflate）`
    );
  const limit = opts.limit ?? INFLATE_CEILING;
  // The declared sizes are checked first: a part that says it is too large is refused unread.
  if (entry.size > limit) throw tooLarge(entry, limit);
  if (entry.size > RATIO_GRACE && entry.size > MAX_INFLATE_RATIO * entry.compressedSize)
    throw bomb(entry);
  const start = zip.dataOffset(entry);
  let produced = 0;
  let crc = 0;
  const host = zip.host;
  if (entry.compressedSize > 0) {
    const source = compressedChunks(zip, entry, start, opts.onCompressed);
    const inflation = entry.method === 8 ? host.inflateRaw(source, CHUNK) : null;
    try {
      for await (const chunk of inflation ? inflation.output : source) {
        produced += chunk.length;
        if (produced > limit) throw tooLarge(entry, limit);
        // The directory may lie: the ratio is checked against what the inflater has really consumed.
        if (
          produced > RATIO_GRACE &&
          inflation &&
          produced > MAX_INFLATE_RATIO * inflation.consumed()
        )
          throw bomb(entry);
        if (!opts.skipCrc) crc = host.crc32(chunk, crc);
        yield chunk;
      }
    } catch (e) {
      throw asEntryError(entry, e, host.isInflateError(e));
    } finally {
      // Stops reading when the consumer leaves early, or on an error.
      if (inflation) inflation.stop();
      else await source.return(undefined);
    }
  }
  if (produced !== entry.size)
    throw xlsxError(
      "corrupt",
      entry.name,
      `holds ${produced} bytes where the zip directory says ${entry.size} (damaged data)`,
      `实际 ${produced} 字节，zip 目录记载 ${entry.size} 字节（数据已损坏）`
    );
  if (!opts.skipCrc && crc >>> 0 !== entry.crc32 >>> 0)
    throw xlsxError(
      "corrupt",
      entry.name,
      "fails its CRC-32 check (damaged data)",
      "CRC-32 校验失败（数据已损坏）"
    );
}

function asEntryError(entry: ZipEntry, e: unknown, inflateError: boolean): Error {
  if (isReported(e)) return e;
  // The system's refusal to read (EIO from a failing disk or a network drive that went away) is no
  // damage to the file: it goes on as it is, for the host to say in the user's words (fileProblem.ts).
  if (e instanceof Error && fileErrorCode(e) !== null) return e;
  const detail = messageOf(e);
  // The inflater's own words (zlib's "invalid block type") are English on every system: the zh-CN line
  // says what they mean for the user instead.
  if (inflateError)
    return xlsxError(
      "corrupt",
      entry.name,
      `corrupt compressed data (${detail})`,
      "压缩数据已损坏（文件在保存或复制时受损）"
    );
  return xlsxError("corrupt", entry.name, `cannot be read (${detail})`, `无法读取（${detail}）`);
}

/** The whole inflated content of a (small) entry. */
export async function entryBuffer(
  zip: ZipArchive,
  entry: ZipEntry,
  opts: EntryStreamOptions
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of entryChunks(zip, entry, opts)) parts.push(c);
  return parts.length === 1 ? parts[0] : concatBytes(parts);
}
