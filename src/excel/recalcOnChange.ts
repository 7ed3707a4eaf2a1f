/**
 * Keeps the GAOQI.* cells in step with what they read besides their arguments: the settings, the target
 * table and the workbook's date system. Excel recalculates a custom function only when its arguments
 * change, so after the task pane saves new award amounts, the workbook's own target table is loaded over
 * the default, or the 1904 date system is detected, every =GAOQI.AWARD() would keep its old figure until
 * the user forced a recalculation. So a change of content (not merely a new object with the same content)
 * recalculates the GAOQI.* cells, never more than once for changes made in the same turn, and nothing else:
 * not Worksheet.calculate(true), which recalculates every formula of the user's and leaves the workbook
 * modified, and not Application.calculate, which "recalculates all currently opened workbooks"
 * (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)).
 *
 * The cells are found per sheet with Range.getSpecialCellsOrNullObject("Formulas") and their formulas
 * (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)),
 * counted first by RangeAreas.cellCount ("the number of cells in the RangeAreas object ... -1 if the cell
 * count exceeds 2^31-1", https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-cellcount-member);
 * each run of GAOQI cells in a column is recalculated with Range.calculate (ExcelApi 1.6, "Calculates a
 * range of cells on a worksheet", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-calculate-member(1)).
 * A host without ExcelApi 1.9 is left alone: its cells update at Excel's next full recalculation
 * (Ctrl+Alt+F9), which is the user's to start.
 */
import {
  currentDate1904,
  currentSettings,
  currentTargets,
  onSessionChange,
} from "../state/session";
import type { RunBatch, SupportsSet } from "./excelRun";

/** Everything a GAOQI cell reads besides its arguments. */
const fingerprint = (): string =>
  JSON.stringify([currentSettings(), currentTargets(), currentDate1904()]);

let stopWatching: (() => void) | null = null;

const GAOQI_CALL = /(^|[^A-Za-z0-9_.])GAOQI\./i;

/** Whether a formula (Range.formulas) calls a GAOQI function. */
export function callsGaoqi(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && GAOQI_CALL.test(formula);
}

/** Runs of consecutive rows, per column, of the cells in `formulas` that call GAOQI: [row, col, rows], 0-based within the block. */
export function gaoqiRuns(formulas: readonly (readonly unknown[])[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  const cols = formulas[0]?.length ?? 0;
  for (let c = 0; c < cols; c++) {
    let start = -1;
    for (let r = 0; r <= formulas.length; r++) {
      const hit = r < formulas.length && callsGaoqi(formulas[r][c]);
      if (hit && start < 0) start = r;
      if (!hit && start >= 0) {
        runs.push([start, c, r - start]);
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * Formula cells whose formulas one sync may load. Excel on the web refuses a response over 5 MB (see
 * chunks.ts); at a few dozen bytes a formula this stays near 1 MB, and a workbook with a formula in every
 * row of a million-row roster is read in pieces instead of failing (silently: onError only logs).
 */
export const FORMULA_CELLS_PER_SYNC = 20_000;

/** Formula cells to load together: a sheet's all (when few) or those of a block of its used rows. */
interface Piece {
  cells: Excel.RangeAreas;
  /** At most this many formula cells (what the budget counts). */
  size: number;
}

/**
 * Recalculates the GAOQI.* cells of this workbook and no other cell; resolves to the number of cells.
 * First each sheet's formula cells are counted (RangeAreas.cellCount, ExcelApi 1.9) beside its used range;
 * a sheet with few is loaded whole, one with more in blocks of rows of at most `budget` cells
 * (Worksheet.getRangeByIndexes, ExcelApi 1.3); pieces go together into syncs of at most that many formula
 * cells, and each sync also carries the recalculation of the runs found in the one before.
 */
export function recalculateGaoqiCells(
  run: RunBatch,
  supports: SupportsSet,
  budget = FORMULA_CELLS_PER_SYNC
): Promise<number> {
  if (!supports("ExcelApi", "1.9")) return Promise.resolve(0);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const counted = sheets.items.map((ws) => {
      const cells = ws.getRange().getSpecialCellsOrNullObject("Formulas");
      cells.load("cellCount");
      const used = ws.getUsedRangeOrNullObject();
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, cells, used };
    });
    await context.sync();
    const pieces: Piece[] = [];
    for (const { ws, cells, used } of counted) {
      if (cells.isNullObject) continue;
      // cellCount is -1 past 2^31 - 1 cells: then too it is read in blocks.
      if (cells.cellCount >= 0 && cells.cellCount <= budget) {
        pieces.push({ cells, size: cells.cellCount });
        continue;
      }
      if (used.isNullObject) continue;
      const rows = Math.max(1, Math.floor(budget / used.columnCount));
      for (let r = 0; r < used.rowCount; r += rows) {
        const height = Math.min(rows, used.rowCount - r);
        pieces.push({
          cells: ws
            .getRangeByIndexes(used.rowIndex + r, used.columnIndex, height, used.columnCount)
            .getSpecialCellsOrNullObject("Formulas"),
          size: height * used.columnCount,
        });
      }
    }
    // One group of pieces per call, recursing to the next: one sync per group and none inside a loop.
    const recalculateFrom = async (k: number): Promise<number> => {
      if (k >= pieces.length) return 0;
      let end = k + 1;
      for (
        let size = pieces[k].size;
        end < pieces.length && size + pieces[end].size <= budget;
        end++
      )
        size += pieces[end].size;
      const group = pieces.slice(k, end);
      // A block without formulas is a null object: its load is queued all the same (as a used range's
      // is before its isNullObject is known) and its areas are skipped below.
      for (const { cells } of group)
        cells.areas.load("items/formulas,items/rowIndex,items/columnIndex");
      await context.sync();
      let queued = 0;
      for (const { cells } of group) {
        if (cells.isNullObject) continue;
        for (const area of cells.areas.items) {
          for (const [row, col, rows] of gaoqiRuns(area.formulas)) {
            area
              .getCell(row, col)
              .getResizedRange(rows - 1, 0)
              .calculate();
            queued += rows;
          }
        }
      }
      return queued + (await recalculateFrom(end));
    };
    const count = await recalculateFrom(0);
    if (count > 0) await context.sync();
    return count;
  });
}

/**
 * Starts watching the session (once per page: the task pane and the ribbon commands share it); returns
 * the function that stops. A failed recalculation goes to `onError` and is not retried: the cells are
 * then as Excel left them, and Excel's own recalculation (Ctrl+Alt+F9) still works.
 */
export function recalcOnSessionChange(
  run: RunBatch,
  supports: SupportsSet,
  onError: (e: unknown) => void
): () => void {
  if (stopWatching) return stopWatching;
  let last = fingerprint();
  let scheduled = false;
  const unsubscribe = onSessionChange(() => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      const now = fingerprint();
      if (now === last) return;
      last = now;
      // Through a promise, so that even a run that throws at once (no Excel) lands in onError.
      Promise.resolve()
        .then(() => recalculateGaoqiCells(run, supports))
        .catch(onError);
    }, 0);
  });
  stopWatching = () => {
    unsubscribe();
    stopWatching = null;
  };
  return stopWatching;
}
