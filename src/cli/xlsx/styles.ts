/**
 * From the styles part, only what tells a date cell from a number: for each cell format (the `s`
 * index of a cell, into cellXfs), whether its number format is a date or time format.
 */
import { isBuiltInDateFormat, isDateFormatCode } from "./dateFormats";
import { childNamed, childrenNamed, type XmlElement } from "./xmlTree";

/** isDate[s] is 1 when cell format s shows a date or time; formats past the end are not dates. */
export type DateStyles = Uint8Array;

/** The date flags of a styles part (an empty table when the package has none). */
export function dateStylesOf(root: XmlElement | null): DateStyles {
  if (!root) return new Uint8Array(0);
  const custom = new Map<number, string>();
  for (const f of childrenNamed(childNamed(root, "numFmts"), "numFmt")) {
    const id = Number(f.attrs.get("numFmtId"));
    const code = f.attrs.get("formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const xfs = childrenNamed(childNamed(root, "cellXfs"), "xf");
  const out = new Uint8Array(xfs.length);
  xfs.forEach((xf, i) => {
    const id = Number(xf.attrs.get("numFmtId") ?? 0);
    const code = custom.get(id);
    // A custom code given for a built-in id replaces the built-in meaning.
    out[i] = (code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id)) ? 1 : 0;
  });
  return out;
}
