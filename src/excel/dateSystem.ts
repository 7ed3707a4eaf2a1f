/**
 * The workbook's date system. DATE(1904,1,1) is serial 0 in a 1904-system workbook and 1462 in a 1900 one;
 * the Functions API is ExcelApi 1.2, while Workbook.use1904DateSystem needs ExcelApi 1.16, which not every
 * host has. The report path hands the flag to the engine (SheetInput.date1904); the custom functions read
 * it from the session, set once per session at start-up (detectDateSystem), so cells and report agree.
 */
import { isDateFormatCode } from "../cli/xlsx/dateFormats";
import { DATE1904_OFFSET } from "../domain/core/dates";
import { setDate1904 } from "../state/session";
import type { RunBatch } from "./excelRun";

/**
 * A value as the workbook counts it, for a cell written with number format `format`: the engine's serials
 * are 1900-system, so in a 1904-system workbook a number shown as a date is 1462 lower (the same day on
 * screen). Every write of the adapter that can carry a date goes through here (renderLayout's cells, the
 * 记录走访 row); numbers in other formats (counts, amounts) are left as they are.
 */
export function toWorkbookValue<T>(
  value: T,
  format: string | null | undefined,
  date1904: boolean
): T {
  if (!date1904 || typeof value !== "number" || !format || format === "@") return value;
  return (isDateFormatCode(format) ? value - DATE1904_OFFSET : value) as T;
}

/** Queues the probe in a batch; after the sync, `.value === 0` means the 1904 system. */
export function queueDateSystemProbe(context: Excel.RequestContext): Excel.FunctionResult<number> {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return probe;
}

/**
 * Asks Excel for the date system and records it in the session (GAOQI.* cells then recalculate). A host
 * that cannot answer leaves the 1900 system, Excel's default, in force.
 */
export async function detectDateSystem(run: RunBatch): Promise<boolean> {
  try {
    const date1904 = await run(async (context) => {
      const probe = queueDateSystemProbe(context);
      await context.sync();
      return probe.value === 0;
    });
    setDate1904(date1904);
    return date1904;
  } catch (e) {
    console.warn(
      "Gaoqi: the workbook's date system could not be read; the 1900 system is assumed",
      e
    );
    return false;
  }
}
