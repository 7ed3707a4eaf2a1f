/**
 * Writes a workbook of one or more sheets as an .xlsx package, streaming each part (xlsxParts.ts)
 * through deflate to `file` (which must not exist yet: the caller writes to a temporary file and
 * renames it; see writeOutput.ts).
 */
import type { WorkbookSpec } from "./workbookSpec";
import { xlsxParts } from "./xlsxParts";
import { ZipWriter } from "./zipWriter";

/** Writes `spec` to the new file `file`; on failure the partial file is left for the caller to remove. */
export async function writeXlsx(file: string, spec: WorkbookSpec, now = new Date()): Promise<void> {
  const parts = xlsxParts(spec, now);
  const zip = new ZipWriter(file);
  try {
    for (const part of parts) await zip.add(part.name, part.chunks());
    zip.finish();
  } finally {
    zip.close();
  }
}
