/**
 * 导出 Word, fetched as its own chunk on the first click (the `docx` package is large and the pane's first
 * screen does not need it): the same report sheets the pane's and the ribbon's 生成通报 write, as the Word
 * bulletin the CLI's --docx writes.
 */
import { Packer } from "docx";
import { isoFromSerial } from "../../domain/core/dates";
import { buildReportBook, type BookInput } from "../../domain/report/buildReport";
import { bulletinDoc } from "../../domain/report/docModel";
import { bulletinDocument } from "../../docx/bulletinDocx";

/** The Word bulletin of a workbook as a file to download, with the name it should get. */
export async function wordBulletin(input: BookInput): Promise<{ blob: Blob; fileName: string }> {
  const layouts = buildReportBook(input);
  const blob = await Packer.toBlob(bulletinDocument(bulletinDoc(layouts)));
  return { blob, fileName: `${layouts[0].sheetName} ${isoFromSerial(input.analysis.asOf)}.docx` };
}
