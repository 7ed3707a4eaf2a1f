/** Reads a whole .xls from its bytes with the owned reader, for tests (the shape of readAll.ts). */
import type { XlsxReadOptions } from "../../../src/cli/xlsx/workbookReader";
import { readXls } from "../../../src/cli/xls/xlsReader";
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
