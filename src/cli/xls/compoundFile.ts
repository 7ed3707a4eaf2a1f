/**
 * The Compound File Binary container (MS-CFB) that holds an Excel 97-2003 workbook: the header, the
 * DIFAT and FAT sector chains, the directory and the mini stream. Only what a reader needs: the streams
 * at the top of the file, by name. The whole file is in memory (a Uint8Array, from any host); a stream
 * whose sectors lie one after another is handed out as a view, any other is copied once.
 *
 * Every chain is walked against the file: a sector number past the end is a corrupt chain, a chain
 * longer than the file has sectors loops, and a stream may not state more bytes than its chain (or the
 * file) holds. So a damaged or hostile file is refused before anything is allocated for it, and no walk
 * is longer than the file.
 */
import type { LocalText } from "../../domain/core/types";
import { xlsxError, zhAfter, type XlsxError } from "../xlsx/xlsxError";

/** The first eight bytes of every compound file. */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;
const DIR_ENTRY = 128;
const MINI_SECTOR = 64;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

/** True when `bytes` starts with the compound file signature. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

function corrupt(en: string, zh: string): XlsxError {
  return xlsxError("corrupt", "", en, zh);
}

// What a sector chain or a read belongs to, named in each language for the refusals.
const DIRECTORY: LocalText = { "en-US": "the directory", "zh-CN": "目录" };
const MINI_FAT: LocalText = { "en-US": "the mini FAT", "zh-CN": "迷你 FAT" };
const MINI_STREAM: LocalText = { "en-US": "the mini stream", "zh-CN": "迷你流" };
const DIFAT: LocalText = { "en-US": "the DIFAT", "zh-CN": "DIFAT" };

function streamNamed(name: string): LocalText {
  return { "en-US": `stream ${name}`, "zh-CN": `流 ${name}` };
}

function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

export class CompoundFile {
  private readonly sectorShift: number;
  private readonly sectorSize: number;
  /** Whole or partial sectors after the header: every valid sector number is below this. */
  private readonly sectors: number;
  private readonly fat: Uint32Array;
  private readonly entries: DirEntry[];
  private readonly miniCutoff: number;
  private miniFat: Uint32Array | null = null;
  private miniStream: Uint8Array | null = null;

  constructor(private readonly bytes: Uint8Array) {
    if (!isCompoundFile(bytes) || bytes.length < 512)
      throw corrupt("not a compound file (no OLE header)", "不是复合文档（缺少 OLE 文件头）");
    const major = u16(bytes, 26);
    this.sectorShift = u16(bytes, 30);
    if (!((major === 3 && this.sectorShift === 9) || (major === 4 && this.sectorShift === 12)))
      throw corrupt(
        `the compound file header is damaged (version ${major}, sector shift ${this.sectorShift})`,
        `复合文档文件头已损坏（版本 ${major}，扇区位移 ${this.sectorShift}）`
      );
    this.sectorSize = 1 << this.sectorShift;
    this.sectors = Math.max(0, Math.ceil((bytes.length - this.sectorSize) / this.sectorSize));
    this.miniCutoff = u32(bytes, 56);
    this.fat = this.readFat();
    this.entries = this.readDirectory();
  }

  /** The names of the streams at the top of the file (not inside storages). */
  streamNames(): string[] {
    return this.topEntries()
      .filter((e) => e.type === TYPE_STREAM)
      .map((e) => e.name);
  }

  /** The top-level stream called `name` (case-insensitive, as the format says), or null. */
  stream(name: string): Uint8Array | null {
    const want = name.toLowerCase();
    const entry = this.topEntries().find(
      (e) => e.type === TYPE_STREAM && e.name.toLowerCase() === want
    );
    if (!entry) return null;
    if (entry.size < this.miniCutoff) return this.miniRead(entry);
    return this.read(entry.start, entry.size, streamNamed(entry.name));
  }

  private sectorOffset(s: number): number {
    return (s + 1) * this.sectorSize;
  }

  /** The FAT: the sectors the DIFAT lists (the header's 109, then its own chain), one after another. */
  private readFat(): Uint32Array {
    const b = this.bytes;
    const fatSectors = u32(b, 44);
    const perSector = this.sectorSize / 4;
    if (fatSectors > this.sectors)
      throw corrupt(
        `the header counts ${fatSectors} FAT sectors in a file of ${this.sectors} sectors`,
        `文件头声明 ${fatSectors} 个 FAT 扇区，而文件只有 ${this.sectors} 个扇区`
      );
    const list: number[] = [];
    for (let i = 0; i < HEADER_DIFAT && list.length < fatSectors; i++)
      list.push(u32(b, 76 + i * 4));
    let difat = u32(b, 68);
    const seen = new Set<number>();
    while (list.length < fatSectors) {
      if (difat === END_OF_CHAIN || difat === FREE_SECTOR)
        throw corrupt(
          "the DIFAT chain ends before all FAT sectors",
          "DIFAT 链在列完 FAT 扇区前结束"
        );
      this.checkSector(difat, "DIFAT");
      if (seen.has(difat)) throw this.loop(DIFAT);
      seen.add(difat);
      const at = this.sectorOffset(difat);
      for (let i = 0; i < perSector - 1 && list.length < fatSectors; i++)
        list.push(u32(b, at + i * 4));
      difat = u32(b, at + (perSector - 1) * 4);
    }
    const fat = new Uint32Array(fatSectors * perSector);
    list.forEach((s, k) => {
      this.checkSector(s, "FAT");
      const at = this.sectorOffset(s);
      for (let i = 0; i < perSector; i++)
        fat[k * perSector + i] = at + i * 4 + 4 <= b.length ? u32(b, at + i * 4) : FREE_SECTOR;
    });
    return fat;
  }

  private checkSector(s: number, chain: string): void {
    if (s >= this.sectors)
      throw corrupt(
        `the ${chain} chain points to sector ${s}, past the end of the file (its last is sector ${this.sectors - 1})`,
        `${chain} 链指向第 ${s} 扇区，超出文件末尾（最后一个扇区为第 ${this.sectors - 1} 扇区）`
      );
  }

  private loop(chain: LocalText): XlsxError {
    return corrupt(
      `the sector chain of ${chain["en-US"]} loops back on itself`,
      zhAfter(chain["zh-CN"], "的扇区链出现循环")
    );
  }

  /**
   * The sectors of the chain from `start`, as many as `count` (all of them when count is Infinity).
   * Throws for a sector outside the file, a loop, or a chain that ends early.
   */
  private chain(
    start: number,
    count: number,
    what: LocalText,
    fat = this.fat,
    limit = this.sectors
  ): number[] {
    const out: number[] = [];
    const seen = new Uint8Array(Math.min(limit, fat.length));
    let s = start;
    while (out.length < count && s !== END_OF_CHAIN) {
      if (s >= seen.length)
        throw corrupt(
          `the sector chain of ${what["en-US"]} points to sector ${s}, outside the file`,
          zhAfter(what["zh-CN"], `的扇区链指向第 ${s} 扇区，超出文件范围`)
        );
      if (seen[s]) throw this.loop(what);
      seen[s] = 1;
      out.push(s);
      s = fat[s];
    }
    if (count !== Infinity && out.length < count)
      throw corrupt(
        `${what["en-US"]} needs ${count.toLocaleString("en-US")} sectors for its stated size but its chain ends after ${out.length}`,
        zhAfter(what["zh-CN"], `按声明的长度需要 ${count} 个扇区，但其扇区链只有 ${out.length} 个`)
      );
    return out;
  }

  /** `size` bytes from the regular sectors of the chain from `start`. */
  private read(start: number, size: number, what: LocalText): Uint8Array {
    if (size > this.sectors * this.sectorSize)
      throw corrupt(
        `${what["en-US"]} states ${size.toLocaleString("en-US")} bytes, more than the whole file (${this.bytes.length.toLocaleString("en-US")} bytes)`,
        zhAfter(what["zh-CN"], `声明 ${size} 字节，超过整个文件（${this.bytes.length} 字节）`)
      );
    const n = Math.ceil(size / this.sectorSize);
    const list = this.chain(start, n, what);
    const contiguous = list.every((s, i) => i === 0 || s === list[i - 1] + 1);
    const from = n ? this.sectorOffset(list[0]) : 0;
    if (contiguous && from + size <= this.bytes.length)
      return this.bytes.subarray(from, from + size);
    const out = new Uint8Array(size);
    list.forEach((s, i) => {
      const at = this.sectorOffset(s);
      const take = Math.min(this.sectorSize, size - i * this.sectorSize);
      if (at + take > this.bytes.length)
        throw corrupt(
          `${what["en-US"]} runs past the end of the file`,
          zhAfter(what["zh-CN"], "超出文件末尾")
        );
      out.set(this.bytes.subarray(at, at + take), i * this.sectorSize);
    });
    return out;
  }

  /** A small stream, from the mini stream (64-byte sectors inside the root entry's stream). */
  private miniRead(entry: DirEntry): Uint8Array {
    if (this.miniStream === null || this.miniFat === null) {
      const root = this.entries[0];
      this.miniStream = root.size
        ? this.read(root.start, root.size, MINI_STREAM)
        : new Uint8Array(0);
      const count = u32(this.bytes, 64);
      const first = u32(this.bytes, 60);
      const sectors = count && first !== END_OF_CHAIN ? this.chain(first, count, MINI_FAT) : [];
      const fat = new Uint32Array(sectors.length * (this.sectorSize / 4));
      sectors.forEach((s, k) => {
        const at = this.sectorOffset(s);
        for (let i = 0; i < this.sectorSize / 4; i++)
          fat[k * (this.sectorSize / 4) + i] =
            at + i * 4 + 4 <= this.bytes.length ? u32(this.bytes, at + i * 4) : FREE_SECTOR;
      });
      this.miniFat = fat;
    }
    const mini = this.miniStream;
    const limit = Math.ceil(mini.length / MINI_SECTOR);
    const n = Math.ceil(entry.size / MINI_SECTOR);
    if (n > limit)
      throw corrupt(
        `stream ${entry.name} states ${entry.size} bytes, more than the mini stream holds`,
        `流 ${entry.name} 声明 ${entry.size} 字节，超过迷你流的长度`
      );
    const list = this.chain(entry.start, n, streamNamed(entry.name), this.miniFat, limit);
    const out = new Uint8Array(entry.size);
    list.forEach((s, i) => {
      const at = s * MINI_SECTOR;
      const take = Math.min(MINI_SECTOR, entry.size - i * MINI_SECTOR, mini.length - at);
      out.set(mini.subarray(at, at + take), i * MINI_SECTOR);
    });
    return out;
  }

  private readDirectory(): DirEntry[] {
    const b = this.bytes;
    const sectors = this.chain(u32(b, 48), Infinity, DIRECTORY);
    const entries: DirEntry[] = [];
    const v3 = this.sectorShift === 9;
    for (const s of sectors) {
      const at = this.sectorOffset(s);
      for (let p = at; p + DIR_ENTRY <= Math.min(at + this.sectorSize, b.length); p += DIR_ENTRY) {
        const nameBytes = Math.min(u16(b, p + 64), 64);
        let name = "";
        for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(u16(b, p + i));
        const high = u32(b, p + 124);
        // Version 3 files may leave garbage in the size's high half (MS-CFB 2.6.3); version 4 may not.
        const size = u32(b, p + 120) + (v3 ? 0 : high * 2 ** 32);
        entries.push({
          name,
          type: b[p + 66],
          left: u32(b, p + 68),
          right: u32(b, p + 72),
          child: u32(b, p + 76),
          start: u32(b, p + 116),
          size,
        });
      }
    }
    if (entries.length === 0 || entries[0].type !== TYPE_ROOT)
      throw corrupt("the compound file has no root directory entry", "复合文档缺少根目录项");
    return entries;
  }

  /** The root's children: a tree of siblings (left, right) under its child; each entry visited once. */
  private topEntries(): DirEntry[] {
    const out: DirEntry[] = [];
    const seen = new Uint8Array(this.entries.length);
    const stack = [this.entries[0].child];
    while (stack.length) {
      const i = stack.pop() as number;
      if (i === NO_STREAM || i >= this.entries.length || seen[i]) continue;
      seen[i] = 1;
      const e = this.entries[i];
      out.push(e);
      stack.push(e.left, e.right);
    }
    return out;
  }
}
