/**
 * Text as XML 1.0 and SpreadsheetML define it: UTF-8 bytes; line ends normalised (CR LF and lone CR
 * become LF, before references are expanded, so "&#13;" survives); the five predefined entities and
 * numeric character references; and SpreadsheetML's own escape `_xHHHH_` for characters XML cannot carry
 * (Excel writes a carriage return as `_x000D_`, and a literal "_x0041_" as `_x005F_x0041_`).
 * No DTD is read, so no other entity exists: any other reference is malformed XML.
 */
import type { LocalText } from "../../domain/core/types";
import { utf8Text } from "./bytes";
import { badCharacterReference, unknownEntity, unterminatedReference } from "./xmlFaults";

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** A character XML 1.0 allows (Char production). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

export class XmlTextError extends Error {
  constructor(readonly fault: LocalText) {
    super(fault["en-US"]);
    this.name = "XmlTextError";
  }
}

/** Expands the references in `s` (which contains at least one "&"). */
export function expandReferences(s: string): string {
  let out = "";
  let from = 0;
  for (let amp = s.indexOf("&"); amp >= 0; amp = s.indexOf("&", from)) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0) throw new XmlTextError(unterminatedReference(s.slice(amp, amp + 12)));
    const ref = s.slice(amp + 1, semi);
    let rep: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = ref.slice(hex ? 2 : 1);
      const ok = hex ? /^[0-9A-Fa-f]+$/.test(digits) : /^[0-9]+$/.test(digits);
      const cp = ok ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!isXmlChar(cp)) throw new XmlTextError(badCharacterReference(ref.slice(0, 12)));
      rep = String.fromCodePoint(cp);
    } else {
      rep = Object.prototype.hasOwnProperty.call(NAMED, ref) ? NAMED[ref] : undefined;
      if (rep === undefined) throw new XmlTextError(unknownEntity(ref.slice(0, 12)));
    }
    out += s.slice(from, amp) + rep;
    from = semi + 1;
  }
  return out + s.slice(from);
}

/** Character data from its raw bytes [start, end) of `buf`; `plain` text is UTF-8 and nothing more. */
export function decodeText(buf: Uint8Array, start: number, end: number, plain = false): string {
  let s = utf8Text(buf, start, end);
  if (plain) return s;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") >= 0 ? expandReferences(s) : s;
}

/** An attribute value from its raw bytes: as decodeText, with tab, LF and CR becoming spaces. */
export function decodeAttribute(buf: Uint8Array, start: number, end: number): string {
  let s = utf8Text(buf, start, end);
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, " ");
  return s.indexOf("&") >= 0 ? expandReferences(s) : s;
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Undoes SpreadsheetML's `_xHHHH_` escapes (ST_Xstring) in a string value. */
export function unescapeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
