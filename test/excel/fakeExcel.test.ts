import { FakeWorkbook } from "./fakeExcel";

// Negative controls: the fake must be able to see the faults the adapter tests claim are absent.
describe("the recording fake itself", () => {
  it.each([
    ["General", 1],
    ["@", 0],
  ])("a '=' string written over format %s makes %d formula cell(s)", async (format, formulas) => {
    const wb = new FakeWorkbook();
    const ws = wb.addSheet("S");
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.numberFormat = [[format]];
      r.values = [["=1+1"]];
      await ctx.sync();
    });
    expect(ws.formulaCells.size).toBe(formulas);
    expect(wb.writesTo("S").map((w) => w.kind)).toEqual(["numberFormat", "values"]);
  });

  it("applies queued writes only at sync, fails the chosen sync and counts syncs", async () => {
    const wb = new FakeWorkbook({ failAtSync: 2 });
    const ws = wb.addSheet("S");
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("B2").values = [[5]];
        expect(ws.cells).toEqual([]);
        await ctx.sync();
        expect(ws.cells[1][1]).toBe(5);
        await ctx.sync();
      })
    ).rejects.toThrow("fake: the host failed");
    expect(wb.syncs).toBe(2);
  });

  it("throws the payload error for a load above the row limit and applies nothing of that batch", async () => {
    const wb = new FakeWorkbook({
      payloadLimitRows: 2,
      payloadCode: "RequestPayloadSizeLimitExceeded",
    });
    const ws = wb.addSheet("S", [[1], [2], [3]]);
    await expect(
      wb.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("S");
        s.getRange("C1").values = [["x"]];
        s.getRangeByIndexes(0, 0, 3, 1).load("values");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(ws.cells[0]).toEqual([1]);
  });
});
