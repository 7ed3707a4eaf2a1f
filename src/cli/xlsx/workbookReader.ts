/**
 * An .xlsx workbook, streamed: the workbook part, styles and shared strings are read first (they are
 * small, or needed by every cell), then each worksheet in tab order, its merged ranges found before
 * its rows, its rows handed over in blocks (one block per inflated chunk, a few hundred rows) as the
 * part inflates. Nothing is spooled to disk; memory holds the shared strings and one chunk of XML.
 * Chartsheets, dialog sheets and macro sheets carry no cells and are skipped; hidden sheets are read.
 * Host-neutral: the archive brings its host (zipHost.ts); a file is opened by readXlsxFile.ts under Node,
 * bytes in memory by readXlsxBytes.ts anywhere.
 */
import { INFLATE_CEILING } from "./limits";
import { scanMerges, type MergeRange } from "./mergeScan";
import { MergedCells } from "./mergedCells";
import { readSmallPart, readWorkbookInfo, type SheetEntry } from "./packageParts";
import { SharedStringsReader, type SharedStrings } from "./sharedStrings";
import { SheetScanner, type SheetRow } from "./sheetScanner";
import { dateStylesOf, type DateStyles } from "./styles";
import type { ZipArchive, ZipEntry } from "./zipArchive";
import { entryChunks } from "./zipEntryStream";
import { XmlTokenizer } from "./xmlTokenizer";
import { asXmlError, xlsxError } from "./xlsxError";

export type { MergeRange } from "./mergeScan";
export type { SheetRow, SheetValue } from "./sheetScanner";

export interface XlsxSheet {
  name: string;
  /** 0-based position in the workbook's tab order. */
  index: number;
  /** The worksheet's part in the package. */
  part: string;
  /** True when the workbook counts dates from 1904 (the same for every sheet). */
  date1904: boolean;
  /** Merged ranges, 1-based and inclusive, in the order the sheet lists them. */
  merges: MergeRange[];
  /** The rows with a value, in ascending order, a block at a time. Iterate once, before the next sheet. */
  blocks(): AsyncGenerator<SheetRow[]>;
}

export interface XlsxReadOptions {
  /** Called now and then with compressed bytes read so far and the file's size. */
  onProgress?: (done: number, total: number) => void;
  /** See ScanOptions.shift1904. */
  shift1904?: boolean;
  /** See ScanOptions.dateColumns. */
  dateColumns?: boolean;
}

const NO_STRINGS: SharedStrings = { strings: [], overLong: new Set() };

async function readStrings(
  zip: ZipArchive,
  entry: ZipEntry,
  limit: number,
  onCompressed: (n: number) => void
): Promise<SharedStrings> {
  const reader = new SharedStringsReader(entry.name);
  const tok = new XmlTokenizer(reader, entry.name);
  try {
    for await (const chunk of entryChunks(zip, entry, { limit, onCompressed })) tok.feed(chunk);
    tok.end();
  } catch (e) {
    throw asXmlError(entry.name, e);
  }
  return reader.table;
}

function sheetEntry(zip: ZipArchive, s: SheetEntry): ZipEntry {
  const entry = s.part === null ? undefined : zip.entry(s.part);
  if (!entry)
    throw xlsxError(
      "corrupt",
      s.part ?? "",
      `sheet ${s.name} has no part in the package`,
      `工作表 ${s.name} 在包中缺少对应部件`
    );
  return entry;
}

/**
 * Yields each worksheet of the opened `zip` in tab order, and closes it when done; throws XlsxError
 * for a damaged or hostile package.
 */
export async function* readXlsxArchive(
  zip: ZipArchive,
  opts: XlsxReadOptions = {}
): AsyncGenerator<XlsxSheet> {
  try {
    const limit = INFLATE_CEILING;
    let done = 0;
    const onCompressed = (n: number): void => {
      done += n;
      opts.onProgress?.(Math.min(done, zip.size), zip.size);
    };
    const info = await readWorkbookInfo(zip, limit);
    const styles: DateStyles = dateStylesOf(
      info.styles ? await readSmallPart(zip, info.styles, limit) : null
    );
    const sstEntry = info.sharedStrings ? zip.entry(info.sharedStrings) : undefined;
    const strings = sstEntry ? await readStrings(zip, sstEntry, limit, onCompressed) : NO_STRINGS;
    const covered = new MergedCells();
    for (const s of info.sheets) {
      // Chart, dialog and macro sheets, and kinds this reader does not know, hold no cells for it; a
      // sheet without its relationship is a damaged package (sheetEntry says so).
      if (s.kind !== "worksheet" && s.kind !== "missing") continue;
      const entry = sheetEntry(zip, s);
      const merges = await scanMerges(zip, entry, s.name, { limit }, covered);
      const scanOptions = {
        sheetName: s.name,
        part: entry.name,
        strings,
        dateStyles: styles,
        date1904: info.date1904,
        shift1904: opts.shift1904,
        dateColumns: opts.dateColumns,
      };
      yield {
        name: s.name,
        index: s.index,
        part: entry.name,
        date1904: info.date1904,
        merges,
        blocks: () => sheetBlocks(zip, entry, limit, scanOptions, onCompressed),
      };
    }
    opts.onProgress?.(zip.size, zip.size);
  } finally {
    zip.close();
  }
}

async function* sheetBlocks(
  zip: ZipArchive,
  entry: ZipEntry,
  limit: number,
  scanOptions: ConstructorParameters<typeof SheetScanner>[0],
  onCompressed: (n: number) => void
): AsyncGenerator<SheetRow[]> {
  const scanner = new SheetScanner(scanOptions);
  const tok = new XmlTokenizer(scanner, entry.name, scanOptions.sheetName);
  try {
    // The merge pass has checked this part's CRC already.
    for await (const chunk of entryChunks(zip, entry, { limit, skipCrc: true, onCompressed })) {
      tok.feed(chunk);
      if (scanner.rows.length > 0) yield scanner.take();
    }
    tok.end();
  } catch (e) {
    throw asXmlError(entry.name, e, scanOptions.sheetName);
  }
}
