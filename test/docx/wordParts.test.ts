/**
 * The Word bulletin's own writer: code-like columns (credit codes, certificate numbers, dates) never
 * narrower than their text, and never broken at a hyphen; the 通报's chart as a chart part with the
 * table's figures; the pane's zip (the web platform's deflate, or stored) holding the same parts as the CLI's.
 */
import { docxParts } from "../../src/docx/bulletinDocx";
import { columnWidths, isCodeLike } from "../../src/docx/columnWidths";
import { zipBlob } from "../../src/docx/zipBlob";
import { bulletinDoc, type DocCell, type DocTable } from "../../src/domain/report/docModel";
import { textWidth } from "../../src/domain/report/textWidth";
import { reportOf, sampleAnalysis } from "../domain/report/fixture";
import { docxBytes } from "./docxFile";

type Zip = { files: Record<string, { dir: boolean; async(t: "string"): Promise<string> }> };
const JSZip = require("jszip") as { loadAsync(b: Buffer | ArrayBuffer): Promise<Zip> };

const cell = (text: string): DocCell => ({ text, align: "left", bold: false, span: 1 });

describe("code-like text", () => {
  it.each([
    ["91310116MA1J8XKR5Q", true],
    ["GR202231005683", true],
    ["2024-12-31", true],
    ["2024年12月31日", true],
    ["1,234", true],
    ["95.0%", true],
    ["上海某某科技有限公司", false],
    ["期满待重新认定", false],
    ["two words", false],
  ])("%s: %p", (text, code) => expect(isCodeLike(text)).toBe(code));
});

describe("column widths", () => {
  // A list far too wide for its page: long names, a credit code, a date.
  const rows = Array.from({ length: 50 }, (_, i) => [
    cell(`${i + 1}`),
    cell("上海某某某某某某某某某某某某某某科技有限公司".slice(0, 8 + (i % 18))),
    cell("91310116MA1J8XKR5Q"),
    cell("2024-12-31"),
  ]);
  const table: DocTable = {
    kind: "table",
    id: "expiring",
    widths: [6, 40, 22, 12],
    header: [cell("序号"), cell("企业名称"), cell("统一社会信用代码"), cell("有效期至")],
    rowCount: rows.length,
    row: (i) => rows[i],
  };
  const twips = (text: string, size: number): number => textWidth(text, size, false) * 5.25 * 20;

  it.each([9000, 6000, 4500])(
    "on a page %p twips wide, codes and dates keep their whole width; names wrap",
    (page) => {
      const { widths, code } = columnWidths(table, 9, page);
      expect(code).toEqual([true, false, true, true]);
      expect(widths[2]).toBeGreaterThan(twips("91310116MA1J8XKR5Q", 9));
      expect(widths[3]).toBeGreaterThan(twips("2024-12-31", 9));
      expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(page);
    }
  );

  it("in the document: a code's hyphens do not break, a name's text is plain", async () => {
    const parts = docxParts(bulletinDoc(reportOf(sampleAnalysis())), new Date(0));
    const doc = [...parts.find((p) => p.name === "word/document.xml")!.chunks()].join("");
    expect(doc).toMatch(
      /<w:t>\d{4}<\/w:t><w:noBreakHyphen\/><w:t>\d{2}<\/w:t><w:noBreakHyphen\/><w:t>\d{2}<\/w:t>/
    );
    expect(doc).toContain('<w:tblLayout w:type="fixed"/>');
  });
});

describe("the chart", () => {
  const layouts = reportOf(sampleAnalysis());
  const doc = bulletinDoc(layouts);

  it("is a chart part of the 通报, drawn from the table's figures", async () => {
    const zip = await JSZip.loadAsync(await docxBytes(layouts));
    const chart = await zip.files["word/charts/chart1.xml"].async("string");
    const document = await zip.files["word/document.xml"].async("string");
    const rels = await zip.files["word/_rels/document.xml.rels"].async("string");
    const types = await zip.files["[Content_Types].xml"].async("string");
    expect(document).toContain(
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart1"/>'
    );
    expect(rels).toContain('Target="charts/chart1.xml"');
    expect(types).toContain('PartName="/word/charts/chart1.xml"');
    // Literal values: no reference to a workbook the document does not have.
    expect(chart).not.toContain("<c:f>");
    const spec = layouts[0].chart!;
    const column = (col: number) =>
      Array.from(
        { length: spec.categories.rows },
        (_, i) => layouts[0].values[spec.categories.row + i][col]
      );
    const units = [...chart.matchAll(/<c:cat><c:strLit>([\s\S]*?)<\/c:strLit>/g)][0][1];
    expect([...units.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(
      column(spec.categories.col)
    );
    const valid = [...chart.matchAll(/<c:val><c:numLit>([\s\S]*?)<\/c:numLit>/g)][1][1];
    expect([...valid.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(
      column(spec.series[1].values.col)
    );
  });

  it("sits in the 通报's section, after its table", () => {
    const kinds = doc.sections[0].blocks.map((b) => b.kind);
    expect(kinds.indexOf("chart")).toBeGreaterThan(kinds.indexOf("table"));
  });
});

describe("the pane's zip", () => {
  const parts = docxParts(bulletinDoc(reportOf(sampleAnalysis())), new Date(0));

  async function contents(blob: Blob): Promise<Record<string, string>> {
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const out: Record<string, string> = {};
    for (const name of Object.keys(zip.files)) out[name] = await zip.files[name].async("string");
    return out;
  }
  const expected = Object.fromEntries(parts.map((p) => [p.name, [...p.chunks()].join("")]));

  it("deflated with the web platform's CompressionStream holds the CLI's parts", async () => {
    expect(typeof CompressionStream).toBe("function");
    const blob = await zipBlob(parts, "application/zip");
    expect(await contents(blob)).toEqual(expected);
    expect(blob.size).toBeLessThan(Object.values(expected).join("").length / 3);
  });

  it("stored where the webview has no CompressionStream", async () => {
    const saved = globalThis.CompressionStream;
    Object.assign(globalThis, { CompressionStream: undefined });
    try {
      expect(await contents(await zipBlob(parts, "application/zip"))).toEqual(expected);
    } finally {
      Object.assign(globalThis, { CompressionStream: saved });
    }
  });
});
