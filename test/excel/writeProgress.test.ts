/**
 * Long writes report rows written of the total and can be cancelled: the report (in chunks sized by
 * bytes) and the formula columns (in their chunks), on the recording fake. A cancel takes the failure's
 * way back: no half report, no half-written columns.
 */
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { ReportValue } from "../../src/domain/report/layout";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import type { SupportsSet } from "../../src/excel/excelRun";
import { insertFormulaColumns } from "../../src/excel/formulaColumns";
import type { ReadProgress } from "../../src/excel/workbookSource";
import { writeReport } from "../../src/excel/writeReport";
import { templateLayout } from "../../src/domain/report/templateSheets";
import { FakeWorkbook, rosterCells } from "./fakeExcel";

const all: SupportsSet = () => true;
const ROWS = 1000;
/** About 2.5 KB of UTF-8 per row: 1,000 rows are more than two requests of 1 MB. */
const NOTE = "备注".repeat(420);

function bigLayout() {
  const base = templateLayout("targets", "zh-CN");
  const values: ReportValue[][] = Array.from({ length: ROWS }, (_, i) =>
    i === 0 ? base.values[0] : [`枫泾镇${NOTE}`, i, i, i]
  );
  return { ...base, id: "bulletin" as const, sheetName: "高企通报", values };
}

/** The rows of each values write to the staging sheet, in order. */
function chunkEnds(wb: FakeWorkbook): number[] {
  const ends: number[] = [];
  for (const w of wb.writes)
    if (w.kind === "values" && w.sheet.startsWith("GaoqiStaging"))
      ends.push((ends.at(-1) ?? 0) + (w.data as unknown[]).length);
  return ends;
}

describe("progress of long writes", () => {
  it("the report tells rows written after each chunk", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(5));
    const seen: ReadProgress[] = [];
    expect(await writeReport(wb.run, [bigLayout()], all, { onProgress: (p) => seen.push(p) })).toBe(
      "高企通报"
    );
    const ends = chunkEnds(wb);
    expect(ends.length).toBeGreaterThanOrEqual(3);
    expect(ends.at(-1)).toBe(ROWS);
    expect(seen).toEqual(ends.map((n) => ({ sheet: "高企通报", rowsRead: n, rowsTotal: ROWS })));
  });

  it("a report of several sheets counts its rows over all of them", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(5));
    const annex = { ...bigLayout(), id: "expiring" as const, sheetName: "附件1" };
    const seen: ReadProgress[] = [];
    await writeReport(wb.run, [bigLayout(), annex], all, { onProgress: (p) => seen.push(p) });
    const ends = chunkEnds(wb);
    const perSheet = ends.indexOf(ROWS) + 1;
    // The 附件 counts on from the 通报's rows; both sheets are chunked alike (the same rows).
    expect(seen.map((p) => [p.sheet, p.rowsRead])).toEqual([
      ...ends.slice(0, perSheet).map((n) => ["高企通报", n]),
      ...ends.slice(0, perSheet).map((n) => ["附件1", ROWS + n]),
    ]);
    expect(seen.every((p) => p.rowsTotal === 2 * ROWS)).toBe(true);
  });

  it("a cancelled report leaves no report sheet and no staging sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(5));
    const controller = new AbortController();
    const seen: number[] = [];
    const onProgress = (p: ReadProgress) => {
      seen.push(p.rowsRead);
      controller.abort();
    };
    await expect(
      writeReport(wb.run, [bigLayout()], all, { onProgress, signal: controller.signal })
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual([chunkEnds(wb)[0]]);
    expect(seen[0]).toBeLessThan(ROWS);
    expect(wb.sheets.map((s) => s.name)).toEqual(["名单"]);
  });

  it("formula columns tell the rows read, then the rows written, chunk by chunk", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(12));
    const seen: ReadProgress[] = [];
    await insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单", 5, {
      onProgress: (p) => seen.push(p),
    });
    const written = seen.slice(-3);
    expect(written).toEqual(
      [5, 10, 13].map((n) => ({ sheet: "名单", rowsRead: n, rowsTotal: 13 }))
    );
    // The read came first and was told too.
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[seen.length - 4]).toMatchObject({ sheet: "名单", rowsTotal: 13 });
  });

  it("cancelled formula columns are cleared again, and the cancel reaches the caller as itself", async () => {
    const wb = new FakeWorkbook();
    const roster = wb.addSheet("名单", rosterCells(12));
    const before = JSON.stringify(roster.cells);
    const controller = new AbortController();
    // Cancelled as soon as the first chunk of formulas is written (the read's progress comes before).
    const onProgress = () => {
      if (wb.writesTo("名单").some((w) => w.kind === "formulas")) controller.abort();
    };
    await expect(
      insertFormulaColumns(wb.run, DEFAULT_SETTINGS, DEFAULT_TARGETS, "名单", 5, {
        onProgress,
        signal: controller.signal,
      })
    ).rejects.toMatchObject({
      name: "AbortError",
    });
    // One chunk went out before the cancel; it was cleared, and the roster's own cells are as they were.
    expect(wb.writesTo("名单").filter((w) => w.kind === "formulas")).toHaveLength(1);
    expect(
      roster.cells.every((row) =>
        row.slice(4).every((c) => c === null || c === "" || c === undefined)
      )
    ).toBe(true);
    expect(JSON.stringify(roster.cells.map((r) => r.slice(0, 4)))).toBe(
      JSON.stringify(JSON.parse(before).map((r: unknown[]) => r.slice(0, 4)))
    );
  });
});
