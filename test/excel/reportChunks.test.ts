/**
 * The report's writes are cut by bytes, not by a fixed row count: wide rows (2.5 KB each, long names and
 * notes) stay under Excel on the web's 5 MB request limit, and a request the host still refuses is halved
 * and sent again. On the recording fake, whose byte limit refuses a request as Excel does.
 */
import type { ReportValue } from "../../src/domain/report/layout";
import { templateLayout } from "../../src/domain/report/templateSheets";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/chunks";
import type { SupportsSet } from "../../src/excel/excelRun";
import { chunkRowsFrom } from "../../src/excel/renderLayout";
import { writeReport } from "../../src/excel/writeReport";
import { FakeWorkbook, rosterCells } from "./fakeExcel";

const all: SupportsSet = () => true;
/** 2,000 rows of about 2.5 KB: 5 MB of values, what one fixed 2,000-row request used to carry. */
const ROWS = 2000;
const NOTE = "说明".repeat(410);

function wideLayout() {
  const base = templateLayout("targets", "zh-CN");
  const values: ReportValue[][] = Array.from({ length: ROWS }, (_, i) =>
    i === 0 ? base.values[0] : [`企业${i}${NOTE}`, i, 2 * i, 3 * i]
  );
  return { ...base, id: "bulletin" as const, sheetName: "高企通报", values };
}

function setup(payloadLimitBytes: number): FakeWorkbook {
  const wb = new FakeWorkbook({ payloadLimitBytes });
  wb.addSheet("名单", rosterCells(3));
  return wb;
}

describe("report writes sized by bytes", () => {
  it("rows of 2.5 KB go out in requests within the budget, under Excel on the web's 5 MB limit, whole", async () => {
    const wb = setup(5_000_000);
    const layout = wideLayout();
    const name = await writeReport(wb.run, [layout], all);
    expect(wb.largestRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES + 10_000);
    const valueWrites = wb.writes.filter(
      (w) => w.kind === "values" && w.sheet.startsWith("GaoqiStaging")
    );
    expect(valueWrites.length).toBeGreaterThanOrEqual(5);
    expect(wb.sheet(name)!.cells.map((r) => r.slice(0, 4))).toEqual(layout.values);
  });

  it.each([400_000, 150_000])(
    "a host that refuses requests over %i bytes: each chunk halved until it passes, the report whole",
    async (limit) => {
      const wb = setup(limit);
      const layout = wideLayout();
      const name = await writeReport(wb.run, [layout], all);
      expect(wb.largestRequestBytes).toBeGreaterThan(limit);
      const accepted = wb.writes.filter(
        (w) => w.kind === "values" && w.sheet.startsWith("GaoqiStaging")
      );
      expect(accepted.every((w) => Buffer.byteLength(JSON.stringify(w.data)) <= limit)).toBe(true);
      expect(wb.sheet(name)!.cells.map((r) => r.slice(0, 4))).toEqual(layout.values);
    }
  );

  it("one row the host refuses even alone fails the report with the host's error, and nothing is left behind", async () => {
    const wb = setup(2_000);
    await expect(writeReport(wb.run, [wideLayout()], all)).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["名单"]);
  });

  it.each([
    // bytes per row, budget, cap, expected rows from 0
    [[10, 10, 10, 10], 25, Infinity, 2],
    [[10, 10, 10, 10], 1000, Infinity, 4],
    [[10, 10, 10, 10], 1000, 3, 3],
    [[50, 10], 25, Infinity, 1],
    [[], 25, Infinity, 0],
  ])("chunkRowsFrom(%j, budget %i, cap %s) = %i", (bytes, budget, cap, rows) => {
    expect(chunkRowsFrom(bytes, 0, budget, cap)).toBe(rows);
  });
});
