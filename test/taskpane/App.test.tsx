import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS, settingsToJson } from "../../src/domain/settings/settings";
import { SETTINGS_KEY } from "../../src/excel/settingsStore";
import { DEFAULT_TARGETS } from "../../src/domain/targets/targetTable";
import { setSettings } from "../../src/state/session";
import { buildReportBook } from "../../src/domain/report/buildReport";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { generateReport } from "../../src/commands/handlers";
import { notifyUser } from "../../src/commands/notify";
import { createExcelSource } from "../../src/excel/excelSource";
import { FakeWorkbook, rosterCells } from "../excel/fakeExcel";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF, SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
// The machine is shared: reading the sample and first render can take seconds under load (not a speed check).
jest.setTimeout(30_000);

async function renderPane(lang: "zh-CN" | "en-US" = "zh-CN") {
  const source = createPreviewSource(async () => SHEETS);
  const view = render(<App source={source} initialLang={lang} dark={false} initialAsOf={AS_OF} />);
  await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
  return { source, ...view };
}

describe("task pane in preview", () => {
  it("shows the preview mark, the 12 units plus 其他 and the 合计 row, and marks itself ready", async () => {
    const { container } = await renderPane();
    expect(screen.getByTestId("preview-badge").textContent).toBe("预览");
    const units = screen
      .getAllByTestId("unit-row")
      .map((r) => within(r).getAllByRole("cell")[0].textContent);
    expect(units).toEqual(
      DEFAULT_TARGETS.units.includes("其他")
        ? DEFAULT_TARGETS.units
        : [...DEFAULT_TARGETS.units, "其他"]
    );
    expect(within(screen.getByTestId("unit-total")).getAllByRole("cell")[0].textContent).toBe(
      "合计"
    );
    expect(document.documentElement.dataset.ready).toBe("dashboard");
    await checkA11y(container);
  });

  it("sorts by a column header click and switches language", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "有效期内高企" }));
    const valid = screen
      .getAllByTestId("unit-row")
      .map((r) => Number(within(r).getAllByRole("cell")[2].textContent));
    expect(valid).toEqual([...valid].sort((a, b) => b - a));
    fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
    expect(await screen.findByRole("heading", { name: "HNTE target tracking" })).toBeTruthy();
    expect(screen.getByTestId("preview-badge").textContent).toBe("Preview");
    expect(within(screen.getByTestId("unit-total")).getAllByRole("cell")[0].textContent).toBe(
      "Total"
    );
  });

  it("lists expiring certificates by unit and selects the row on click", async () => {
    const { source, container } = await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: /年内到期/ }));
    const items = await screen.findAllByTestId("expiring-item", {}, { timeout: 15_000 });
    // 甲 (issued 2020-11-12, last valid 2023-11-11) and 戊 (issued 2020-08-01, last valid 2023-07-31) end in 2023.
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining("上海甲科技有限公司"),
      expect.stringContaining("上海戊科技有限公司"),
    ]);
    expect(items[0].textContent).toContain("2023-11-11");
    expect(items[0].textContent).toContain("剩 134 天");
    fireEvent.click(items[0]);
    await waitFor(() =>
      expect(source.lastSelection).toEqual({ sheet: "名单", row: 2, column: undefined })
    );
    // A whole row in words, not as Excel's 2:2; the message can be dismissed.
    expect(await screen.findByText("预览：在 Excel 中会选中工作表“名单”第 2 行")).toBeTruthy();
    await checkA11y(container);
    fireEvent.click(within(screen.getByTestId("status")).getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("预览：在 Excel 中会选中工作表“名单”第 2 行")).toBeNull();
  });

  it("lists findings by cell and selects a finding's cell", async () => {
    const { source, container } = await renderPane("en-US");
    fireEvent.click(screen.getByRole("tab", { name: /Findings/ }));
    const item = await screen.findByRole("button", { name: /名单!E7/ }, { timeout: 15_000 });
    expect(item.textContent).toContain("Unknown unit");
    fireEvent.click(item);
    await waitFor(() =>
      expect(source.lastSelection).toEqual({ sheet: "名单", row: 7, column: "E" })
    );
    expect(await screen.findByText("Preview: in Excel this selects 名单!E7")).toBeTruthy();
    await checkA11y(container);
  });

  it("validates settings with the engine and saves them to the source and the session", async () => {
    const { source, container } = await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    const first = await screen.findByLabelText("首次认定", {}, { timeout: 15_000 });
    await checkA11y(container);
    fireEvent.change(first, { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByText("首次认定奖励须为金额（元），如 200000")).toBeTruthy();
    fireEvent.change(first, { target: { value: "300000" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存设置" })));
    await waitFor(async () => expect((await source.loadSettings()).awards.first).toBe(300000));
    expect(await screen.findByText("预览：设置已应用（未写入文件）。")).toBeTruthy();
  });

  it("runs the bulletin in preview as a layout summary", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "生成通报" }));
    // The report builder is a lazy chunk: on a loaded 2-core machine it can take seconds to arrive.
    expect(await screen.findByText(/预览：通报版式已生成/, {}, { timeout: 15_000 })).toBeTruthy();
  });
});

describe("settings stored with the workbook that do not read", () => {
  it("the pane says the defaults are in use and why, in the chosen language, until settings are saved", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(12));
    wb.settings.set(SETTINGS_KEY, JSON.stringify({ expiring: { days: -5 } }));
    const source = createExcelSource({ run: wb.run, supports: () => true, settings: null });
    const { container } = render(
      <App source={source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    const notice = screen.getByTestId("settings-unreadable");
    expect(notice.textContent).toContain("本工作簿保存的设置无法读取");
    expect(notice.textContent).toContain("设置项“expiring.days”");
    expect(notice.textContent).toContain("现按默认设置分析");
    await checkA11y(container);
    fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
    expect(screen.getByTestId("settings-unreadable").textContent).toContain(
      'could not be read (Setting "expiring.days"'
    );
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });

    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    await screen.findByLabelText("首次认定", {}, { timeout: 15_000 });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存设置" })));
    await waitFor(() => expect(screen.queryByTestId("settings-unreadable")).toBeNull());
    expect(JSON.parse(wb.settings.get(SETTINGS_KEY) as string)).toEqual(
      settingsToJson(DEFAULT_SETTINGS)
    );
  });
});

describe("ribbon command results in the pane", () => {
  /** A WatchShown stand-in: `show()` plays Office showing the pane. */
  function visibility() {
    let onShown: (() => void) | null = null;
    const stop = jest.fn();
    const watchShown = jest.fn((cb: () => void) => {
      onShown = cb;
      return stop;
    });
    return { watchShown, stop, show: () => act(() => onShown?.()) };
  }

  async function renderWith(watchShown: (cb: () => void) => () => void) {
    const view = render(
      <App
        source={createPreviewSource(async () => SHEETS)}
        initialLang="zh-CN"
        dark={false}
        initialAsOf={AS_OF}
        watchShown={watchShown}
      />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    return view;
  }

  it("shows the result of 生成通报 run on the recording fake, which finished before the pane mounted", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("名单", rosterCells(12));
    const source = createExcelSource({ run: wb.run, supports: () => true, settings: null });
    await generateReport(
      {
        source,
        analyse: analyseWorkbook,
        buildReport: buildReportBook,
        formatSelection: async () => null,
        notify: notifyUser,
        settings: () => DEFAULT_SETTINGS,
        lang: () => "zh-CN",
        asOf: () => AS_OF,
      },
      { completed: () => undefined }
    );
    const { watchShown } = visibility();
    await renderWith(watchShown);
    expect(
      within(screen.getByTestId("command-result")).getByText(/通报已写入“高企通报”：12 个责任单位/)
    ).toBeTruthy();
  });

  it("shows a new result while open; dismissed, it stays gone when Office shows the pane again, until a newer one", async () => {
    const { watchShown, stop, show } = visibility();
    const { unmount, container } = await renderWith(watchShown);
    act(() =>
      notifyUser({
        kind: "error",
        text: { "zh-CN": "标记到期失败：找不到名单", "en-US": "Mark expiring failed" },
      })
    );
    expect(
      within(screen.getByTestId("command-result")).getByText("标记到期失败：找不到名单")
    ).toBeTruthy();
    await checkA11y(container);
    fireEvent.click(
      within(screen.getByTestId("command-result")).getByRole("button", { name: "关闭" })
    );
    expect(screen.queryByTestId("command-result")).toBeNull();
    show();
    expect(screen.queryByTestId("command-result")).toBeNull();
    act(() =>
      notifyUser({ kind: "success", text: { "zh-CN": "已标记 3 行", "en-US": "3 rows marked" } })
    );
    show();
    expect(within(screen.getByTestId("command-result")).getByText("已标记 3 行")).toBeTruthy();
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it("a result is stale in another view: switching tabs clears it", async () => {
    const { watchShown } = visibility();
    await renderWith(watchShown);
    act(() =>
      notifyUser({ kind: "info", text: { "zh-CN": "通报已写入", "en-US": "Bulletin written" } })
    );
    expect(screen.getByTestId("command-result")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: /数据问题/ }));
    expect(screen.queryByTestId("command-result")).toBeNull();
  });
});
