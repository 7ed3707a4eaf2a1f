/**
 * Reads every worksheet's used range (values only) in row blocks: one context.sync() per block, the block
 * halved and retried on a payload-size error (or when Excel hands back no values), progress reported and
 * cancellation honoured between blocks. A block is sized by cells as well as rows: one stray value in
 * column XFD makes the used range 16,384 columns wide, and 5,000 such rows would be 80 million cells
 * (see chunks.ts for the limits). The add-in's own report sheets are skipped (they are output, and their
 * expiring list would look like a roster).
 */
import { LocalError } from "../domain/core/localError";
import type { CellValue, SheetInput } from "../domain/core/types";
import { officeSupports, type RunBatch, type SupportsSet } from "./excelRun";
import { queueDateSystemProbe } from "./dateSystem";
import { readMergedAreas } from "./mergedAreas";
import { abortError, isPayloadLimitError } from "./officeErrors";
import { queueReportLookups, reportSheetsOf } from "./reportMarker";
import type { ReadOptions } from "./workbookSource";

export const MAX_BLOCK_ROWS = 5000;
/** Cells per block: 5,000 rows of a 20-column roster, about 1.5 MB of values (see chunks.ts). */
export const MAX_BLOCK_CELLS = 100_000;

/** Thrown when Excel returns no values even for a single row. */
export class ReadBlockError extends LocalError {
  constructor(sheet: string, row: number) {
    super({
      "zh-CN": `Excel 未能返回工作表“${sheet}”第 ${row} 行的数据（单独读取这一行也是如此）。`,
      "en-US": `Excel returned no values for sheet "${sheet}" row ${row}, even read alone.`,
    });
    this.name = "ReadBlockError";
  }
}

/** Rows per block for a used range `columns` wide: at most maxRows, at most maxCells cells, at least one row. */
export function blockRows(columns: number, maxRows: number, maxCells: number): number {
  return Math.max(1, Math.min(maxRows, Math.floor(maxCells / Math.max(1, columns))));
}

export interface ReadStats {
  syncs: number;
  blocks: number;
  /** Blocks retried at half size after a payload-size error. */
  retries: number;
}

interface UsedArea {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Reads all sheets (or only `options.only`) with their merged areas and the workbook's date system;
 * `stats` (optional) receives the sync and block counts.
 */
export async function readAllSheets(
  run: RunBatch,
  options: ReadOptions & { only?: string; supports?: SupportsSet } = {},
  stats?: ReadStats,
  maxBlockRows = MAX_BLOCK_ROWS,
  maxBlockCells = MAX_BLOCK_CELLS
): Promise<SheetInput[]> {
  return run(async (context) => {
    let blocks = 0;
    let retries = 0;
    const checkAbort = (): void => {
      if (options.signal?.aborted) throw abortError();
    };

    checkAbort();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const reports = queueReportLookups(context);
    await context.sync();

    // One sync for every used range, and the date system: DATE(1904,1,1) is 0 in a 1904 workbook and
    // 1462 in a 1900 one (the Functions API is ExcelApi 1.2; the workbook property is not in every host).
    // The add-in's own report sheets (the 通报 and its 附件) are not data: their lists would count twice.
    const own = reportSheetsOf(reports);
    const targets = sheets.items.filter(
      (ws) => !own.has(ws.name) && (options.only === undefined || ws.name === options.only)
    );
    const used = targets.map((ws) => {
      const r = ws.getUsedRangeOrNullObject(true);
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, r };
    });
    const probe = queueDateSystemProbe(context);
    await context.sync();
    // The engine shifts numbers in date columns itself: no number formats need loading (SheetInput.date1904).
    const date1904 = probe.value === 0;

    const areas: UsedArea[] = used.map(({ ws, r }) =>
      r.isNullObject
        ? { name: ws.name, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }
        : {
            name: ws.name,
            rowIndex: r.rowIndex,
            columnIndex: r.columnIndex,
            rowCount: r.rowCount,
            columnCount: r.columnCount,
          }
    );
    const merged = await readMergedAreas(
      context,
      areas.map((a, i) => ({ ...a, ws: used[i].ws })),
      options.supports ?? officeSupports
    );
    const rowsTotal = areas.reduce((n, a) => n + a.rowCount, 0);
    let rowsRead = 0;
    const out: SheetInput[] = areas.map((a, i) => {
      const sheet: SheetInput = {
        name: a.name,
        values: [],
        firstRow: a.rowIndex + 1,
        firstColumn: a.columnIndex + 1,
        date1904,
      };
      const m = merged.areas[i];
      if (m === null) sheet.mergesUnread = true;
      else if (m.length > 0) sheet.merges = m;
      return sheet;
    });

    // One block per call, recursing to the next: one sync per block and none inside a loop. A payload
    // error halves the block and retries at the same row; the smaller size is kept for the rest of the sheet.
    const firstSize = (sheet: number): number =>
      blockRows(areas[sheet]?.columnCount ?? 0, maxBlockRows, maxBlockCells);
    const readBlock = async (sheet: number, start: number, size: number): Promise<void> => {
      const area = areas[sheet];
      if (!area) return;
      if (start >= area.rowCount) return readBlock(sheet + 1, 0, firstSize(sheet + 1));
      checkAbort();
      const n = Math.min(size, area.rowCount - start);
      const range = used[sheet].ws.getRangeByIndexes(
        area.rowIndex + start,
        area.columnIndex,
        n,
        area.columnCount
      );
      range.load("values");
      try {
        await context.sync();
      } catch (e) {
        // One row still too large is reported, never skipped.
        if (!isPayloadLimitError(e) || n <= 1) throw e;
        retries++;
        return readBlock(sheet, start, Math.max(1, Math.floor(n / 2)));
      }
      // Over the cell limit Excel may answer with null values rather than an error: treated the same way.
      const block = range.values as CellValue[][] | null;
      if (!Array.isArray(block) || block.length !== n) {
        if (n <= 1) throw new ReadBlockError(area.name, area.rowIndex + start + 1);
        retries++;
        return readBlock(sheet, start, Math.max(1, Math.floor(n / 2)));
      }
      const target = out[sheet].values;
      for (const row of block) target.push(row);
      blocks++;
      rowsRead += n;
      options.onProgress?.({ sheet: area.name, rowsRead, rowsTotal });
      return readBlock(sheet, start + n, size);
    };
    await readBlock(0, 0, firstSize(0));
    // Two syncs to find the sheets and their used ranges, those of the merged areas, then one per block attempt.
    if (stats)
      Object.assign(stats, { syncs: 2 + merged.syncs + blocks + retries, blocks, retries });
    return out;
  });
}
