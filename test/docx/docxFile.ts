/** Test helper: a report's .docx as the CLI writes it. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeBulletinDocx } from "../../src/docx/writeDocxFile";
import type { ReportLayout } from "../../src/domain/report/layout";

/** The .docx of `layouts` as the CLI writes it. */
export async function docxBytes(layouts: ReportLayout[]): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-docx-"));
  try {
    const file = path.join(dir, "b.docx");
    await writeBulletinDocx(file, layouts);
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
