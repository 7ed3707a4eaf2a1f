/**
 * The CLI's .xlsx writer, read back by an independent reader (exceljs) and by the CLI's own reader:
 * the report layout with every feature (values, styles, merges, widths, frozen panes, conditional
 * formats, print setup), a workbook of several sheets with headers, footers and print titles each, and
 * strings that XML or Excel would otherwise change.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { layoutSheet, writeReportXlsx } from "../../src/cli/renderXlsx";
import { a1 } from "../../src/domain/sheets/columnLetters";
import { writeXlsx } from "../../src/cli/xlsx/write/writeXlsx";
import type { SheetSpec, WorkbookSpec } from "../../src/cli/xlsx/write/workbookSpec";
import { reportOf } from "../domain/report/fixture";
import { readAll } from "./xlsx/readAll";

// JSZip's types are not installed; this is the part of its API used here.
const JSZip = require("jszip") as {
  loadAsync(
    b: Buffer
  ): Promise<{ file(n: string): { async(t: "string"): Promise<string> } | null }>;
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-render-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function part(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async("string");
}

describe("the report written by the CLI's writer", () => {
  const layouts = reportOf();
  const layout = layouts[0];
  const units = layout.sections.find((s) => s.id === "units")!;
  let file: string;
  let wb: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let xml: string;

  beforeAll(async () => {
    file = path.join(dir, "report.xlsx");
    await writeReportXlsx(file, layouts);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    sheet = wb.getWorksheet("高企通报")!;
    xml = await part(file, "xl/worksheets/sheet1.xml");
  });

  it.each([
    [{ row: 0, col: 0, rows: 1, cols: 1 }, "A1"],
    [{ row: 4, col: 3, rows: 13, cols: 1 }, "D5:D17"],
    [{ row: 0, col: 25, rows: 2, cols: 3 }, "Z1:AB2"],
  ])("addresses %o as %s", (r, a) => expect(a1(r)).toBe(a));

  it("writes the 通报 and every 附件, in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(layouts.map((l) => l.sheetName));
  });

  it("writes every value of every sheet (read back by exceljs)", () => {
    for (const l of layouts) {
      const ws = wb.getWorksheet(l.sheetName)!;
      l.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          if (cell.isMerged && cell.master !== cell) return;
          // exceljs reads a number under a date format back as a (UTC) Date.
          const value =
            cell.value instanceof Date
              ? (cell.value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
              : (cell.value ?? null);
          expect({ sheet: l.sheetName, at: cell.address, value }).toEqual({
            sheet: l.sheetName,
            at: cell.address,
            value: v,
          });
        })
      );
    }
  });

  it("and by the CLI's own reader, every cell", async () => {
    const mine = await readAll(file);
    expect(mine.map((m) => m.name)).toEqual(layouts.map((l) => l.sheetName));
    mine.forEach((m, i) => {
      const got: Record<string, unknown> = {};
      for (const r of m.rows) r.values.forEach((v, c) => (got[`${r.number - 1},${c}`] = v));
      const want: Record<string, unknown> = {};
      layouts[i].values.forEach((row, r) =>
        row.forEach((v, c) => v !== null && (want[`${r},${c}`] = v))
      );
      expect(got).toEqual(want);
    });
  });

  it("keeps a name beginning with = as a string cell, never a formula", async () => {
    const cells: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => void (String(cell.value).startsWith("=") && cells.push(cell)))
      );
    // On the expiring list, the award list, the call list and the falls (a name the fixture's 朱泾镇 lost).
    expect(cells.length).toBe(4);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(["=上海丙丁科技有限公司", "=上海子丑机械有限公司"]).toContain(cell.value);
      expect(cell.numFmt).toBe("@");
    }
    for (let i = 1; i <= layouts.length; i++)
      expect(await part(file, `xl/worksheets/sheet${i}.xml`)).not.toContain("<f>");
  });

  it("applies number formats, fills, fonts, alignment, wrap and borders", () => {
    const header = units.headerRow + 1;
    const first = units.firstRow + 1;
    const col = (key: string) => layout.values[units.headerRow].indexOf(key) + 1;
    expect(sheet.getCell(first, col("完成率")).numFmt).toBe("0.0%");
    expect(sheet.getCell(first, col("有效期内\n高企")).numFmt).toBe("#,##0");
    expect(sheet.getCell(first, col("奖励\n（万元）")).numFmt).toBe("#,##0.00");
    const cell = sheet.getCell(header, 1);
    expect(cell.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(cell.font).toMatchObject({ bold: true, name: "等线", color: { argb: "FFFFFFFF" } });
    expect(cell.alignment).toMatchObject({
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
    expect(cell.border).toMatchObject({
      top: { style: "thin", color: { argb: "FFBFBFBF" } },
      left: { style: "thin" },
    });
    expect(sheet.getCell(units.lastRow + 1, 2).font).toMatchObject({ bold: true });
    const title = layout.sections.find((s) => s.id === "title")!.firstRow + 1;
    expect(sheet.getCell(title, 1).font).toMatchObject({
      bold: true,
      size: 16,
      color: { argb: "FF000000" },
    });
    expect(sheet.getCell(first, 2).font).toMatchObject({ size: 10, name: "等线" });
  });

  it("merges text rows, sets widths and heights", () => {
    expect(sheet.getCell("H1").isMerged).toBe(true);
    expect(sheet.getCell("H1").master.address).toBe("A1");
    layout.columnWidths.forEach((w, i) => expect(sheet.getColumn(i + 1).width).toBe(w));
    for (const { row, height } of layout.rowHeights)
      expect(sheet.getRow(row + 1).height).toBe(height);
    const merged = (sheet.model as unknown as { merges: string[] }).merges.slice().sort();
    expect(merged).toEqual(layout.merges.map(a1).sort());
  });

  it("prints the 通报 on one A4 page with the footer, and each 附件 one page wide with its header row on every page", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
    });
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
    expect(sheet.headerFooter).toMatchObject({ oddFooter: "&C第 &P 页 共 &N 页" });
    for (const l of layouts.slice(1)) {
      const ws = wb.getWorksheet(l.sheetName)!;
      const list = l.print.repeatRows!;
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${list.first + 1}:${list.last + 1}`,
      });
      expect(ws.headerFooter).toMatchObject({ oddFooter: "&C第 &P 页 共 &N 页" });
      // The call list sits below the per-unit table: too far down to freeze (annexFrame MAX_FROZEN_ROWS).
      expect(ws.views[0]).toMatchObject(
        l.freeze.rows === 0 ? { state: "normal" } : { state: "frozen", ySplit: l.freeze.rows }
      );
      expect(l.freeze.rows === 0).toBe(l.id === "toVisit");
    }
  });

  it("writes the completion bands as cellIs rules over the completion cells that hold numbers", () => {
    const col = String.fromCharCode(65 + layout.values[units.headerRow].indexOf("完成率"));
    // Ranked units first, then 其他 (no target: "—"), then 合计.
    expect(xml).toContain(
      `<conditionalFormatting sqref="${col}${units.firstRow + 1}:${col}${units.firstRow + 3}">`
    );
    expect(xml).toContain(`<conditionalFormatting sqref="${col}${units.lastRow + 1}">`);
    expect(xml).toMatch(/operator="greaterThanOrEqual"[^>]*>\s*<formula>0.9<\/formula>/);
    expect((xml.match(/<cfRule /g) ?? []).length).toBe(6);
  });

  it("adds the chart as a drawing of the 通报 whose series point at the table's cells", async () => {
    expect(xml).toContain('<drawing r:id="rId1"/>');
    expect(await part(file, "xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      'Target="../drawings/drawing1.xml"'
    );
    expect(await part(file, "[Content_Types].xml")).toContain('PartName="/xl/charts/chart1.xml"');
    const chart = await part(file, "xl/charts/chart1.xml");
    const ranked = `$B$${units.firstRow + 1}:$B$${units.firstRow + 3}`;
    expect(chart).toContain(`<c:f>'高企通报'!${ranked}</c:f>`);
    expect(chart).toContain('<c:orientation val="maxMin"/>');
    // Each series caches the values the table holds: the reader draws it without recalculating.
    const target = layout.values.slice(units.firstRow, units.firstRow + 3).map((r) => r[2]);
    expect(chart).toContain(
      target.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("")
    );
    // Only the 通报 and the monthly progress (its line chart as chart2) draw one.
    const progress = layouts.findIndex((l) => l.id === "progress");
    for (let i = 2; i <= layouts.length; i++) {
      const sheet = await part(file, `xl/worksheets/sheet${i}.xml`);
      if (i === progress + 1) expect(sheet).toContain("<drawing");
      else expect(sheet).not.toContain("<drawing");
    }
    expect(await part(file, "xl/charts/chart2.xml")).toContain("<c:lineChart>");
  });
});

describe("a workbook of several sheets", () => {
  const sheet = (name: string, extra: Partial<SheetSpec> = {}): SheetSpec => ({
    name,
    values: [["标题"], ["列一", "列二"], ["甲", 1], ["乙", 2]],
    columns: 2,
    styles: [
      { range: { row: 1, col: 0, rows: 1, cols: 2 }, style: { bold: true, fill: "1F4E79" } },
    ],
    merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
    columnWidths: [20, 12],
    rowHeights: [],
    conditionalFormats: [],
    ...extra,
  });
  const spec: WorkbookSpec = {
    creator: "gaoqi",
    fontName: "等线",
    normalFont: { name: "Calibri", size: 11 },
    borderColor: "BFBFBF",
    sheets: [
      sheet("通报", {
        print: {
          orientation: "portrait",
          paperSize: "A4",
          fitToWidth: 1,
          fitToHeight: 1,
          footer: { center: "第 &P 页 共 &N 页" },
        },
      }),
      sheet("附件1 年内到期名单", {
        print: {
          orientation: "landscape",
          paperSize: "A4",
          fitToWidth: 1,
          fitToHeight: 0,
          repeatRows: { first: 1, last: 1 },
          header: { left: "附件1", right: "&D" },
          footer: { center: "第 &P 页 共 &N 页" },
        },
        freeze: { rows: 2, columns: 1 },
      }),
      sheet("附件2 'x' & y", {
        print: { orientation: "landscape", paperSize: "A4", repeatRows: { first: 0, last: 1 } },
      }),
    ],
  };
  let file: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    file = path.join(dir, "several.xlsx");
    await writeXlsx(file, spec);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  it("has every sheet, in order, with its own values and merges", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "通报",
      "附件1 年内到期名单",
      "附件2 'x' & y",
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.getCell("A3").value).toBe("甲");
      expect(ws.getCell("B4").value).toBe(2);
      expect(ws.getCell("B1").master.address).toBe("A1");
      expect(ws.getCell("A2").font).toMatchObject({ bold: true });
    }
  });

  it("gives each sheet its own print setup, print titles, header and footer", async () => {
    const [a, b, c] = wb.worksheets;
    expect(a.pageSetup).toMatchObject({ orientation: "portrait", fitToWidth: 1, fitToHeight: 1 });
    expect(a.pageSetup.printTitlesRow).toBeUndefined();
    expect(b.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToHeight: 0,
      printTitlesRow: "2:2",
    });
    expect(c.pageSetup.printTitlesRow).toBe("1:2");
    expect(a.headerFooter).toMatchObject({ oddFooter: "&C第 &P 页 共 &N 页" });
    expect(b.headerFooter).toMatchObject({
      oddHeader: "&L附件1&R&D",
      oddFooter: "&C第 &P 页 共 &N 页",
    });
    expect(b.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
    const workbook = await part(file, "xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'附件2 ''x'' &amp; y'!$1:$2</definedName>`
    );
  });

  it("refuses names Excel would refuse, and an empty workbook", async () => {
    for (const name of ["a/b", "x".repeat(32), "", "[1]"]) {
      await expect(
        writeXlsx(path.join(dir, `bad${name.length}.xlsx`), { ...spec, sheets: [sheet(name)] })
      ).rejects.toThrow(/sheet name/);
    }
    await expect(
      writeXlsx(path.join(dir, "dup.xlsx"), { ...spec, sheets: [sheet("A"), sheet("a")] })
    ).rejects.toThrow(/sheet name/);
    await expect(writeXlsx(path.join(dir, "none.xlsx"), { ...spec, sheets: [] })).rejects.toThrow(
      /at least one sheet/
    );
  });
});

describe("strings come back exactly as written", () => {
  const strings = [
    '=HYPERLINK("http://x")',
    "+1",
    "-2",
    "@SUM(A1)",
    " 前后空格 ",
    "tab\there",
    "line\r\nbreak\rcr",
    "ctrl\u0001\u001f",
    "_x0041_ stays",
    "<b>&amp;</b> \"q\" 'a'",
    "😀𠀀",
    "lone \ud800 surrogate",
    "长".repeat(40_000),
  ];
  let file: string;

  beforeAll(async () => {
    file = path.join(dir, "strings.xlsx");
    await writeXlsx(file, {
      creator: "gaoqi",
      fontName: "等线",
      normalFont: { name: "Calibri", size: 11 },
      borderColor: "BFBFBF",
      sheets: [
        {
          name: "S",
          values: [...strings.map((s) => [s]), [true, false, Number.NaN, 1e21, -0.5]],
          columns: 5,
          styles: [],
          merges: [],
          columnWidths: [],
          rowHeights: [],
          conditionalFormats: [],
        },
      ],
    });
  });

  const right = (s: string): string =>
    s.replace("\ud800", "\ufffd").slice(0, s.length > 32_767 ? 32_767 : undefined);

  it("through exceljs (which does not undo _xHHHH_ in inline strings, as Excel does: not compared there)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    strings.forEach((s, i) => {
      if (s.startsWith("ctrl") || s.startsWith("_x")) {
        expect(ws.getCell(i + 1, 1).value).toBe(
          s.startsWith("ctrl") ? "ctrl_x0001__x001F_" : "_x005F_x0041_ stays"
        );
        return;
      }
      const v = ws.getCell(i + 1, 1).value;
      expect({ i, v }).toEqual({ i, v: right(s) });
      expect(ws.getCell(i + 1, 1).type).toBe(ExcelJS.ValueType.String);
    });
    const last = ws.getRow(strings.length + 1).values as unknown[];
    expect(last.slice(1)).toEqual([true, false, { error: "#NUM!" }, 1e21, -0.5]);
  });

  it("through the CLI's own reader", async () => {
    const [sheet] = await readAll(file);
    expect(sheet.rows.slice(0, strings.length).map((r) => r.values[0])).toEqual(strings.map(right));
  });

  it("and never as a formula", async () => {
    expect(await part(file, "xl/worksheets/sheet1.xml")).not.toMatch(/<f[ >]/);
  });
});

describe("layoutSheet", () => {
  it("carries each layout's print setup, freeze and chart over", () => {
    for (const layout of reportOf(undefined, "en-US")) {
      const s = layoutSheet(layout);
      expect(s.name).toBe(layout.sheetName);
      expect(s.freeze).toEqual(layout.freeze);
      expect(s.print).toMatchObject({
        orientation: layout.print.orientation,
        fitToWidth: 1,
        fitToHeight: layout.print.fitToHeight,
        repeatRows: layout.print.repeatRows,
        footer: { center: "Page &P of &N" },
        margins: layout.print.margins,
      });
      expect(s.chart).toBe(layout.chart);
      expect(s.columns).toBe(layout.values[0].length);
    }
  });
});
