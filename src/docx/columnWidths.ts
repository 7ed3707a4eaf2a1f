/**
 * The Word tables' column widths, from the text they hold (the same estimate the sheets are sized by).
 * Code-like columns (credit codes, certificate numbers, dates, figures) get their whole text's width and
 * are never narrowed: a credit code or a date broken over two lines cannot be read or copied.
 */
import type { DocTable } from "../domain/report/docModel";
import { longestUnbreakable } from "../domain/report/sheetFinish";
import { textWidth } from "../domain/report/textWidth";

/** Twips a text takes at `size` points (the report's width estimate: a digit of Calibri 11 is 5.25 points). */
function twipsOf(text: string, size: number, bold: boolean): number {
  return textWidth(text, size, bold) * 5.25 * 20;
}

/** Room a cell keeps beside its text, in twips (its left and right margins, and a little more). */
const CELL_PADDING = 2 * 50 + 40;
/** How much wider than the estimate a bold column head is set. */
const HEADER_SLACK = 1.2;
/** How much wider than the estimate a code is set (serif digits and capitals run a little wider). */
const CODE_SLACK = 1.1;

/**
 * Text that must stay on one line: no space, at most 24 characters of Latin letters, digits, signs and
 * the date characters 年月日 (a credit code, GR202231005683, 2024-12-31, 2024年12月31日, 1,234, 95.0%).
 */
const CODE_LIKE = /^[0-9A-Za-z\-+/.,:%·—年月日]{1,24}$/;

/** Whether a cell's text is code-like (see CODE_LIKE). */
export function isCodeLike(text: string): boolean {
  return CODE_LIKE.test(text);
}

/** What a table's columns hold: per column its widest text, widest unbreakable piece, and whether it is code. */
interface Measure {
  whole: number[];
  piece: number[];
  /** Every non-empty data cell of its own (unmerged) is code-like, and there is one. */
  code: boolean[];
}

function measure(t: DocTable, size: number): Measure {
  const whole = t.widths.map(() => 0);
  const piece = t.widths.map(() => 0);
  const code = t.widths.map(() => true);
  const seen = t.widths.map(() => false);
  for (let i = 0; i < t.rowCount; i++) {
    let col = 0;
    for (const c of t.row(i)) {
      if (c.span === 1 && c.text !== "") {
        seen[col] = true;
        if (isCodeLike(c.text)) {
          // One line that must not break: its piece is all of it (most cells of a long list; no need to split).
          const w = twipsOf(c.text, size, c.bold);
          if (w > whole[col]) whole[col] = w;
          if (w > piece[col]) piece[col] = w;
        } else {
          code[col] = false;
          for (const l of c.text.split("\n")) {
            whole[col] = Math.max(whole[col], twipsOf(l, size, c.bold));
            piece[col] = Math.max(piece[col], longestUnbreakable(l, size, c.bold) * 5.25 * 20);
          }
        }
      }
      col += c.span;
    }
  }
  return { whole, piece, code: code.map((x, i) => x && seen[i]) };
}

/**
 * Column widths over `pageWidth` (twips), and which columns are code. Each column wants its longest
 * unwrapped text (a header keeps the lines the sheet gave it; a line of words may wrap onto two) and needs
 * at least its longest piece that cannot wrap: a number whole, a word, one CJK character; a code-like
 * column needs all of its text. When the wanted widths do not fit, the room above the needed ones is shared
 * out in proportion, so names and headers wrap and codes and numbers never do; when even the needed widths
 * are too wide, the columns that may wrap give up room first, and only past that is every column shrunk.
 */
export function columnWidths(
  t: DocTable,
  size: number,
  pageWidth: number
): { widths: number[]; code: boolean[] } {
  const m = measure(t, size);
  const want = m.whole.map((w, i) => (m.code[i] ? CODE_SLACK * w : w) + CELL_PADDING);
  const need = m.code.map((c, i) => (c ? CODE_SLACK * m.whole[i] : m.piece[i]) + CELL_PADDING);
  let col = 0;
  for (const c of t.header) {
    if (c.span === 1) {
      // Bold serif heads (Times New Roman, or LibreOffice's Liberation Serif) run wider than the estimate.
      const lines = c.text.split("\n");
      const whole =
        HEADER_SLACK *
        Math.max(
          ...lines.map((l) =>
            l.includes(" ") ? twipsOf(l, size, true) / 2 : twipsOf(l, size, true)
          )
        );
      const piece =
        HEADER_SLACK * Math.max(...lines.map((l) => longestUnbreakable(l, size, true) * 5.25 * 20));
      want[col] = Math.max(want[col], Math.max(whole, piece) + CELL_PADDING);
      need[col] = Math.max(need[col], piece + CELL_PADDING);
    }
    col += c.span;
  }
  return { widths: share(want, need, m.code, pageWidth), code: m.code };
}

function share(want: number[], need: number[], code: boolean[], pageWidth: number): number[] {
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const wanted = sum(want) || 1;
  if (wanted <= pageWidth) return want.map((w) => Math.floor((w * pageWidth) / wanted));
  const needed = sum(need);
  if (needed <= pageWidth) {
    const part = (pageWidth - needed) / (wanted - needed);
    return need.map((n, i) => Math.floor(n + (want[i] - n) * part));
  }
  // Too wide even at the needed widths: the columns that may wrap shrink below their longest piece first.
  const fixed = sum(need.filter((_, i) => code[i]));
  const free = needed - fixed;
  if (fixed < pageWidth && free > 0) {
    const scale = (pageWidth - fixed) / free;
    return need.map((n, i) => Math.floor(code[i] ? n : n * scale));
  }
  return need.map((w) => Math.floor((w * pageWidth) / needed));
}
