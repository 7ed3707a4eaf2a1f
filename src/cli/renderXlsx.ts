/** Draws report layouts as an .xlsx file with the CLI's own streaming writer (src/cli/xlsx/write). */
import type { ReportLayout } from "../domain/report/layout";
import { layoutSheet, REPORT_BOOK } from "./reportSpec";
import { XlsxBook } from "./xlsx/write/writeXlsx";

export { FONT_NAME, layoutSheet } from "./reportSpec";

/** A report workbook made a layout at a time: add each layout's sheet (layoutSheet), then write it. */
export function reportBook(): XlsxBook {
  return new XlsxBook(REPORT_BOOK);
}

/** Writes `layouts` (one sheet each, charts included) to the new file `file`. */
export async function writeReportXlsx(
  file: string,
  layouts: Iterable<ReportLayout>
): Promise<void> {
  const book = reportBook();
  for (const layout of layouts) await book.add(layoutSheet(layout));
  await book.write(file);
}
