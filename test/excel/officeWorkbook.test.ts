/**
 * The office-shaped workbook through the Excel adapter: the recording fake holds its sheets as
 * Excel would (values, a merged area's value in its top-left cell only, the merged areas), readAllSheets
 * reads them, the engine analyses them: the same hand-computed figures as the engine and the CLI give.
 */
import { DATE1904_OFFSET } from "../../src/domain/core/dates";
import type { CellValue } from "../../src/domain/core/types";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { readAllSheets } from "../../src/excel/readSheets";
import { officeWorkbookSheets } from "../fixtures/officeWorkbook";
import {
  AS_OF,
  DUPLICATE_MESSAGE,
  EXPECTED_FIGURES,
  officeFigures,
} from "../fixtures/officeWorkbook.expected";
import { FakeWorkbook, type Cell } from "./fakeExcel";

const DATE_HEADERS = new Set(["发证日期", "迁入日期", "走访日期", "办结时限"]);

/** The fixture as Excel holds it; in a 1904-system workbook every date cell's serial is 1,462 smaller. */
function fakeOfficeWorkbook(date1904 = false): FakeWorkbook {
  const wb = new FakeWorkbook({ date1904 });
  for (const s of officeWorkbookSheets()) {
    const dateCols = new Set<number>();
    const cells: Cell[][] = s.values.map((row: CellValue[]) =>
      row.map((v, c) => {
        if (typeof v === "string" && DATE_HEADERS.has(v)) dateCols.add(c);
        if (date1904 && typeof v === "number" && dateCols.has(c)) return v - DATE1904_OFFSET;
        return v === undefined || v instanceof Date ? null : v;
      })
    );
    wb.addSheet(s.name, cells).merges = (s.merges ?? []).map((m) => ({
      row: m.top - 1,
      col: m.left - 1,
      rows: m.bottom - m.top + 1,
      cols: m.right - m.left + 1,
    }));
  }
  return wb;
}

describe("the office workbook through the Excel adapter", () => {
  it.each([false, true])(
    "gives the hand-computed figures (1904 date system: %s)",
    async (date1904) => {
      const sheets = await readAllSheets(fakeOfficeWorkbook(date1904).run, {
        supports: () => true,
      });
      const a = analyseWorkbook(sheets, { asOf: AS_OF });
      expect(officeFigures(a)).toEqual(EXPECTED_FIGURES);
      expect(a.findings.find((f) => f.code === "duplicate")?.message["zh-CN"]).toBe(
        DUPLICATE_MESSAGE
      );
    }
  );

  it("on a host without ExcelApi 1.13: 庚 falls to 其他, and findings say the merges could not be read", async () => {
    const sheets = await readAllSheets(fakeOfficeWorkbook().run, { supports: () => false });
    const a = analyseWorkbook(sheets, { asOf: AS_OF });
    expect(a.findings.filter((f) => f.code === "merges-unread").map((f) => f.sheet)).toEqual([
      "高企名单",
      "迁入企业",
      "目标任务",
      "走访记录",
    ]);
    expect(a.units.find((u) => u.unit === "其他")?.valid).toBe(1);
  });
});
