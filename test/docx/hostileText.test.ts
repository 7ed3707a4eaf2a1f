/**
 * Any text a workbook can hold gives a .docx and an .xlsx whose every XML part parses (libxml2, through
 * xmllint-wasm): markup look-alikes, C0 controls, U+FFFE / U+FFFF, lone surrogates, SpreadsheetML's own
 * `_xHHHH_` escape typed as text. The .xlsx reads back as the same strings; the .docx shows them (a control
 * as its Control Pictures sign, what is no character as U+FFFD).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { streamWorkbook } from "../../src/cli/readWorkbook";
import { writeReportXlsx } from "../../src/cli/renderXlsx";
import { writeBulletinDocx } from "../../src/docx/writeDocxFile";
import { xmlText } from "../../src/docx/xmlText";
import type { ReportLayout } from "../../src/domain/report/layout";
import { reportOf, sampleAnalysis } from "../domain/report/fixture";

// JSZip's and xmllint-wasm's types are not installed; these are the parts of their APIs used here.
type Zip = { files: Record<string, { dir: boolean; async(t: "string"): Promise<string> }> };
const JSZip = require("jszip") as { loadAsync(b: Buffer): Promise<Zip> };
const { validateXML } = require("xmllint-wasm") as {
  validateXML(o: {
    xml: { fileName: string; contents: string }[];
    normalization: "format";
  }): Promise<{ valid: boolean; errors: { rawMessage: string }[] }>;
};

jest.setTimeout(60_000);

const HOSTILE = [
  "]]>",
  "<w:t>x</w:t><si>",
  "a\u0001b\u0008c\u000bd\u001fe",
  "lone \ud800 high",
  "lone \udc00 low",
  "non\ufffechar\uffff",
  "_x0041_ and _x005F_x0041_",
  "tab\there",
  "cr\rlf\r\nend",
  "&amp; \"q\" 'a'",
  "=SUM(A1)",
  "emoji 😀 \u202ebidi\u202c \u200bzw",
];

/** The report with every text cell, and the chart's title, carrying one of the hostile strings. */
function hostileLayouts(): ReportLayout[] {
  let k = 0;
  return reportOf(sampleAnalysis()).map((l) => ({
    ...l,
    values: l.values.map((row) =>
      row.map((v) => (typeof v === "string" && v !== "" ? v + HOSTILE[k++ % HOSTILE.length] : v))
    ),
    chart: l.chart ? { ...l.chart, title: l.chart.title + HOSTILE.join("|") } : null,
  }));
}

async function partsOf(file: string): Promise<{ fileName: string; contents: string }[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return Promise.all(
    names.map(async (fileName) => ({
      fileName,
      contents: await zip.files[fileName].async("string"),
    }))
  );
}

async function expectEveryPartParses(file: string): Promise<string[]> {
  const parts = await partsOf(file);
  const bad: string[] = [];
  for (const p of parts) {
    const r = await validateXML({
      xml: [{ fileName: "part.xml", contents: p.contents }],
      normalization: "format",
    });
    if (!r.valid) bad.push(`${p.fileName}: ${r.errors.map((e) => e.rawMessage).join("; ")}`);
  }
  expect(bad).toEqual([]);
  return parts.map((p) => p.fileName);
}

describe("hostile text in the outputs", () => {
  const layouts = hostileLayouts();
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-hostile-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("the check itself refuses a part XML 1.0 forbids", async () => {
    const r = await validateXML({
      xml: [{ fileName: "part.xml", contents: "<a>\u0001</a>" }],
      normalization: "format",
    });
    expect(r.valid).toBe(false);
  });

  it("the .docx: every part parses, and the document shows each text", async () => {
    const file = path.join(dir, "b.docx");
    await writeBulletinDocx(file, layouts);
    const names = await expectEveryPartParses(file);
    expect(names).toEqual(
      expect.arrayContaining([
        "word/document.xml",
        "word/charts/chart1.xml",
        "docProps/core.xml",
        "word/footer1.xml",
      ])
    );
    const doc = (await partsOf(file)).find((p) => p.fileName === "word/document.xml")!.contents;
    const shown = (s: string): string => xmlText(s.replace(/\r\n|\r|\n|\t/g, ""));
    for (const h of HOSTILE.filter((x) => !/[\t\r\n]/.test(x))) expect(doc).toContain(shown(h));
    expect(doc).toContain("a\u2401b\u2408c\u240bd\u241fe");
    expect(doc).toContain("lone \ufffd high");
  });

  it("the .xlsx: every part parses, and every cell reads back as the text it was given", async () => {
    const file = path.join(dir, "r.xlsx");
    await writeReportXlsx(file, layouts);
    await expectEveryPartParses(file);
    const read: string[] = [];
    for await (const sheet of streamWorkbook(file)) {
      for await (const block of sheet.blocks)
        for (const row of block)
          for (const v of row.values) if (typeof v === "string") read.push(v);
    }
    // What can be carried comes back exactly; a lone surrogate, which is no character, as U+FFFD.
    const expected = layouts.flatMap((l) =>
      l.values.flat().filter((v): v is string => typeof v === "string" && v !== "")
    );
    expect(read).toEqual(
      expected.map((s) =>
        s.replace(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
          "\ufffd"
        )
      )
    );
  });
});
