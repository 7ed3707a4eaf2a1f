/**
 * First run (issue 20): a workbook without an enterprise list says what Gaoqi reads and inserts the
 * templates as new sheets (through the Excel adapter, on the recording fake); outside Excel the same
 * explanation is folded under the dashboard and 插入模板 says what it would do.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/domain/policy";
import { setSettings } from "../../src/state/session";
import { createExcelSource } from "../../src/excel/excelSource";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { FakeWorkbook } from "../excel/fakeExcel";
import { AS_OF, SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

describe("first run", () => {
  it("in a workbook without an enterprise list: explains the columns and inserts the templates beside the user's sheets", async () => {
    const wb = new FakeWorkbook();
    const notes = wb.addSheet("说明", [["我的备注"], ["第二行"]]);
    const source = createExcelSource({ run: wb.run, supports: () => true, settings: null });
    const { container } = render(<App source={source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />);
    const start = await screen.findByTestId("getting-started", {}, { timeout: 15_000 });
    expect(within(start).getByRole("heading", { name: /此工作簿中没有企业名单/ })).toBeTruthy();
    const roster = within(start).getByTestId("reads-roster");
    // Each column with the headings it is known by.
    expect(roster.textContent).toContain("企业名称（必需） — 单位名称 / 公司名称");
    expect(roster.textContent).toContain("所属镇/园区");
    expect(roster.textContent).toContain("证书编号（必需）");
    expect(start.textContent).toContain("将添加 3 张新工作表");
    await checkA11y(container);
    await act(async () => fireEvent.click(within(start).getByRole("button", { name: "插入模板" })));
    expect(await screen.findByText("已插入新工作表：高企名单、目标任务、培育库。请把示例行改为您的数据。", {}, { timeout: 15_000 })).toBeTruthy();
    expect(wb.sheets.map((s) => s.name)).toEqual(["说明", "高企名单", "目标任务", "培育库"]);
    expect(notes.cells).toEqual([["我的备注"], ["第二行"]]);
    expect(wb.writesTo("说明")).toEqual([]);
    // Read again: the example enterprises are counted and the first-run panel is gone.
    await waitFor(() => expect(screen.queryByTestId("getting-started")).toBeNull(), { timeout: 15_000 });
    expect(screen.getAllByTestId("unit-row").length).toBeGreaterThan(0);
  });

  it("outside Excel: folded under the figures, and 插入模板 says what Excel would get", async () => {
    const source = createPreviewSource(async () => SHEETS);
    render(<App source={source} initialLang="en-US" dark={false} initialAsOf={AS_OF} />);
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    const start = screen.getByTestId("getting-started");
    expect(within(start).queryByTestId("reads-roster")).toBeNull();
    fireEvent.click(within(start).getByRole("button", { name: "What Gaoqi reads · insert templates" }));
    expect(within(start).getByTestId("reads-roster").textContent).toContain("Company name (needed)");
    await act(async () => fireEvent.click(within(start).getByRole("button", { name: "Insert templates" })));
    expect(await screen.findByText("Preview: in Excel the new sheets HNTE list, Targets, Cultivation pool would be inserted (no existing sheet is overwritten).")).toBeTruthy();
  });
});
