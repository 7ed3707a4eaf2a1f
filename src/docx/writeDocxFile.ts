/** The Word bulletin written to a new file (the CLI stages it among its outputs, see src/cli/outputs.ts). */
import { ZipWriter } from "../cli/xlsx/write/zipWriter";
import { bulletinDoc } from "../domain/report/docModel";
import type { ReportLayout } from "../domain/report/layout";
import { docxParts } from "./bulletinDocx";

/** Writes the bulletin of `layouts` to the new file `temp` (never over an existing file), part by part. */
export async function writeBulletinDocx(temp: string, layouts: readonly ReportLayout[], now = new Date()): Promise<void> {
  const zip = new ZipWriter(temp);
  try {
    for (const part of docxParts(bulletinDoc(layouts), now)) await zip.add(part.name, part.chunks());
    zip.finish();
  } finally {
    zip.close();
  }
}
