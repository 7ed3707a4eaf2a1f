/** The .xlsx reader over a file on disk (Node): the worksheets of `file` in tab order. */
import { openZipFile } from "./nodeZipHost";
import { readXlsxArchive, type XlsxReadOptions, type XlsxSheet } from "./workbookReader";

/** Yields each worksheet of `file` in tab order; throws XlsxError for a damaged or hostile package. */
export async function* readXlsx(
  file: string,
  opts: XlsxReadOptions = {}
): AsyncGenerator<XlsxSheet> {
  yield* readXlsxArchive(openZipFile(file), opts);
}
