/**
 * The bounds a workbook must keep. Excel's own grid is 1,048,576 rows by 16,384
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
 * Zip bombs: a part may inflate to at most MAX_INFLATE_RATIO times the compressed bytes it has taken so
 * far, checked as it inflates once past RATIO_GRACE bytes (Apache POI refuses parts past the same ratio,
 * its MIN_INFLATE_RATIO of 1%), and never past INFLATE_CEILING. Real parts stay far below: 6.6 for the
 * sheet and 7.3 for the shared strings of the bench's 200,000 rows (exceljs), 7.7 for the sample's
 * roster, about 12 for a sheet of identical rows and 7 for one of empty rows; a bomb of rows is several
 * hundred to a thousand, so it stops after about RATIO_GRACE bytes of work.
 */
export const MAX_INFLATE_RATIO = 100;
export const RATIO_GRACE = 1024 * 1024;
export const INFLATE_CEILING = 2 * 1024 * 1024 * 1024;

/** Merged ranges one sheet may declare (each costs an object until the sheet is read). */
export const MAX_MERGES = 1_000_000;

/**
 * Cells one workbook's merged ranges may cover together: each cell of a merged area is given the area's
 * value before a row is read, so the work and memory grow with the area, not with the file. 16 whole
 * columns, or a whole Excel 97-2003 sheet; a title, headers and units merged over rows stay far below.
 */
export const MAX_MERGED_CELLS = 16 * 1024 * 1024;

/**
 * Elements one small part (workbook, relationships, styles) may hold in the levels kept as a tree
 * (xmlTree.ts). Excel keeps each kind of style to 64,000, so a real styles part holds well under half a
 * million; a part of a few MB compressed naming tens of millions of empty elements would take gigabytes.
 */
export const MAX_TREE_ELEMENTS = 1_000_000;

/** Longest start or end tag accepted (real ones are well under 1 KB). */
export const MAX_TAG_BYTES = 64 * 1024;

/** More distinct strings than a full Excel sheet of roster data holds; past it the file is refused. */
export const MAX_SHARED_STRINGS = 8 * 1024 * 1024;
/** Characters kept in all shared strings together (about 400 MB of memory at worst). */
export const MAX_SHARED_CHARS = 200_000_000;
