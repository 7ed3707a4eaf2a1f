/**
 * A sheet's merged ranges, which its XML lists after all its rows (<mergeCells> follows <sheetData>),
 * found by a first pass over the inflated part so that they are known before the rows are read.
 *
 * The pass looks for "mergeCell" with a byte search and checks each hit is a real start
 * tag: '<' and an optional prefix before it, a name end after it. That is exact as long as the part
 * has no comment, CDATA section or processing instruction (where markup-like text may hide); a part
 * with one (no writer we know of puts them in a sheet) is read again with the full tokenizer.
 */
import { asciiBytes, concatBytes, indexOfBytes } from "./bytes";
import { parseRef, type RefParts } from "./cellRef";
import { MAX_COLUMN, MAX_MERGES, MAX_ROW, MAX_TAG_BYTES } from "./limits";
import type { MergedCells } from "./mergedCells";
import type { ZipArchive, ZipEntry } from "./zipArchive";
import { entryChunks, type EntryStreamOptions } from "./zipEntryStream";
import { bytesAre, scanAttributes, XmlAttrs } from "./xmlAttributes";
import { XmlTokenizer, type XmlHandler } from "./xmlTokenizer";
import { asXmlError, badXml, xlsxError } from "./xlsxError";

/** A merged area, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const NAME = asciiBytes("mergeCell");
/** How far back from a hit a prefix may reach ("<x:mergeCell"). */
const MAX_PREFIX = 32;

class MergeList {
  readonly ranges: MergeRange[] = [];
  private readonly a: RefParts = { col: 0, row: 0 };
  private readonly b: RefParts = { col: 0, row: 0 };

  constructor(
    private readonly part: string,
    private readonly sheetName: string,
    private readonly covered: MergedCells
  ) {}

  /** Reads the ref attribute of a <mergeCell> tag. */
  add(attrs: XmlAttrs): void {
    const k = attrs.find("ref");
    if (k < 0) return;
    const buf = attrs.buf;
    const from = attrs.valueStart(k);
    const to = attrs.valueEnd(k);
    const colon = buf.indexOf(58, from);
    const mid = colon >= 0 && colon < to ? colon : to;
    const { a, b } = this;
    parseRef(buf, from, mid, a);
    if (mid < to) parseRef(buf, mid + 1, to, b);
    else Object.assign(b, a);
    if (a.col < 1 || a.row < 1 || b.col < 1 || b.row < 1)
      throw badXml(
        this.part,
        `a merged range "${attrs.value(k)}"`,
        `合并区域“${attrs.value(k)}”无效`,
        this.sheetName
      );
    if (Math.max(a.row, b.row) > MAX_ROW || Math.max(a.col, b.col) > MAX_COLUMN)
      throw xlsxError(
        "limit",
        this.part,
        `sheet ${this.sheetName} merges ${attrs.value(k)}, past Excel's grid`,
        `工作表 ${this.sheetName} 的合并区域 ${attrs.value(k)} 超出 Excel 的表格范围`
      );
    if (this.ranges.length >= MAX_MERGES)
      throw xlsxError(
        "limit",
        this.part,
        `sheet ${this.sheetName} has more than ${MAX_MERGES.toLocaleString("en-US")} merged ranges`,
        `工作表 ${this.sheetName} 的合并区域超过 ${MAX_MERGES} 个`
      );
    const range = {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
    this.covered.add(this.part, this.sheetName, range.top, range.left, range.bottom, range.right);
    this.ranges.push(range);
  }
}

/** The full tokenizer's view: <mergeCell> elements inside <mergeCells>. */
class MergeHandler implements XmlHandler {
  capturing = false;
  private inside = false;

  constructor(private readonly list: MergeList) {}

  open(buf: Uint8Array, s: number, e: number, attrs: XmlAttrs): void {
    if (bytesAre(buf, s, e, "mergeCells")) this.inside = !attrs.empty;
    else if (this.inside && bytesAre(buf, s, e, "mergeCell")) this.list.add(attrs);
  }

  close(buf: Uint8Array, s: number, e: number): void {
    if (bytesAre(buf, s, e, "mergeCells")) this.inside = false;
  }

  text(): void {}
  cdata(): void {}
}

/** Thrown inside the fast pass when the part needs the full tokenizer. */
class NeedsTokenizer extends Error {}

function isNameByte(b: number): boolean {
  return (
    b !== 60 &&
    b !== 62 &&
    b !== 32 &&
    b !== 9 &&
    b !== 10 &&
    b !== 13 &&
    b !== 47 &&
    b !== 34 &&
    b !== 39
  );
}

/**
 * True when `buf` holds "<" followed by `mark` ("<!" opens a comment or CDATA, "<?" an instruction).
 * The rare second byte is searched for, not the first: '<' starts every tag.
 */
function markupAfterLt(buf: Uint8Array, mark: number, from: number): boolean {
  for (let i = buf.indexOf(mark, from + 1); i >= 0; i = buf.indexOf(mark, i + 1))
    if (buf[i - 1] === 60) return true;
  return false;
}

/** The fast pass over one buffer; returns where unfinished work starts (carried to the next chunk). */
function scanBuffer(buf: Uint8Array, first: boolean, list: MergeList, attrs: XmlAttrs): number {
  // Anything but the XML declaration at the very start that could hide markup: leave it to the tokenizer.
  if (markupAfterLt(buf, 33 /* ! */, 0) || markupAfterLt(buf, 63 /* ? */, first ? 2 : 0))
    throw new NeedsTokenizer();
  let from = 0;
  for (;;) {
    const hit = indexOfBytes(buf, NAME, from);
    if (hit < 0) return Math.max(from, buf.length - (NAME.length + MAX_PREFIX));
    const after = hit + NAME.length;
    if (after >= buf.length) return Math.max(from, hit - MAX_PREFIX);
    from = after;
    const next = buf[after];
    // <mergeCells> is the container; text that merely contains the word is not a tag.
    if (next !== 32 && next !== 47 && next !== 62 && next !== 9 && next !== 10 && next !== 13)
      continue;
    let start = hit - 1;
    if (buf[start] === 58) {
      while (start > 0 && hit - start < MAX_PREFIX && isNameByte(buf[start - 1])) start--;
      start--;
    }
    if (start < 0 || buf[start] !== 60) continue;
    let gt: number;
    try {
      gt = scanAttributes(buf, after, attrs);
    } catch {
      throw new NeedsTokenizer(); // the tokenizer says what is wrong, and where
    }
    if (gt < 0) {
      if (buf.length - start > MAX_TAG_BYTES) throw new NeedsTokenizer();
      return start;
    }
    list.add(attrs);
    from = gt + 1;
  }
}

/** The merged ranges of a worksheet part, their cells counted in the workbook's `covered`. */
export async function scanMerges(
  zip: ZipArchive,
  entry: ZipEntry,
  sheetName: string,
  opts: EntryStreamOptions,
  covered: MergedCells
): Promise<MergeRange[]> {
  const before = covered.total;
  try {
    let list = new MergeList(entry.name, sheetName, covered);
    try {
      let carry: Uint8Array | null = null;
      let first = true;
      const attrs = new XmlAttrs();
      for await (const chunk of entryChunks(zip, entry, opts)) {
        const buf: Uint8Array = carry ? concatBytes([carry, chunk]) : chunk;
        const keep = scanBuffer(buf, first, list, attrs);
        first = false;
        carry = buf.subarray(keep);
      }
      return list.ranges;
    } catch (e) {
      if (!(e instanceof NeedsTokenizer)) throw e;
    }
    covered.total = before;
    list = new MergeList(entry.name, sheetName, covered);
    const tok = new XmlTokenizer(new MergeHandler(list), entry.name, sheetName);
    for await (const chunk of entryChunks(zip, entry, opts)) tok.feed(chunk);
    tok.end();
    return list.ranges;
  } catch (e) {
    throw asXmlError(entry.name, e, sheetName);
  }
}
