/**
 * 合并其他工作簿 inside Excel: the open workbook (the Office.js fake holding one town's submission) read
 * together with two other towns' files picked in the pane gives the CLI's figures for the three files
 * read as one, with the conflicts between them, and writes nothing into the workbook.
 */
import * as fs from "fs";
import * as path from "path";
import { analyseFilesAt } from "../../src/cli/analyseFiles";
import { packageRoot } from "../../src/cli/packageRoot";
import { readWorkbookBytes } from "../../src/cli/workbookBytes";
import { serialFromYmd } from "../../src/domain/core/dates";
import { errorText } from "../../src/domain/core/localError";
import type { Analysis } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { createExcelSource } from "../../src/excel/excelSource";
import { withOtherWorkbooks, type PickedFile } from "../../src/taskpane/merge/withOtherWorkbooks";
import { FakeWorkbook, type Cell } from "./fakeExcel";

jest.setTimeout(60_000);

const TOWNS = path.join(packageRoot(), "samples", "towns");
const NAMES = ["01-枫泾镇.xlsx", "02-朱泾镇.xlsx", "03-亭林镇.xlsx"];
const AS_OF = serialFromYmd(2024, 12, 31);
const all = (): boolean => true;

const picked = (name: string): PickedFile => ({
  name,
  arrayBuffer: async () => {
    const b = fs.readFileSync(path.join(TOWNS, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  },
});

/** The fake workbook holding the first town's file, sheet by sheet, as Excel would show it. */
async function openFirstTown(): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook();
  const bytes = new Uint8Array(fs.readFileSync(path.join(TOWNS, NAMES[0])));
  for (const s of await readWorkbookBytes(bytes, NAMES[0])) {
    expect(s.firstRow ?? 1).toBe(1);
    expect(s.firstColumn ?? 1).toBe(1);
    wb.addSheet(
      s.name,
      s.values.map((row) => row.map((v) => (v === undefined ? null : (v as Cell))))
    );
  }
  return wb;
}

const figures = (a: Analysis) => ({ units: a.units, total: a.total });
const conflicts = (a: Analysis): string[] =>
  a.findings
    .filter((f) => f.code.endsWith("-conflict") || f.code === "visit-duplicate")
    .map((f) => `${f.code} ${f.file ?? ""}!${f.sheet}!${f.column}${f.row}`)
    .sort();

describe("other workbooks read with the open one in Excel", () => {
  it("gives the CLI's figures for the files together and leaves the workbook as it was", async () => {
    const wb = await openFirstTown();
    const before = JSON.stringify(wb.sheets.map((s) => s.cells));
    const source = withOtherWorkbooks(
      createExcelSource({ run: wb.run, supports: all, settings: null }),
      [picked(NAMES[1]), picked(NAMES[2])]
    );
    expect(source.kind).toBe("excel");
    const settings = await source.loadSettings();
    const sheets = await source.readSheets();
    const files = sheets.map((s) => s.file ?? "");
    expect(files.filter((f) => f === "").length).toBe(wb.sheets.length);
    expect([...new Set(files)]).toEqual(["", "02-朱泾镇.xlsx", "03-亭林镇.xlsx"]);
    const pane = analyseWorkbook(sheets, { asOf: AS_OF, settings });

    const cli = await analyseFilesAt(
      {
        files: NAMES.map((n) => ({ path: path.join(TOWNS, n), name: n })),
        skipped: [],
        several: true,
      },
      "towns",
      { asOf: AS_OF, settings }
    );
    expect(figures(pane)).toEqual(figures(cli.analysis));
    // The same disagreements are found; only the open workbook's rows name no file.
    const open = (s: string): string => s.replace(/ 01-枫泾镇\.xlsx!/, " !");
    expect(conflicts(pane)).toEqual(conflicts(cli.analysis).map(open).sort());
    expect(conflicts(pane).length).toBeGreaterThan(0);

    expect(wb.writes).toEqual([]);
    expect(JSON.stringify(wb.sheets.map((s) => s.cells))).toBe(before);
  });

  it("refuses a damaged file in one line naming it, and the workbook alone still reads", async () => {
    const wb = await openFirstTown();
    const excel = createExcelSource({ run: wb.run, supports: all, settings: null });
    const broken: PickedFile = {
      name: "坏文件.xlsx",
      arrayBuffer: async () => new TextEncoder().encode("PK\u0003\u0004 truncated").buffer,
    };
    const e = await withOtherWorkbooks(excel, [broken])
      .readSheets()
      .catch((err: unknown) => err);
    expect(errorText(e)["zh-CN"]).toMatch(/^坏文件\.xlsx：[^\n]+$/);
    expect(errorText(e)["en-US"]).toMatch(/^坏文件\.xlsx: [^\n]+$/);
    expect((await withOtherWorkbooks(excel, []).readSheets()).length).toBe(wb.sheets.length);
    expect(wb.writes).toEqual([]);
  });
});
