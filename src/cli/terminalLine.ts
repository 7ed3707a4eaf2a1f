/**
 * Text from a workbook (a sheet name, a cell's type, a shared string) as part of one terminal line:
 * a name holding a carriage return would overwrite the start of the line, file name included, and an
 * escape character would let the workbook drive the terminal. Line breaks become one space; other
 * control characters and the bidirectional overrides that reorder what is shown are written as \xHH or
 * \uHHHH, so the line says what the file holds.
 */

/** Line breaks of any kind, with the white space around them. */
const BREAKS = /\s*[\n\r\v\f\u0085\u2028\u2029]\s*/g;
/** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase()}`;
};

/** `text` as one line a terminal shows as written. */
export function terminalLine(text: string): string {
  return text.replace(BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, escaped);
}
