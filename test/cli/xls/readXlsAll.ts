/** Reads a whole .xls from its bytes with the owned reader, for tests (the shape of readAll.ts). */
import type { XlsxReadOptions } from "../../../src/cli/xlsx/workbookReader";
import { readXls } from "../../../src/cli/xls/xlsReader";
import { XlsxError } from "../../../src/cli/xlsx/xlsxError";
import type { Lang } from "../../../src/domain/core/types";
import { collectSheets, type ReadSheet } from "../xlsx/readAll";

export function readXlsAll(bytes: Uint8Array, opts: XlsxReadOptions = {}): Promise<ReadSheet[]> {
  return collectSheets(readXls(bytes, opts));
}

/** The one-line message a read of `bytes` is refused with ("" when it is read). */
export async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsAll(bytes);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

/** The refusal's detail in `lang` (a reader's XlsxError), "" when the file is read. */
export async function refusalIn(lang: Lang, bytes: Uint8Array): Promise<string> {
  try {
    await readXlsAll(bytes);
    return "";
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    return e.detail[lang];
  }
}
