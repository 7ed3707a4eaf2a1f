/**
 * Undoing a sheet a failed write had made. Office.js applies a batch command by command, with no rollback
 * (OfficeExtension.Error: https://learn.microsoft.com/javascript/api/office/officeextension.error), so a
 * writer that adds a sheet removes it again itself when a later command fails: whole or not at all.
 */

/** Deletes the sheet `name` if it exists; never throws (the caller reports the error that led here). */
export async function removeSheetQuietly(
  context: Excel.RequestContext,
  name: string
): Promise<void> {
  try {
    const made = context.workbook.worksheets.getItemOrNullObject(name);
    made.load("name");
    await context.sync();
    if (!made.isNullObject) {
      made.delete();
      await context.sync();
    }
  } catch {
    // The host refuses every call: nothing more can be done; the first error is the one reported.
  }
}
