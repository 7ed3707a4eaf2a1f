/** Reads a whole workbook with the owned reader, for tests. */
import type {
  MergeRange,
  SheetRow,
  XlsxReadOptions,
  XlsxSheet,
} from "../../../src/cli/xlsx/workbookReader";
import { readXlsx } from "../../../src/cli/xlsx/readXlsxFile";

export interface ReadSheet {
  name: string;
  index: number;
  date1904: boolean;
  merges: MergeRange[];
  rows: SheetRow[];
}

export async function readAll(file: string, opts: XlsxReadOptions = {}): Promise<ReadSheet[]> {
  return collectSheets(readXlsx(file, opts));
}

/** Every sheet a reader yields, with all its rows. */
export async function collectSheets(sheets: AsyncIterable<XlsxSheet>): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for await (const s of sheets) {
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

/** A sheet's rows as { "A1": value } (holes left out), for compact assertions. */
export function cellMap(sheet: ReadSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of sheet.rows) {
    r.values.forEach((v, c) => {
      out[`${letters(c + 1)}${r.number}`] = v;
    });
  }
  return out;
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
