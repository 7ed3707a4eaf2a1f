import { CellError, NO_VALUE } from "../../../src/domain/sheets/cellMarkers";
import { XlsxError } from "../../../src/cli/xlsx/xlsxError";
import { buildXlsx, tempDir, writeXlsx, type XlsxSpec } from "./buildXlsx";
import { FIXTURES, movedParts, sheetOrder } from "./fixtures";
import { cellMap, readAll } from "./readAll";

const tmp = tempDir("gaoqi-xlsx-");
let n = 0;
const write = (spec: XlsxSpec | Buffer): Promise<string> =>
  writeXlsx(tmp.file(`w${n++}.xlsx`), spec);
const read = async (spec: XlsxSpec | Buffer, opts = {}) => readAll(await write(spec), opts);

describe("cell values", () => {
  it("reads every cell type: shared, inline (rich runs joined), formula string, boolean, error, number", async () => {
    const [sheet] = await read(FIXTURES.cellTypes);
    expect(cellMap(sheet)).toEqual({
      A1: "甲",
      B1: "上海某某",
      C1: "金山",
      A2: "上海 丙",
      B2: "甲x",
      C2: true,
      D2: false,
      E2: CellError.of("#N/A"),
      F2: -1.25,
      G2: 1000,
      A3: "#N/A",
      B3: "TRUE",
    });
    // The error is a marker, not the text a user may type; the row says it holds one.
    expect(sheet.rows[1].values[4]).toBeInstanceOf(CellError);
    expect(sheet.rows[1].values[4]).toBe(CellError.of("#N/A"));
    expect(sheet.rows.map((r) => r.marked)).toEqual([false, true, false]);
  });

  it("skips a phonetic run inside an inline string", async () => {
    const [sheet] = await read(FIXTURES.inlinePhonetic);
    expect(cellMap(sheet)).toEqual({ A1: "金山区", B1: 1, A2: 2 });
  });

  it("reads a formula's cached value, and marks one without a cached value", async () => {
    const [sheet] = await read(FIXTURES.formulas);
    expect(cellMap(sheet)).toEqual({ A1: 2, B1: NO_VALUE, C1: "", D1: 2, D2: 3 });
    expect(sheet.rows[0].marked).toBe(true);
    expect(sheet.rows[1].marked).toBe(false);
  });

  it("decodes references, _xHHHH_ escapes, and CR LF in shared and inline strings", async () => {
    const [sheet] = await read(FIXTURES.escapes);
    expect(cellMap(sheet)).toEqual({ A1: "a&b上\r\nc", B1: "_x0041_", C1: "x\ny" });
  });

  it("gives date cells as stored serials, lists them on request, and shifts 1904 dates only when asked", async () => {
    const spec = FIXTURES.dates1904;
    const raw = (await read(spec, { dateColumns: true }))[0];
    expect(raw.date1904).toBe(true);
    // 43288 in the 1904 system is 2022-07-08, serial 44750 in the 1900 system; a t="d" cell is stored
    // as the date itself, so it comes out in the workbook's own system too.
    expect(raw.rows[0].values).toEqual([43288, 43288, 43288, 43288, 43288, 43288]);
    expect(raw.rows[0].dateColumns).toEqual([0, 1, 3, 5]);
    const shifted = (await read(spec, { shift1904: true }))[0];
    expect(shifted.rows[0].values).toEqual([44750, 44750, 43288, 44750, 43288, 44750]);
    expect(shifted.rows[0].dateColumns).toBeUndefined();
  });

  it("reads rows and cells without r: each follows the previous one", async () => {
    const [sheet] = await read(FIXTURES.withoutR);
    expect(cellMap(sheet)).toEqual({
      A1: 1,
      B1: 2,
      C2: 3,
      D2: 4,
      A5: 5,
      E5: 6,
      F5: 7,
      B7: 8,
      B8: 9,
    });
  });

  it("keeps a row sparse: a lone cell in column XFD does not make 16,384 slots", async () => {
    const [sheet] = await read(FIXTURES.lastCell);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0].number).toBe(1_048_576);
    expect(sheet.rows[0].values[16_383]).toBe(1);
    expect(Object.keys(sheet.rows[0].values)).toEqual(["16383"]);
  });

  it("hands on no empty rows (formatting only) and keeps empty strings", async () => {
    const [sheet] = await read(FIXTURES.emptyRows);
    expect(sheet.rows.map((r) => [r.number, r.values])).toEqual([[3, [""]]]);
  });

  it("reads SpreadsheetML written with a namespace prefix (x:row, x:c)", async () => {
    const [sheet] = await read(FIXTURES.prefixed);
    expect(cellMap(sheet)).toEqual({ A1: "甲", B1: 2 });
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });
});

describe("merged cells", () => {
  it("lists every merged range before the rows, 1-based and inclusive", async () => {
    const [sheet] = await read(FIXTURES.merges);
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 21, left: 5, bottom: 22, right: 5 },
      { top: 5, left: 7, bottom: 5, right: 7 },
    ]);
  });

  it("finds merges past a comment or CDATA that holds look-alike markup (the full tokenizer's pass)", async () => {
    const [sheet] = await read(FIXTURES.lookAlikeMarkup);
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 3 }]);
    expect(cellMap(sheet)).toEqual({ A1: '<mergeCell ref="Y1:Y2"/>' });
  });

  it("finds merges split across inflated chunks", async () => {
    const [sheet] = await read(FIXTURES.manyMerges);
    expect(sheet.merges).toHaveLength(5000);
    expect(sheet.merges[4999]).toEqual({ top: 5000, left: 2, bottom: 5000, right: 3 });
    expect(sheet.rows).toHaveLength(30_000);
  });
});

describe("the workbook", () => {
  it("takes sheet order and names from the workbook part, skips chartsheets, reads hidden sheets", async () => {
    const sheets = await read(await sheetOrder());
    expect(sheets.map((s) => [s.name, s.index, s.rows[0].values[0]])).toEqual([
      ["第二", 0, 2],
      ["第一 & <三>", 2, 1],
    ]);
  });

  it("follows relationships: absolute targets, another workbook location, case-insensitive part names", async () => {
    const [sheet] = await read(await movedParts());
    expect(cellMap(sheet)).toEqual({ A1: 7 });
  });

  it("reads stored (uncompressed) entries too", async () => {
    const [sheet] = await read(FIXTURES.stored);
    expect(cellMap(sheet)).toEqual({ A1: 1 });
  });

  it("reports progress up to the file's size", async () => {
    const file = await write({
      sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    const seen: [number, number][] = [];
    await readAll(file, { onProgress: (d, t) => seen.push([d, t]) });
    const [last] = seen.slice(-1);
    expect(last[0]).toBe(last[1]);
    expect(seen.every(([d, t]) => d <= t)).toBe(true);
  });
});

describe("refused packages: one XlsxError naming the part", () => {
  const sheet = (xml: string, after = "") => ({ sheets: [{ name: "S", xml, after }] });
  it.each<[string, XlsxSpec, RegExp]>([
    [
      "a row past Excel's last row",
      sheet('<row r="1048577"><c><v>1</v></c></row>'),
      /row 1,048,577, past Excel's last row/,
    ],
    [
      "a row numbered 2147483647",
      sheet('<row r="2147483647"><c><v>1</v></c></row>'),
      /past Excel's last row/,
    ],
    [
      "a cell past XFD",
      sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'),
      /column 16385 of row 1, past Excel's last column/,
    ],
    [
      "a 16,385th cell without r",
      sheet(`<row r="1">${"<c/>".repeat(16_384)}<c><v>1</v></c></row>`),
      /past Excel's last column/,
    ],
    [
      "rows out of order",
      sheet('<row r="5"><c><v>1</v></c></row><row r="2"><c><v>1</v></c></row>'),
      /row 2 comes after row 5/,
    ],
    [
      "a repeated row number",
      sheet('<row r="2"><c><v>1</v></c></row><row r="2"><c><v>1</v></c></row>'),
      /row 2 comes after row 2/,
    ],
    ["a bad row number", sheet('<row r="x"><c><v>1</v></c></row>'), /a row numbered "x"/],
    [
      "a bad cell reference",
      sheet('<row r="1"><c r="1A"><v>1</v></c></row>'),
      /a cell reference "1A"/,
    ],
    [
      "an unknown cell type",
      sheet('<row r="1"><c r="A1" t="q"><v>1</v></c></row>'),
      /cell A1 has an unknown type "q"/,
    ],
    [
      "a missing shared string",
      sheet('<row r="1"><c r="B1" t="s"><v>3</v></c></row>'),
      /cell B1 refers to shared string "3", which does not exist/,
    ],
    [
      "a cell over 32,767 characters",
      sheet(`<row r="1"><c r="C1" t="inlineStr"><is><t>${"长".repeat(32_768)}</t></is></c></row>`),
      /cell C1 of sheet S holds more than 32,767 characters/,
    ],
    [
      "a merge past the grid",
      sheet(
        '<row r="1"><c><v>1</v></c></row>',
        '<mergeCells><mergeCell ref="A1:A1048577"/></mergeCells>'
      ),
      /merges A1:A1048577, past Excel's grid/,
    ],
    [
      "a bad merge",
      sheet(
        '<row r="1"><c><v>1</v></c></row>',
        '<mergeCells><mergeCell ref="A0:B2"/></mergeCells>'
      ),
      /a merged range "A0:B2"/,
    ],
    ["unclosed XML", sheet('<row r="1"><c><v>1</v></c>'), /does not match|root element/],
    [
      "a DOCTYPE",
      {
        sheets: [
          { name: "S", xml: '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]><worksheet/>' },
        ],
      },
      /DOCTYPE/,
    ],
    ["no workbook part", { sheets: [], parts: { "xl/workbook.xml": null } }, /no workbook part/],
    [
      "a sheet without its part",
      { sheets: [{ name: "S", xml: "" }], parts: { "xl/worksheets/sheet1.xml": null } },
      /sheet S has no part/,
    ],
    [
      "a sheet without its relationship",
      {
        sheets: [{ name: "S", xml: "" }],
        parts: {
          "xl/_rels/workbook.xml.rels":
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
        },
      },
      /sheet S has no part/,
    ],
  ])("%s", async (_what, spec, message) => {
    const file = await write(spec);
    const err = await readAll(file).then(
      () => null,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(XlsxError);
    expect(String((err as Error).message)).toMatch(message);
  });

  it("refuses a cell that uses an over-long shared string, naming the cell, but not an unused one", async () => {
    const long = "长".repeat(40_000);
    const used = await write({
      strings: ["ok", long],
      sheets: [{ name: "S", xml: '<row r="2"><c r="D2" t="s"><v>1</v></c></row>' }],
    });
    await expect(readAll(used)).rejects.toThrow(
      /cell D2 of sheet S holds more than 32,767 characters/
    );
    const unused = await write({
      strings: ["ok", long],
      sheets: [{ name: "S", xml: '<row r="2"><c r="D2" t="s"><v>0</v></c></row>' }],
    });
    expect(cellMap((await readAll(unused))[0])).toEqual({ D2: "ok" });
  });

  it("never builds a package it cannot open: the spec helper round-trips", async () => {
    const buf = await buildXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'));
    expect(buf.subarray(0, 2).toString()).toBe("PK");
  });
});
