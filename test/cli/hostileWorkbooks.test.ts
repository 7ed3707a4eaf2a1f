/**
 * Damaged and hostile workbooks through the whole CLI: each is refused with
 * exit code 2 and one line naming the file and the part, or read right, and none hangs. The files are
 * built here, a few KB each.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "./helpers";
import { cell as xls, record as xlsRecord, xlsFile, type XlsSpec } from "./xls/buildXls";
import { xlsxParts, zipParts, type XlsxSpec } from "./xlsx/buildXlsx";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-hostile-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c><c r="B1" t="inlineStr"><is><t>证书编号</t></is></c>' +
  '<c r="C1" t="inlineStr"><is><t>发证日期</t></is></c><c r="D1" t="inlineStr"><is><t>所属镇（园区）</t></is></c></row>';
const rosterRow = (r: number, name: string, date: number, style = 1): string =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${name}</t></is></c><c r="B${r}" t="inlineStr"><is><t>GR202231${String(r).padStart(6, "0")}</t></is></c>` +
  `<c r="C${r}" s="${style}"><v>${date}</v></c><c r="D${r}" t="inlineStr"><is><t>枫泾镇</t></is></c></row>`;
const roster = (rows: string, extra: Partial<XlsxSpec> = {}): XlsxSpec => ({
  cellXfs: [0, 14, 31],
  sheets: [{ name: "名单", xml: HEADER + rows }],
  ...extra,
});

let n = 0;
async function save(
  spec: XlsxSpec | Record<string, string | Buffer>,
  damage?: (zip: Buffer) => Buffer
): Promise<string> {
  const parts =
    "sheets" in spec ? xlsxParts(spec as XlsxSpec) : (spec as Record<string, string | Buffer>);
  let zip = await zipParts(parts);
  if (damage) zip = damage(zip);
  const file = path.join(dir, `h${n++}.xlsx`);
  fs.writeFileSync(file, zip);
  return file;
}

/** The central and local header offsets and data offset of a sheet part (walked by hand). */
function sheetEntry(
  zip: Buffer,
  part = "xl/worksheets/sheet1.xml"
): { central: number; local: number; data: number } {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  for (;;) {
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    if (name === part) {
      const local = zip.readUInt32LE(p + 42);
      return {
        central: p,
        local,
        data: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
      };
    }
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
}

async function expectRefused(file: string, message: RegExp): Promise<void> {
  const out = path.join(dir, `out${n++}`);
  fs.mkdirSync(out);
  const r = await runCli([
    "report",
    file,
    "--lang",
    "en-US",
    "--json",
    path.join(out, "r.json"),
    "--out",
    path.join(out, "r.xlsx"),
  ]);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  // No carriage return to overwrite the file name, no escape sequence for the terminal to obey.
  expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(message);
  expect(fs.readdirSync(out)).toEqual([]);
}

describe("damaged workbooks: exit 2 with one line, never a silent exit 0", () => {
  it("corrupt deflate data in a worksheet", async () => {
    const file = await save(roster(rosterRow(2, "甲", 44750)), (z) => {
      const e = sheetEntry(z);
      z.fill(0xff, e.data, e.data + 16);
      return z;
    });
    await expectRefused(file, /corrupt: xl\/worksheets\/sheet1.xml: corrupt compressed data/);
  });

  it("an unsupported compression method", async () => {
    const file = await save(roster(rosterRow(2, "甲", 44750)), (z) => {
      const e = sheetEntry(z);
      z.writeUInt16LE(12, e.central + 10); // bzip2
      z.writeUInt16LE(12, e.local + 8);
      return z;
    });
    await expectRefused(
      file,
      /cannot be read \(xl\/worksheets\/sheet1.xml: uses zip compression method 12/
    );
  });

  it("an Excel binary workbook (.xlsb) under an .xlsx name is named, with the way to an .xlsx", async () => {
    const file = await save({
      "[Content_Types].xml": "<Types/>",
      "_rels/.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>' +
        "</Relationships>",
      "xl/workbook.bin": Buffer.from([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]),
    });
    await expectRefused(
      file,
      /cannot be read \(xl\/workbook.bin: an Excel binary workbook \(.xlsb\); open it in Excel or WPS, save it as Excel Workbook \(.xlsx\)/
    );
  });

  it.each([
    ["the workbook itself", "workbook.xml", "xl/workbook.xml"],
    ["its relationships", "_rels/workbook.xml.rels", "xl/_rels/workbook.xml.rels"],
  ])("a sheet pointing at %s is named, not read as an empty sheet", async (_what, target, part) => {
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${R}/worksheet" Target="${target}"/></Relationships>`;
    const file = await save({
      "[Content_Types].xml": "<Types/>",
      "_rels/.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml":
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}">` +
        '<sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
      "xl/_rels/workbook.xml.rels": rels,
    });
    await expectRefused(
      file,
      new RegExp(
        `not a valid .xlsx file \\(the file is corrupt: xl/workbook.xml: sheet 名单 points to ${part.replace(/\./g, "\\.")}, which is not a worksheet\\)`
      )
    );
  });

  it("a zip cut short", async () => {
    const file = await save(roster(rosterRow(2, "甲", 44750)), (z) =>
      z.subarray(0, z.length - 100)
    );
    await expectRefused(file, /no end-of-directory record/);
  });

  it("malformed XML in a worksheet, named by its tab as well as its part", async () => {
    const file = await save(roster('<row r="2"><c r="A2"><v>1</v></row>'));
    await expectRefused(
      file,
      /xl\/worksheets\/sheet1.xml: sheet 名单: malformed XML: an end tag that does not match/
    );
  });

  it("an unknown entity in a worksheet's cell text", async () => {
    const file = await save(
      roster('<row r="2"><c r="A2" t="inlineStr"><is><t>甲&bogus;</t></is></c></row>')
    );
    await expectRefused(file, /xl\/worksheets\/sheet1.xml: sheet 名单: malformed XML: /);
  });

  it("a merged range that is no range", async () => {
    const file = await save(
      roster(rosterRow(2, "甲", 44750), {
        sheets: [
          {
            name: "名单",
            xml: HEADER + rosterRow(2, "甲", 44750),
            after: '<mergeCells count="1"><mergeCell ref="A0:B2"/></mergeCells>',
          },
        ],
      })
    );
    await expectRefused(
      file,
      /xl\/worksheets\/sheet1.xml: sheet 名单: malformed XML: a merged range "A0:B2"/
    );
  });
});

describe("workbook text in the message is shown, never obeyed by the terminal", () => {
  it("a carriage return and an escape sequence in a cell's type", async () => {
    const file = await save(
      roster('<row r="2"><c r="A2" t="x&#13;y\u001b[2Jz"><v>1</v></c></row>')
    );
    await expectRefused(file, /cell A2 has an unknown type "x y\\x1B\[2Jz"/);
  });

  it("line breaks, controls and a right-to-left override in an .xls sheet's name", async () => {
    const file = path.join(dir, `x${n++}.xls`);
    fs.writeFileSync(
      file,
      xlsFile({
        sheets: [{ name: "名\r\n单\u001b]0;x\u0007\u202e", records: [xls.number(2, 300, 1)] }],
      })
    );
    await expectRefused(
      file,
      /sheet 名 单\\x1B\]0;x\\x07\\u202E has a cell in column 301 of row 3, past the last column IV/
    );
  });
});

describe("hostile workbooks: refused fast at a stated limit", () => {
  it("one row numbered 2,147,483,647 (was densified to 5 GB)", async () => {
    const file = await save(roster(rosterRow(2147483647, "甲", 44750)));
    expect(fs.statSync(file).size).toBeLessThan(4096);
    await expectRefused(
      file,
      /past a safety limit \(xl\/worksheets\/sheet1.xml: sheet 名单 has row 2,147,483,647, past Excel's last row 1,048,576/
    );
  });

  it.each([
    ["a bomb of data rows", "<row><c><v>1</v></c></row>"],
    ["a bomb of rows all numbered 2", '<row r="2"><c><v>1</v></c></row>'],
    ["a bomb of blank rows", "<row/>"],
    ["a bomb of white space", " "],
  ])("%s", async (_what, row) => {
    const file = await save(roster(row.repeat(1_100_000)));
    expect(fs.statSync(file).size).toBeLessThan(100 * 1024);
    await expectRefused(
      file,
      /xl\/worksheets\/sheet1.xml: inflates to more than 100 times its compressed size/
    );
  });

  it("rows all numbered 2, under the bomb ratio", async () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) => `<row r="2"><c r="A2"><v>${i}</v></c></row>`
    ).join("");
    await expectRefused(await save(roster(rows)), /row 2 comes after row 2 \(rows out of order\)/);
  });

  it("a part whose directory entry lies about its size", async () => {
    const file = await save(roster(rosterRow(2, "甲", 44750) + rosterRow(3, "乙", 44750)), (z) => {
      const e = sheetEntry(z);
      z.writeUInt32LE(z.readUInt32LE(e.central + 24) - 5, e.central + 24);
      return z;
    });
    await expectRefused(file, /sheet1.xml: holds \d+ bytes where the zip directory says/);
  });

  it("a merged range over the whole grid (every row filled 16,384 cells wide)", async () => {
    const file = await save(
      roster("", {
        sheets: [
          {
            name: "名单",
            xml: HEADER + rosterRow(2, "甲", 44750) + rosterRow(3, "乙", 44750),
            after: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
          },
        ],
      })
    );
    await expectRefused(
      file,
      /past a safety limit \(xl\/worksheets\/sheet1.xml: the workbook merges more than 16,777,216 cells in all \(reached at A2:XFD1048576 of sheet 名单\)/
    );
  });

  it("many small merged ranges adding up past the bound are refused at the one that passes it", async () => {
    // 2,048 whole-row merges: each 16,384 cells, together 2^25.
    const merges = Array.from(
      { length: 2048 },
      (_, i) => `<mergeCell ref="A${i + 4}:XFD${i + 4}"/>`
    ).join("");
    const file = await save(
      roster("", {
        sheets: [
          {
            name: "名单",
            xml: HEADER + rosterRow(2, "甲", 44750),
            after: `<mergeCells count="2048">${merges}</mergeCells>`,
          },
        ],
      })
    );
    await expectRefused(
      file,
      /merges more than 16,777,216 cells in all \(reached at A1028:XFD1028 of sheet 名单\)/
    );
  });

  it("sheets each merging just under the bound: the bound is the workbook's", async () => {
    // Each sheet merges 1,024 whole rows, 16,777,216 cells: the second takes the workbook past.
    const sheet = (name: string) => ({
      name,
      xml: HEADER + rosterRow(2, "甲", 44750),
      after: '<mergeCells count="1"><mergeCell ref="A4:XFD1027"/></mergeCells>',
    });
    const file = await save(roster("", { sheets: [sheet("名单"), sheet("名单二")] }));
    await expectRefused(
      file,
      /xl\/worksheets\/sheet2.xml: the workbook merges more than 16,777,216 cells in all \(reached at A4:XFD1027 of sheet 名单二\)/
    );
  });

  it("two sheets sharing one part (a few KB naming a big sheet thousands of times)", async () => {
    const parts = xlsxParts(
      roster("", {
        sheets: [
          { name: "名单", xml: HEADER + rosterRow(2, "甲", 44750) },
          { name: "名单二", xml: HEADER + rosterRow(2, "乙", 44750) },
        ],
      })
    );
    const rels = "xl/_rels/workbook.xml.rels";
    // Another spelling of the first sheet's part: absolute, and in other case (zip names are found either way).
    parts[rels] = (parts[rels] as string).replace(
      'Target="worksheets/sheet2.xml"',
      'Target="/xl/WORKSHEETS/sheet1.xml"'
    );
    await expectRefused(
      await save(parts),
      /corrupt: xl\/workbook.xml: sheets 名单 and 名单二 point to the same part xl\/WORKSHEETS\/sheet1.xml\)/
    );
  });

  it("two zip entries sharing their bytes (one big sheet read again under each name)", async () => {
    const twoSheets = roster("", {
      sheets: [
        { name: "名单", xml: HEADER + rosterRow(2, "甲", 44750) },
        { name: "名单二", xml: HEADER + rosterRow(2, "乙", 44750) },
      ],
    });
    const file = await save(twoSheets, (z) => {
      // sheet2.xml's directory entry takes sheet1.xml's CRC, sizes and offset: a whole, readable part.
      const one = sheetEntry(z).central;
      const two = sheetEntry(z, "xl/worksheets/sheet2.xml").central;
      z.copy(z, two + 16, one + 16, one + 28);
      z.copy(z, two + 42, one + 42, one + 46);
      return z;
    });
    await expectRefused(
      file,
      /not a valid zip package \(entries xl\/worksheets\/sheet\d.xml and xl\/worksheets\/sheet\d.xml share their bytes\)/
    );
  });

  it("a styles part of a million empty elements (each kept in memory: tens of millions crash)", async () => {
    const parts = xlsxParts(roster(rosterRow(2, "甲", 44750)));
    parts["xl/styles.xml"] = (parts["xl/styles.xml"] as string).replace(
      "</cellXfs>",
      "<xf/>".repeat(1_000_000) + "</cellXfs>"
    );
    // Stored, not deflated: under the bomb ratio, as a part padded with random bytes would be.
    const file = path.join(dir, `h${n++}.xlsx`);
    fs.writeFileSync(file, await zipParts(parts, "STORE"));
    await expectRefused(
      file,
      /past a safety limit \(xl\/styles.xml: holds more than 1,000,000 elements\)/
    );
  });

  it("a name of 40,000 characters (past Excel's cell limit)", async () => {
    const file = await save(roster(rosterRow(2, "名".repeat(40_000), 44750)));
    await expectRefused(file, /cell A2 of sheet 名单 holds more than 32,767 characters/);
  });
});

describe("valid workbooks read right", () => {
  it("a lone record on row 1,048,576 costs nothing and is counted", async () => {
    const file = await save(roster(rosterRow(1_048_576, "上海甲科技有限公司", 44750)));
    const r = await runCli(["report", file, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total.valid).toBe(1);
  });

  it("rows after short and long runs of missing rows keep their sheet row numbers", async () => {
    // Issued 2020-07-08 (serial 44020): on 2023's expiring list, which names each row.
    const rows = [2, 5, 300, 100_000]
      .map((r) => rosterRow(r, `上海${r}号科技有限公司`, 44020))
      .join("");
    const r = await runCli([
      "report",
      await save(roster(rows)),
      "--as-of",
      "2023-12-31",
      "--json",
      "-",
    ]);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout).expiring.map((e: { row: number; name: string }) => [
      e.row,
      e.name,
    ]);
    expect(listed.sort((a: number[], b: number[]) => a[0] - b[0])).toEqual([
      [2, "上海2号科技有限公司"],
      [5, "上海5号科技有限公司"],
      [300, "上海300号科技有限公司"],
      [100_000, "上海100000号科技有限公司"],
    ]);
  });

  it("dates in a 1904 workbook, built-in format 31 included, are not four years off", async () => {
    // 43288 in the 1904 system is 2022-07-08: a first recognition inside the policy window.
    const rows =
      rosterRow(2, "上海甲科技有限公司", 43288, 2) + rosterRow(3, "上海乙科技有限公司", 43288, 1);
    const file = await save(roster(rows, { date1904: true }));
    const r = await runCli(["report", file, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total.valid).toBe(2);
    expect(json.findings.filter((f: { code: string }) => f.code === "bad-date")).toEqual([]);
  });

  it("a unit merged down a whole column is read, under the merged-cells bound", async () => {
    const file = await save(
      roster("", {
        sheets: [
          {
            name: "名单",
            xml:
              HEADER +
              rosterRow(2, "上海甲科技有限公司", 44750) +
              rosterRow(3, "上海乙科技有限公司", 44750),
            after: '<mergeCells count="1"><mergeCell ref="D2:D1048576"/></mergeCells>',
          },
        ],
      })
    );
    const r = await runCli(["report", file, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.valid).toBe(2);
  });

  it("elements nested below what is read of a styles part are not kept or counted", async () => {
    // Issued 2022-07-08, shown with built-in date format 14: a date only if the styles are read.
    const parts = xlsxParts(roster(rosterRow(2, "上海甲科技有限公司", 44750)));
    parts["xl/styles.xml"] = (parts["xl/styles.xml"] as string).replace(
      "</styleSheet>",
      `<extLst><ext uri="x">${"<x/>".repeat(1_100_000)}</ext></extLst></styleSheet>`
    );
    const file = path.join(dir, `h${n++}.xlsx`);
    fs.writeFileSync(file, await zipParts(parts, "STORE"));
    const r = await runCli(["report", file, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total.valid).toBe(1);
    expect(json.findings.filter((f: { code: string }) => f.code === "bad-date")).toEqual([]);
  });

  it("rows and cells without r are read where LibreOffice puts them", async () => {
    // Issued 2020-07-08 (serial 44020): valid until 2023-07-07, so both are on 2023's expiring list.
    const noR = (name: string): string =>
      `<row><c t="inlineStr"><is><t>${name}</t></is></c><c t="inlineStr"><is><t>GR202031000001</t></is></c>` +
      `<c s="1"><v>44020</v></c><c t="inlineStr"><is><t>枫泾镇</t></is></c></row>`;
    const file = await save(roster(noR("上海甲科技有限公司") + noR("上海乙科技有限公司")));
    const r = await runCli(["report", file, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const listed = json.expiring.map((e: { row: number; name: string; lastValid: string }) => [
      e.row,
      e.name,
      e.lastValid,
    ]);
    expect(listed.sort()).toEqual([
      [2, "上海甲科技有限公司", "2023-07-07"],
      [3, "上海乙科技有限公司", "2023-07-07"],
    ]);
  });
});

describe(".xls files: refused in one line, or read right", () => {
  const header = ["企业名称", "证书编号", "发证日期", "所属镇（园区）"];
  /** A roster: the header, then one row per name, issued on serial `issued` (44750: 2022-07-08). */
  const xlsRoster = (names: string[], extra: Partial<XlsSpec> = {}, issued = 44750): Uint8Array =>
    xlsFile({
      strings: [...header, ...names, "枫泾镇"],
      xfs: [0, 14],
      sheets: [
        {
          name: "名单",
          records: [
            ...header.map((_, c) => xls.labelSst(0, c, c)),
            ...names.flatMap((_, i) => [
              xls.labelSst(i + 1, 0, header.length + i),
              xls.label(i + 1, 1, `GR202231${String(i + 1).padStart(6, "0")}`),
              xls.number(i + 1, 2, issued, 1),
              xls.labelSst(i + 1, 3, header.length + names.length),
            ]),
          ],
        },
      ],
      ...extra,
    });
  const saveXls = (bytes: Uint8Array, ext = ".xls"): string => {
    const file = path.join(dir, `x${n++}${ext}`);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const put32 = (b: Uint8Array, p: number, v: number): void =>
    new DataView(b.buffer, b.byteOffset).setUint32(p, v, true);
  const get32 = (b: Uint8Array, p: number): number =>
    new DataView(b.buffer, b.byteOffset).getUint32(p, true);
  /** A roster big enough to leave the mini stream (its Workbook stream starts at sector 0). */
  const bigRoster = (): Uint8Array =>
    xlsRoster(Array.from({ length: 60 }, (_, i) => `上海${i}号科技有限公司`));

  it("a FAT cycle", async () => {
    const b = bigRoster();
    put32(b, (get32(b, 76) + 1) * 512 + 4 * 2, 0);
    await expectRefused(
      saveXls(b),
      /not a valid .xls file \(the file is corrupt: the sector chain of stream Workbook loops back on itself\)/
    );
  });

  it("a chain out of range", async () => {
    const b = bigRoster();
    put32(b, (get32(b, 76) + 1) * 512 + 4 * 1, 123_456);
    await expectRefused(saveXls(b), /points to sector 123456, outside the file/);
  });

  it("a 1 GB stated stream size in a file of a few KB", async () => {
    const b = bigRoster();
    expect(b.length).toBeLessThan(10 * 1024);
    put32(b, (get32(b, 48) + 1) * 512 + 128 + 120, 1 << 30);
    await expectRefused(saveXls(b), /states 1,073,741,824 bytes, more than the whole file/);
  });

  it("an encrypted workbook (FILEPASS)", async () => {
    const b = xlsRoster(["甲"], { globalsExtra: [xlsRecord(0x002f, new Uint8Array(54))] });
    await expectRefused(saveXls(b), /cannot be read \(the workbook is password-protected/);
  });

  it("an Excel 5.0/95 workbook", async () => {
    await expectRefused(saveXls(xlsRoster(["甲"], { version: 0x0500 })), /Excel 5.0\/95 \(BIFF5\)/);
  });

  it("a WPS .et file: says what to do", async () => {
    await expectRefused(
      saveXls(xlsRoster(["甲"]), ".et"),
      /open it in WPS, choose File > Save As > Excel Workbook \(.xlsx\)/
    );
  });

  it("dates in a 1904 workbook are not four years off", async () => {
    // 43288 in the 1904 system is 2022-07-08: a first recognition inside the policy window.
    const file = saveXls(
      xlsRoster(["上海甲科技有限公司", "上海乙科技有限公司"], { date1904: true }, 43288)
    );
    const r = await runCli(["report", file, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total.valid).toBe(2);
    expect(json.findings.filter((f: { code: string }) => f.code === "bad-date")).toEqual([]);
  });

  it("an SST stating 2^31 strings is read for the strings it holds", async () => {
    const file = saveXls(
      xlsRoster(["上海甲科技有限公司", "上海乙科技有限公司"], { sst: { unique: 2 ** 31 } })
    );
    const r = await runCli(["report", file, "--as-of", "2023-12-31", "--json", "-"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.valid).toBe(2);
  });
});
