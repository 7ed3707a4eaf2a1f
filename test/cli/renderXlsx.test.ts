import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { rangeAddress, renderLayout } from "../../src/cli/renderXlsx";
import { serialFromUtcDate } from "../../src/domain/dates";
import { buildReportLayout } from "../../src/domain/report/buildReport";
import { sampleAnalysis } from "../domain/report/fixture";

describe("renderLayout (exceljs)", () => {
  const layout = buildReportLayout(sampleAnalysis(), "zh-CN");
  let sheet: ExcelJS.Worksheet;
  let xml: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-render-"));
    const wb = new ExcelJS.Workbook();
    const { chartOmitted } = renderLayout(wb, layout);
    expect(chartOmitted).toBe(true);
    const file = path.join(dir, "r.xlsx");
    await wb.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    sheet = back.getWorksheet("高企通报")!;
    // The raw sheet XML, to prove no <f> (formula) element was written.
    const JSZip = require("jszip") as {
      loadAsync(b: Buffer): Promise<{ file(n: string): { async(t: "string"): Promise<string> } }>;
    };
    xml = await (
      await JSZip.loadAsync(fs.readFileSync(file))
    )
      .file("xl/worksheets/sheet1.xml")
      .async("string");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    [{ row: 0, col: 0, rows: 1, cols: 1 }, "A1"],
    [{ row: 4, col: 3, rows: 13, cols: 1 }, "D5:D17"],
    [{ row: 0, col: 25, rows: 2, cols: 3 }, "Z1:AB2"],
  ])("addresses %o as %s", (r, a) => expect(rangeAddress(r)).toBe(a));

  it("writes every value of the layout", () => {
    layout.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        if (cell.isMerged && cell.master !== cell) return;
        // exceljs reads a number under a date format back as a (UTC) Date.
        const value =
          cell.value instanceof Date ? serialFromUtcDate(cell.value) : (cell.value ?? null);
        expect(value).toEqual(v);
      })
    );
  });

  it("keeps a name beginning with = as a string cell, never a formula", () => {
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => void (String(cell.value).startsWith("=") && cells.push(cell)))
    );
    expect(cells.length).toBe(2);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe("=上海丙丁科技有限公司");
      expect(cell.numFmt).toBe("@");
    }
    expect(xml).not.toContain("<f>");
  });

  it("applies number formats, fills and fonts", () => {
    const units = layout.sections.find((s) => s.id === "units")!;
    expect(sheet.getCell(units.firstRow + 1, 4).numFmt).toBe("0.0%");
    expect(sheet.getCell(units.firstRow + 1, 8).numFmt).toBe("#,##0");
    expect(sheet.getCell(units.headerRow + 1, 1).fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(sheet.getCell(units.lastRow + 1, 1).font).toMatchObject({ bold: true });
    expect(sheet.getCell(1, 1).font).toMatchObject({ bold: true, size: 16 });
  });

  it("merges title rows, sets widths and freezes the header", () => {
    expect(sheet.getCell("H1").isMerged).toBe(true);
    expect(sheet.getCell("H1").master.address).toBe("A1");
    expect(sheet.getColumn(1).width).toBe(layout.columnWidths[0]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: layout.freeze.rows });
  });

  it("sets up printing: A4 landscape, one page wide", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("writes the completion bands as cellIs rules over the used rows only", () => {
    expect(xml).toContain('<conditionalFormatting sqref="D8:D10">');
    const units = layout.sections.find((s) => s.id === "units")!;
    expect(units.firstRow + 1).toBe(8);
    expect(xml).toContain(`<conditionalFormatting sqref="D${units.lastRow + 1}">`);
    expect(xml).toMatch(/operator="greaterThanOrEqual"[^>]*>\s*<formula>0.9<\/formula>/);
    expect((xml.match(/<cfRule /g) ?? []).length).toBe(6);
  });
});
