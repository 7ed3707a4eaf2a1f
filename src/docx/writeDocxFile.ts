/** The Word bulletin written to a new file (the CLI stages it among its outputs, see src/cli/outputs.ts). */
import * as fs from "fs";
import { Packer } from "docx";
import { bulletinDoc } from "../domain/report/docModel";
import type { ReportLayout } from "../domain/report/layout";
import { bulletinDocument } from "./bulletinDocx";

/** Writes the bulletin of `layouts` to the new file `temp` (never over an existing file). */
export async function writeBulletinDocx(temp: string, layouts: readonly ReportLayout[]): Promise<void> {
  const bytes = await Packer.toBuffer(bulletinDocument(bulletinDoc(layouts)));
  fs.writeFileSync(temp, bytes, { flag: "wx" });
}
