import type { ReportLayout } from "../../src/domain/report/layout";
import type { Analysis } from "../../src/domain/core/types";
import type { ReadProgress } from "../../src/excel/workbookSource";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { ROSTER, SHEETS } from "./fixtures";

const many = { name: "大表", values: Array.from({ length: 1200 }, (_, i) => [i]) };

describe("preview source", () => {
  it("reads every sheet in blocks, reporting rows read of total", async () => {
    const source = createPreviewSource(async () => [many, ROSTER]);
    const seen: ReadProgress[] = [];
    const sheets = await source.readSheets({ onProgress: (p) => seen.push(p) });
    expect(sheets.map((s) => s.name)).toEqual(["大表", "名单"]);
    const total = 1200 + ROSTER.values.length;
    expect(seen.map((p) => [p.sheet, p.rowsRead])).toEqual([
      ["大表", 500],
      ["大表", 1000],
      ["大表", 1200],
      ["名单", total],
    ]);
    expect(seen.every((p) => p.rowsTotal === total)).toBe(true);
  });

  it("stops with an AbortError when the signal fires between blocks", async () => {
    const source = createPreviewSource(async () => [many]);
    const controller = new AbortController();
    const read = source.readSheets({
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
  });

  it("keeps saved settings in memory and reports the writes it would make", async () => {
    const source = createPreviewSource(async () => SHEETS);
    const settings = { ...(await source.loadSettings()), district: "测试区" };
    await source.saveSettings(settings);
    expect(await source.loadSettings()).toBe(settings);
    expect(await source.insertFormulaColumns()).toEqual({
      sheet: "名单",
      address: "G1:I7",
      rows: 7,
    });
    expect(await source.highlightExpiring({ expiring: [{}, {}] } as unknown as Analysis)).toBe(2);
    await source.select("名单", 3, "C");
    expect(source.lastSelection).toEqual({ sheet: "名单", row: 3, column: "C" });
    expect(source.kind).toBe("preview");
  });

  it("reports the name a target table would get, beside the sample's sheets, and writes nothing", async () => {
    const taken = { name: "目标任务分解 2025-2027", values: [["我的表"]] };
    const source = createPreviewSource(async () => [ROSTER, taken]);
    const layout = { sheetName: "目标任务分解 2025-2027" } as ReportLayout;
    expect(await source.writeTargetTable(layout)).toBe("目标任务分解 2025-2027 (2)");
    expect((await source.readSheets()).map((sh) => sh.name)).toEqual([
      "名单",
      "目标任务分解 2025-2027",
    ]);
    expect(taken.values).toEqual([["我的表"]]);
  });
});
