/** The Word bulletin written to a new file (the CLI stages it among its outputs, see src/cli/outputs.ts). */
import { collectGarbage } from "../cli/memory";
import { ZipWriter } from "../cli/xlsx/write/zipWriter";
import { bulletinDoc } from "../domain/report/docModel";
import type { ReportLayout } from "../domain/report/layout";
import { docxParts } from "./bulletinDocx";

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

/** Writes the bulletin of `layouts` to the new file `temp` (never over an existing file), part by part. */
export async function writeBulletinDocx(
  temp: string,
  layouts: readonly ReportLayout[],
  now = new Date()
): Promise<void> {
  const zip = new ZipWriter(temp);
  try {
    for (const part of docxParts(bulletinDoc(layouts), now))
      await zip.add(part.name, collecting(part.chunks()));
    zip.finish();
  } finally {
    zip.close();
  }
}
