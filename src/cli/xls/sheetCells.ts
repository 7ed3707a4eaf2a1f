/**
 * One worksheet substream, from its BOF to its EOF: the cell records and the merged areas. Values come
 * out as the .xlsx reader hands them (sheetScanner.ts): strings, numbers (a date is its serial as
 * stored, listed and shifted the same way), booleans, a CellError for an error value, and for a
 * formula its cached value; a blank cell is no value at all.
 *
 * BIFF keeps cells in blocks of rows, but nothing makes a writer keep them in order, so the cells are
 * gathered by row (a sheet of Excel 97-2003 has at most 65,536 rows of 256 columns) and handed out in
 * ascending order afterwards. A chart embedded in the sheet is a substream inside it, skipped whole.
 */
import { CellError, NO_VALUE } from "../../domain/sheets/cellMarkers";
import { DATE1904_OFFSET } from "../../domain/core/dates";
import { columnLetter } from "../../domain/sheets/columnLetters";
import { MAX_CELL_TEXT, MAX_MERGES } from "../xlsx/limits";
import type { MergeRange } from "../xlsx/mergeScan";
import type { MergedCells } from "../xlsx/mergedCells";
import type { SharedStrings } from "../xlsx/sharedStrings";
import type { SheetRow, SheetValue } from "../xlsx/sheetScanner";
import type { DateStyles } from "../xlsx/styles";
import type { LocalText } from "../../domain/core/types";
import { onSheet, xlsxError } from "../xlsx/xlsxError";
import { ContinuedRecord, corrupt, recordEnd, RT, STREAM, u16, u32 } from "./biffRecords";

/** A text cell's record, named for its refusals. */
function cellTextOf(sheet: string, cell: string): LocalText {
  const [en, zh] = onSheet(sheet, `the text of cell ${cell}`, `单元格 ${cell} 的文本`);
  return { "en-US": en, "zh-CN": zh };
}

/** Columns of an Excel 97-2003 sheet (A to IV). */
export const XLS_COLUMNS = 256;

/** The error values of BOOLERR and FORMULA records, by code (MS-XLS 2.5.10 BErr). */
const ERRORS = new Map<number, CellError>([
  [0x00, CellError.of("#NULL!")],
  [0x07, CellError.of("#DIV/0!")],
  [0x0f, CellError.of("#VALUE!")],
  [0x17, CellError.of("#REF!")],
  [0x1d, CellError.of("#NAME?")],
  [0x24, CellError.of("#NUM!")],
  [0x2a, CellError.of("#N/A")],
  [0x2b, CellError.of("#GETTING_DATA")],
]);

/** An error value by its code; a code MS-XLS does not define is still an error value (#N/A). */
function errorValue(code: number): CellError {
  return ERRORS.get(code) ?? (ERRORS.get(0x2a) as CellError);
}

/** Shortest body of each cell record read here. */
const MIN_BODY = new Map<number, number>([
  [RT.LABELSST, 10],
  [RT.NUMBER, 14],
  [RT.RK, 10],
  [RT.MULRK, 12],
  [RT.BOOLERR, 8],
  [RT.FORMULA, 20],
  [RT.LABEL, 9],
  [RT.RSTRING, 9],
  [RT.MERGEDCELLS, 2],
]);

export interface CellOptions {
  sheetName: string;
  /** The workbook's merged cells so far (the bound is the workbook's). */
  covered: MergedCells;
  strings: SharedStrings;
  dateStyles: DateStyles;
  date1904: boolean;
  shift1904?: boolean;
  dateColumns?: boolean;
}

export interface SheetCells {
  merges: MergeRange[];
  /** Rows with a value, ascending, `size` rows at a time. */
  blocks(size: number): Generator<SheetRow[]>;
}

const VIEW = new WeakMap<Uint8Array, DataView>();

function viewOf(b: Uint8Array): DataView {
  let v = VIEW.get(b);
  if (!v) VIEW.set(b, (v = new DataView(b.buffer, b.byteOffset, b.byteLength)));
  return v;
}

/** An RK number (MS-XLS 2.5.217): a 30-bit integer or the high 30 bits of a double, maybe over 100. */
function rkValue(v: DataView, p: number, scratch: DataView): number {
  const rk = v.getInt32(p, true);
  let n: number;
  if (rk & 2) n = rk >> 2;
  else {
    scratch.setInt32(4, rk & ~3, true);
    scratch.setInt32(0, 0, true);
    n = scratch.getFloat64(0, true);
  }
  return rk & 1 ? n / 100 : n;
}

class RowStore {
  readonly rows: (SheetValue[] | undefined)[] = [];
  readonly marked = new Uint8Array(65_536);
  readonly dates: (number[] | undefined)[] = [];
  last = -1;

  put(rw: number, col: number, v: SheetValue, date: boolean): void {
    const row = (this.rows[rw] ??= []);
    row[col] = v;
    if (typeof v === "object" && v !== null) this.marked[rw] = 1;
    if (date) (this.dates[rw] ??= []).push(col);
    if (rw > this.last) this.last = rw;
  }
}

/** Reads the worksheet substream whose BOF is at `at`; it must end before `limit`. */
export function readSheetCells(
  b: Uint8Array,
  at: number,
  limit: number,
  o: CellOptions
): SheetCells {
  const view = viewOf(b);
  const scratch = new DataView(new ArrayBuffer(8));
  const store = new RowStore();
  const merges: MergeRange[] = [];
  const styles = o.dateStyles;
  const shift = o.shift1904 === true && o.date1904;
  const listDates = o.dateColumns === true;
  const where = (rw: number, col: number): string => `${columnLetter(col)}${rw + 1}`;
  const tooLong = (rw: number, col: number) =>
    xlsxError(
      "limit",
      STREAM,
      `cell ${where(rw, col)} of sheet ${o.sheetName} holds more than ${MAX_CELL_TEXT.toLocaleString("en-US")} characters, Excel's limit`,
      `工作表 ${o.sheetName} 的单元格 ${where(rw, col)} 超过 Excel 的 ${MAX_CELL_TEXT} 个字符上限`
    );
  // Excel 97-2003 never writes past column IV: such a cell is damage (or a writer's bug), not a big sheet.
  const checkColumn = (rw: number, col: number): void => {
    if (col >= XLS_COLUMNS)
      throw xlsxError(
        "corrupt",
        STREAM,
        `sheet ${o.sheetName} has a cell in column ${col + 1} of row ${rw + 1}, past the last column IV (${XLS_COLUMNS}) of an Excel 97-2003 sheet`,
        `工作表 ${o.sheetName} 第 ${rw + 1} 行第 ${col + 1} 列超出 Excel 97-2003 工作表的最大列 IV（${XLS_COLUMNS}）`
      );
  };
  const number = (rw: number, col: number, ixfe: number, n: number): void => {
    if (!Number.isFinite(n)) {
      store.put(rw, col, CellError.of("#NUM!"), false);
      return;
    }
    const date = styles[ixfe] === 1;
    store.put(rw, col, date && shift ? n + DATE1904_OFFSET : n, date && listDates);
  };
  const text = (rw: number, col: number, s: string): void => {
    if (s.length > MAX_CELL_TEXT) throw tooLong(rw, col);
    store.put(rw, col, s, false);
  };
  // A formula whose cached value is a string: the STRING record after it holds the text.
  let pendingRow = -1;
  let pendingCol = -1;
  const settlePending = (): void => {
    if (pendingRow >= 0) store.put(pendingRow, pendingCol, NO_VALUE, false);
    pendingRow = -1;
  };

  let depth = 0;
  let p = at;
  for (;;) {
    if (p >= limit)
      throw corrupt(
        `sheet ${o.sheetName} has no EOF record (its records run into what follows)`,
        `工作表 ${o.sheetName} 缺少 EOF 记录（其记录延伸到了后续数据中）`
      );
    const id = b[p] | (b[p + 1] << 8);
    const end = recordEnd(b, p);
    const body = p + 4;
    const len = end - body;
    let next = end;
    if (id === RT.BOF) depth++;
    else if (id === RT.EOF) {
      if (--depth === 0) break;
    } else if (depth === 1 && MIN_BODY.has(id)) {
      if (len < (MIN_BODY.get(id) as number))
        throw corrupt(
          ...onSheet(
            o.sheetName,
            `a record of type 0x${id.toString(16)} at byte ${p} is too short`,
            `第 ${p} 字节处类型为 0x${id.toString(16)} 的记录过短`
          )
        );
      const rw = b[body] | (b[body + 1] << 8);
      const col = b[body + 2] | (b[body + 3] << 8);
      if (id !== RT.MERGEDCELLS) {
        settlePending();
        checkColumn(rw, col);
      }
      const ixfe = b[body + 4] | (b[body + 5] << 8);
      switch (id) {
        case RT.LABELSST: {
          const i = u32(b, body + 6);
          const t = o.strings;
          if (i >= t.strings.length)
            throw corrupt(
              ...onSheet(
                o.sheetName,
                `cell ${where(rw, col)} refers to shared string ${i}, which does not exist`,
                `单元格 ${where(rw, col)} 引用了不存在的共享字符串 ${i}`
              )
            );
          if (t.overLong.has(i)) throw tooLong(rw, col);
          store.put(rw, col, t.strings[i], false);
          break;
        }
        case RT.NUMBER:
          number(rw, col, ixfe, view.getFloat64(body + 6, true));
          break;
        case RT.RK:
          number(rw, col, ixfe, rkValue(view, body + 6, scratch));
          break;
        case RT.MULRK: {
          const n = Math.floor((len - 6) / 6);
          checkColumn(rw, col + n - 1);
          for (let k = 0; k < n; k++) {
            const q = body + 4 + 6 * k;
            number(rw, col + k, u16(b, q), rkValue(view, q + 2, scratch));
          }
          break;
        }
        case RT.BOOLERR: {
          const v = b[body + 6];
          if (b[body + 7] === 1) store.put(rw, col, errorValue(v), false);
          else store.put(rw, col, v !== 0, false);
          break;
        }
        case RT.FORMULA: {
          const q = body + 6;
          if (b[q + 6] !== 0xff || b[q + 7] !== 0xff)
            number(rw, col, ixfe, view.getFloat64(q, true));
          else if (b[q] === 0) {
            pendingRow = rw;
            pendingCol = col;
          } else if (b[q] === 1) store.put(rw, col, b[q + 2] !== 0, false);
          else if (b[q] === 2) store.put(rw, col, errorValue(b[q + 2]), false);
          else if (b[q] === 3) store.put(rw, col, "", false);
          else store.put(rw, col, NO_VALUE, false);
          break;
        }
        case RT.LABEL:
        case RT.RSTRING: {
          const r = new ContinuedRecord(b, p, cellTextOf(o.sheetName, where(rw, col)));
          r.skip(6);
          const n = r.u16();
          const wide = (r.byte() & 1) === 1;
          if (n > MAX_CELL_TEXT) throw tooLong(rw, col);
          text(rw, col, r.chars(n, wide));
          next = r.next;
          break;
        }
        case RT.MERGEDCELLS:
          readMerges(b, body, end, o.sheetName, merges, o.covered);
          break;
      }
    } else if (depth === 1 && id === RT.STRING && pendingRow >= 0) {
      const r = new ContinuedRecord(b, p, cellTextOf(o.sheetName, where(pendingRow, pendingCol)));
      const n = r.u16();
      const wide = (r.byte() & 1) === 1;
      if (n > MAX_CELL_TEXT) throw tooLong(pendingRow, pendingCol);
      text(pendingRow, pendingCol, r.chars(n, wide));
      pendingRow = -1;
      next = r.next;
    } else if (depth === 1 && (id === RT.BLANK || id === RT.MULBLANK)) {
      settlePending();
    }
    p = next;
  }
  settlePending();
  return { merges, blocks: (size) => rowBlocks(store, size) };
}

function readMerges(
  b: Uint8Array,
  body: number,
  end: number,
  sheet: string,
  out: MergeRange[],
  covered: MergedCells
): void {
  const n = u16(b, body);
  if (body + 2 + 8 * n > end)
    throw corrupt(
      ...onSheet(
        sheet,
        "a MERGEDCELLS record lists more areas than it holds",
        "MERGEDCELLS 记录列出的合并区域多于其内容"
      )
    );
  for (let k = 0; k < n; k++) {
    const q = body + 2 + 8 * k;
    const r1 = u16(b, q);
    const r2 = u16(b, q + 2);
    const c1 = u16(b, q + 4);
    const c2 = u16(b, q + 6);
    if (Math.max(c1, c2) >= XLS_COLUMNS)
      throw xlsxError(
        "corrupt",
        STREAM,
        `sheet ${sheet} merges an area past the last column IV (${XLS_COLUMNS}) of an Excel 97-2003 sheet`,
        `工作表 ${sheet} 的合并区域超出 Excel 97-2003 工作表的最大列 IV（${XLS_COLUMNS}）`
      );
    if (out.length >= MAX_MERGES)
      throw xlsxError(
        "limit",
        STREAM,
        `sheet ${sheet} has more than ${MAX_MERGES.toLocaleString("en-US")} merged ranges`,
        `工作表 ${sheet} 的合并区域超过 ${MAX_MERGES} 个`
      );
    const range = {
      top: Math.min(r1, r2) + 1,
      left: Math.min(c1, c2) + 1,
      bottom: Math.max(r1, r2) + 1,
      right: Math.max(c1, c2) + 1,
    };
    covered.add(STREAM, sheet, range.top, range.left, range.bottom, range.right);
    out.push(range);
  }
}

function* rowBlocks(store: RowStore, size: number): Generator<SheetRow[]> {
  let block: SheetRow[] = [];
  for (let rw = 0; rw <= store.last; rw++) {
    const values = store.rows[rw];
    if (values === undefined || values.length === 0) continue;
    store.rows[rw] = undefined;
    const row: SheetRow = { number: rw + 1, values, marked: store.marked[rw] === 1 };
    const dates = store.dates[rw];
    if (dates !== undefined) {
      // A cell written twice keeps its last value: list each column once, and only if still a number.
      row.dateColumns = [...new Set(dates)]
        .filter((c) => typeof values[c] === "number")
        .sort((x, y) => x - y);
    }
    block.push(row);
    if (block.length >= size) {
      yield block;
      block = [];
    }
  }
  if (block.length > 0) yield block;
}
