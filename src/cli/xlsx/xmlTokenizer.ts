/**
 * A streaming XML tokenizer over raw UTF-8 bytes, fed one inflated chunk at a time. It finds start,
 * end and empty-element tags with their attributes, character data, CDATA sections, comments and
 * processing instructions, checks that end tags match their start tags, and hands the handler byte
 * offsets rather than strings, so the hot path (a million cells) allocates nothing per tag. Names
 * are given without their namespace prefix (`x:row` is `row`): SpreadsheetML from some tools has one.
 *
 * Chunk boundaries: an incomplete tag is carried over to the next chunk (at most MAX_TAG_BYTES).
 * Character data is handed over in pieces that never split a UTF-8 sequence or a reference, so each
 * piece decodes on its own; a text is carried whole up to TEXT_CARRY bytes, so almost every text
 * arrives as one piece. A DOCTYPE is refused: OOXML forbids it, and no entity beyond XML's five is
 * ever expanded.
 */
import { asciiBytes, concatBytes, indexOfBytes, latin1Text } from "./bytes";
import { MAX_TAG_BYTES } from "./limits";
import { MalformedTag, scanAttributes, XmlAttrs } from "./xmlAttributes";
import { badXml, xlsxError } from "./xlsxError";
import { XML_FAULTS } from "./xmlFaults";
import type { LocalText } from "../../domain/core/types";

export interface XmlHandler {
  /** Read before each piece of character data: only then is `text`/`cdata` called. */
  capturing: boolean;
  /**
   * A start tag, or an empty-element tag (`attrs.empty`; no `close` follows it). The local name is
   * [nameStart, nameEnd) of `buf`; `attrs` holds its attributes until the next tag.
   */
  open(buf: Uint8Array, nameStart: number, nameEnd: number, attrs: XmlAttrs): void;
  /** An end tag; the local name is [nameStart, nameEnd). */
  close(buf: Uint8Array, nameStart: number, nameEnd: number): void;
  /**
   * A piece of character data, references not yet expanded. `plain`: the piece holds no '&', CR or
   * '_', so it needs no reference expansion, line-end normalisation or SpreadsheetML unescaping.
   */
  text(buf: Uint8Array, start: number, end: number, plain: boolean): void;
  /** A piece of a CDATA section: taken literally. */
  cdata(buf: Uint8Array, start: number, end: number): void;
}

const CONTENT = 0;
const COMMENT = 1;
const CDATA = 2;
const PI = 3;
/** Bytes of a new chunk joined to the carry to finish a token (tags are far shorter). */
const JOIN = 4096;
/** Text up to this size is carried whole into the next chunk. */
const TEXT_CARRY = 256 * 1024;
/** Beyond this, a single text is refused (it is far past any cell's 32,767 characters). */
const TEXT_MAX = 4 * 1024 * 1024;

const CDATA_OPEN = asciiBytes("<![CDATA[");
const DOCTYPE = asciiBytes("<!DOCTYPE");
const TERMINATOR = ["", "-->", "]]>", "?>"].map(asciiBytes);
/** Per state, the fault of a part ending in it (CONTENT has its own checks). */
const ENDS_INSIDE = [
  XML_FAULTS.endsInTag,
  XML_FAULTS.endsInComment,
  XML_FAULTS.endsInCdata,
  XML_FAULTS.endsInInstruction,
];

function isNameEnd(b: number): boolean {
  return b === 62 || b === 32 || b === 47 || b === 10 || b === 9 || b === 13;
}

/** Where a piece of text may end at or before `end` without splitting a UTF-8 sequence. */
function utf8Boundary(buf: Uint8Array, start: number, end: number): number {
  let k = end - 1;
  while (k > start && (buf[k] & 0xc0) === 0x80) k--;
  if (k < start) return end;
  const lead = buf[k];
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return k + need > end ? k : end;
}

function startsWithAt(buf: Uint8Array, at: number, what: Uint8Array): boolean {
  if (at + what.length > buf.length) return false;
  for (let i = 0; i < what.length; i++) if (buf[at + i] !== what[i]) return false;
  return true;
}

export class XmlTokenizer {
  private carry: Uint8Array | null = null;
  private state = CONTENT;
  private readonly stack: number[] = [];
  private readonly attrs = new XmlAttrs();
  private rootSeen = false;
  private started = false;
  private nameLocal = 0;
  private nameHash = 0;
  /** Where the current buffer starts in the part, for error positions. */
  private offset = 0;

  /** `sheet`: the worksheet the part holds, named in the faults beside the part. */
  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
    private readonly sheet?: string
  ) {}

  /** Tokenizes `chunk`, continuing where the previous chunk stopped. */
  feed(chunk: Uint8Array): void {
    try {
      if (!this.started) {
        const buf = this.carry === null ? chunk : concatBytes([this.carry, chunk]);
        this.carry = null;
        if (buf.length < 3) return this.keep(buf, 0);
        this.started = true;
        if ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe))
          throw xlsxError(
            "unsupported",
            this.part,
            "is UTF-16 XML (only UTF-8 is read)",
            "为 UTF-16 编码的 XML（仅支持 UTF-8）"
          );
        return this.run(buf, buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);
      }
      if (this.carry === null) return this.run(chunk, 0);
      this.resume(chunk);
    } catch (e) {
      if (e instanceof MalformedTag) throw this.error(e.at, e.fault);
      throw e;
    }
  }

  /**
   * Finishes the token carried over from the previous chunk without copying the whole new chunk: the
   * carry is joined to the chunk's first bytes only, and tokenizing goes on in the chunk itself from
   * where that stopped. Only a token longer than that (a long text) costs a full copy.
   */
  private resume(chunk: Uint8Array): void {
    const carry = this.carry!;
    this.carry = null;
    const chunkOffset = this.offset + carry.length;
    const head = Math.min(chunk.length, JOIN);
    const joined = concatBytes([carry, chunk.subarray(0, head)]);
    this.run(joined, 0);
    if (head === chunk.length) return;
    const left = this.carry as Uint8Array | null;
    const stop = left === null ? joined.length : joined.length - left.length;
    if (stop < carry.length) {
      // The pending token still starts in the old carry: it needs the whole chunk.
      this.carry = null;
      return this.run(concatBytes([left!, chunk.subarray(head)]), 0);
    }
    this.carry = null;
    this.offset = chunkOffset;
    this.run(chunk, stop - carry.length);
  }

  private run(buf: Uint8Array, start: number): void {
    const h = this.handler;
    const len = buf.length;
    let pos = start;
    while (pos < len) {
      if (this.state !== CONTENT) {
        pos = this.skipSpecial(buf, pos);
        if (this.state !== CONTENT) return;
        continue;
      }
      // Texts between tags are short in SpreadsheetML: a byte loop beats a native search here. Text
      // the handler wants is also checked for what needs decoding beyond UTF-8, in the same pass.
      let lt = pos;
      let plain = true;
      if (h.capturing) {
        for (; lt < len; lt++) {
          const b = buf[lt];
          if (b === 60) break;
          if (b === 38 || b === 13 || b === 95) plain = false;
        }
      } else while (lt < len && buf[lt] !== 60) lt++;
      if (lt >= len) return this.pendingText(buf, pos);
      if (lt > pos && h.capturing) h.text(buf, pos, lt, plain);
      if (lt + 1 >= len) return this.keep(buf, lt);
      const c = buf[lt + 1];
      if (c === 47 /* / */) {
        const nameEnd = this.scanName(buf, lt + 2);
        let i = nameEnd;
        while (i < len && buf[i] !== 62) i++;
        if (i >= len) return this.keep(buf, lt);
        if (this.stack.length === 0 || this.stack.pop() !== this.nameHash)
          throw this.error(lt, XML_FAULTS.endTagMismatch);
        h.close(buf, this.nameLocal, nameEnd);
        pos = i + 1;
        continue;
      }
      if (c === 33 /* ! */ || c === 63 /* ? */) {
        const next = this.markupDeclaration(buf, lt);
        if (next < 0) return this.keep(buf, lt);
        pos = next;
        continue;
      }
      // A start tag: its name, then its attributes up to the first '>' outside quotes.
      const nameEnd = this.scanName(buf, lt + 1);
      if (nameEnd >= len) return this.keep(buf, lt);
      if (nameEnd === lt + 1) throw this.error(lt, XML_FAULTS.ltStartsNoTag);
      const local = this.nameLocal;
      const hash = this.nameHash;
      const gt = scanAttributes(buf, nameEnd, this.attrs);
      if (gt < 0) return this.keep(buf, lt);
      if (this.stack.length === 0) {
        if (this.rootSeen) throw this.error(lt, XML_FAULTS.secondRoot);
        this.rootSeen = true;
      }
      if (!this.attrs.empty) this.stack.push(hash);
      h.open(buf, local, nameEnd, this.attrs);
      pos = gt + 1;
    }
    this.offset += len;
  }

  /**
   * Reads a tag name from `i`: returns where it ends, and leaves the start of its local name (after
   * any prefix) in nameLocal and a hash of the whole name (matching start and end tags) in nameHash.
   */
  private scanName(buf: Uint8Array, i: number): number {
    const len = buf.length;
    let hash = 0;
    let b = 0;
    this.nameLocal = i;
    for (; i < len && !isNameEnd((b = buf[i])); i++) {
      if (b === 58) this.nameLocal = i + 1;
      else if (b === 60) throw this.error(i, XML_FAULTS.ltInTag);
      hash = (Math.imul(hash, 31) + b) | 0;
    }
    this.nameHash = hash;
    return i;
  }

  /** A comment, CDATA section or processing instruction at `lt`: where to go on, or -1 to wait for more. */
  private markupDeclaration(buf: Uint8Array, lt: number): number {
    const len = buf.length;
    if (buf[lt + 1] === 63) {
      this.state = PI;
      return lt + 2;
    }
    if (lt + 4 > len) return -1;
    if (buf[lt + 2] === 45 && buf[lt + 3] === 45) {
      this.state = COMMENT;
      return lt + 4;
    }
    if (lt + 9 > len) return -1;
    if (startsWithAt(buf, lt, CDATA_OPEN)) {
      this.state = CDATA;
      return lt + 9;
    }
    if (startsWithAt(buf, lt, DOCTYPE))
      throw xlsxError(
        "unsupported",
        this.part,
        "has a DOCTYPE (not allowed in .xlsx)",
        "含有 DOCTYPE（.xlsx 不允许）"
      );
    throw this.error(lt, XML_FAULTS.unknownDeclaration);
  }

  /** Checks that the part ended with its root element closed and nothing left open. */
  end(): void {
    if (this.state !== CONTENT) throw this.error(0, ENDS_INSIDE[this.state]);
    if (this.carry !== null && /\S/.test(latin1Text(this.carry)))
      throw this.error(0, XML_FAULTS.endsInTag);
    if (!this.rootSeen || this.stack.length > 0) throw this.error(0, XML_FAULTS.rootNotClosed);
  }

  /** Carries buf[from..] into the next chunk. */
  private keep(buf: Uint8Array, from: number): void {
    if (buf.length - from > MAX_TAG_BYTES && this.state === CONTENT && buf[from] === 60)
      throw xlsxError(
        "limit",
        this.part,
        `has an XML tag longer than ${MAX_TAG_BYTES / 1024} KB`,
        `含有超过 ${MAX_TAG_BYTES / 1024} KB 的 XML 标记`
      );
    this.carry = buf.subarray(from);
    this.offset += from;
  }

  /** Character data running to the end of the buffer: carried whole, or handed over in safe pieces. */
  private pendingText(buf: Uint8Array, pos: number): void {
    const len = buf.length;
    if (!this.handler.capturing) {
      this.offset += len;
      return;
    }
    if (len - pos <= TEXT_CARRY) return this.keep(buf, pos);
    // A reference is never split: cut before a trailing '&' that has no ';' yet.
    let cut = len;
    const amp = buf.lastIndexOf(38, len - 1);
    if (amp >= pos && buf.indexOf(59, amp) < 0) cut = amp;
    cut = utf8Boundary(buf, pos, cut);
    if (len - cut > TEXT_MAX)
      throw xlsxError("limit", this.part, "has a text of more than 4 MB", "含有超过 4 MB 的文本");
    if (cut > pos) this.handler.text(buf, pos, cut, false);
    this.keep(buf, cut);
  }

  /** Inside a comment, CDATA section or PI: skips (or hands over) up to its terminator. */
  private skipSpecial(buf: Uint8Array, pos: number): number {
    const term = TERMINATOR[this.state];
    const at = indexOfBytes(buf, term, pos);
    const h = this.handler;
    if (at >= 0) {
      if (this.state === CDATA && h.capturing && at > pos) h.cdata(buf, pos, at);
      this.state = CONTENT;
      return at + term.length;
    }
    // Keep the last bytes, which may begin the terminator; hand over CDATA before them.
    let keepFrom = Math.max(pos, buf.length - (term.length - 1));
    if (this.state === CDATA && h.capturing) {
      keepFrom = utf8Boundary(buf, pos, keepFrom);
      if (keepFrom > pos) h.cdata(buf, pos, keepFrom);
    }
    this.keep(buf, keepFrom);
    return buf.length;
  }

  private error(at: number, fault: LocalText) {
    return badXml(
      this.part,
      `${fault["en-US"]} (near byte ${this.offset + at})`,
      `${fault["zh-CN"]}（约第 ${this.offset + at} 字节）`,
      this.sheet
    );
  }
}
