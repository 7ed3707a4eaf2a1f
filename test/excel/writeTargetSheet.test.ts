import { serialFromYmd } from "../../src/domain/core/dates";
import { decompose } from "../../src/domain/decompose/decompose";
import { buildDecompositionLayout } from "../../src/domain/report/decompositionSheet";
import { DEFAULT_TARGETS, readTargetTable } from "../../src/domain/targets/targetTable";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { RequirementError, type SupportsSet } from "../../src/excel/excelRun";
import { readAllSheets } from "../../src/excel/readSheets";
import { writeTargetSheet } from "../../src/excel/writeTargetSheet";
import { createExcelSource } from "../../src/excel/excelSource";
import { FakeWorkbook, rosterCells } from "./fakeExcel";

const all: SupportsSet = () => true;
const upTo14: SupportsSet = (_set, v) => Number(v.split(".")[1]) <= 4;

const d = decompose({
  units: DEFAULT_TARGETS.units.map((unit, i) => ({ unit, valid: 10 + 5 * i })),
  totals: { 2025: 1750, 2026: 1900, 2027: 2050 },
  baseDate: serialFromYmd(2024, 12, 31),
  method: "share",
  floor: "both",
  pipelineWeight: 0.5,
  previous: DEFAULT_TARGETS,
});
const layout = buildDecompositionLayout(d, "金山区");
const NAME = "目标任务分解 2025-2027";

function setup(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("名单", rosterCells(20));
  return wb;
}

describe("writeTargetSheet", () => {
  it("writes the table to a new sheet in one batch: names, then everything in one sync", async () => {
    const wb = setup();
    expect(await writeTargetSheet(wb.run, layout, all)).toBe(NAME);
    expect(wb.sheets.map((s) => s.name)).toEqual(["名单", NAME]);
    expect(wb.syncs).toBe(2);
    const ws = wb.sheet(NAME)!;
    expect(ws.cells[3].slice(0, 6)).toEqual([
      "责任单位",
      "基数（2024-12-31有效数）",
      "占比",
      "2025年",
      "2026年",
      "2027年",
    ]);
    expect(ws.cells[4][0]).toBe("枫泾镇");
    expect(ws.cells[4][3]).toBe(d.units[0].targets[2025]);
    // Text cells carry the text format before their value arrives; no formula appears.
    expect(ws.formats.get("4,0")).toBe("@");
    expect(ws.formats.get("4,2")).toBe("0.0%");
    expect(ws.formulaCells.size).toBe(0);
    const drawn = wb.writesTo(NAME).filter((w) => w.kind === "values" || w.kind === "numberFormat");
    expect(drawn.map((w) => w.kind)).toEqual(["numberFormat", "values"]);
    // The user's sheet is not touched, and the new sheet is shown.
    expect(wb.writesTo("名单")).toEqual([]);
    expect(wb.active).toBe(1);
  });

  it("never writes over an existing sheet: the name gets (2), (3), ...", async () => {
    const wb = setup();
    const mine = wb.addSheet(NAME, [["我自己的表"]]);
    wb.addSheet(`${NAME} (2)`, [["另一张"]]);
    expect(await writeTargetSheet(wb.run, layout, all)).toBe(`${NAME} (3)`);
    expect(mine.cells).toEqual([["我自己的表"]]);
    expect(wb.writesTo(NAME)).toEqual([]);
    expect(wb.sheet(`${NAME} (3)`)!.cells[0][0]).toBe(
      "金山区高新技术企业目标任务分解（2025-2027年）"
    );
  });

  it("round trip: the cells the fake holds, read back through the engine, are the same table", async () => {
    const wb = setup();
    await writeTargetSheet(wb.run, layout, all);
    const sheets = await readAllSheets(wb.run);
    const written = sheets.find((s) => s.name === NAME)!;
    expect(readTargetTable(written)).toEqual({ table: d.table, findings: [] });
    // The analysis of the workbook then uses it as its target table for the years it covers.
    const a = analyseWorkbook(sheets, { asOf: serialFromYmd(2026, 12, 31) });
    expect(a.targets).toEqual(d.table);
    expect(a.units.map((u) => u.target)).toEqual([...d.units.map((u) => u.targets[2026])]);
  });

  it("a failing sync leaves no new sheet behind, and the error reaches the caller", async () => {
    const wb = new FakeWorkbook({ failAtSync: 2 });
    wb.addSheet("名单", rosterCells(5));
    await expect(writeTargetSheet(wb.run, layout, all)).rejects.toThrow("fake: the host failed");
    expect(wb.sheets.map((s) => s.name)).toEqual(["名单"]);
    expect(wb.writesTo("名单")).toEqual([]);
  });

  it("a host without ExcelApi 1.7 gets a clear message and nothing is written", async () => {
    const wb = setup();
    await expect(writeTargetSheet(wb.run, layout, upTo14)).rejects.toBeInstanceOf(RequirementError);
    expect(wb.syncs).toBe(0);
    expect(wb.sheets).toHaveLength(1);
  });

  it("is the Excel source's writeTargetTable", async () => {
    const wb = setup();
    const source = createExcelSource({ run: wb.run, supports: all, settings: null });
    expect(await source.writeTargetTable(layout)).toBe(NAME);
    expect(wb.sheet(NAME)).toBeDefined();
  });
});
