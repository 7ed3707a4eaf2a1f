/** The office-shaped workbook (test/fixtures/officeWorkbook.ts) through the engine: every figure worked out by hand. */
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { officeWorkbookSheets } from "../fixtures/officeWorkbook";
import * as expected from "../fixtures/officeWorkbook.expected";
import { EXPECTED_FIGURES, officeFigures } from "../fixtures/officeWorkbook.expected";

describe("the office workbook through the engine", () => {
  const a = analyseWorkbook(officeWorkbookSheets(), { asOf: expected.AS_OF });

  it("reads the roster, the 迁入 sheet, the short-name target table and the contact log", () => {
    expect(a.sheets.map((s) => [s.sheet, s.kind, s.headerRow, s.records])).toEqual([
      ["说明", "ignored", 0, 0],
      ["高企名单", "roster", 3, 9],
      ["迁入企业", "roster", 2, 3],
      ["目标任务", "targets", 0, 0],
      ["走访记录", "contacts", 2, 6],
    ]);
    expect(a.targets.units).toEqual(["枫泾镇", "朱泾镇", "碳谷绿湾公司", "其他"]);
  });

  it("gives the hand-computed figures", () => {
    expect(officeFigures(a)).toEqual(EXPECTED_FIGURES);
    expect(a.findings.find((f) => f.code === "duplicate")?.message["zh-CN"]).toBe(
      expected.DUPLICATE_MESSAGE
    );
  });

  it("without the merges, 庚 falls to 其他 with a missing-unit finding (what merges are for)", () => {
    const sheets = officeWorkbookSheets().map((s) => ({ ...s, merges: undefined }));
    const b = analyseWorkbook(sheets, { asOf: expected.AS_OF });
    expect(
      b.findings.filter((f) => f.code === "missing-unit").map((f) => [f.sheet, f.row])
    ).toEqual([["高企名单", 10]]);
    // The contact log's merged date: without it, 甲's visit has no date and is not counted.
    expect(
      b.findings.filter((f) => f.code === "bad-date").map((f) => [f.sheet, f.row, f.column])
    ).toEqual([["走访记录", 5, "B"]]);
    expect(b.units.find((u) => u.unit === "枫泾镇")!.contacts.visits).toBe(1);
  });
});
