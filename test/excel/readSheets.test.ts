import {
  MAX_BLOCK_CELLS,
  MAX_BLOCK_ROWS,
  type ReadStats,
  blockRows,
  readAllSheets,
} from "../../src/excel/readSheets";
import { FakeWorkbook, rosterCells } from "./fakeExcel";

describe("readAllSheets through the recording fake", () => {
  it("reads a 100,000-row sheet with at most blocks + 3 syncs and writes nothing", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(99_999));
    const stats: ReadStats = { syncs: 0, blocks: 0, retries: 0 };
    const [sheet] = await wb.run((ctx) => readAllSheets(async (b) => b(ctx), {}, stats));
    const blocks = Math.ceil(100_000 / MAX_BLOCK_ROWS);
    expect(sheet.values).toHaveLength(100_000);
    expect(stats.blocks).toBe(blocks);
    expect(wb.syncs).toBeLessThanOrEqual(blocks + 3);
    expect(stats.syncs).toBe(wb.syncs);
    expect(wb.writes).toEqual([]);
  });

  it.each(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"] as const)(
    "%s halves the block and still delivers every row in order",
    async (code) => {
      const wb = new FakeWorkbook({ payloadLimitRows: 1500, payloadCode: code });
      const cells = rosterCells(11_999);
      wb.addSheet("名单", cells);
      const stats: ReadStats = { syncs: 0, blocks: 0, retries: 0 };
      const [sheet] = await readAllSheets(wb.run, {}, stats);
      expect(sheet.values).toEqual(cells);
      expect(stats.retries).toBeGreaterThan(0);
      expect(stats.blocks).toBe(Math.ceil(12_000 / 1250));
      expect(stats.syncs).toBe(wb.syncs);
    }
  );

  it("gives up only when a single row is too large", async () => {
    const wb = new FakeWorkbook({ payloadLimitRows: 0 });
    wb.addSheet("名单", rosterCells(3));
    await expect(readAllSheets(wb.run)).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
  });

  it("reports progress, honours cancellation and reads only the named sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("A", rosterCells(10));
    wb.addSheet("B", rosterCells(20));
    const seen: number[] = [];
    const out = await readAllSheets(
      wb.run,
      { only: "B", onProgress: (p) => seen.push(p.rowsRead) },
      undefined,
      8
    );
    expect(out.map((s) => s.name)).toEqual(["B"]);
    expect(seen).toEqual([8, 16, 21]);
    const ac = new AbortController();
    ac.abort();
    await expect(readAllSheets(wb.run, { signal: ac.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("sizes blocks by cells: a stray value in column XFD does not make one block of 16,384-column rows", async () => {
    const wb = new FakeWorkbook();
    const cells = rosterCells(59);
    cells[0][16383] = "备注"; // XFD1: the used range is now the whole width of the sheet
    wb.addSheet("名单", cells);
    const stats: ReadStats = { syncs: 0, blocks: 0, retries: 0 };
    const [sheet] = await readAllSheets(wb.run, {}, stats);
    expect(wb.largestLoadCells).toBeLessThanOrEqual(MAX_BLOCK_CELLS);
    expect(stats.blocks).toBe(Math.ceil(60 / Math.floor(MAX_BLOCK_CELLS / 16384)));
    expect(sheet.values).toHaveLength(60);
    expect(sheet.values[59].slice(0, 4)).toEqual(cells[59]);
    expect(sheet.values[0][16383]).toBe("备注");
  });

  it.each([
    [4, 5000, 100_000, 5000],
    [20, 5000, 100_000, 5000],
    [16384, 5000, 100_000, 6],
    [16384, 5000, 1000, 1],
    [0, 5000, 100_000, 5000],
  ])("blockRows(%d columns, %d rows, %d cells) = %d", (columns, rows, cells, expected) => {
    expect(blockRows(columns, rows, cells)).toBe(expected);
  });

  it("values coming back null (over Excel's cell limit) halve the block like a payload error", async () => {
    const wb = new FakeWorkbook({ nullValuesAboveCells: 40 });
    const cells = rosterCells(29);
    wb.addSheet("名单", cells);
    const stats: ReadStats = { syncs: 0, blocks: 0, retries: 0 };
    const [sheet] = await readAllSheets(wb.run, {}, stats, 30);
    expect(sheet.values).toEqual(cells);
    expect(stats.retries).toBe(2); // 30 rows (120 cells), then 15 (60), then 7 (28 cells) a block
    expect(stats.syncs).toBe(wb.syncs);
  });

  it("a single row that still comes back null is a clear error naming the sheet and row", async () => {
    const wb = new FakeWorkbook({ nullValuesAboveCells: 2 });
    wb.addSheet("名单", rosterCells(3));
    await expect(readAllSheets(wb.run)).rejects.toMatchObject({
      name: "ReadBlockError",
      message: expect.stringContaining('"名单" row 1'),
      text: expect.objectContaining({ "zh-CN": expect.stringContaining("第 1 行") }),
    });
  });

  it("hands the workbook's 1904 date system to the engine, with the values as Excel gives them", async () => {
    const wb = new FakeWorkbook({ date1904: true });
    wb.addSheet("S", [
      ["x", "d"],
      [100, 100],
    ]);
    const [sheet] = await readAllSheets(wb.run);
    expect(sheet.values[1]).toEqual([100, 100]);
    expect(sheet.date1904).toBe(true);
    const plain = new FakeWorkbook();
    plain.addSheet("S", [["x"]]);
    expect((await readAllSheets(plain.run))[0].date1904).toBe(false);
  });
});

const ALL = () => true;
const NONE = () => false;

describe("merged areas (ExcelApi 1.13)", () => {
  it("reads every sheet's merged areas in two syncs, whatever the row count", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("A", rosterCells(12_000)).merges = [
      { row: 0, col: 0, rows: 1, cols: 4 },
      { row: 20, col: 3, rows: 2, cols: 1 },
    ];
    wb.addSheet("B", rosterCells(10));
    const stats: ReadStats = { syncs: 0, blocks: 0, retries: 0 };
    const [a, b] = await readAllSheets(wb.run, { supports: ALL }, stats);
    expect(a.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 21, left: 4, bottom: 22, right: 4 },
    ]);
    expect(b.merges).toBeUndefined();
    expect([a.mergesUnread, b.mergesUnread]).toEqual([undefined, undefined]);
    expect(stats.syncs).toBe(2 + 2 + stats.blocks);
    expect(stats.syncs).toBe(wb.syncs);
  });

  it("a host without ExcelApi 1.13 marks every sheet's merges unread (the engine then says so)", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("A", rosterCells(3)).merges = [{ row: 1, col: 3, rows: 2, cols: 1 }];
    const [a] = await readAllSheets(wb.run, { supports: NONE });
    expect(a.mergesUnread).toBe(true);
    expect(a.merges).toBeUndefined();
  });

  it("over 512 areas in a sheet: that sheet is read in bands; the other sheets are not held up", async () => {
    const wb = new FakeWorkbook({ mergedAreasLimit: 512 });
    const many = Array.from({ length: 700 }, (_, i) => ({
      row: 1 + i * 2,
      col: 3,
      rows: 2,
      cols: 1,
    }));
    wb.addSheet("大", rosterCells(1500)).merges = many;
    wb.addSheet("小", rosterCells(5)).merges = [{ row: 1, col: 3, rows: 2, cols: 1 }];
    const [big, small] = await readAllSheets(wb.run, { supports: ALL });
    expect(big.merges).toHaveLength(700);
    expect(big.merges![699]).toEqual({ top: 1400, left: 4, bottom: 1401, right: 4 });
    expect(small.merges).toEqual([{ top: 2, left: 4, bottom: 3, right: 4 }]);
  });

  it("a band too short to split that still holds over 512 areas: that sheet's merges are unread, not guessed", async () => {
    const wb = new FakeWorkbook({ mergedAreasLimit: 2 });
    wb.addSheet("A", rosterCells(10)).merges = [0, 1, 2].map((i) => ({
      row: 1 + i,
      col: 0,
      rows: 1,
      cols: 2,
    }));
    const [a] = await readAllSheets(wb.run, { supports: ALL });
    expect(a.mergesUnread).toBe(true);
  });
});
