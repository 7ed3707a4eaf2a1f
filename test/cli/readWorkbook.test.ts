import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { streamWorkbook } from "../../src/cli/readWorkbook";
import { writeWorkbook } from "./helpers";

// Real files through exceljs on a shared machine: generous limits (these are not timing assertions).
jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-read-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

async function readAll(file: string): Promise<Record<string, unknown[][]>> {
  const out: Record<string, unknown[][]> = {};
  for await (const sheet of streamWorkbook(file)) {
    const rows: unknown[][] = [];
    for await (const row of sheet.rows) rows.push(row.values);
    out[sheet.name] = rows;
  }
  return out;
}

describe("streamWorkbook", () => {
  // exceljs parks each worksheet in a temp file until it has met the shared strings, which an
  // exceljs-written file stores after the sheets (and xl/workbook.xml last of all). Making those
  // writes slow gives the zip parser time to reach the end of the file while parts still wait in its
  // buffer: the race behind exceljs issue #3064, which failed about 1 read in 100 on a loaded machine
  // and here fails every time without the workaround in zipEntryFlow.ts.
  it("reads every sheet when exceljs's temp-file writes are slow", async () => {
    const file = path.join(dir, "three.xlsx");
    await writeWorkbook(file, {
      说明: [["示例说明"]],
      高企名单: [["企业名称", "证书编号"], ["上海甲科技有限公司", "GR202231000001"]],
      目标: [["责任单位", "2023年"], ["枫泾镇", 196]],
    });
    // The module object itself (the namespace import's properties cannot be redefined).
    const nodeFs = jest.requireActual<typeof fs>("fs");
    const createWriteStream = nodeFs.createWriteStream;
    let delayed = 0;
    jest.spyOn(nodeFs, "createWriteStream").mockImplementation((...args) => {
      const stream = createWriteStream(...args);
      const emit = stream.emit.bind(stream);
      stream.emit = ((event: string, ...rest: unknown[]) => {
        if (event !== "finish") return emit(event, ...rest);
        delayed++;
        setTimeout(() => emit(event, ...rest), 50);
        return true;
      }) as typeof stream.emit;
      return stream;
    });

    const sheets = await readAll(file);

    expect(delayed).toBe(3); // the race window was really opened, once per sheet
    expect(sheets).toEqual({
      说明: [["示例说明"]],
      高企名单: [
        ["企业名称", "证书编号"],
        ["上海甲科技有限公司", "GR202231000001"],
      ],
      目标: [
        ["责任单位", "2023年"],
        ["枫泾镇", 196],
      ],
    });
  });
});
