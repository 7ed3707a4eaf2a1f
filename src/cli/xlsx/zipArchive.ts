/**
 * The zip container of an .xlsx: its central directory, read from the end of the file as the zip
 * format intends (entries are found there, never by walking local headers, so a part is never missed
 * or read twice; entries whose bytes overlap are refused). Zip64 records are followed where a size or offset overflows 32 bits. Part names are
 * matched case-insensitively, as OPC requires. The bytes come through the host's ByteSource (zipHost.ts).
 */
import { u16, u32, u64 as u64Raw, utf8Text, latin1Text } from "./bytes";
import type { ByteSource, ZipHost } from "./zipHost";
import { xlsxError } from "./xlsxError";

export interface ZipEntry {
  /** The name as stored ("xl/worksheets/sheet1.xml"). */
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is opened. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Whether `bytes` start as a zip package (an .xlsx): a local file header's signature. */
export function isZipPackage(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIG;
}
const EOCD_SIZE = 22;
/** The end record plus the longest comment a zip may carry. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
/** More parts than any workbook has; a directory claiming more is damaged or hostile. */
const MAX_ENTRIES = 200_000;

const corrupt = (en: string, zh: string) =>
  xlsxError("corrupt", "", `not a valid zip package (${en})`, `不是有效的 zip 包（${zh}）`);

/** A 64-bit little-endian integer that must fit a JavaScript number exactly. */
function u64(buf: Uint8Array, at: number): number {
  // The high word past 2^21 puts the value at or past 2^53.
  if (u32(buf, at + 4) >= 0x200000) throw corrupt("a size beyond 2^53", "大小超出范围");
  return u64Raw(buf, at);
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  readonly size: number;
  readonly entries: ZipEntry[];

  private constructor(
    readonly source: ByteSource,
    readonly host: ZipHost
  ) {
    this.size = source.size;
    const entries = readDirectory(source);
    this.entries = entries;
    for (const e of entries) {
      if (e.name.endsWith("/")) continue; // a folder entry: no content
      const key = e.name.toLowerCase();
      // Two entries of one name would let two readers see two different workbooks.
      if (this.byName.has(key))
        throw corrupt(`two entries named ${e.name}`, `有两个同名部件 ${e.name}`);
      this.byName.set(key, e);
    }
  }

  /**
   * Reads the central directory of `source`; throws an XlsxError for anything malformed, closing the
   * source then (otherwise the archive closes it).
   */
  static open(source: ByteSource, host: ZipHost): ZipArchive {
    try {
      return new ZipArchive(source, host);
    } catch (e) {
      source.close();
      throw e;
    }
  }

  /** The entry named `name` (case-insensitive), if any. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Where `entry`'s compressed bytes start, from its local header. */
  dataOffset(entry: ZipEntry): number {
    const head = this.source.readSync(entry.headerOffset, 30);
    if (head.length < 30 || u32(head, 0) !== LOCAL_SIG)
      throw xlsxError(
        "corrupt",
        entry.name,
        "its local zip header is missing",
        "缺少 zip 本地文件头"
      );
    const start = entry.headerOffset + 30 + u16(head, 26) + u16(head, 28);
    if (start + entry.compressedSize > this.size)
      throw xlsxError(
        "corrupt",
        entry.name,
        "its data runs past the end of the file (truncated?)",
        "数据超出文件末尾（文件被截断？）"
      );
    return start;
  }

  close(): void {
    this.source.close();
  }
}

function findEndRecord(src: ByteSource): { tail: Uint8Array; at: number; tailStart: number } {
  const tailStart = Math.max(0, src.size - EOCD_SEARCH);
  const tail = src.readSync(tailStart, src.size - tailStart);
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (u32(tail, i) !== EOCD_SIG) continue;
    // A real end record's comment reaches exactly to the end of the file.
    if (i + EOCD_SIZE + u16(tail, i + 20) === tail.length) return { tail, at: i, tailStart };
  }
  throw corrupt(
    "no end-of-directory record: the file is truncated or not a zip",
    "找不到目录结束记录：文件被截断或不是 zip"
  );
}

function readDirectory(src: ByteSource): ZipEntry[] {
  const size = src.size;
  const { tail, at, tailStart } = findEndRecord(src);
  if (u16(tail, at + 4) !== 0 || u16(tail, at + 6) !== 0)
    throw xlsxError("unsupported", "", "a split (multi-disk) zip", "分卷 zip");
  let count = u16(tail, at + 10);
  let dirSize = u32(tail, at + 12);
  let dirOffset = u32(tail, at + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locAt = tailStart + at - 20;
    const loc = locAt >= 0 ? src.readSync(locAt, 20) : new Uint8Array(0);
    if (loc.length !== 20 || u32(loc, 0) !== ZIP64_LOCATOR_SIG)
      throw corrupt("a zip64 locator is missing", "缺少 zip64 定位记录");
    const recAt = u64(loc, 8);
    const rec = src.readSync(recAt, 56);
    if (rec.length !== 56 || u32(rec, 0) !== ZIP64_EOCD_SIG)
      throw corrupt("the zip64 directory record is missing", "缺少 zip64 目录记录");
    count = u64(rec, 32);
    dirSize = u64(rec, 40);
    dirOffset = u64(rec, 48);
  }
  if (count > MAX_ENTRIES)
    throw xlsxError(
      "limit",
      "",
      `${count} zip entries (at most ${MAX_ENTRIES})`,
      `zip 部件 ${count} 个（上限 ${MAX_ENTRIES}）`
    );
  if (dirOffset + dirSize > size)
    throw corrupt(
      "the directory lies past the end of the file (truncated?)",
      "目录超出文件末尾（文件被截断？）"
    );
  const dir = src.readSync(dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || u32(dir, p) !== CENTRAL_SIG)
      throw corrupt("a damaged directory entry", "目录项已损坏");
    const nameLen = u16(dir, p + 28);
    const extraLen = u16(dir, p + 30);
    const commentLen = u16(dir, p + 32);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > dir.length) throw corrupt("a damaged directory entry", "目录项已损坏");
    const flags = u16(dir, p + 8);
    // Bit 11: the name is UTF-8; without it, CP437, whose ASCII range is all an .xlsx uses.
    const name = (flags & 0x800 ? utf8Text : latin1Text)(dir, p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      name,
      method: u16(dir, p + 10),
      flags,
      crc32: u32(dir, p + 16),
      compressedSize: u32(dir, p + 20),
      size: u32(dir, p + 24),
      headerOffset: u32(dir, p + 42),
    };
    readZip64Extra(dir, p + 46 + nameLen, p + 46 + nameLen + extraLen, entry);
    if (entry.headerOffset + 30 > size)
      throw corrupt(`entry ${name} lies past the end of the file`, `部件 ${name} 超出文件末尾`);
    entries.push(entry);
    p = end;
  }
  checkApart(entries, size);
  return entries;
}

/**
 * Each entry's bytes are its own: in file order, an entry starts past the previous one's local header
 * (30 bytes at least) and data. Entries sharing bytes would let a few hundred KB of directory name one
 * big sheet thousands of times, each inflated and read again; no zip writer makes them. An entry
 * stating more data than the file holds is left to be refused for that when it is read.
 */
function checkApart(entries: ZipEntry[], size: number): void {
  const byOffset = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    const next = byOffset[i];
    const prevEnd = prev.headerOffset + 30 + prev.compressedSize;
    if (prevEnd <= size && next.headerOffset < prevEnd)
      throw corrupt(
        `entries ${prev.name} and ${next.name} share their bytes`,
        `部件 ${prev.name} 与 ${next.name} 的数据重叠`
      );
  }
}

/** Replaces the 32-bit fields that overflowed (0xFFFFFFFF) with their zip64 extra values, in order. */
function readZip64Extra(dir: Uint8Array, from: number, to: number, e: ZipEntry): void {
  if (e.size !== 0xffffffff && e.compressedSize !== 0xffffffff && e.headerOffset !== 0xffffffff)
    return;
  for (let p = from; p + 4 <= to;) {
    const id = u16(dir, p);
    const len = u16(dir, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > p + 4 + len) throw corrupt("a short zip64 field", "zip64 字段过短");
        const v = u64(dir, q);
        q += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = take();
      if (e.compressedSize === 0xffffffff) e.compressedSize = take();
      if (e.headerOffset === 0xffffffff) e.headerOffset = take();
      return;
    }
    p += 4 + len;
  }
  throw corrupt(`entry ${e.name} lacks its zip64 sizes`, `部件 ${e.name} 缺少 zip64 大小`);
}
