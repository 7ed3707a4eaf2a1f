/**
 * An .xlsx workbook as a Blob, for a page's download: the same parts the CLI writes (xlsxParts.ts),
 * zipped by the web platform's deflate (src/docx/zipBlob.ts). Host-neutral.
 */
import { zipBlob } from "../../../docx/zipBlob";
import type { WorkbookSpec } from "./workbookSpec";
import { xlsxParts } from "./xlsxParts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function xlsxBlob(spec: WorkbookSpec, now = new Date()): Promise<Blob> {
  return zipBlob(xlsxParts(spec, now), XLSX_TYPE);
}
