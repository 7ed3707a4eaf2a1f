/**
 * readWorkbookBytes (the offline page's and the pane's reader) gives the same cells as the CLI's
 * streaming read of the same file, through the browser's inflater (DecompressionStream, which Node
 * has too), and refuses bad files with the CLI's one line naming the file.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookBytes, readWorkbooksBytes } from "../../../src/cli/workbookBytes";
import { engineValues, streamWorkbook } from "../../../src/cli/readWorkbook";
import { InputError } from "../../../src/cli/inputError";
import type { CellValue } from "../../../src/domain/core/types";

jest.setTimeout(60_000);

const ROOT = path.join(__dirname, "..", "..", "..");
/** The office-shaped fixtures, and the bundled sample. */
const fileOf = (name: string): string =>
  path.join(ROOT, name.startsWith("jinshan") ? "samples" : "test/fixtures", name);
const bytesOf = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(fileOf(name)));

/** Every sheet's rows as the CLI streams them: name, first row, and the values by row number. */
async function viaCli(file: string): Promise<{ name: string; rows: Map<number, CellValue[]> }[]> {
  const out = [];
  for await (const s of streamWorkbook(file, { shift1904: false })) {
    const rows = new Map<number, CellValue[]>();
    for await (const block of s.blocks) for (const r of block) rows.set(r.number, engineValues(r));
    out.push({ name: s.name, rows });
  }
  return out;
}

it.each(["office-workbook.xlsx", "office-workbook.xls", "jinshan-sample.xlsx"])(
  "reads %s as the CLI does",
  async (name) => {
    const sheets = await readWorkbookBytes(bytesOf(name), name);
    const cli = await viaCli(fileOf(name));
    expect(sheets.map((s) => s.name)).toEqual(cli.map((s) => s.name));
    sheets.forEach((s, i) => {
      const rows = new Map<number, CellValue[]>();
      s.values.forEach((v, k) => {
        if (v.length > 0) rows.set((s.firstRow ?? 1) + k, v);
      });
      expect(rows).toEqual(cli[i].rows);
      expect(s.file).toBeUndefined();
    });
    expect(sheets.some((s) => s.values.length > 5)).toBe(true);
  }
);

it("names each sheet's file when several are read as one, in the order given", async () => {
  const a = { name: "a.xlsx", bytes: bytesOf("office-workbook.xlsx") };
  const b = { name: "b.xlsx", bytes: bytesOf("jinshan-sample.xlsx") };
  const seen: number[] = [];
  const sheets = await readWorkbooksBytes([a, b], { onProgress: (done) => seen.push(done) });
  const one = await readWorkbookBytes(a.bytes, a.name);
  const two = await readWorkbookBytes(b.bytes, b.name);
  expect(sheets.map((s) => [s.file, s.name])).toEqual([
    ...one.map((s) => ["a.xlsx", s.name]),
    ...two.map((s) => ["b.xlsx", s.name]),
  ]);
  expect(Math.max(...seen)).toBe(a.bytes.length + b.bytes.length);
});

it("reads files whose bytes come on demand like files given as bytes, naming every file if asked", async () => {
  const bytes = bytesOf("office-workbook.xlsx");
  const asked: string[] = [];
  const lazy = (name: string, as: "buffer" | "view") => ({
    name,
    bytes: async () => {
      asked.push(name);
      return as === "view" ? bytes.slice() : (bytes.slice().buffer as ArrayBuffer);
    },
  });
  const given = await readWorkbooksBytes([{ name: "a.xlsx", bytes }]);
  expect(given.every((s) => s.file === undefined)).toBe(true);
  expect(await readWorkbooksBytes([lazy("a.xlsx", "buffer")])).toEqual(given);
  const named = await readWorkbooksBytes([lazy("a.xlsx", "view")], { nameEveryFile: true });
  expect(named).toEqual(given.map((s) => ({ ...s, file: "a.xlsx" })));
  // Read anew each time: a read again sees the file as it is then.
  expect(asked).toEqual(["a.xlsx", "a.xlsx"]);
});

it("sums the progress over the files, naming the one being read", async () => {
  const a = { name: "a.xlsx", bytes: bytesOf("office-workbook.xlsx") };
  const b = { name: "b.xlsx", bytes: async () => bytesOf("jinshan-sample.xlsx") };
  const total = a.bytes.length + bytesOf("jinshan-sample.xlsx").length;
  const seen: [number, number, string][] = [];
  await readWorkbooksBytes([a, b], { onProgress: (...p) => seen.push(p) });
  expect(seen.every(([, t]) => t === total)).toBe(true);
  const files = seen.map(([, , f]) => f);
  expect([...new Set(files)]).toEqual(["a.xlsx", "b.xlsx"]);
  const firstOfB = files.indexOf("b.xlsx");
  expect(seen[firstOfB - 1][0]).toBe(a.bytes.length);
  expect(seen[firstOfB][0]).toBeGreaterThan(a.bytes.length);
  expect(seen[seen.length - 1][0]).toBe(total);
  const done = seen.map(([d]) => d);
  expect(done).toEqual([...done].sort((x, y) => x - y));
});

it("reads files that say their size one at a time, each only when its turn comes", async () => {
  const events: string[] = [];
  const file = (name: string, fixture: string) => {
    const bytes = bytesOf(fixture);
    return {
      name,
      size: bytes.length,
      bytes: async () => {
        events.push(`read ${name}`);
        return bytes;
      },
    };
  };
  const a = file("a.xlsx", "office-workbook.xlsx");
  const b = file("b.xlsx", "jinshan-sample.xlsx");
  const seen: [number, number, string][] = [];
  const sheets = await readWorkbooksBytes([a, b], {
    onProgress: (...p) => {
      if (events[events.length - 1] !== `progress ${p[2]}`) events.push(`progress ${p[2]}`);
      seen.push(p);
    },
  });
  expect(events).toEqual(["read a.xlsx", "progress a.xlsx", "read b.xlsx", "progress b.xlsx"]);
  expect(seen.every(([, t]) => t === a.size + b.size)).toBe(true);
  expect(seen[seen.length - 1][0]).toBe(a.size + b.size);
  expect(sheets.map((s) => s.file)).toContain("b.xlsx");
});

async function refusal(bytes: Uint8Array, name = "town.xlsx"): Promise<InputError> {
  const e = await readWorkbookBytes(bytes, name).then(
    () => null,
    (err: unknown) => err
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

it("refuses a truncated workbook in one line naming the file", async () => {
  const whole = bytesOf("office-workbook.xlsx");
  const e = await refusal(whole.subarray(0, Math.floor(whole.length / 2)));
  expect(e.line("en-US")).toMatch(/^gaoqi: town\.xlsx: not a valid \.xlsx file/);
  expect(e.line("zh-CN")).toMatch(/^gaoqi: town\.xlsx: 不是有效的 \.xlsx 文件/);
});

it("refuses a file that is not a workbook", async () => {
  const e = await refusal(new TextEncoder().encode("名称,代码\n甲,1\n".repeat(50)), "list.csv");
  expect(e.line("en-US")).toBe(
    "gaoqi: list.csv: a text file (CSV or tab-separated), not a workbook this tool reads; open it in Excel or WPS, save it as Excel Workbook (.xlsx), and give that file"
  );
});

it("stops when the signal is aborted", async () => {
  const ctl = new AbortController();
  ctl.abort(new Error("cancelled"));
  await expect(
    readWorkbookBytes(bytesOf("office-workbook.xlsx"), "a.xlsx", { signal: ctl.signal })
  ).rejects.toThrow("cancelled");
});

describe("files exported as Excel that are no workbook, on the offline page", () => {
  it.each([
    [
      "名单.xls",
      "企业名称,证书编号\n甲,GR1\n",
      "这是文本文件（CSV 或制表符分隔），只是用了 Excel 的扩展名（许多系统导出的“Excel”即是如此），本工具不能直接读取；",
    ],
    [
      "名单.xlsx",
      "<!DOCTYPE html><html><table></table></html>",
      "这是网页（HTML 表格）文件，只是用了 Excel 的扩展名（许多系统导出的“Excel”即是如此），本工具不能直接读取；",
    ],
  ])("%s is named for what it is, with the way to a workbook", async (name, text, what) => {
    const read = readWorkbookBytes(new TextEncoder().encode(text), name);
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(read).rejects.toMatchObject({
      file: name,
      problem: {
        "zh-CN": expect.stringMatching(
          new RegExp(
            `^${what}.*请用 Excel 或 WPS 打开，另存为 Excel 工作簿（\\.xlsx）后再使用另存的文件$`
          )
        ),
      },
    });
  });

  it("Excel's Unicode text export (UTF-16 with a byte-order mark) is text too", async () => {
    const text = "\uFEFF企业名称\t证书编号\r\n甲\tGR1\r\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    await expect(readWorkbookBytes(bytes, "导出.xls")).rejects.toMatchObject({
      problem: { "en-US": expect.stringMatching(/^a text file \(CSV or tab-separated\) under/) },
    });
  });

  it("a damaged package that starts as a zip is still called damaged", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x2c, 0x2c, 0x0a, 0x0a]);
    await expect(readWorkbookBytes(bytes, "坏.xlsx")).rejects.toMatchObject({
      problem: { "zh-CN": expect.stringContaining("文件已损坏") },
    });
  });
});
