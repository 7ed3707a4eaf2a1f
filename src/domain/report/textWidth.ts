/**
 * How wide a text prints, in Excel's column-width unit (the width of a digit of the Normal font, Calibri
 * 11): what column widths and row heights are sized by, so that no cell text is cut. An estimate on the
 * safe side: a CJK or full-width character takes about an em (2.1 digits at 11 pt), capitals a little
 * more than a digit, punctuation such as "." or "," half of one.
 */

/** East Asian wide and full-width characters (two columns in a terminal, about an em in print). */
export function isWideChar(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const NARROW_CHARS = " .,:;'!|iIjlft()[]-";
/** Width class of each ASCII code (0.55 narrow, 1.2 capital, 1 other): one array read a character. */
const ASCII_WIDTH = Float64Array.from({ length: 128 }, (_, cp) =>
  NARROW_CHARS.includes(String.fromCharCode(cp)) ? 0.55 : cp >= 65 && cp <= 90 ? 1.2 : 1
);
/** The font size the widths below are measured at (Excel's Normal font). */
const NORMAL_SIZE = 11;

/** Width of `text` in digit widths of the Normal font, printed at `fontSize` points (bold a little wider). */
export function textWidth(text: string, fontSize = 10, bold = false): number {
  // By code point, as for...of reads it, without making a string per character: the report measures
  // every cell of every list.
  let w = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 128) {
      w += ASCII_WIDTH[cp];
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    w += isWideChar(cp) ? 2.1 : 1;
  }
  return (w * fontSize * (bold ? 1.06 : 1)) / NORMAL_SIZE;
}

/**
 * At least textWidth(text, fontSize, bold), from the length alone: no character is wider than a wide
 * one (2.1), and a code point is at least one UTF-16 unit. A hair over, so float sums never pass it.
 */
export function textWidthBound(text: string, fontSize = 10, bold = false): number {
  return ((text.length * 2.1 + 1e-6) * fontSize * (bold ? 1.06 : 1)) / NORMAL_SIZE;
}

/** The pieces wrapping may not break: a word with the space after it, or one wide character. */
function pieces(line: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const ch of line) {
    if (isWideChar(ch.codePointAt(0) as number)) {
      if (word) out.push(word);
      word = "";
      out.push(ch);
    } else {
      word += ch;
      if (ch === " ") {
        out.push(word);
        word = "";
      }
    }
  }
  if (word) out.push(word);
  return out;
}

/**
 * Lines a text takes wrapped in a cell `width` digit widths wide (explicit line breaks included), filled
 * greedily as Excel and LibreOffice do: a word that does not fit moves to the next line whole.
 */
export function wrappedLines(text: string, width: number, fontSize = 10, bold = false): number {
  // About a digit of the width goes to the cell's padding.
  const room = Math.max(1, width - 1);
  // A line that fits whole takes one (the pieces' widths add up to the line's; the margin covers float
  // sums in another order): most cells of a list, measured without splitting them.
  if (!text.includes("\n") && textWidth(text, fontSize, bold) + 1e-6 <= room) return 1;
  let lines = 0;
  for (const line of text.split("\n")) {
    lines++;
    let used = 0;
    for (const piece of pieces(line)) {
      const w = textWidth(piece, fontSize, bold);
      const fits = textWidth(piece.trimEnd(), fontSize, bold);
      if (used > 0 && used + fits > room) {
        lines++;
        used = 0;
      }
      // A piece wider than a whole line breaks across as many lines as it fills.
      if (fits > room) {
        lines += Math.ceil(fits / room) - 1;
        used = fits % room;
      } else used += w;
    }
  }
  return lines;
}

/** Height in points of one printed line at `fontSize` (CJK fonts set about 1.4 em apart). */
export function lineHeight(fontSize = 10): number {
  return Math.ceil(fontSize * 1.45 * 4) / 4;
}
