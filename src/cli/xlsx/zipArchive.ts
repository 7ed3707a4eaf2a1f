/**
 * The zip container of an .xlsx: its central directory, read from the end of the file as the zip
 * format intends (entries are found there, never by walking local headers, so a part is never missed
 * or read twice). Zip64 records are followed where a size or offset overflows 32 bits. Part names are
 * matched case-insensitively, as OPC requires.
 */
import * as fs from "fs";
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
const EOCD_SIZE = 22;
/** The end record plus the longest comment a zip may carry. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
/** More parts than any workbook has; a directory claiming more is damaged or hostile. */
const MAX_ENTRIES = 200_000;

const corrupt = (en: string, zh: string) =>
  xlsxError("corrupt", "", `not a valid zip package (${en})`, `不是有效的 zip 包（${zh}）`);

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? buf : buf.subarray(0, done);
}

/** A 64-bit little-endian integer that must fit a JavaScript number exactly. */
function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt("a size beyond 2^53", "大小超出范围");
  return Number(v);
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly path: string,
    readonly fd: number,
    readonly size: number,
    readonly entries: ZipEntry[]
  ) {
    for (const e of entries) {
      if (e.name.endsWith("/")) continue; // a folder entry: no content
      const key = e.name.toLowerCase();
      // Two entries of one name would let two readers see two different workbooks.
      if (this.byName.has(key))
        throw corrupt(`two entries named ${e.name}`, `有两个同名部件 ${e.name}`);
      this.byName.set(key, e);
    }
  }

  /** Opens `file` and reads its central directory; throws an XlsxError for anything malformed. */
  static open(file: string): ZipArchive {
    const fd = fs.openSync(file, "r");
    try {
      const size = fs.fstatSync(fd).size;
      return new ZipArchive(file, fd, size, readDirectory(fd, size));
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }

  /** The entry named `name` (case-insensitive), if any. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Where `entry`'s compressed bytes start, from its local header. */
  dataOffset(entry: ZipEntry): number {
    const head = readAt(this.fd, entry.headerOffset, 30);
    if (head.length < 30 || head.readUInt32LE(0) !== LOCAL_SIG)
      throw xlsxError(
        "corrupt",
        entry.name,
        "its local zip header is missing",
        "缺少 zip 本地文件头"
      );
    const start = entry.headerOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
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
    fs.closeSync(this.fd);
  }
}

function findEndRecord(fd: number, size: number): { tail: Buffer; at: number; tailStart: number } {
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = readAt(fd, tailStart, size - tailStart);
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIG) continue;
    // A real end record's comment reaches exactly to the end of the file.
    if (i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length)
      return { tail, at: i, tailStart };
  }
  throw corrupt(
    "no end-of-directory record: the file is truncated or not a zip",
    "找不到目录结束记录：文件被截断或不是 zip"
  );
}

function readDirectory(fd: number, size: number): ZipEntry[] {
  const { tail, at, tailStart } = findEndRecord(fd, size);
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0)
    throw xlsxError("unsupported", "", "a split (multi-disk) zip", "分卷 zip");
  let count = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locAt = tailStart + at - 20;
    const loc = locAt >= 0 ? readAt(fd, locAt, 20) : Buffer.alloc(0);
    if (loc.length !== 20 || loc.readUInt32LE(0) !== ZIP64_LOCATOR_SIG)
      throw corrupt("a zip64 locator is missing", "缺少 zip64 定位记录");
    const recAt = u64(loc, 8);
    const rec = readAt(fd, recAt, 56);
    if (rec.length !== 56 || rec.readUInt32LE(0) !== ZIP64_EOCD_SIG)
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
  const dir = readAt(fd, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIG)
      throw corrupt("a damaged directory entry", "目录项已损坏");
    const nameLen = dir.readUInt16LE(p + 28);
    const extraLen = dir.readUInt16LE(p + 30);
    const commentLen = dir.readUInt16LE(p + 32);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > dir.length) throw corrupt("a damaged directory entry", "目录项已损坏");
    const flags = dir.readUInt16LE(p + 8);
    // Bit 11: the name is UTF-8; without it, CP437, whose ASCII range is all an .xlsx uses.
    const name = dir.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      name,
      method: dir.readUInt16LE(p + 10),
      flags,
      crc32: dir.readUInt32LE(p + 16),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      headerOffset: dir.readUInt32LE(p + 42),
    };
    readZip64Extra(dir, p + 46 + nameLen, p + 46 + nameLen + extraLen, entry);
    if (entry.headerOffset + 30 > size)
      throw corrupt(`entry ${name} lies past the end of the file`, `部件 ${name} 超出文件末尾`);
    entries.push(entry);
    p = end;
  }
  return entries;
}

/** Replaces the 32-bit fields that overflowed (0xFFFFFFFF) with their zip64 extra values, in order. */
function readZip64Extra(dir: Buffer, from: number, to: number, e: ZipEntry): void {
  if (e.size !== 0xffffffff && e.compressedSize !== 0xffffffff && e.headerOffset !== 0xffffffff)
    return;
  for (let p = from; p + 4 <= to;) {
    const id = dir.readUInt16LE(p);
    const len = dir.readUInt16LE(p + 2);
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
