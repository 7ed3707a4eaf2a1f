/**
 * Keeps the GAOQI.* cells in step with the settings and target table they read. Excel recalculates a
 * custom function only when its arguments change, and the settings and targets are not arguments: after
 * the task pane saves new award amounts, or the workbook's own settings or target sheet are loaded over
 * the defaults, every =GAOQI.AWARD() would keep its old figure until the user forced a recalculation.
 * So a change of content (not merely a new object with the same content) asks Excel for one full
 * recalculation. Excel's API recalculates every open workbook, which is why this happens only on such a
 * change, and never more than once for changes made in the same turn.
 */
import { currentSettings, currentTargets, onSessionChange } from "../state/session";
import type { RunBatch } from "./excelRun";

const fingerprint = (): string => JSON.stringify([currentSettings(), currentTargets()]);

let stopWatching: (() => void) | null = null;

/**
 * Starts watching the session (once per page: the task pane and the ribbon commands share it); returns
 * the function that stops. A failed recalculation goes to `onError` and is not retried: the cells are
 * then as Excel left them, and Excel's own recalculation (F9) still works.
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
      run(async (context) => {
        context.workbook.application.calculate("Full" as Excel.CalculationType);
        await context.sync();
      }).catch(onError);
    }, 0);
  });
  stopWatching = () => {
    unsubscribe();
    stopWatching = null;
  };
  return stopWatching;
}
