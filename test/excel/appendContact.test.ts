/**
 * 记录走访 through the recording fake: one row appended under the contact sheet's data, in the columns its
 * header names, text kept as text, dates as the workbook counts them; a new sheet from the template when
 * there is none; and never a write over a row that is not blank.
 */
import { contactTemplate, type ContactEntry } from "../../src/domain/contacts/contactTemplate";
import { readContactSheet } from "../../src/domain/contacts/readContactSheet";
import { serialFromYmd } from "../../src/domain/core/dates";
import { AppendRefused, appendContact } from "../../src/excel/appendContact";
import { createExcelSource } from "../../src/excel/excelSource";
import { RequirementError, type SupportsSet } from "../../src/excel/excelRun";
import { type Cell, FakeWorkbook } from "./fakeExcel";

const all: SupportsSet = () => true;
const d = serialFromYmd;

const ENTRY: ContactEntry = {
  date: d(2024, 5, 14),
  name: "=上海甲科技有限公司",
  creditCode: "91310116MA1K000015",
  form: "走访",
  visitor: "张",
  problem: "用地",
  status: "in-progress",
  due: d(2024, 6, 30),
};

/** A contact log as an office keeps it: a title, the header in its own order, two rows. */
const LOG: Cell[][] = [
  ["2024年企业走访记录", null, null, null, null],
  ["序号", "企业名称", "联系日期", "诉求", "状态"],
  [1, "上海乙科技有限公司", d(2024, 3, 1), "无", null],
  [2, "上海丙科技有限公司", d(2024, 4, 2), "融资", "办理中"],
];

describe("appendContact", () => {
  it("appends one row under the data, in the sheet's own columns, and says what the sheet has no column for", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", [["企业名称"]]);
    const ws = wb.addSheet(
      "走访",
      LOG.map((r) => [...r])
    );
    const done = await appendContact(wb.run, all, "走访", ENTRY, false);
    expect(done).toEqual({
      sheet: "走访",
      row: 5,
      created: false,
      dropped: ["form", "visitor", "due"],
    });
    expect(ws.cells[4]).toEqual([null, "=上海甲科技有限公司", d(2024, 5, 14), "用地", "办理中"]);
    // Earlier rows untouched; the one write is that row, formats first (the name stays text, not a formula).
    expect(ws.cells.slice(0, 4)).toEqual(LOG);
    expect(wb.writes.map((w) => [w.sheet, w.kind, w.address])).toEqual([
      ["走访", "numberFormat", "'走访'!A5:E5"],
      ["走访", "values", "'走访'!A5:E5"],
    ]);
    expect(ws.formats.get("4,1")).toBe("@");
    expect(ws.formats.get("4,2")).toBe("yyyy-mm-dd");
    expect(ws.formulaCells.size).toBe(0);
    expect(wb.sheet("名单")!.cells).toEqual([["企业名称"]]);
    // The engine reads the row back as the contact the form recorded.
    const read = readContactSheet({ name: "走访", values: ws.cells as Cell[][] })!;
    expect(read.rows.at(-1)).toMatchObject({
      row: 5,
      name: "=上海甲科技有限公司",
      date: d(2024, 5, 14),
      problem: "用地",
      status: "in-progress",
    });
  });

  it("never writes over a row that is not blank (the row below the used range changed since it was measured)", async () => {
    const wb = new FakeWorkbook();
    const ws = wb.addSheet(
      "走访",
      LOG.map((r) => [...r])
    );
    // A value typed between measuring the data (second sync) and reading the row below it (third).
    const run: typeof wb.run = (batch) =>
      wb.run(async (context) => {
        const sync = context.sync.bind(context);
        let n = 0;
        (context as { sync: () => Promise<void> }).sync = async () => {
          await sync();
          if (++n === 2) ws.cells[4] = [null, "上海丁科技有限公司"];
        };
        return batch(context);
      });
    await expect(appendContact(run, all, "走访", ENTRY, false)).rejects.toThrow(/not blank/);
    expect(wb.writes).toEqual([]);
    expect(ws.cells[4]).toEqual([null, "上海丁科技有限公司"]);
  });

  it("refuses a sheet that is gone or has no contact header any more, writing nothing", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", [
      ["企业名称", "证书编号", "发证日期"],
      ["上海甲科技有限公司", "GR202331000001", d(2023, 11, 1)],
    ]);
    await expect(appendContact(wb.run, all, "走访", ENTRY, false)).rejects.toBeInstanceOf(
      AppendRefused
    );
    await expect(appendContact(wb.run, all, "名单", ENTRY, false)).rejects.toThrow(
      /No contact header/
    );
    expect(wb.writes).toEqual([]);
  });

  it("refuses an entry a code-only sheet cannot name (no code), and writes a code-only entry by its code", async () => {
    const wb = new FakeWorkbook();
    const ws = wb.addSheet("走访", [
      ["日期", "统一社会信用代码", "状态"],
      [d(2024, 1, 5), "91310116MA1K000015", "已办结"],
    ]);
    await expect(
      appendContact(wb.run, all, "走访", { ...ENTRY, creditCode: "" }, false)
    ).rejects.toThrow(/cannot record/);
    expect(wb.writes).toEqual([]);
    await appendContact(wb.run, all, "走访", ENTRY, false);
    expect(ws.cells[2]).toEqual([d(2024, 5, 14), "91310116MA1K000015", "办理中"]);
  });

  it("without a contact sheet, makes one from the template (a free name) with the entry under the header", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("走访记录", [["别的内容"]]);
    const done = await appendContact(
      wb.run,
      all,
      null,
      { ...ENTRY, problem: "", status: null, due: null },
      false
    );
    expect(done).toEqual({ sheet: "走访记录 (2)", row: 2, created: true, dropped: [] });
    const ws = wb.sheet("走访记录 (2)")!;
    expect(ws.cells[0]).toEqual(contactTemplate().header);
    expect(ws.cells[1]).toEqual([
      d(2024, 5, 14),
      "=上海甲科技有限公司",
      "91310116MA1K000015",
      "走访",
      "张",
      null,
      null,
      null,
    ]);
    expect(ws.formulaCells.size).toBe(0);
    expect(wb.sheet("走访记录")!.cells).toEqual([["别的内容"]]);
  });

  it("removes the sheet it made when the write fails, and leaves the rest as it was", async () => {
    const wb = new FakeWorkbook({ failAtSync: 2 });
    wb.addSheet("名单", [["企业名称"]]);
    await expect(appendContact(wb.run, all, null, ENTRY, false)).rejects.toThrow(/host failed/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["名单"]);
  });

  it("writes dates as a 1904-system workbook counts them", async () => {
    const wb = new FakeWorkbook();
    const ws = wb.addSheet(
      "走访",
      LOG.map((r) => [...r])
    );
    await appendContact(wb.run, all, "走访", ENTRY, true);
    expect(ws.cells[4][2]).toBe(d(2024, 5, 14) - 1462);
    expect(
      readContactSheet({ name: "走访", values: ws.cells as Cell[][], date1904: true })!.rows.at(-1)!
        .date
    ).toBe(d(2024, 5, 14));
  });

  it("needs ExcelApi 1.4, and the Excel source asks the date system before writing", async () => {
    const wb = new FakeWorkbook({ date1904: true });
    const ws = wb.addSheet(
      "走访",
      LOG.map((r) => [...r])
    );
    await expect(appendContact(wb.run, () => false, "走访", ENTRY, false)).rejects.toBeInstanceOf(
      RequirementError
    );
    const source = createExcelSource({ run: wb.run, supports: all, settings: null });
    await source.appendContact("走访", ENTRY);
    expect(ws.cells[4][2]).toBe(d(2024, 5, 14) - 1462);
  });
});
