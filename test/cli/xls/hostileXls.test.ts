/**
 * Damaged and hostile .xls files, built here and then broken byte by byte: every one is a one-line
 * refusal naming what is wrong, or is read right; none hangs or allocates by what the file claims.
 */
import { compoundFile, cell, le, record, workbookStream, xlsFile, type XlsSpec } from "./buildXls";
import { readXlsAll, refusal, refusalIn } from "./readXlsAll";
import { XlsxError } from "../../../src/cli/xlsx/xlsxError";
import { asInputError } from "../../../src/cli/readerError";

const u32 = (b: Uint8Array, p: number): number =>
  new DataView(b.buffer, b.byteOffset).getUint32(p, true);
const put32 = (b: Uint8Array, p: number, v: number): void =>
  new DataView(b.buffer, b.byteOffset).setUint32(p, v, true);
/** Where FAT entry `s` of a version 3 file is (its first FAT sector, which maps sectors 0-127). */
const fatEntry = (b: Uint8Array, s: number): number => (u32(b, 76) + 1) * 512 + 4 * s;
/** Where the directory entry `i` is (entries 0-3 in the directory's first sector). */
const dirEntry = (b: Uint8Array, i: number): number => (u32(b, 48) + 1) * 512 + 128 * i;

/** A workbook of `rows` rows of numbers: its stream is past the mini stream's 4,096 bytes. */
const numbers = (rows: number): XlsSpec => ({
  sheets: [{ name: "名单", records: Array.from({ length: rows }, (_, r) => cell.number(r, 0, r)) }],
});
const big = (): Uint8Array => xlsFile(numbers(400));
/** Where the BOUNDSHEET8 records of a workbook stream are. */
function boundSheets(s: Uint8Array): number[] {
  const out: number[] = [];
  for (
    let p = 0;
    p < s.length && !(out.length && s[p] === 0x0a);
    p += 4 + (s[p + 2] | (s[p + 3] << 8))
  )
    if (s[p] === 0x85 && s[p + 1] === 0) out.push(p);
  return out;
}

describe("the compound file", () => {
  it("reads a version 3 and a version 4 file alike, small streams from the mini stream", async () => {
    for (const spec of [numbers(3), numbers(400)]) {
      const v3 = await readXlsAll(xlsFile(spec));
      const v4 = await readXlsAll(xlsFile(spec, { version: 4 }));
      expect(v4).toEqual(v3);
      expect(v3[0].rows.at(-1)?.values[0]).toBe(spec.sheets[0].records.length - 1);
    }
  });

  it("reads a file whose FAT needs DIFAT sectors (past 109 FAT sectors)", async () => {
    // 8 MB of records the reader skips, then one cell.
    const filler = record(0x0999, new Uint8Array(8000));
    const records = [...new Array<Uint8Array>(1000).fill(filler), cell.number(0, 0, 7)];
    const file = xlsFile({ sheets: [{ name: "S", records }] });
    expect(u32(file, 72)).toBeGreaterThan(0); // DIFAT sectors
    const [s] = await readXlsAll(file);
    expect(s.rows[0].values[0]).toBe(7);
  });

  it.each<[string, (b: Uint8Array) => void, RegExp]>([
    [
      "a FAT cycle in the workbook stream",
      (b) => put32(b, fatEntry(b, 3), 1),
      /the sector chain of stream Workbook loops back on itself/,
    ],
    ["a FAT entry pointing to itself", (b) => put32(b, fatEntry(b, 0), 0), /loops back on itself/],
    [
      "a chain out of range",
      (b) => put32(b, fatEntry(b, 2), 0x7fff0000),
      /points to sector 2147418112, outside the file/,
    ],
    [
      "a chain that ends early",
      (b) => put32(b, fatEntry(b, 2), 0xfffffffe),
      /needs \d+ sectors for its stated size but its chain ends after 3/,
    ],
    [
      "a directory chain looping",
      (b) => put32(b, fatEntry(b, u32(b, 48)), u32(b, 48)),
      /the sector chain of the directory loops back on itself/,
    ],
    [
      "a FAT count past the file",
      (b) => put32(b, 44, 5000),
      /the header counts 5000 FAT sectors in a file of \d+ sectors/,
    ],
    [
      "a FAT sector past the file",
      (b) => put32(b, 76, 999),
      /FAT chain points to sector 999, past the end of the file/,
    ],
    ["a damaged header", (b) => (b[30] = 7), /compound file header is damaged/],
  ])("%s", async (_what, damage, message) => {
    const file = big();
    damage(file);
    await expect(refusal(file)).resolves.toMatch(message);
  });

  it("names each chain in Chinese in the zh-CN line, with no English words", async () => {
    const cases: [(b: Uint8Array) => void, string][] = [
      [(b) => put32(b, fatEntry(b, u32(b, 48)), u32(b, 48)), "目录的扇区链出现循环"],
      [(b) => put32(b, fatEntry(b, 3), 1), "流 Workbook 的扇区链出现循环"],
      [(b) => put32(b, fatEntry(b, 2), 0x7fff0000), "流 Workbook 的扇区链指向第 2147418112 扇区"],
    ];
    for (const [damage, zh] of cases) {
      const file = big();
      damage(file);
      const line = await refusalIn("zh-CN", file);
      expect(line).toContain(zh);
      expect(line.replace(/Workbook/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("a file cut short", async () => {
    const file = big();
    await expect(refusal(file.subarray(0, file.length - 1024))).resolves.toMatch(
      /points to sector \d+, past the end of the file/
    );
  });

  it("a DIFAT chain looping back on itself", async () => {
    const file = xlsFile(numbers(10_000));
    const sectors = Math.floor(file.length / 512) - 1;
    expect(sectors).toBeGreaterThan(300);
    // 300 FAT sectors: 109 in the header, the rest in a DIFAT sector that names itself as the next.
    const difat = 10;
    put32(file, 44, 300);
    put32(file, 68, difat);
    put32(file, 72, 3);
    for (let i = 0; i < 127; i++) put32(file, (difat + 1) * 512 + 4 * i, 1);
    put32(file, (difat + 1) * 512 + 508, difat);
    await expect(refusal(file)).resolves.toMatch(
      /the sector chain of the DIFAT loops back on itself/
    );
  });

  it("a 1 GB stated stream size in a file of a few KB: refused before anything is allocated", async () => {
    const file = big();
    expect(file.length).toBeLessThan(10 * 1024);
    put32(file, dirEntry(file, 1) + 120, 1024 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    await expect(refusal(file)).resolves.toMatch(
      /stream Workbook states 1,073,741,824 bytes, more than the whole file/
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it("a stated size past the mini stream", async () => {
    const file = xlsFile(numbers(3));
    put32(file, dirEntry(file, 1) + 120, 4000);
    await expect(refusal(file)).resolves.toMatch(
      /stream Workbook states 4000 bytes, more than the mini stream holds/
    );
  });
});

describe("what the compound file holds", () => {
  const stream = workbookStream(numbers(3));
  it.each<[string, Uint8Array, RegExp]>([
    [
      "an encrypted .xlsx (EncryptionInfo)",
      compoundFile([
        { name: "EncryptionInfo", data: new Uint8Array(200) },
        { name: "EncryptedPackage", data: new Uint8Array(5000) },
      ]),
      /password-protected \(encrypted\)/,
    ],
    [
      "an Excel 5.0/95 workbook (a Book stream)",
      compoundFile([{ name: "Book", data: stream }]),
      /an Excel 5.0\/95 \(BIFF5\) workbook, older than Excel 97/,
    ],
    [
      "no workbook stream at all",
      compoundFile([{ name: "WordDocument", data: stream }]),
      /without an Excel workbook in it \(a WPS .et file/,
    ],
  ])("%s", async (_what, file, message) => {
    await expect(refusal(file)).resolves.toMatch(message);
  });
});

describe("damaged and hostile BIFF records", () => {
  const spec = (extra: Partial<XlsSpec> = {}): XlsSpec => ({
    sheets: [{ name: "名单", records: [cell.number(0, 0, 1)] }],
    ...extra,
  });

  it.each<[string, Uint8Array, RegExp]>([
    [
      "an encrypted workbook (FILEPASS)",
      xlsFile(spec({ globalsExtra: [record(0x002f, new Uint8Array(54))] })),
      /password-protected/,
    ],
    ["BIFF5 in a Workbook stream", xlsFile(spec({ version: 0x0500 })), /Excel 5.0\/95 \(BIFF5\)/],
    [
      "a cell past column IV",
      xlsFile({ sheets: [{ name: "名单", records: [cell.number(2, 300, 1)] }] }),
      /sheet 名单 has a cell in column 301 of row 3, past the last column IV \(256\)/,
    ],
    [
      "a MULRK running past column IV",
      xlsFile({
        sheets: [
          {
            name: "名单",
            records: [
              cell.mulrk(0, 254, [
                [0, 2],
                [0, 2],
                [0, 2],
              ]),
            ],
          },
        ],
      }),
      /column 257 of row 1/,
    ],
    [
      "a shared string that does not exist",
      xlsFile({ strings: ["甲"], sheets: [{ name: "名单", records: [cell.labelSst(1, 1, 5)] }] }),
      /cell B2 refers to shared string 5, which does not exist/,
    ],
    [
      "a shared string of 40,000 characters (past Excel's cell limit)",
      xlsFile({
        strings: ["名".repeat(40_000)],
        sheets: [{ name: "名单", records: [cell.labelSst(1, 0, 0)] }],
      }),
      /cell A2 of sheet 名单 holds more than 32,767 characters/,
    ],
    [
      "MERGEDCELLS areas covering the whole sheet twice (every row filled 256 cells wide)",
      xlsFile({
        sheets: [
          {
            name: "名单",
            records: [
              cell.number(0, 0, 1),
              record(0x00e5, [
                ...le.u16(2),
                ...[0, 0].flatMap(() => [
                  ...le.u16(0),
                  ...le.u16(65535),
                  ...le.u16(0),
                  ...le.u16(255),
                ]),
              ]),
            ],
          },
        ],
      }),
      /the workbook merges more than 16,777,216 cells in all \(reached at A1:IV65536 of sheet 名单\)/,
    ],
    [
      "two sheets each merging the whole sheet: the bound is the workbook's",
      xlsFile({
        sheets: ["一", "二"].map((name) => ({
          name,
          records: [
            cell.number(0, 0, 1),
            record(0x00e5, [
              ...le.u16(1),
              ...le.u16(0),
              ...le.u16(65535),
              ...le.u16(0),
              ...le.u16(255),
            ]),
          ],
        })),
      }),
      /the workbook merges more than 16,777,216 cells in all \(reached at A1:IV65536 of sheet 二\)/,
    ],
    [
      "a record too short for its type",
      xlsFile({ sheets: [{ name: "名单", records: [record(0x0203, [0, 0, 0, 0])] }] }),
      /a record of type 0x203 at byte \d+ is too short/,
    ],
    [
      "a MERGEDCELLS record that lists more areas than it holds",
      xlsFile({
        sheets: [
          { name: "名单", records: [record(0x00e5, [...le.u16(9000), 0, 0, 0, 0, 0, 0, 0, 0])] },
        ],
      }),
      /MERGEDCELLS record lists more areas than it holds/,
    ],
  ])("%s", async (_what, file, message) => {
    await expect(refusal(file)).resolves.toMatch(message);
  });

  it("a record whose length runs past the end of the stream", async () => {
    const s = workbookStream(spec());
    s[s.length - 2] = 0xff; // the last record, the sheet's EOF, now claims 255 bytes
    await expect(refusal(compoundFile([{ name: "Workbook", data: s }]))).resolves.toMatch(
      /runs past the end of the stream/
    );
  });

  it("a sheet without its EOF runs into the next sheet: refused, not read twice", async () => {
    const two: XlsSpec = {
      sheets: [
        { name: "一", records: [cell.number(0, 0, 1)] },
        { name: "二", records: [cell.number(0, 0, 2)] },
      ],
    };
    const s = workbookStream(two);
    // The first sheet's EOF is the 4 bytes before the second sheet's BOF: make it an unknown record.
    const second = u32(s, boundSheets(s)[1] + 4);
    expect(s[second - 4]).toBe(0x0a);
    s[second - 4] = 0x99;
    await expect(refusal(compoundFile([{ name: "Workbook", data: s }]))).resolves.toMatch(
      /sheet 一 has no EOF record/
    );
  });

  it("two sheets pointing to the same records", async () => {
    const s = workbookStream({
      sheets: [
        { name: "一", records: [] },
        { name: "二", records: [] },
      ],
    });
    const [first, second] = boundSheets(s);
    s.set(s.subarray(first + 4, first + 8), second + 4);
    await expect(refusal(compoundFile([{ name: "Workbook", data: s }]))).resolves.toMatch(
      /two sheets point to the same records/
    );
  });

  it("an SST stating 2^31 strings holds what it holds: read, with nothing allocated by the count", async () => {
    const before = process.memoryUsage().heapUsed;
    const [s] = await readXlsAll(
      xlsFile({
        strings: ["甲", "乙"],
        sst: { unique: 2 ** 31 },
        sheets: [{ name: "名单", records: [cell.labelSst(0, 0, 0), cell.labelSst(0, 1, 1)] }],
      })
    );
    expect([...s.rows[0].values]).toEqual(["甲", "乙"]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe("cells and merges past column IV", () => {
  // Excel 97-2003 never writes them: the file is damaged, and the user is told to repair or fetch it again.
  it.each<[string, Uint8Array, RegExp]>([
    [
      "a cell",
      xlsFile({ sheets: [{ name: "名单", records: [cell.number(2, 300, 1)] }] }),
      /column 301 of row 3/,
    ],
    [
      "a merged area",
      xlsFile({
        sheets: [
          { name: "名单", records: [cell.number(0, 0, 1), cell.merged([[0, 1, 250, 300]])] },
        ],
      }),
      /merges an area past the last column IV/,
    ],
  ])("%s: the file is called damaged, not too large", async (_what, bytes, detail) => {
    const e = await readXlsAll(bytes).then(
      () => null,
      (thrown: unknown) => thrown
    );
    expect(e).toBeInstanceOf(XlsxError);
    expect((e as XlsxError).problem).toBe("corrupt");
    const line = (asInputError("名单.xls", e, "xls") as Error).message;
    expect(line).toMatch(/not a valid \.xls file \(the file is corrupt: /);
    expect(line).toMatch(detail);
    expect(line).toContain("Try opening it in Excel or WPS and saving it again");
  });
});
