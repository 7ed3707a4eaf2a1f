/**
 * The owned reader against an independent one: every valid workbook the reader's tests make, the
 * bundled sample, files written by exceljs (document and streaming writers) and a file LibreOffice
 * wrote, read by both the new reader and exceljs's document reader, every cell compared (exceljs's
 * dates as serials, its rich text as joined text, formulas as their results, errors as CellError),
 * and the merged ranges too. Where exceljs is wrong the test lists the cell, what exceljs gives and
 * the right value, and asserts both (EXCELJS_WRONG below); workbooks exceljs cannot open at all are
 * listed in EXCELJS_FAILS. Beyond its document reader:
 * - exceljs's streaming reader (what the CLI used) turns characters split across inflate chunks into
 *   U+FFFD, keeps only the last run of inline rich text, lets a phonetic run replace the text it
 *   annotates, and leaves _x000D_ escapes undecoded (see "the streaming reader's defects" below).
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { CellError, NO_VALUE } from "../../../src/domain/sheets/cellMarkers";
import { packageRoot } from "../../../src/cli/packageRoot";
import { buildXlsx, tempDir, writeXlsx } from "./buildXlsx";
import { FIXTURES, movedParts, sheetOrder } from "./fixtures";
import { readAll, type ReadSheet } from "./readAll";

jest.setTimeout(120_000);

const tmp = tempDir("gaoqi-diff-");
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** exceljs's value as the new reader gives it (dates as 1900-system serials, times kept). */
function expected(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return (v.getTime() - EPOCH_1900) / 86_400_000;
  if (typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return (o.richText as { text: string }[]).map((r) => r.text).join("");
  if ("formula" in o || "sharedFormula" in o)
    return "result" in o && o.result !== undefined ? expected(o.result) : NO_VALUE;
  if (typeof o.error === "string") return CellError.of(o.error);
  if ("text" in o) return expected(o.text);
  throw new Error(`unexpected exceljs value ${JSON.stringify(v)}`);
}

/** Cells exceljs gets wrong: address -> [what exceljs gives, the right value (the new reader's)]. */
type Wrong = Record<string, [unknown, unknown]>;

const a1 = (row: number, col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
};

/**
 * Reads `file` both ways and compares every cell and merge; cells listed in `wrong` must be exactly
 * that wrong in exceljs and right in the new reader. Returns the number of cells compared.
 */
async function compare(file: string, wrong: Wrong = {}): Promise<number> {
  const ours = await readAll(file, { shift1904: true, dateColumns: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let cells = 0;
  const theirs = wb.worksheets;
  expect(ours.map((s) => s.name).sort()).toEqual(theirs.map((s) => s.name).sort());
  const listed = new Set<string>();
  for (const ws of theirs) {
    const mine = ours.find((s) => s.name === ws.name) as ReadSheet;
    const mineCells = new Map<string, { v: unknown; date: boolean }>();
    for (const r of mine.rows)
      r.values.forEach((v, c) =>
        mineCells.set(a1(r.number, c + 1), { v, date: r.dateColumns?.includes(c) ?? false })
      );
    const seen = new Set<string>();
    const check = (key: string, want: unknown, isDate: boolean): void => {
      seen.add(key);
      cells++;
      const got = mineCells.get(key);
      if (key in wrong) {
        listed.add(key);
        expect({ key, exceljs: want, ours: got?.v }).toEqual({
          key,
          exceljs: wrong[key][0],
          ours: wrong[key][1],
        });
      } else if (isDate) {
        expect({ key, date: got?.date }).toEqual({ key, date: true });
        expect(Math.abs((got?.v as number) - (want as number))).toBeLessThan(1e-6);
      } else expect({ key, v: got?.v }).toEqual({ key, v: want });
    };
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return; // exceljs repeats the master's value there
        const want = expected(cell.value);
        if (want !== undefined || cell.address in wrong)
          check(cell.address, want, cell.value instanceof Date);
      })
    );
    // Cells only the new reader has must be listed as ones exceljs loses.
    for (const key of mineCells.keys()) if (!seen.has(key)) check(key, undefined, false);
    const theirMerges = ((ws.model as unknown as { merges?: string[] }).merges ?? [])
      .slice()
      .sort();
    const ourMerges = mine.merges
      .map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`)
      .sort();
    expect(ourMerges).toEqual(theirMerges);
  }
  expect([...listed].sort()).toEqual(Object.keys(wrong).sort());
  return cells;
}

/**
 * Where exceljs's document reader is wrong on the tests' workbooks, and why the new reader is right:
 * - inlinePhonetic: inline text with a phonetic run inside <is> throws exceljs's parser off: that cell
 *   and every later one of the sheet are lost.
 * - formulas C1: a formula whose cached result is the empty string is taken for one without a result.
 * - dates1904 D1: built-in format 31 (yyyy年m月d日) is not taken for a date, so the 1904 shift is
 *   missed (43288 in the 1904 system is 2022-07-08, serial 44750); F1: a t="d" cell (ISO date) is
 *   read as the number 2022.
 * - lookAlikeMarkup A1: text in a CDATA section is lost.
 */
const EXCELJS_WRONG: Partial<Record<keyof typeof FIXTURES, Wrong>> = {
  inlinePhonetic: { A1: [undefined, "金山区"], B1: [undefined, 1], A2: [undefined, 2] },
  formulas: { C1: [NO_VALUE, ""] },
  dates1904: { D1: [43288, 44750], F1: [2022, 44750] },
  lookAlikeMarkup: { A1: [undefined, '<mergeCell ref="Y1:Y2"/>'] },
};

/** Workbooks exceljs cannot read at all, and how it fails (the new reader's values are in workbookReader.test.ts). */
const EXCELJS_FAILS: Partial<Record<keyof typeof FIXTURES, RegExp>> = {
  withoutR: /Invalid row number/, // rows and cells without `r`, which LibreOffice reads
  prefixed: /sheetNo/, // SpreadsheetML with a namespace prefix
};

/** A workbook written by exceljs's document writer with every kind of value the CLI meets. */
async function exceljsWorkbook(file: string, date1904 = false): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("名单");
  ws.addRow(["企业名称", "信用代码", "发证日期", "金额", "是否", "公式", "错误", "链接", "时间"]);
  const rows: ExcelJS.CellValue[][] = [
    [
      "=上海甲科技有限公司",
      "91310116MA1JXXXX0Y",
      new Date(Date.UTC(2022, 6, 8)),
      200000,
      true,
      { formula: "D2*2", result: 400000 },
      { error: "#N/A" },
      { text: "链接", hyperlink: "https://example.invalid" },
      new Date(Date.UTC(2023, 0, 2, 13, 30)),
    ],
    [
      { richText: [{ text: "上海" }, { font: { bold: true }, text: "乙" }, { text: "公司" }] },
      "",
      "2023年10月20日",
      -0.5,
      false,
      { formula: "NOW()" } as ExcelJS.CellFormulaValue,
      { error: "#DIV/0!" },
      "#N/A",
      null,
    ],
    [
      "😀𠀀 emoji & <tags>",
      " lead and trail ",
      new Date(Date.UTC(1900, 2, 1)),
      1e-7,
      null,
      { formula: 'A3&"x"', result: "text result" },
      null,
      "TRUE",
      0,
    ],
    ["长".repeat(32_767), null, null, 12345678901234, null, null, null, null, null],
  ];
  rows.forEach((r) => ws.addRow(r));
  ws.getColumn(3).numFmt = "yyyy-mm-dd";
  ws.getColumn(9).numFmt = "yyyy-mm-dd hh:mm";
  ws.mergeCells("A7:C8");
  ws.getCell("A7").value = "合并";
  ws.getCell("J2").value = { sharedFormula: "F2", result: 9 } as unknown as ExcelJS.CellValue;
  const hidden = wb.addWorksheet("隐藏", { state: "hidden" });
  hidden.addRow([1, "x"]);
  await wb.xlsx.writeFile(file);
}

/** The same kind of rows from exceljs's streaming writer, with shared strings or inline strings. */
async function exceljsStreamed(file: string, useSharedStrings: boolean): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings,
    useStyles: true,
  });
  const ws = wb.addWorksheet("流式");
  for (let i = 1; i <= 3000; i++) {
    const row = ws.addRow([
      i,
      `上海样本${i}科技有限公司`,
      new Date(Date.UTC(2019 + (i % 5), i % 12, 1 + (i % 28))),
      i % 3 === 0 ? "首次认定" : null,
    ]);
    row.getCell(3).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

describe("differential: the new reader and exceljs read every cell alike", () => {
  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])(
    "the reader tests' workbook %s",
    async (name) => {
      const file = await writeXlsx(tmp.file(`${name}.xlsx`), FIXTURES[name]);
      const fails = EXCELJS_FAILS[name];
      if (fails) {
        await expect(new ExcelJS.Workbook().xlsx.readFile(file)).rejects.toThrow(fails);
        return;
      }
      expect(await compare(file, EXCELJS_WRONG[name])).toBeGreaterThan(0);
    }
  );

  it("the reader tests' workbook with tab order opposite to zip order", async () => {
    expect(await compare(await writeXlsx(tmp.file("order.xlsx"), await sheetOrder()))).toBe(2);
  });

  it("the reader tests' workbook with moved parts: exceljs finds no sheet (it expects xl/workbook.xml)", async () => {
    const file = await writeXlsx(tmp.file("moved.xlsx"), await movedParts());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets).toHaveLength(0);
    expect((await readAll(file)).map((s) => s.name)).toEqual(["S"]);
  });

  it("the bundled sample", async () => {
    expect(
      await compare(path.join(packageRoot(), "samples", "jinshan-sample.xlsx"))
    ).toBeGreaterThan(10_000);
  });

  it.each([false, true])(
    "a workbook from exceljs's document writer (1904: %s)",
    async (date1904) => {
      const file = tmp.file(`exceljs-${date1904}.xlsx`);
      await exceljsWorkbook(file, date1904);
      expect(await compare(file)).toBeGreaterThan(30);
    }
  );

  it.each([true, false])(
    "a workbook from exceljs's streaming writer (shared strings: %s)",
    async (shared) => {
      const file = tmp.file(`streamed-${shared}.xlsx`);
      await exceljsStreamed(file, shared);
      expect(await compare(file)).toBe(3000 * 3 + 1000);
    }
  );

  it("a workbook LibreOffice wrote (exceljs's document-writer workbook, saved again by LibreOffice Calc 7.4)", async () => {
    // LibreOffice writes FALSE as the formula FALSE() with cached value 0, which exceljs takes for a
    // formula without a result.
    const wrong: Wrong = { E3: [NO_VALUE, false] };
    expect(
      await compare(path.join(__dirname, "fixtures", "libreoffice.xlsx"), wrong)
    ).toBeGreaterThan(30);
  });
});

describe("the streaming reader's defects (exceljs 4.4, what the CLI used) are gone", () => {
  /** exceljs's streaming reader over `file`: A1 address -> value. */
  async function exceljsStreaming(file: string): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
    } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
    for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>)
      for await (const row of ws)
        (row.values as unknown[]).forEach((v, c) => out.set(a1(row.number, c), expected(v)));
    return out;
  }

  it("20,000 Chinese names: no character split across inflate chunks is lost", async () => {
    const names = Array.from(
      { length: 20_000 },
      (_, i) => `上海${"泓睿澜鼎嘉晟瀚芯"[i % 8]}${i}号科技有限公司`
    );
    const file = await writeXlsx(tmp.file("names.xlsx"), {
      strings: names,
      sheets: [
        {
          name: "N",
          xml: names
            .map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`)
            .join(""),
        },
      ],
    });
    const [sheet] = await readAll(file);
    expect(sheet.rows.map((r) => r.values[0])).toEqual(names);
    const theirs = await exceljsStreaming(file);
    const broken = names.filter((n, i) => theirs.get(`A${i + 1}`) !== n);
    // exceljs decodes each chunk on its own: some names come back with U+FFFD in them.
    expect(broken.length).toBeGreaterThan(0);
    expect(
      broken.every((_, k) =>
        String(theirs.get(`A${names.indexOf(broken[k]) + 1}`)).includes("\ufffd")
      )
    ).toBe(true);
  });

  it("inline rich text keeps every run, a phonetic run does not replace its text, _x000D_ is decoded", async () => {
    const file = await writeXlsx(tmp.file("runs.xlsx"), FIXTURES.cellTypes);
    const escapes = await writeXlsx(tmp.file("escapes.xlsx"), FIXTURES.escapes);
    const [sheet] = await readAll(file);
    const theirs = await exceljsStreaming(file);
    expect([sheet.rows[1].values[0], theirs.get("A2")]).toEqual(["上海 丙", " 丙"]);
    expect([sheet.rows[0].values[2], theirs.get("C1")]).toEqual(["金山", "ジンシャン"]);
    const [esc] = await readAll(escapes);
    expect([esc.rows[0].values[1], (await exceljsStreaming(escapes)).get("B1")]).toEqual([
      "_x0041_",
      "_x005F_x0041_",
    ]);
  });

  it("the builder makes a real package (sanity)", async () => {
    expect((await buildXlsx(FIXTURES.stored)).subarray(0, 2).toString()).toBe("PK");
  });
});
