import type { SupportsSet } from "../../src/excel/excelRun";
import { columnFormat, formatSelection, isTitleRow } from "../../src/commands/formatSelection";
import type { CellValue } from "../../src/domain/types";

/** Every property set and method call on a style object, as "path=value" / "path(args)". */
type Log = string[];

/** A recorder for the style objects (format, borders, page layout): nested paths, sets and calls. */
function recorder(path: string, log: Log): unknown {
  return new Proxy(function () {} as object, {
    get: (_t, prop) => recorder(`${path}.${String(prop)}`, log),
    set: (_t, prop, value) => {
      log.push(`${path}.${String(prop)}=${JSON.stringify(value)}`);
      return true;
    },
    apply: (_t, _this, args) => {
      const call = `${path}(${args.map((a) => (typeof a === "object" && a && "address" in a ? (a as { address: string }).address : JSON.stringify(a))).join(",")})`;
      log.push(call);
      return recorder(call, log);
    },
  });
}

const letter = (c: number): string => String.fromCharCode(65 + c);

/**
 * A sheet of `cells` (row 0 = sheet row 1) with a selection: ranges know their geometry, give values,
 * and log number formats and styles by address. Nothing writes values: any attempt is logged too.
 */
function fakeSheet(cells: CellValue[][], selection: { row: number; col: number; rows: number; cols: number }) {
  const log: Log = [];
  const usedRows = cells.length;
  const usedCols = Math.max(...cells.map((r) => r.length));
  const range = (row: number, col: number, rows: number, cols: number): Record<string, unknown> => {
    const address = `${letter(col)}${row + 1}:${letter(col + cols - 1)}${row + rows}`;
    return {
      address: `Sheet1!${address}`,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      isNullObject: false,
      load: () => undefined,
      get values() {
        return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => cells[row + i]?.[col + j] ?? ""));
      },
      set values(_v: unknown) {
        log.push(`${address}.values written`);
      },
      set numberFormat(v: string[][]) {
        const distinct = [...new Set(v.map((r) => r[0]))];
        log.push(`${address}.numberFormat=${distinct.join("|")} x${v.length}`);
      },
      format: recorder(`${address}.format`, log),
      getRow: (i: number) => range(row + i, col, 1, cols),
      getColumn: (j: number) => range(row, col + j, rows, 1),
      getResizedRange: (dr: number, dc: number) => range(row, col, rows + dr, cols + dc),
      getOffsetRange: (dr: number, dc: number) => range(row + dr, col + dc, rows, cols),
      getIntersectionOrNullObject: (other: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }) => {
        const top = Math.max(row, other.rowIndex);
        const left = Math.max(col, other.columnIndex);
        const bottom = Math.min(row + rows, other.rowIndex + other.rowCount);
        const right = Math.min(col + cols, other.columnIndex + other.columnCount);
        if (bottom <= top || right <= left) return { isNullObject: true, load: () => undefined };
        return range(top, left, bottom - top, right - left);
      },
    };
  };
  const sheet = {
    getUsedRange: () => range(0, 0, usedRows, usedCols),
    freezePanes: recorder("freezePanes", log),
    pageLayout: recorder("pageLayout", log),
  };
  const context = {
    workbook: {
      worksheets: { getActiveWorksheet: () => sheet },
      getSelectedRange: () => range(selection.row, selection.col, selection.rows, selection.cols),
    },
    sync: async () => undefined,
  };
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context as unknown as Excel.RequestContext);
  return { run, log };
}

const all: SupportsSet = () => true;

// A bulletin-like table: title row, header row, three data rows.
const TABLE: CellValue[][] = [
  ["金山区高新技术企业通报", "", "", "", ""],
  ["序号", "责任单位", "有效期内高企", "完成率", "发证日期"],
  [1, "枫泾镇", 120, 0.875, 45291],
  [2, "朱泾镇", 98, 0.6, 45300],
  [3, "其他", 7, 1.02, 45310],
];

describe("formatSelection", () => {
  it("styles title, header and body of the selection; numeric columns get formats by header; no value is written", async () => {
    const { run, log } = fakeSheet(TABLE, { row: 0, col: 0, rows: 5, cols: 5 });
    expect(await formatSelection(run, all)).toBe("A1:E5");
    expect(log).toEqual(expect.arrayContaining([
      'A1:E1.format.font.bold=true',
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
      "pageLayout.setPrintArea(Sheet1!A1:E5)",
      'pageLayout.setPrintTitleRows("$2:$2")',
    ]));
    // The text column keeps its own format, and nothing touches the values.
    expect(log.filter((l) => l.startsWith("B3:B5.numberFormat"))).toEqual([]);
    expect(log.filter((l) => l.includes("values written"))).toEqual([]);
  });

  it("a whole-column selection is cut to the used range, and a table without a title starts with its header", async () => {
    const { run, log } = fakeSheet(TABLE.slice(1), { row: 0, col: 1, rows: 1_048_576, cols: 2 });
    expect(await formatSelection(run, all)).toBe("B1:C4");
    expect(log).toEqual(expect.arrayContaining(['B1:C1.format.fill.color="#1F4E79"', "C2:C4.numberFormat=#,##0 x3", "freezePanes.freezeRows(1)", 'pageLayout.setPrintTitleRows("$1:$1")']));
    expect(log.some((l) => l.includes("CenterAcrossSelection"))).toBe(false);
  });

  it("a selection outside the used range changes nothing", async () => {
    const { run, log } = fakeSheet(TABLE, { row: 20, col: 0, rows: 3, cols: 3 });
    expect(await formatSelection(run, all)).toBeNull();
    expect(log).toEqual([]);
  });

  it("needs ExcelApi 1.9", async () => {
    const { run, log } = fakeSheet(TABLE, { row: 0, col: 0, rows: 5, cols: 5 });
    await expect(formatSelection(run, (_s, v) => v !== "1.9")).rejects.toMatchObject({ name: "RequirementError" });
    expect(log).toEqual([]);
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
