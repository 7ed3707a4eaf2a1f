/** 生成通报 and 插入公式列 show rows written of the total while they run, and 取消 stops them. */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { ReportLayout } from "../../src/domain/report/layout";
import type { WorkbookSource, WriteOptions } from "../../src/excel/workbookSource";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF, SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

/** A source whose writes report progress, then wait until the test lets them finish or they are cancelled. */
function slowSource() {
  const preview = createPreviewSource(async () => SHEETS);
  let finish: () => void = () => undefined;
  const slow = (sheet: string, options: WriteOptions = {}) =>
    new Promise<void>((resolve, reject) => {
      options.onProgress?.({ sheet, rowsRead: 2000, rowsTotal: 4500 });
      finish = resolve;
      options.signal?.addEventListener("abort", () => {
        const e = new Error("cancelled");
        e.name = "AbortError";
        reject(e);
      });
    });
  const source: WorkbookSource = {
    ...preview,
    kind: "excel",
    writeReport: async (layouts: readonly ReportLayout[], options?: WriteOptions) => {
      await slow(layouts[0].sheetName, options);
      return layouts[0].sheetName;
    },
    insertFormulaColumns: async (_sheet?: string, options?: WriteOptions) => {
      await slow("名单", options);
      return { sheet: "名单", address: "G1:I7", rows: 6 };
    },
  };
  return { source, finish: () => act(async () => finish()) };
}

async function renderSlow() {
  const slow = slowSource();
  const view = render(
    <App source={slow.source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />
  );
  await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
  return { ...slow, ...view };
}

describe("progress of writes in the pane", () => {
  it("生成通报 shows rows written of the total, then the result", async () => {
    const { finish, container } = await renderSlow();
    fireEvent.click(screen.getByRole("button", { name: "生成通报" }));
    // The report builder is a lazy chunk: the bar waits for it, then counts rows.
    await waitFor(
      () =>
        expect(screen.getByTestId("write-progress").textContent).toContain(
          "已写入 2,000 / 4,500 行（高企通报）"
        ),
      { timeout: 15_000 }
    );
    await checkA11y(container);
    await finish();
    expect(await screen.findByText("通报已写入工作表“高企通报”。")).toBeTruthy();
    expect(screen.queryByTestId("write-progress")).toBeNull();
  });

  it("插入公式列 can be cancelled from its progress bar", async () => {
    await renderSlow();
    fireEvent.click(screen.getByRole("button", { name: "插入公式列" }));
    await waitFor(() =>
      expect(screen.getByTestId("write-progress").textContent).toContain(
        "已写入 2,000 / 4,500 行（名单）"
      )
    );
    const bar = screen.getByTestId("write-progress");
    await act(async () => fireEvent.click(within(bar).getByRole("button", { name: "取消" })));
    expect(await screen.findByText("已取消：未完成的写入已撤回。")).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId("write-progress")).toBeNull());
  });
});
