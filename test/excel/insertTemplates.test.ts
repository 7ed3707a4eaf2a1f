/** The first-run templates written through the Excel adapter, on the recording fake: new sheets only, all or none. */
import { contactTemplate } from "../../src/domain/contacts/contactTemplate";
import { serialFromYmd } from "../../src/domain/core/dates";
import { TEMPLATE_KINDS, templateLayout } from "../../src/domain/report/templateSheets";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { RequirementError, type SupportsSet } from "../../src/excel/excelRun";
import { createExcelSource } from "../../src/excel/excelSource";
import { readAllSheets } from "../../src/excel/readSheets";
import { FakeWorkbook } from "./fakeExcel";

const all: SupportsSet = () => true;
const layouts = TEMPLATE_KINDS.map((k) => templateLayout(k, "zh-CN"));

describe("insertSheets (插入模板)", () => {
  it("adds the four templates as new sheets in one batch, and the engine reads them as their kinds without a finding", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("说明", [["我的备注"]]);
    const source = createExcelSource({ run: wb.run, supports: all, settings: null });
    expect(await source.insertSheets(layouts)).toEqual([
      "高企名单",
      "目标任务",
      "培育库",
      "走访记录",
    ]);
    expect(wb.syncs).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "说明",
      "高企名单",
      "目标任务",
      "培育库",
      "走访记录",
    ]);
    expect(wb.writesTo("说明")).toEqual([]);
    expect(wb.sheet("高企名单")!.cells[0].slice(0, 5)).toEqual([
      "企业名称",
      "统一社会信用代码",
      "证书编号",
      "发证日期",
      "所属镇/园区",
    ]);
    // Credit codes and certificate numbers are text before their values arrive (no 9.13e17).
    expect(wb.sheet("高企名单")!.formats.get("1,1")).toBe("@");
    // The contact log has the header 记录走访 makes a new sheet with, and dates as dates.
    expect(wb.sheet("走访记录")!.cells[0]).toEqual(contactTemplate().header);
    expect(wb.sheet("走访记录")!.formats.get("1,0")).toBe("yyyy-mm-dd");
    expect(wb.sheet("走访记录")!.formats.get("1,2")).toBe("@");
    expect(wb.active).toBe(1);
    const a = analyseWorkbook(await readAllSheets(wb.run, { supports: all }), {
      asOf: serialFromYmd(2024, 12, 31),
    });
    expect(a.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ["说明", "ignored"],
      ["高企名单", "roster"],
      ["目标任务", "targets"],
      ["培育库", "pool"],
      ["走访记录", "contacts"],
    ]);
    expect(a.findings).toEqual([]);
    expect(a.total.contacts.visits).toBe(2);
  });

  it("never writes over an existing sheet: a taken name gets (2)", async () => {
    const wb = new FakeWorkbook();
    const mine = wb.addSheet("目标任务", [["我自己的目标表"]]);
    const visits = wb.addSheet("走访记录", [["我的走访台账"], ["3月", "上海某公司"]]);
    const source = createExcelSource({ run: wb.run, supports: all, settings: null });
    expect(await source.insertSheets(layouts)).toEqual([
      "高企名单",
      "目标任务 (2)",
      "培育库",
      "走访记录 (2)",
    ]);
    expect(mine.cells).toEqual([["我自己的目标表"]]);
    expect(wb.writesTo("目标任务")).toEqual([]);
    expect(visits.cells).toEqual([["我的走访台账"], ["3月", "上海某公司"]]);
    expect(wb.writesTo("走访记录")).toEqual([]);
  });

  it("a failing sync leaves none of the new sheets behind", async () => {
    const wb = new FakeWorkbook({ failAtSync: 2 });
    wb.addSheet("说明", [["我的备注"]]);
    const source = createExcelSource({ run: wb.run, supports: all, settings: null });
    await expect(source.insertSheets(layouts)).rejects.toThrow("fake: the host failed");
    expect(wb.sheets.map((s) => s.name)).toEqual(["说明"]);
  });

  it("a host without ExcelApi 1.7 is told so and nothing is written", async () => {
    const wb = new FakeWorkbook();
    const source = createExcelSource({
      run: wb.run,
      supports: (_s, v) => Number(v.split(".")[1]) <= 4,
      settings: null,
    });
    await expect(source.insertSheets(layouts)).rejects.toBeInstanceOf(RequirementError);
    expect(wb.sheets).toHaveLength(0);
  });
});
