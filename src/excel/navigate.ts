/** Takes the user to a finding's cell or an expiring certificate's row. */
import type { RunBatch } from "./excelRun";

/** Activates `sheet` and selects `column``row` (or the whole row when column is omitted or ""). */
export async function selectCell(
  run: RunBatch,
  sheet: string,
  row: number,
  column?: string
): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    const address = row <= 0 ? "A1" : column ? `${column}${row}` : `${row}:${row}`;
    ws.getRange(address).select();
    await context.sync();
  });
}
