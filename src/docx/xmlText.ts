/**
 * Any string as XML 1.0 text that every parser accepts and that reads back as the same visible text: the
 * markup characters escaped (quotes too, so the result also fits an attribute), CR written as a reference
 * (parsers would turn a bare one into LF), and what XML 1.0 cannot carry at all made visible instead of
 * breaking the part: a C0 control as its Control Pictures sign (U+0001 -> ␁), U+FFFE / U+FFFF and a lone
 * surrogate as U+FFFD. For the Word parts and the package's docProps, where SpreadsheetML's `_xHHHH_`
 * escape means nothing (src/cli/xlsx/write/xmlEscape.ts has the SpreadsheetML form). Host-neutral.
 */

const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const WORK =
  /[&<>"]|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\r": "&#13;",
};

/**
 * What any XML writer does with a match of its escaping pattern before its own rules: the markup
 * characters and CR as references, a surrogate pair kept, a lone surrogate (no character) as U+FFFD;
 * null for the rest.
 */
export function commonEscape(m: string): string | null {
  const entity = ENTITY[m];
  if (entity) return entity;
  if (m.length === 2) return m; // a well-formed surrogate pair
  const code = m.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
  return null;
}

function replace(m: string): string {
  const common = commonEscape(m);
  if (common !== null) return common;
  const code = m.charCodeAt(0);
  return code < 0x20 ? String.fromCharCode(0x2400 + code) : "\ufffd";
}

/** `s` escaped for XML element content or an attribute value. */
export function xmlText(s: string): string {
  return NEEDS_WORK.test(s) ? s.replace(WORK, replace) : s;
}
