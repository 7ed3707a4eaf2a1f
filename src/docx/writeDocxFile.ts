/** The Word bulletin written to a new file (the CLI stages it among its outputs, see src/cli/outputs.ts). */
import { collectGarbage } from "../cli/memory";
import { DeflatingPart } from "../cli/xlsx/write/deflatedPart";
import { ZipWriter } from "../cli/xlsx/write/zipWriter";
import type { Lang } from "../domain/core/types";
import { docSection, docTitle } from "../domain/report/docModel";
import type { ReportLayout } from "../domain/report/layout";
import { DOCUMENT_PART, DocumentXml, leadingParts } from "./bulletinDocx";

/**
 * Chunks of XML between two full collections. A long 附件 makes its rows as short-lived strings faster
 * than V8 collects them by itself, and V8 grows the heap instead (see memory.ts); a collection every 32 M
 * characters of XML (a few a full-size 附件) keeps the peak near what the report's figures take.
 */
const CHUNKS_PER_COLLECTION = 128;

function* collecting(chunks: Iterable<string>): Generator<string> {
  let n = 0;
  for (const c of chunks) {
    yield c;
    if (++n % CHUNKS_PER_COLLECTION === 0) collectGarbage();
  }
}

/**
 * The bulletin made a sheet at a time: each sheet's section is drawn and deflated into memory as the
 * sheet is added, so the caller can let the sheet go before building the next; the file is written at
 * the end, the main part last as Word packages have it (its charts, the title, are known by then).
 */
export class DocxBook {
  private readonly xml = new DocumentXml();
  private readonly document = new DeflatingPart();
  private lang: Lang = "zh-CN";
  private title: string | null = null;

  /** Draws the next sheet (the 通报 first); nothing of `layout` but its chart is kept once this resolves. */
  async add(layout: ReportLayout): Promise<void> {
    if (this.title === null) {
      this.lang = layout.lang;
      this.title = docTitle(layout, layout.lang);
    }
    await this.document.writeAll(collecting(this.xml.section(docSection(layout))));
  }

  /** Writes the bulletin to the new file `temp` (never over an existing file). */
  async write(temp: string, now = new Date()): Promise<void> {
    await this.document.writeAll(this.xml.end());
    const document = await this.document.end();
    const meta = {
      lang: this.lang,
      title: this.title ?? docTitle(undefined, this.lang),
      charts: this.xml.charts,
    };
    const zip = new ZipWriter(temp);
    try {
      for (const part of leadingParts(meta, now)) await zip.add(part.name, part.chunks());
      zip.addDeflated(DOCUMENT_PART, document);
      zip.finish();
    } finally {
      zip.close();
    }
  }
}

/** Writes the bulletin of `layouts` to the new file `temp` (never over an existing file), a sheet at a time. */
export async function writeBulletinDocx(
  temp: string,
  layouts: Iterable<ReportLayout>,
  now = new Date()
): Promise<void> {
  const book = new DocxBook();
  for (const layout of layouts) await book.add(layout);
  await book.write(temp, now);
}
