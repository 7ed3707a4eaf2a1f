import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { serialFromYmd } from "../../src/domain/core/dates";
import { decompose } from "../../src/domain/decompose/decompose";
import { decomposeUnits } from "../../src/domain/decompose/decomposeInput";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { ReportLayout } from "../../src/domain/report/layout";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import type { WorkbookSource } from "../../src/excel/workbookSource";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF, SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

async function openView(source: WorkbookSource = createPreviewSource(async () => SHEETS)) {
  const view = render(<App source={source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />);
  await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
  fireEvent.click(screen.getByRole("tab", { name: "目标分解" }));
  await screen.findByTestId("decompose-view", {}, { timeout: 15_000 });
  return { source, ...view };
}

const typeTotals = (totals: Record<string, string>) => {
  for (const [year, value] of Object.entries(totals))
    fireEvent.change(screen.getByLabelText(`${year}年总量`), { target: { value } });
};

/** The preview table as text: one array per row (units, then 合计). */
const tableRows = (): string[][] =>
  [...screen.getAllByTestId("decompose-row"), screen.getByTestId("decompose-total")].map((r) =>
    within(r)
      .getAllByRole("cell")
      .map((c) => c.textContent ?? "")
  );

// The engine's own answer for the fixture, to hold the view against.
const atBase = analyseWorkbook(SHEETS, { asOf: serialFromYmd(2024, 12, 31) });
const engine = (floor: "both" | "none") =>
  decompose({
    units: decomposeUnits(atBase),
    totals: { 2025: 1750, 2026: 1900, 2027: 2050 },
    baseDate: serialFromYmd(2024, 12, 31),
    method: "share",
    floor,
    pipelineWeight: 0.5,
    previous: atBase.targets,
  });

describe("目标分解 view", () => {
  it("opens on the three years after the table's last, waits for the totals, then previews as the user types", async () => {
    const { container } = await openView();
    expect((screen.getByLabelText("起始年度") as HTMLInputElement).value).toBe("2025");
    expect((screen.getByLabelText("结束年度") as HTMLInputElement).value).toBe("2027");
    expect(screen.getByText("请输入2025年总量")).toBeTruthy();
    expect(screen.queryByTestId("decompose-table")).toBeNull();
    expect(screen.getByRole("button", { name: "写入目标表" })).toHaveProperty("disabled", true);

    typeTotals({ 2025: "1750", 2026: "1,900", 2027: "２０５０" });
    const rows = tableRows();
    const d = engine("both");
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 12).map((r) => r[0])).toEqual(d.units.map((u) => u.unit));
    expect(
      rows.slice(0, 12).map((r) => r.slice(3).map((v) => Number(v.replace(/,/g, ""))))
    ).toEqual(d.units.map((u) => [2025, 2026, 2027].map((y) => u.targets[y])));
    expect(rows[12]).toEqual(["合计", "2", "100.0%", "1,750", "1,900", "2,050"]);
    expect(screen.getByRole("button", { name: "写入目标表" })).toHaveProperty("disabled", false);
    await checkA11y(container);
  });

  it("follows the floor: without one, the two units with valid enterprises share the total", async () => {
    await openView();
    typeTotals({ 2025: "1750", 2026: "1900", 2027: "2050" });
    fireEvent.change(screen.getByLabelText("下限"), { target: { value: "none" } });
    const rows = tableRows();
    // At 2024-12-31 only 丙 (亭林镇) and 丁 (碳谷绿湾公司) are valid: 875 each in 2025.
    expect(rows.find((r) => r[0] === "亭林镇")?.slice(1)).toEqual([
      "1",
      "50.0%",
      "875",
      "950",
      "1,025",
    ]);
    expect(rows.find((r) => r[0] === "枫泾镇")?.slice(3)).toEqual(["0", "0", "0"]);
    expect(rows.slice(0, 12).map((r) => Number(r[3].replace(/,/g, "")))).toEqual(
      engine("none").units.map((u) => u.targets[2025])
    );
  });

  it("shows a bad total on its field, the engine's words, and offers no write", async () => {
    await openView();
    typeTotals({ 2025: "1750", 2026: "-3", 2027: "2050" });
    expect(await screen.findByText("2026年总量须为 0 到 1000000 之间的整数")).toBeTruthy();
    expect(screen.queryByTestId("decompose-table")).toBeNull();
    expect(screen.getByRole("button", { name: "写入目标表" })).toHaveProperty("disabled", true);
  });

  it("the doubling rule: the base year's valid count, the totals it gives, and infeasible floors as a warning", async () => {
    await openView();
    fireEvent.click(screen.getByRole("radio", { name: "按翻番规则" }));
    fireEvent.change(screen.getByLabelText("基准年"), { target: { value: "2022" } });
    fireEvent.change(screen.getByLabelText("翻番年数"), { target: { value: "1" } });
    // Valid at 2022-12-31: 甲 乙 丙 and 戊 = 4; doubling every year: 4 x 2^3 = 32 in 2025, then 64 and 128.
    expect(screen.getByTestId("doubling-line").textContent).toBe(
      "2022 年末有效期内高企 4 家，每 1 年翻一番（四舍五入）：2025: 32；2026: 64；2027: 128"
    );
    expect(tableRows()[12].slice(3)).toEqual(["32", "64", "128"]);
    // The 2024 targets add up to 1620, far above 32: the floors cannot be met, and the pane says so.
    expect(screen.getByText(/2025年各单位下限合计 1620，超过分解总量 32/)).toBeTruthy();
  });

  it("a doubling rule that grows past any plan is said at the field, with no table and no crash", async () => {
    await openView();
    fireEvent.click(screen.getByRole("radio", { name: "按翻番规则" }));
    fireEvent.change(screen.getByLabelText("基准年"), { target: { value: "2022" } });
    fireEvent.change(screen.getByLabelText("翻番年数"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("结束年度"), { target: { value: "2054" } });
    // 4 valid at 2022-12-31, doubling every year: 4 x 2^18 = 1,048,576 in 2040, past the 1,000,000 limit.
    expect(screen.getByText("2040年总量须为 0 到 1000000 之间的整数")).toBeTruthy();
    expect(screen.queryByTestId("decompose-table")).toBeNull();
    expect(screen.getByRole("button", { name: "写入目标表" })).toHaveProperty("disabled", true);
  });

  it("pipeline: the weight is a setting checked by the engine; without a pool it splits as share, and says so", async () => {
    await openView();
    typeTotals({ 2025: "1750", 2026: "1900", 2027: "2050" });
    fireEvent.change(screen.getByLabelText("分解方法"), { target: { value: "pipeline" } });
    expect(screen.getByText(/没有培育库数据/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("培育库权重（0-1）"), { target: { value: "1.5" } });
    expect(
      await screen.findByText(/设置项“decomposition.pipelineWeight”：必须是 0 到 1 之间的数/)
    ).toBeTruthy();
    expect(screen.queryByTestId("decompose-table")).toBeNull();
  });

  it("in preview, 写入目标表 says which new sheet Excel would get, and writes nothing", async () => {
    await openView();
    typeTotals({ 2025: "1750", 2026: "1900", 2027: "2050" });
    fireEvent.click(screen.getByRole("button", { name: "写入目标表" }));
    // Title, method line, blank, header, 12 units, 合计: 17 rows; unit, base, share and three years.
    expect(
      await screen.findByText(
        "预览：在 Excel 中会写入新工作表“目标任务分解 2025-2027”（17 行 × 6 列），现有工作表不变。"
      )
    ).toBeTruthy();
  });

  it("in Excel, writes the layout through the source, then reads the workbook again", async () => {
    const preview = createPreviewSource(async () => SHEETS);
    const written: ReportLayout[] = [];
    const read = jest.fn((o?: Parameters<WorkbookSource["readSheets"]>[0]) =>
      preview.readSheets(o)
    );
    const source: WorkbookSource = {
      ...preview,
      kind: "excel",
      readSheets: read,
      loadSettings: () => preview.loadSettings(),
      writeTargetTable: async (layout) => {
        written.push(layout);
        return `${layout.sheetName} (2)`;
      },
    };
    await openView(source);
    typeTotals({ 2025: "1750", 2026: "1900", 2027: "2050" });
    const reads = read.mock.calls.length;
    fireEvent.click(screen.getByRole("button", { name: "写入目标表" }));
    expect(
      await screen.findByText(
        "已写入新工作表“目标任务分解 2025-2027 (2)”；2025-2027 年的统计将按该表计算。"
      )
    ).toBeTruthy();
    expect(written).toHaveLength(1);
    expect(written[0].values[3]).toEqual([
      "责任单位",
      "基数（2024-12-31有效数）",
      "占比",
      "2025年",
      "2026年",
      "2027年",
    ]);
    await waitFor(() => expect(read.mock.calls.length).toBe(reads + 1));
  });
});
