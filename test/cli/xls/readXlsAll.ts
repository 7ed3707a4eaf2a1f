/** Reads a whole .xls from its bytes with the owned reader, for tests (the shape of readAll.ts). */
import type { XlsxReadOptions } from "../../../src/cli/xlsx/workbookReader";
import { readXls } from "../../../src/cli/xls/xlsReader";
import type { ReadSheet } from "../xlsx/readAll";

export async function readXlsAll(
  bytes: Uint8Array,
  opts: XlsxReadOptions = {}
): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for await (const s of readXls(bytes, opts)) {
    const sheet: ReadSheet = {
      name: s.name,
      index: s.index,
      date1904: s.date1904,
      merges: s.merges,
      rows: [],
    };
    for await (const block of s.blocks()) sheet.rows.push(...block);
    out.push(sheet);
  }
  return out;
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
