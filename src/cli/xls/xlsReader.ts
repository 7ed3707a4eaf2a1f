/**
 * An Excel 97-2003 workbook (.xls): the Workbook stream of a compound file, in BIFF8. Takes the file's
 * bytes (from any host: the CLI reads the file, a web page or the pane hands over what the user opened)
 * and yields its worksheets in tab order in the same shape as the .xlsx reader (workbookReader.ts), so
 * nothing above the reader knows which format a workbook came in. Chart sheets, macro sheets and VBA
 * modules hold no cells for it; hidden sheets are read.
 *
 * Refused in one line (XlsxError): an encrypted workbook (FILEPASS, or an encrypted .xlsx, which Office
 * wraps in a compound file), one older than Excel 97 (BIFF5 and before), a compound file with no
 * workbook in it (a WPS .et file, a Word document), a damaged container, a damaged record, and files
 * past the bounds of limits.ts. The bytes are the only copy: nothing is spooled to disk.
 */
import type { XlsxReadOptions, XlsxSheet } from "../xlsx/workbookReader";
import { xlsxError } from "../xlsx/xlsxError";
import { corrupt, recordEnd, STREAM } from "./biffRecords";
import { CompoundFile } from "./compoundFile";
import { readSheetCells } from "./sheetCells";
import { MergedCells } from "../xlsx/mergedCells";
import { bofType, readGlobals, SHEET_WORKSHEET, tooOld } from "./workbookGlobals";

/** Largest .xls taken: a full Excel 97-2003 sheet of numbers is a few hundred MB. */
export const MAX_XLS_BYTES = 1024 * 1024 * 1024;

/** Rows handed over at a time, as the .xlsx reader's inflated chunks do. */
const BLOCK_ROWS = 1024;

const WORKSHEET_BOF = 0x0010;

/** The refusal of a file past MAX_XLS_BYTES (a host may check the size before reading the file). */
export function fileTooLarge(): Error {
  return xlsxError(
    "limit",
    "",
    `the file is larger than ${MAX_XLS_BYTES / 1024 / 1024} MB, more than any Excel 97-2003 workbook`,
    `文件超过 ${MAX_XLS_BYTES / 1024 / 1024} MB，大于任何 Excel 97-2003 工作簿`
  );
}

/** The Workbook stream of a compound file; refuses the compound files that hold something else. */
export function workbookStream(bytes: Uint8Array): Uint8Array {
  if (bytes.length > MAX_XLS_BYTES) throw fileTooLarge();
  const cfb = new CompoundFile(bytes);
  const names = new Set(cfb.streamNames().map((n) => n.toLowerCase()));
  if (names.has("encryptioninfo") || names.has("encryptedpackage"))
    throw xlsxError(
      "unsupported",
      "",
      "the workbook is password-protected (encrypted); remove the password in Excel and try again",
      "工作簿已加密（设有打开密码）；请在 Excel 中取消密码后重试"
    );
  const stream = cfb.stream(STREAM);
  if (stream) return stream;
  if (names.has("book")) throw tooOld("Excel 5.0/95 (BIFF5)");
  throw xlsxError(
    "unsupported",
    "",
    "a compound file without an Excel workbook in it (a WPS .et file or another program's document); open it in WPS or Excel and save it as .xlsx",
    "这是不含 Excel 工作簿的复合文档（如 WPS 的 .et 文件或其他程序的文档）；请用 WPS 或 Excel 打开并另存为 .xlsx"
  );
}

/** Yields each worksheet of the .xls in `bytes`; throws XlsxError for a damaged or hostile file. */
export async function* readXls(
  bytes: Uint8Array,
  opts: XlsxReadOptions = {}
): AsyncGenerator<XlsxSheet> {
  const b = workbookStream(bytes);
  const g = readGlobals(b);
  // Each sheet's records must end before the next sheet's begin: no substream is read twice.
  const starts = [...new Set(g.sheets.map((s) => s.offset))].sort((x, y) => x - y);
  if (starts.length < g.sheets.length)
    throw corrupt("two sheets point to the same records", "两个工作表指向同一段记录");
  const covered = new MergedCells();
  let index = 0;
  for (const s of g.sheets) {
    const i = index++;
    if (s.type !== SHEET_WORKSHEET) continue;
    if (s.offset >= b.length)
      throw corrupt(
        `sheet ${s.name} starts at byte ${s.offset}, past the end of the stream (${b.length} bytes)`,
        `工作表 ${s.name} 起始于第 ${s.offset} 字节，超出流的末尾（共 ${b.length} 字节）`
      );
    recordEnd(b, s.offset);
    if (bofType(b, s.offset) !== WORKSHEET_BOF) continue; // a dialog or macro sheet's own BOF
    const following = starts.find((x) => x > s.offset);
    const cells = readSheetCells(b, s.offset, following ?? b.length, {
      sheetName: s.name,
      covered,
      strings: g.strings,
      dateStyles: g.dateStyles,
      date1904: g.date1904,
      shift1904: opts.shift1904,
      dateColumns: opts.dateColumns,
    });
    opts.onProgress?.(following ?? b.length, b.length);
    yield {
      name: s.name,
      index: i,
      part: STREAM,
      date1904: g.date1904,
      merges: cells.merges,
      blocks: async function* () {
        yield* cells.blocks(BLOCK_ROWS);
      },
    };
  }
  opts.onProgress?.(b.length, b.length);
}
