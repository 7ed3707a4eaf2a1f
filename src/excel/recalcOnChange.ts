/**
 * Keeps the GAOQI.* cells in step with the settings and target table they read. Excel recalculates a
 * custom function only when its arguments change, and the settings and targets are not arguments: after
 * the task pane saves new award amounts, or the workbook's own settings or target sheet are loaded over
 * the defaults, every =GAOQI.AWARD() would keep its old figure until the user forced a recalculation.
 * So a change of content (not merely a new object with the same content) asks Excel to recalculate this
 * workbook, sheet by sheet with every cell marked dirty (Worksheet.calculate(true), ExcelApi 1.6), and
 * never more than once for changes made in the same turn. Not Application.calculate: the reference says it
 * "recalculates all currently opened workbooks", and another workbook's volatile or slow formulas are not
 * ours to run (office-js-docs-reference: excel.application.yml, excel.worksheet.yml calculate).
 */
import { currentSettings, currentTargets, onSessionChange } from "../state/session";
import type { RunBatch } from "./excelRun";

const fingerprint = (): string => JSON.stringify([currentSettings(), currentTargets()]);

let stopWatching: (() => void) | null = null;

/** Every sheet of this workbook recalculated with all cells dirty: two syncs (the sheets, then the work). */
export function recalculateWorkbook(run: RunBatch): Promise<void> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const ws of sheets.items) ws.calculate(true);
    await context.sync();
  });
}

/**
 * Starts watching the session (once per page: the task pane and the ribbon commands share it); returns
 * the function that stops. A failed recalculation goes to `onError` and is not retried: the cells are
 * then as Excel left them, and Excel's own recalculation (Ctrl+Alt+F9) still works.
 */
export function recalcOnSessionChange(run: RunBatch, onError: (e: unknown) => void): () => void {
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
        .then(() => recalculateWorkbook(run))
        .catch(onError);
    }, 0);
  });
  stopWatching = () => {
    unsubscribe();
    stopWatching = null;
  };
  return stopWatching;
}
