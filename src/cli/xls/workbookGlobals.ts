/**
 * The workbook globals substream, from its BOF to its EOF: the sheets (BOUNDSHEET8), the shared string
 * table (SST and its CONTINUE records), the number formats and cell formats that tell a date from a
 * number (FORMAT, XF; decided as for .xlsx, dateFormats.ts), and the date system (DATEMODE). A
 * FILEPASS record (the workbook is encrypted) and a BIFF version before Excel 97 are refused here.
 */
import { isBuiltInDateFormat, isDateFormatCode } from "../xlsx/dateFormats";
import { MAX_CELL_TEXT, MAX_SHARED_CHARS, MAX_SHARED_STRINGS } from "../xlsx/limits";
import { xlsxError } from "../xlsx/xlsxError";
import type { SharedStrings } from "../xlsx/sharedStrings";
import type { DateStyles } from "../xlsx/styles";
import {
  ContinuedRecord,
  corrupt,
  decodeChars,
  recordEnd,
  RT,
  STREAM,
  u16,
  u32,
} from "./biffRecords";

/** BOUNDSHEET8's sheet types (MS-XLS 2.4.28): only worksheets hold cells for us. */
export const SHEET_WORKSHEET = 0;

export interface BoundSheet {
  name: string;
  /** Where the sheet's BOF record is in the stream. */
  offset: number;
  /** 0 worksheet (or dialog sheet), 1 macro sheet, 2 chart sheet, 6 VBA module. */
  type: number;
  /** 0 visible, 1 hidden, 2 very hidden: all are read, as in an .xlsx. */
  hidden: number;
}

export interface WorkbookGlobals {
  sheets: BoundSheet[];
  strings: SharedStrings;
  dateStyles: DateStyles;
  date1904: boolean;
}

const BIFF8 = 0x0600;
/** The BOF record types of BIFF2, 3 and 4 (before a workbook had a globals substream). */
const OLD_BOFS = new Set([0x0009, 0x0209, 0x0409]);

function encrypted() {
  return xlsxError(
    "unsupported",
    "",
    "the workbook is password-protected (encrypted); remove the password in Excel and try again",
    "工作簿已加密（设有打开密码）；请在 Excel 中取消密码后重试"
  );
}

/** Refuses a workbook older than Excel 97, which this reader does not take. */
export function tooOld(version: string): Error {
  return xlsxError(
    "unsupported",
    "",
    `an ${version} workbook, older than Excel 97; open it in Excel or WPS and save it as .xlsx`,
    `这是 ${version} 格式的工作簿，早于 Excel 97；请用 Excel 或 WPS 打开并另存为 .xlsx`
  );
}

/** Checks the BOF record at `p`; returns its substream type (5 globals, 0x10 worksheet, ...). */
export function bofType(b: Uint8Array, p: number): number {
  const end = recordEnd(b, p);
  const id = u16(b, p);
  if (OLD_BOFS.has(id)) throw tooOld("Excel 2.0-4.0 (BIFF2-4)");
  if (id !== RT.BOF || end - p < 8)
    throw corrupt(
      `no BOF record at byte ${p}, where a substream should begin`,
      `第 ${p} 字节处应为子流开头的 BOF 记录，但没有`
    );
  const version = u16(b, p + 4);
  if (version !== BIFF8) throw tooOld("Excel 5.0/95 (BIFF5)");
  return u16(b, p + 6);
}

/** The SST's strings: never more than its records hold, whatever count it states. */
function readSst(b: Uint8Array, at: number): { strings: SharedStrings; next: number } {
  const r = new ContinuedRecord(b, at, {
    "en-US": "the shared string table (SST)",
    "zh-CN": "共享字符串表（SST）",
  });
  const table: SharedStrings = { strings: [], overLong: new Set() };
  r.u32(); // total references: not needed
  const unique = r.u32();
  let chars = 0;
  while (table.strings.length < unique && !r.atEnd()) {
    let s = r.unicodeString();
    if (s.length > MAX_CELL_TEXT) {
      table.overLong.add(table.strings.length);
      s = s.slice(0, MAX_CELL_TEXT);
    }
    chars += s.length;
    if (table.strings.length >= MAX_SHARED_STRINGS || chars > MAX_SHARED_CHARS)
      throw xlsxError(
        "limit",
        STREAM,
        `the shared string table holds more than ${table.strings.length.toLocaleString("en-US")} strings or ${MAX_SHARED_CHARS.toLocaleString("en-US")} characters`,
        `共享字符串超过 ${table.strings.length} 条或 ${MAX_SHARED_CHARS} 个字符`
      );
    table.strings.push(s);
  }
  return { strings: table, next: r.next };
}

function readBoundSheet(b: Uint8Array, p: number, end: number): BoundSheet {
  const body = p + 4;
  if (end - body < 8)
    throw corrupt("a sheet record (BOUNDSHEET8) is too short", "工作表记录（BOUNDSHEET8）过短");
  const n = b[body + 6];
  const wide = (b[body + 7] & 1) === 1;
  if (body + 8 + (wide ? 2 * n : n) > end)
    throw corrupt("a sheet name runs past its record", "工作表名称超出其记录");
  return {
    offset: u32(b, body),
    hidden: b[body + 4] & 3,
    type: b[body + 5],
    name: decodeChars(b, body + 8, n, wide),
  };
}

/** Reads the globals substream at the start of the workbook stream `b`. */
export function readGlobals(b: Uint8Array): WorkbookGlobals {
  if (bofType(b, 0) !== 0x0005)
    throw corrupt(
      "the workbook stream does not begin with the workbook globals",
      "工作簿流不是以工作簿全局记录开头"
    );
  const sheets: BoundSheet[] = [];
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let strings: SharedStrings = { strings: [], overLong: new Set() };
  let date1904 = false;
  let p = recordEnd(b, 0);
  for (;;) {
    if (p >= b.length)
      throw corrupt("the workbook globals have no EOF record", "工作簿全局记录缺少 EOF 记录");
    const id = u16(b, p);
    const end = recordEnd(b, p);
    const body = p + 4;
    let next = end;
    switch (id) {
      case RT.EOF:
        return { sheets, strings, dateStyles: dateStylesOf(xfFormats, formats), date1904 };
      case RT.FILEPASS:
        throw encrypted();
      case RT.BOUNDSHEET:
        sheets.push(readBoundSheet(b, p, end));
        break;
      case RT.DATEMODE:
        date1904 = end - body >= 2 && u16(b, body) === 1;
        break;
      case RT.FORMAT: {
        const r = new ContinuedRecord(b, p, {
          "en-US": "a number format (FORMAT)",
          "zh-CN": "数字格式（FORMAT）",
        });
        const id = r.u16();
        formats.set(id, r.unicodeString());
        next = r.next;
        break;
      }
      case RT.XF:
        if (end - body >= 4) xfFormats.push(u16(b, body + 2));
        break;
      case RT.SST: {
        const read = readSst(b, p);
        strings = read.strings;
        next = read.next;
        break;
      }
    }
    p = next;
  }
}

/** isDate[ixfe] for each cell format, as styles.ts decides it for an .xlsx. */
function dateStylesOf(xfFormats: number[], formats: Map<number, string>): DateStyles {
  const out = new Uint8Array(xfFormats.length);
  xfFormats.forEach((id, i) => {
    const code = formats.get(id);
    // A FORMAT record given for a built-in id replaces the built-in meaning.
    out[i] = (code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id)) ? 1 : 0;
  });
  return out;
}
