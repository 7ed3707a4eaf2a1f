/**
 * Writes a workbook of one or more sheets as an .xlsx package to `file` (which must not exist yet: the
 * caller writes to a temporary file and renames it; see writeOutput.ts). The sheets are made one at a
 * time (XlsxBook), each sheet's XML deflated into memory as it is made, so a caller can build a sheet, add
 * it and let it go before the next. The other parts are those of xlsxParts.ts, the page's too; the
 * styles part is written last, once every sheet's formats are known.
 */
import { chartXml, drawingXml } from "./chartXml";
import { deflatePart } from "./deflatedPart";
import { sheetXml } from "./sheetXml";
import type { StyleTable } from "./styleTable";
import type { SheetSpec, WorkbookSpec } from "./workbookSpec";
import {
  chartParts,
  checkSheetName,
  headParts,
  printTitles,
  styleTableOf,
  stylesPart,
  type SheetHead,
  type XlsxPart,
} from "./xlsxParts";
import { ZipWriter, type DeflatedPart } from "./zipWriter";

/** A sheet made ahead: its deflated XML, and its chart's parts (made now, as the sheet goes). */
interface MadeSheet {
  head: SheetHead;
  xml: DeflatedPart;
  chart: { drawing: string; chart: string } | null;
}

/** A workbook made one sheet at a time, then written whole (see the top of this file). */
export class XlsxBook {
  private readonly styles: StyleTable;
  private readonly made: MadeSheet[] = [];
  private readonly names = new Set<string>();
  private charts = 0;

  constructor(private readonly spec: Omit<WorkbookSpec, "sheets">) {
    this.styles = styleTableOf(spec);
  }

  /** Makes the next sheet; nothing of `sheet` is kept once this resolves. */
  async add(sheet: SheetSpec): Promise<void> {
    checkSheetName(sheet, this.names);
    const xml = await deflatePart(sheetXml(sheet, this.styles, this.made.length === 0));
    const c = sheet.chart;
    this.made.push({
      head: { name: sheet.name, titles: printTitles(sheet), chart: c ? ++this.charts : 0 },
      xml,
      chart: c
        ? {
            drawing: drawingXml(c),
            chart: chartXml(c, sheet.name, sheet.values, this.spec.fontName),
          }
        : null,
    });
  }

  /** Writes the workbook to the new file `file`; on failure the partial file is left for the caller to remove. */
  async write(file: string, now = new Date()): Promise<void> {
    const sheets = this.made;
    if (sheets.length === 0) throw new RangeError("a workbook needs at least one sheet");
    const zip = new ZipWriter(file);
    const put = async (parts: readonly XlsxPart[]): Promise<void> => {
      for (const part of parts) await zip.add(part.name, part.chunks());
    };
    try {
      const heads = sheets.map((s) => s.head);
      await put(headParts(heads, this.spec.creator, now));
      for (let i = 0; i < sheets.length; i++) {
        const { head, xml, chart } = sheets[i];
        zip.addDeflated(`xl/worksheets/sheet${i + 1}.xml`, xml);
        if (chart)
          await put(
            chartParts(
              i,
              head.chart,
              () => chart.drawing,
              () => chart.chart
            )
          );
      }
      await put([stylesPart(this.styles)]);
      zip.finish();
    } finally {
      zip.close();
    }
  }
}

/** Writes `spec` to the new file `file`; on failure the partial file is left for the caller to remove. */
export async function writeXlsx(file: string, spec: WorkbookSpec, now = new Date()): Promise<void> {
  if (spec.sheets.length === 0) throw new RangeError("a workbook needs at least one sheet");
  const book = new XlsxBook(spec);
  for (const sheet of spec.sheets) await book.add(sheet);
  await book.write(file, now);
}
