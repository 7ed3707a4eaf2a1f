/**
 * 导出 Word: the same report sheets the pane's and the ribbon's 生成通报 write, as the Word bulletin the
 * CLI's --docx writes (the same parts, src/docx/bulletinDocx.ts), zipped in the webview for the download.
 */
import { isoFromSerial } from "../../domain/core/dates";
import { buildReportBook, type BookInput } from "../../domain/report/buildReport";
import { bulletinDoc } from "../../domain/report/docModel";
import { docxParts } from "../../docx/bulletinDocx";
import { zipBlob } from "../../docx/zipBlob";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The Word bulletin of a workbook as a file to download, with the name it should get. */
export async function wordBulletin(input: BookInput): Promise<{ blob: Blob; fileName: string }> {
  const layouts = buildReportBook(input);
  const blob = await zipBlob(docxParts(bulletinDoc(layouts), new Date()), DOCX_TYPE);
  return { blob, fileName: `${layouts[0].sheetName} ${isoFromSerial(input.analysis.asOf)}.docx` };
}
