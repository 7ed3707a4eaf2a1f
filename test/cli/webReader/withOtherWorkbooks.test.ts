/**
 * 合并其他工作簿: the open workbook's sheets, then each picked file's, each naming its file; writes still
 * go to the open workbook's source alone; a bad file is refused with the reader's line naming it.
 */
import * as fs from "fs";
import * as path from "path";
import { withOtherWorkbooks } from "../../../src/taskpane/merge/withOtherWorkbooks";
import { createPreviewSource } from "../../../src/taskpane/preview/previewSource";
import { readWorkbookBytes } from "../../../src/cli/workbookBytes";
import type { SheetInput } from "../../../src/domain/core/types";
import { errorText } from "../../../src/domain/core/localError";
import { InputError } from "../../../src/cli/inputError";

jest.setTimeout(60_000);

const OFFICE = path.join(__dirname, "..", "..", "fixtures", "office-workbook.xlsx");
const picked = (name: string, bytes: Uint8Array) => ({
  name,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});
const own: SheetInput[] = [{ name: "名单", values: [["企业名称"], ["甲公司"]] }];

it("reads the picked files after the open workbook, each sheet naming its file", async () => {
  const bytes = new Uint8Array(fs.readFileSync(OFFICE));
  const source = withOtherWorkbooks(
    createPreviewSource(async () => own),
    [picked("枫泾镇.xlsx", bytes)]
  );
  const progress: number[] = [];
  const sheets = await source.readSheets({ onProgress: (p) => progress.push(p.rowsRead) });
  const theirs = await readWorkbookBytes(bytes, "枫泾镇.xlsx");
  expect(sheets[0]).toEqual(own[0]);
  expect(sheets.slice(1)).toEqual(theirs.map((s) => ({ ...s, file: "枫泾镇.xlsx" })));
  expect(theirs.length).toBeGreaterThan(1);
  expect(Math.max(...progress)).toBe(bytes.length);
});

it("reads several picked files in the order picked, the progress over all of them by file", async () => {
  const bytes = new Uint8Array(fs.readFileSync(OFFICE));
  const source = withOtherWorkbooks(
    createPreviewSource(async () => own),
    [picked("甲.xlsx", bytes), picked("乙.xlsx", bytes)]
  );
  const progress: [string, number, number][] = [];
  const sheets = await source.readSheets({
    onProgress: (p) => {
      if (p.unit === "bytes") progress.push([p.sheet, p.rowsRead, p.rowsTotal]);
    },
  });
  const theirs = await readWorkbookBytes(bytes, "甲.xlsx");
  expect(sheets.slice(1).map((s) => s.file)).toEqual([
    ...theirs.map(() => "甲.xlsx"),
    ...theirs.map(() => "乙.xlsx"),
  ]);
  expect([...new Set(progress.map(([f]) => f))]).toEqual(["甲.xlsx", "乙.xlsx"]);
  expect(progress.every(([, , total]) => total === 2 * bytes.length)).toBe(true);
  expect(progress[progress.length - 1][1]).toBe(2 * bytes.length);
});

it("leaves the source as it is without files, and writes through it", async () => {
  const inner = createPreviewSource(async () => own);
  expect(withOtherWorkbooks(inner, [])).toBe(inner);
  const source = withOtherWorkbooks(inner, [picked("a.xlsx", new Uint8Array(4))]);
  expect(source.kind).toBe("preview");
  expect(await source.insertSheets([])).toEqual([]);
});

it("refuses a damaged file in one line naming it", async () => {
  const source = withOtherWorkbooks(
    createPreviewSource(async () => own),
    [picked("坏.xlsx", new TextEncoder().encode("not a workbook"))]
  );
  const e = await source.readSheets().catch((err: unknown) => err);
  // The reader's own refusal, whose words name the file once.
  expect(e).toBeInstanceOf(InputError);
  expect((e as InputError).file).toBe("坏.xlsx");
  const { "zh-CN": zh, "en-US": en } = errorText(e);
  expect(zh).toMatch(/^坏\.xlsx：不是有效的 \.xlsx 文件/);
  expect(en).toMatch(/^坏\.xlsx: not a valid \.xlsx file/);
  expect([zh.split("坏.xlsx").length, en.split("坏.xlsx").length]).toEqual([2, 2]);
});

it("a picked file saved since: one line naming it, asking to choose it again, not the browser's English", async () => {
  const changed = {
    name: "枫泾镇.xlsx",
    arrayBuffer: async (): Promise<ArrayBuffer> => {
      // What a browser's File gives once its file changed on disk (the File API's snapshot check).
      throw new DOMException(
        "The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.",
        "NotReadableError"
      );
    },
  };
  const source = withOtherWorkbooks(
    createPreviewSource(async () => own),
    [changed]
  );
  const e = await source.readSheets().catch((err: unknown) => err);
  expect(e).toBeInstanceOf(InputError);
  expect(errorText(e)["zh-CN"]).toBe(
    "枫泾镇.xlsx：选择后在磁盘上已被修改（或移动、删除），浏览器只能读取选择时的文件：请重新选择该文件"
  );
});
