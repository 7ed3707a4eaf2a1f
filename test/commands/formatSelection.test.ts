import type { SupportsSet } from "../../src/excel/excelRun";
import { columnFormat, formatSelection, isTitleRow } from "../../src/commands/formatSelection";
import type { CellValue } from "../../src/domain/core/types";
import { type Cell, FakeWorkbook } from "../excel/fakeExcel";

type Area = { row: number; col: number; rows: number; cols: number };

/** A workbook of one sheet of `cells` (row 0 = sheet row 1) with `selection` selected. */
function sheetWith(
  cells: Cell[][],
  selection: Area,
  options: ConstructorParameters<typeof FakeWorkbook>[0] = {}
): FakeWorkbook {
  const wb = new FakeWorkbook({ ...options, selection });
  wb.addSheet(
    "Sheet1",
    cells.map((r) => [...r])
  );
  return wb;
}

/**
 * What reached the sheet, one line a write: styles as "A1:E1.format.font.bold=true", calls as
 * "freezePanes.freezeRows(2)", number formats as "A3:A5.numberFormat=0 x3", values as "... values written".
 */
function log(wb: FakeWorkbook): string[] {
  const bare = (a: string): string => a.replace(/'Sheet1'!/g, "");
  return wb.writesTo("Sheet1").map((w) => {
    if (w.kind === "numberFormat") {
      const rows = w.data as string[][];
      return `${bare(w.address)}.numberFormat=${[...new Set(rows.map((r) => r[0]))].join("|")} x${rows.length}`;
    }
    if (w.kind === "format")
      return w.data === undefined
        ? bare(w.address)
        : `${bare(w.address)}=${JSON.stringify(w.data)}`;
    return `${bare(w.address)} ${w.kind} written`;
  });
}

const all: SupportsSet = () => true;

// A bulletin-like table: title row, header row, three data rows.
const TABLE: Cell[][] = [
  ["金山区高新技术企业通报", "", "", "", ""],
  ["序号", "责任单位", "有效期内高企", "完成率", "发证日期"],
  [1, "枫泾镇", 120, 0.875, 45291],
  [2, "朱泾镇", 98, 0.6, 45300],
  [3, "其他", 7, 1.02, 45310],
];

describe("formatSelection", () => {
  it("styles title, header and body of the selection; numeric columns get formats by header; no value is written", async () => {
    const wb = sheetWith(TABLE, { row: 0, col: 0, rows: 5, cols: 5 });
    const before = JSON.stringify(wb.sheet("Sheet1")!.cells);
    expect(await formatSelection(wb.run, all)).toBe("A1:E5");
    expect(log(wb)).toEqual(
      expect.arrayContaining([
        "A1:E1.format.font.bold=true",
        'A1:E1.format.horizontalAlignment="CenterAcrossSelection"',
        'A2:E2.format.fill.color="#1F4E79"',
        'A2:E2.format.font.color="#FFFFFF"',
        'A2:E5.format.borders.getItem("InsideHorizontal").style="Continuous"',
        "A3:A5.numberFormat=0 x3",
        "C3:C5.numberFormat=#,##0 x3",
        "D3:D5.numberFormat=0.0% x3",
        "E3:E5.numberFormat=yyyy-mm-dd x3",
        "A1:E5.format.autofitColumns()",
        "freezePanes.freezeRows(2)",
        'pageLayout.orientation="Landscape"',
        "pageLayout.setPrintArea(A1:E5)",
        'pageLayout.setPrintTitleRows("$2:$2")',
      ])
    );
    // The text column keeps its own format, and nothing touches the values.
    expect(log(wb).filter((l) => l.startsWith("B3:B5.numberFormat"))).toEqual([]);
    expect(
      wb.writesTo("Sheet1").filter((w) => w.kind !== "format" && w.kind !== "numberFormat")
    ).toEqual([]);
    expect(JSON.stringify(wb.sheet("Sheet1")!.cells)).toBe(before);
    // Widths are fitted after the number formats are in place (a date is wider than its serial).
    expect(log(wb).indexOf("A1:E5.format.autofitColumns()")).toBeGreaterThan(
      log(wb).indexOf("E3:E5.numberFormat=yyyy-mm-dd x3")
    );
  });

  it("a whole-column selection is cut to the used range, and a table without a title starts with its header", async () => {
    const wb = sheetWith(TABLE.slice(1), { row: 0, col: 1, rows: 1_048_576, cols: 2 });
    expect(await formatSelection(wb.run, all)).toBe("B1:C4");
    expect(log(wb)).toEqual(
      expect.arrayContaining([
        'B1:C1.format.fill.color="#1F4E79"',
        "C2:C4.numberFormat=#,##0 x3",
        "freezePanes.freezeRows(1)",
        'pageLayout.setPrintTitleRows("$1:$1")',
      ])
    );
    expect(log(wb).some((l) => l.includes("CenterAcrossSelection"))).toBe(false);
  });

  it("a selection outside the used range changes nothing", async () => {
    const wb = sheetWith(TABLE, { row: 20, col: 0, rows: 3, cols: 3 });
    expect(await formatSelection(wb.run, all)).toBeNull();
    expect(wb.writes).toEqual([]);
  });

  it("a blank sheet changes nothing (the command then asks to select a table first)", async () => {
    const wb = sheetWith([], { row: 0, col: 0, rows: 1, cols: 1 });
    expect(await formatSelection(wb.run, all)).toBeNull();
    expect(wb.writes).toEqual([]);
  });

  it("a long table's number formats go out in chunks, each request under Excel on the web's 5 MB limit", async () => {
    const limit = 5 * 1024 * 1024;
    const rows = 120_000;
    const cells: Cell[][] = [["序号", "有效期内高企", "完成率", "发证日期", "金额"]];
    for (let i = 0; i < rows; i++) cells.push([i + 1, i % 90, 0.5, 45000 + (i % 900), 1000.5]);
    const wb = sheetWith(
      cells,
      { row: 0, col: 0, rows: 1_048_576, cols: 5 },
      { payloadLimitBytes: limit }
    );
    expect(await formatSelection(wb.run, all)).toBe(`A1:E${rows + 1}`);
    expect(wb.largestRequestBytes).toBeLessThan(limit / 4);
    const formats = wb.writesTo("Sheet1").filter((w) => w.kind === "numberFormat");
    expect(formats.length).toBeGreaterThan(5);
    // Every body cell got its column's format.
    const sheet = wb.sheet("Sheet1")!;
    expect([
      sheet.formats.get(`${rows},3`),
      sheet.formats.get(`${rows},4`),
      sheet.formats.get("1,2"),
      sheet.formats.get("0,0"),
    ]).toEqual(["yyyy-mm-dd", "#,##0.00", "0.0%", undefined]);
  });

  it("samples a table as wide as the sheet by cells, not by 200 rows", async () => {
    const cells: Cell[][] = TABLE.slice(1).map((r) => [...r]);
    for (let i = 0; i < 300; i++) cells.push([i + 4, "其他", 1, 0.5, 45000]);
    cells[0][16383] = "备注"; // a stray header far right: the used range is 16,384 columns wide
    const wb = sheetWith(cells, { row: 0, col: 0, rows: 1_048_576, cols: 16384 });
    expect(await formatSelection(wb.run, all)).toBe("A1:XFD304");
    expect(wb.largestLoadCells).toBeLessThanOrEqual(100_000);
    expect(log(wb)).toEqual(expect.arrayContaining(["C2:C304.numberFormat=#,##0 x303"]));
  });

  it("needs ExcelApi 1.9", async () => {
    const wb = sheetWith(TABLE, { row: 0, col: 0, rows: 5, cols: 5 });
    await expect(formatSelection(wb.run, (_s, v) => v !== "1.9")).rejects.toMatchObject({
      name: "RequirementError",
    });
    expect(wb.writes).toEqual([]);
  });
});

describe("columnFormat and isTitleRow", () => {
  it.each([
    ["发证日期", [45291, ""], "yyyy-mm-dd"],
    ["有效期至", [46386], "yyyy-mm-dd"],
    ["有效期内高企", [120, 98], "#,##0"],
    ["Valid until", [46386], "yyyy-mm-dd"],
    ["完成率", [0.5, 1], "0.0%"],
    ["序号", [1, 2], "0"],
    ["金额", [1000, 2500], "#,##0"],
    ["金额", [1000.5, 2], "#,##0.00"],
    ["单位", ["枫泾镇", 3], null],
    ["空列", ["", null], null],
  ] as [string, CellValue[], string | null][])("%s %j -> %s", (header, sample, format) => {
    expect(columnFormat(header, sample)).toBe(format);
  });

  it("a title row has exactly one filled cell in a row wider than one", () => {
    expect(isTitleRow(["通报", "", null])).toBe(true);
    expect(isTitleRow(["通报"])).toBe(false);
    expect(isTitleRow(["序号", "单位"])).toBe(false);
  });
});
