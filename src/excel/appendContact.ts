/**
 * 记录走访: appends one contact to the workbook's contact sheet (走访记录), the only write Gaoqi makes to a
 * sheet of the user's. The row goes under the sheet's last used row, in the columns its own header names
 * (found again at the moment of writing: the user may have moved them since the last read). Nothing is
 * ever overwritten: the target row is read first and the write refused unless every cell of it is blank,
 * and it is read back after the write and compared. When the workbook has no contact sheet, a new one is
 * made from the template (header, then the entry) and removed again if anything fails.
 *
 * Like every write of the adapter, strings get the text format before their values (a name starting with
 * "=" stays text) and dates a date format. One row is one small request, far under the payload limit
 * that makes the report's writes chunked (chunks.ts), so it goes in a single write.
 *
 * Calls and their requirement sets (https://learn.microsoft.com/javascript/api/excel/excel.worksheet,
 * .../excel.worksheetcollection, .../excel.range): Worksheet.getUsedRangeOrNullObject (with valuesOnly)
 * and WorksheetCollection.getItemOrNullObject, ExcelApi 1.4; getRange, values, numberFormat, add,
 * format.font.bold, format.autofitColumns, ExcelApi 1.1-1.2. Office.js runs a batch command by command,
 * so a load queued after a write reads the written values back in the same sync.
 */
import { LocalError } from "../domain/core/localError";
import { detectContactHeader } from "../domain/contacts/contactHeader";
import {
  CONTACT_SHEET_NAME,
  CONTACT_TEMPLATE_DATE_COLUMNS,
  contactRowCells,
  contactTemplate,
  type ContactEntry,
} from "../domain/contacts/contactTemplate";
import { HEADER_ROWS } from "../domain/sheets/headerCells";
import type { CellValue } from "../domain/core/types";
import { a1 } from "../domain/sheets/columnLetters";
import { toWorkbookValue } from "./dateSystem";
import { type RunBatch, type SupportsSet, requireSet } from "./excelRun";
import { removeSheetQuietly } from "./removeSheet";
import { freeName } from "../domain/sheets/sheetNames";
import type { AppendedContact } from "./workbookSource";

/** A refusal the pane shows as it is (both languages), after which nothing was written. */
export class AppendRefused extends LocalError {
  constructor(zh: string, en: string) {
    super({ "zh-CN": zh, "en-US": en });
    this.name = "AppendRefused";
  }
}

const DATE_FORMAT = "yyyy-mm-dd";

/**
 * Number formats for a row: text for strings, a date format in the date columns, General for other
 * values, and null (leave as it is) where nothing is written. In a 2-D array set on a range, null leaves
 * that cell unchanged ("null input in 2-D Array", docs/excel/excel-add-ins-blank-null-values.md of
 * OfficeDev/office-js-docs-pr): the blank cells of the row are not touched at all.
 */
function formatsOf(cells: CellValue[], dateColumns: readonly number[]): (string | null)[] {
  return cells.map((v, c) =>
    v === null
      ? null
      : typeof v === "string"
        ? "@"
        : dateColumns.includes(c) && typeof v === "number"
          ? DATE_FORMAT
          : "General"
  );
}

const isBlankCell = (v: unknown): boolean => v === null || v === undefined || v === "";

function same(written: CellValue[], read: unknown[]): boolean {
  return written.every((v, c) => (isBlankCell(v) ? isBlankCell(read[c]) : read[c] === v));
}

/**
 * Appends `entry` to the contact sheet `sheetName`, or to a new sheet made from the template when
 * `sheetName` is null. Rejects with AppendRefused (nothing written) when the sheet is gone, has no
 * contact header any more, cannot name the enterprise, or when the row below its data is not blank.
 */
export async function appendContact(
  run: RunBatch,
  supports: SupportsSet,
  sheetName: string | null,
  entry: ContactEntry,
  date1904: boolean
): Promise<AppendedContact> {
  requireSet(supports, "ExcelApi", "1.4", { "zh-CN": "记录走访", "en-US": "Recording a contact" });
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (sheetName === null) {
      sheets.load("items/name");
      await context.sync();
      const name = freeName(CONTACT_SHEET_NAME, new Set(sheets.items.map((s) => s.name)));
      const template = contactTemplate();
      const header = detectContactHeader([template.header]);
      const placed = header && contactRowCells(header, template.header.length, entry);
      if (!placed) throw refusedNoEnterprise();
      const ws = sheets.add(name);
      try {
        const head = ws.getRange(a1({ row: 0, col: 0, rows: 1, cols: template.header.length }));
        head.numberFormat = [template.header.map(() => "@")];
        head.values = [template.header];
        head.format.font.bold = true;
        const written = await writeRow(context, ws, 1, placed.cells, date1904);
        ws.getRange(
          a1({ row: 0, col: 0, rows: 2, cols: template.header.length })
        ).format.autofitColumns();
        ws.activate();
        await context.sync();
        return { sheet: name, row: written, created: true, dropped: placed.dropped };
      } catch (e) {
        await removeSheetQuietly(context, name);
        throw e;
      }
    }

    // A null object is checked (after a sync) before anything more is asked of it: "*OrNullObject methods
    // and properties", https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model,
    // and isNullObject in https://learn.microsoft.com/javascript/api/office/officeextension.clientobject.
    const ws = sheets.getItemOrNullObject(sheetName);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject)
      throw new AppendRefused(
        `找不到工作表“${sheetName}”：请刷新后重试`,
        `Sheet "${sheetName}" is gone: refresh and try again`
      );
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount,columnIndex,columnCount");
    await context.sync();
    if (used.isNullObject) throw refusedNoHeader(sheetName);
    const lastRow = used.rowIndex + used.rowCount; // 0-based index of the first row below the data
    const width = used.columnIndex + used.columnCount;
    // The header is within the first 20 rows: read them from A1, so columns are the sheet's own.
    const head = ws.getRange(
      a1({ row: 0, col: 0, rows: Math.min(HEADER_ROWS, lastRow), cols: width })
    );
    head.load("values");
    const target = ws.getRange(a1({ row: lastRow, col: 0, rows: 1, cols: width }));
    target.load("values");
    await context.sync();
    const header = detectContactHeader(head.values as CellValue[][]);
    if (!header) throw refusedNoHeader(sheetName);
    const placed = contactRowCells(header, width, entry);
    if (!placed) throw refusedNoEnterprise();
    if (!(target.values[0] ?? []).every(isBlankCell)) {
      throw new AppendRefused(
        `工作表“${sheetName}”第 ${lastRow + 1} 行不是空行：未写入，以免覆盖已有内容`,
        `Row ${lastRow + 1} of "${sheetName}" is not blank: nothing was written, so that nothing is overwritten`
      );
    }
    const dateColumns = [header.date, header.due].filter((c): c is number => c !== undefined);
    const row = await writeRow(context, ws, lastRow, placed.cells, date1904, dateColumns);
    return { sheet: sheetName, row, created: false, dropped: placed.dropped };
  });
}

/**
 * Writes `cells` to 0-based row `row` (text formats first), reads it back in the same sync and checks it;
 * resolves to the 1-based row. A row that does not read back as written is an error.
 */
async function writeRow(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  row: number,
  cells: CellValue[],
  date1904: boolean,
  dateColumns: readonly number[] = CONTACT_TEMPLATE_DATE_COLUMNS
): Promise<number> {
  const formats = formatsOf(cells, dateColumns);
  const values = cells.map((v, c) => toWorkbookValue(v, formats[c], date1904));
  const range = ws.getRange(a1({ row, col: 0, rows: 1, cols: values.length }));
  range.numberFormat = [formats];
  range.values = [values];
  range.load("values");
  await context.sync();
  if (!same(values, range.values[0] ?? [])) {
    throw new Error(`The contact row ${row + 1} did not read back as written; check the sheet`);
  }
  return row + 1;
}

function refusedNoHeader(sheet: string): AppendRefused {
  return new AppendRefused(
    `工作表“${sheet}”的前 20 行中找不到走访记录表头（走访日期、企业名称等）：未写入`,
    `No contact header (date, company, ...) in the first 20 rows of "${sheet}": nothing was written`
  );
}

function refusedNoEnterprise(): AppendRefused {
  return new AppendRefused(
    "走访记录表没有企业名称列，且该企业没有统一社会信用代码：无法记录",
    "The contact sheet has no company name column and the enterprise has no credit code: cannot record"
  );
}
