/**
 * The Word bulletin made a sheet at a time (the CLI builds each sheet, draws it and lets it go): the same
 * package, part by part and in the same order, as the whole document drawn at once, whether the sheets
 * arrive as a list or one by one from a generator that builds each when asked.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { docxParts } from "../../src/docx/bulletinDocx";
import { writeBulletinDocx } from "../../src/docx/writeDocxFile";
import { reportPlan, reportSheets } from "../../src/domain/report/buildReport";
import { bulletinDoc } from "../../src/domain/report/docModel";
import type { ReportLayout } from "../../src/domain/report/layout";
import { reportOf, sampleAnalysis, sampleCompare, sampleOptions } from "../domain/report/fixture";

type Zip = {
  files: Record<string, { dir: boolean; async(t: "string"): Promise<string> }>;
};
const JSZip = require("jszip") as { loadAsync(b: Buffer | ArrayBuffer): Promise<Zip> };

const NOW = new Date(Date.UTC(2024, 0, 15, 8, 0, 0));

async function written(layouts: Iterable<ReportLayout>): Promise<Zip> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-docx-"));
  try {
    const file = path.join(dir, "b.docx");
    await writeBulletinDocx(file, layouts, NOW);
    return await JSZip.loadAsync(fs.readFileSync(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the bulletin made a sheet at a time", () => {
  const a = sampleAnalysis();
  const layouts = reportOf(a);
  const whole = docxParts(bulletinDoc(layouts), NOW);

  it.each([
    ["a list of sheets", (): Iterable<ReportLayout> => layouts],
    [
      "sheets built one by one",
      (): Iterable<ReportLayout> => reportSheets(reportPlan(a, sampleCompare(a), sampleOptions())),
    ],
  ])("from %s: every part as the whole document gives it, in its order", async (_, sheets) => {
    const zip = await written(sheets());
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names).toEqual(whole.map((p) => p.name));
    for (const part of whole)
      expect(await zip.files[part.name].async("string")).toBe([...part.chunks()].join(""));
  });

  it("draws both charts (the 通报's and the progress 附件's) before the main part", async () => {
    const zip = await written(layouts);
    const names = Object.keys(zip.files);
    const charts = names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toEqual(["word/charts/chart1.xml", "word/charts/chart2.xml"]);
    expect(names.indexOf("word/document.xml")).toBe(names.length - 1);
    const doc = await zip.files["word/document.xml"].async("string");
    expect(doc).toContain('r:id="rIdChart2"');
  });
});
