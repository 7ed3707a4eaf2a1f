/**
 * How a sheet prints on A4: its width and height in points, the scale "fit to one page wide" gives it,
 * and how many pages tall it runs. Builders use it to choose portrait or landscape and to keep the 通报 on
 * one page; tests use it to check that they did. Excel's own arithmetic, on the safe side: a column
 * `w` digits wide is 7w + 5 pixels at 96 dpi (Calibri 11's digit is 7 pixels), a row without a height of
 * its own is 15 points.
 */
import type { PageMargins, ReportLayout } from "./layout";

/** A4 in inches. */
export const A4 = { width: 8.27, height: 11.69 } as const;

/** The report's margins: narrow at the sides, room for the page-number footer at the bottom. */
export const MARGINS: PageMargins = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** Height in points of a row that has no height of its own. */
export const DEFAULT_ROW_HEIGHT = 15;

/** Excel character-unit width -> points (7 px per character plus 5 px padding, 96 dpi). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Printable width and height in points of an A4 page in `orientation` within `margins`. */
export function printableArea(
  orientation: "portrait" | "landscape",
  margins: PageMargins = MARGINS
): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4.width, A4.height] : [A4.height, A4.width];
  return {
    width: (w - margins.left - margins.right) * 72,
    height: (h - margins.top - margins.bottom) * 72,
  };
}

/** Width in points of columns `widths` (character units). */
export function widthPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + charsToPoints(w), 0);
}

/** Height in points of rows `from` to `to` (inclusive) of a layout. */
export function heightPoints(
  layout: Pick<ReportLayout, "rowHeights">,
  from: number,
  to: number
): number {
  const own = new Map(layout.rowHeights.map((h) => [h.row, h.height]));
  let sum = 0;
  for (let r = from; r <= to; r++) sum += own.get(r) ?? DEFAULT_ROW_HEIGHT;
  return sum;
}

/** The scale that fits `widths` on one page wide (never above 1: fitting only shrinks). */
export function widthScale(
  widths: readonly number[],
  orientation: "portrait" | "landscape"
): number {
  return Math.min(1, printableArea(orientation).width / widthPoints(widths));
}

/** Portrait, unless the columns would have to shrink below this to fit across it. */
const PORTRAIT_MIN_SCALE = 0.9;

/** Portrait when the columns fit across a portrait page at a readable scale, else landscape. */
export function orientationFor(widths: readonly number[]): "portrait" | "landscape" {
  return widthScale(widths, "portrait") >= PORTRAIT_MIN_SCALE ? "portrait" : "landscape";
}

/**
 * The printed height, in points of paper, of a layout's rows at its fit-to-width scale, and how much
 * room a page gives them (the print titles take their share of every page after the first).
 */
export function printedHeight(layout: ReportLayout): {
  height: number;
  pageHeight: number;
  scale: number;
} {
  const scale = widthScale(layout.columnWidths, layout.print.orientation);
  const rows = layout.values.length;
  const height = heightPoints(layout, 0, rows - 1) * scale;
  return {
    height,
    pageHeight: printableArea(layout.print.orientation, layout.print.margins).height,
    scale,
  };
}
