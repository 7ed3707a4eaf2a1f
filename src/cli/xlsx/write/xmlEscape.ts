/**
 * Text as it must be written into SpreadsheetML so that every reader gets back exactly the string:
 * XML's special characters escaped; CR (which XML parsers turn into LF) as the reference "&#13;";
 * control characters, which XML 1.0 cannot carry at all, as SpreadsheetML's `_xHHHH_` escape (whose
 * look-alikes in user text are protected as `_x005F_xHHHH_`); a lone surrogate, which is no character,
 * as U+FFFD; cut at Excel's 32,767-character cell limit. Nearly every string needs none of it and is
 * returned as it is.
 */
import { commonEscape } from "../../../docx/xmlText";

export const MAX_CELL_TEXT = 32_767;

/** Anything that needs more than the plain string. */
const NEEDS_WORK =
  /[&<>"\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;
const WORK =
  /[&<>"]|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

function replace(m: string): string {
  if (m === "_") return "_x005F_";
  return commonEscape(m) ?? `_x${hex4(m.charCodeAt(0))}_`;
}

/** Escapes text for an attribute value or element content (attribute-safe: quotes escaped too). */
export function escapeXml(s: string): string {
  return NEEDS_WORK.test(s) ? s.replace(WORK, replace) : s;
}

/** A cell's text, cut to Excel's limit without splitting a surrogate pair, then escaped. */
export function cellText(s: string): string {
  let t = s;
  if (t.length > MAX_CELL_TEXT) {
    let end = MAX_CELL_TEXT;
    const last = t.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    t = t.slice(0, end);
  }
  return escapeXml(t);
}

/** True when XML would lose the string's leading or trailing white space without xml:space. */
export function needsPreserve(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a === 32 || a === 9 || a === 10 || a === 13 || z === 32 || z === 9 || z === 10 || z === 13;
}
