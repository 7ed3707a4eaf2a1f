/**
 * The bounds a workbook must keep (issue 17 item 4). Excel's own grid is 1,048,576 rows by 16,384
 * columns with at most 32,767 characters a cell: nothing Excel or LibreOffice writes goes past them,
 * so a file that does is broken or hostile and is refused with one line naming the file and the part.
 */

/** Excel's last row. */
export const MAX_ROW = 1_048_576;
/** Excel's last column (XFD). */
export const MAX_COLUMN = 16_384;
/** Excel's cell limit, in UTF-16 code units (what Excel counts). */
export const MAX_CELL_TEXT = 32_767;

/**
 * Inflated bytes any one part may reach: INFLATE_RATIO times the file's size, never less than
 * INFLATE_FLOOR (small workbooks of repetitive rows compress far better than big ones) and never more
 * than INFLATE_CEILING. Measured ratios of one part to its whole file: 0.5-6 for exceljs, LibreOffice
 * and Excel files of real data (the bench's 200,000 rows: 5.9), up to 30 for a sheet of 100,000
 * identical rows. A zip bomb beyond the bound stops after at most this much work.
 */
export const INFLATE_RATIO = 100;
export const INFLATE_FLOOR = 64 * 1024 * 1024;
export const INFLATE_CEILING = 2 * 1024 * 1024 * 1024;

/** Merged ranges one sheet may declare (each costs an object until the sheet is read). */
export const MAX_MERGES = 1_000_000;

/** Longest start or end tag accepted (real ones are well under 1 KB). */
export const MAX_TAG_BYTES = 64 * 1024;

/** Inflated bytes allowed for `fileSize`. */
export function inflateLimit(fileSize: number): number {
  return Math.min(INFLATE_CEILING, Math.max(INFLATE_FLOOR, fileSize * INFLATE_RATIO));
}
