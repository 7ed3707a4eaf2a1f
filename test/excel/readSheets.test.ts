import { MAX_BLOCK_ROWS, type ReadStats, readAllSheets } from "../../src/excel/readSheets";
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
    },
  );

  it("gives up only when a single row is too large", async () => {
    const wb = new FakeWorkbook({ payloadLimitRows: 0 });
    wb.addSheet("名单", rosterCells(3));
    await expect(readAllSheets(wb.run)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reports progress, honours cancellation and reads only the named sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("A", rosterCells(10));
    wb.addSheet("B", rosterCells(20));
    const seen: number[] = [];
    const out = await readAllSheets(wb.run, { only: "B", onProgress: (p) => seen.push(p.rowsRead) }, undefined, 8);
    expect(out.map((s) => s.name)).toEqual(["B"]);
    expect(seen).toEqual([8, 16, 21]);
    const ac = new AbortController();
    ac.abort();
    await expect(readAllSheets(wb.run, { signal: ac.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("shifts 1904-system date serials only in date-formatted cells", async () => {
    const wb = new FakeWorkbook({ date1904: true });
    const ws = wb.addSheet("S", [["x", "d"], [100, 100]]);
    ws.formats.set("1,1", "yyyy-mm-dd");
    const [sheet] = await readAllSheets(wb.run);
    expect(sheet.values[1]).toEqual([100, 100 + 1462]);
  });
});
