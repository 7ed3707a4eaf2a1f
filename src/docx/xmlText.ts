/**
 * Any string as XML 1.0 text that every parser accepts and that reads back as the same visible text: the
 * markup characters escaped (quotes too, so the result also fits an attribute), CR written as a reference
 * (parsers would turn a bare one into LF), and what XML 1.0 cannot carry at all made visible instead of
 * breaking the part: a C0 control as its Control Pictures sign (U+0001 -> ␁), U+FFFE / U+FFFF and a lone
 * surrogate as U+FFFD. For the Word parts and the package's docProps, where SpreadsheetML's `_xHHHH_`
 * escape means nothing (src/cli/xlsx/write/xmlEscape.ts has the SpreadsheetML form). Host-neutral.
 */

const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const WORK = /[&<>"]|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

function replace(m: string): string {
  switch (m) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
    case "\r":
      return "&#13;";
  }
  if (m.length === 2) return m; // a well-formed surrogate pair
  const code = m.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return "\ufffd";
}

/** `s` escaped for XML element content or an attribute value. */
export function xmlText(s: string): string {
  return NEEDS_WORK.test(s) ? s.replace(WORK, replace) : s;
}
