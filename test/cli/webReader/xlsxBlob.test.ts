/**
 * The offline page's bulletin workbook (xlsxBlob: the platform's deflate, in memory) holds the same
 * parts, byte for byte once inflated, as the CLI's file (zlib, streamed), the creation time aside.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeReportXlsx } from "../../../src/cli/renderXlsx";
import { reportWorkbookSpec } from "../../../src/cli/reportSpec";
import { xlsxBlob, XLSX_TYPE } from "../../../src/cli/xlsx/write/xlsxBlob";
import { reportOf } from "../../domain/report/fixture";

// JSZip's types are not installed; this is the part of its API used here.
const JSZip = require("jszip") as {
  loadAsync(b: Uint8Array): Promise<{
    files: Record<string, { dir: boolean; async(t: "string"): Promise<string> }>;
  }>;
};

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir) out.set(name, await f.async("string"));
  return out;
}

it("writes the CLI's parts", async () => {
  const layouts = reportOf();
  const now = new Date(Date.UTC(2024, 5, 30, 8, 0, 0));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-blob-"));
  try {
    const file = path.join(dir, "report.xlsx");
    await writeReportXlsx(file, layouts);
    const blob = await xlsxBlob(reportWorkbookSpec(layouts), now);
    expect(blob.type).toBe(XLSX_TYPE);
    const cli = await parts(new Uint8Array(fs.readFileSync(file)));
    const page = await parts(new Uint8Array(await blob.arrayBuffer()));
    expect([...page.keys()].sort()).toEqual([...cli.keys()].sort());
    expect(page.size).toBeGreaterThan(8);
    for (const [name, xml] of cli) {
      if (name === "docProps/core.xml") continue; // its creation time
      expect(page.get(name)).toBe(xml);
    }
    expect(page.get("docProps/core.xml")).toContain("2024-06-30T08:00:00Z");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
