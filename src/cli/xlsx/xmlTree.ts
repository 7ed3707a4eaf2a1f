/**
 * Small parts (workbook, relationships, styles) as a tree of elements with their attributes; their
 * text is not needed and not kept. The big parts (sheets, shared strings) are streamed instead.
 * What is read of them lies at most three levels deep (styleSheet > cellXfs > xf, workbook > sheets >
 * sheet), so deeper elements are not kept, and the elements kept are bounded (MAX_TREE_ELEMENTS).
 */
import { latin1Text } from "./bytes";
import { MAX_TREE_ELEMENTS } from "./limits";
import type { XmlAttrs } from "./xmlAttributes";
import { XmlTokenizer, type XmlHandler } from "./xmlTokenizer";
import { asXmlError, xlsxError } from "./xlsxError";

/** Levels kept: the root, its children and theirs. */
const KEPT_LEVELS = 3;

export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  /** Attributes by their full name ("r:id" keeps its prefix). */
  attrs: Map<string, string>;
  children: XmlElement[];
}

class TreeBuilder implements XmlHandler {
  capturing = false;
  root: XmlElement | null = null;
  private readonly open_: XmlElement[] = [];
  /** Open elements below the levels kept. */
  private deeper = 0;
  private kept = 0;

  constructor(private readonly part: string) {}

  open(buf: Uint8Array, nameStart: number, nameEnd: number, attrs: XmlAttrs): void {
    if (this.deeper > 0 || this.open_.length >= KEPT_LEVELS) {
      if (!attrs.empty) this.deeper++;
      return;
    }
    if (++this.kept > MAX_TREE_ELEMENTS)
      throw xlsxError(
        "limit",
        this.part,
        `holds more than ${MAX_TREE_ELEMENTS.toLocaleString("en-US")} elements`,
        `含有超过 ${MAX_TREE_ELEMENTS} 个元素`
      );
    const el: XmlElement = {
      name: latin1Text(buf, nameStart, nameEnd),
      attrs: attrs.toMap(),
      children: [],
    };
    const parent = this.open_[this.open_.length - 1];
    if (parent) parent.children.push(el);
    else this.root = el;
    if (!attrs.empty) this.open_.push(el);
  }

  close(): void {
    if (this.deeper > 0) this.deeper--;
    else this.open_.pop();
  }

  text(): void {}
  cdata(): void {}
}

/** Parses a whole small part. */
export function parseXml(buf: Uint8Array, part: string): XmlElement {
  const builder = new TreeBuilder(part);
  try {
    const tok = new XmlTokenizer(builder, part);
    tok.feed(buf);
    tok.end();
  } catch (e) {
    throw asXmlError(part, e);
  }
  return builder.root!;
}

/** The children of `el` named `name`. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** The first child of `el` named `name`. */
export function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}
