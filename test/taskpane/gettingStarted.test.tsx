/**
 * First run: a workbook without an enterprise list says what Gaoqi reads and inserts the
 * templates as new sheets (through the Excel adapter, on the recording fake); outside Excel the same
 * explanation is folded under the dashboard and 插入模板 says what it would do.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { SheetSummary } from "../../src/domain/core/types";
import { setSettings } from "../../src/state/session";
import { createExcelSource } from "../../src/excel/excelSource";
import { App } from "../../src/taskpane/App";
import { GettingStarted } from "../../src/taskpane/dashboard/GettingStarted";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
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
    const { container } = render(
      <App source={source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />
    );
    const start = await screen.findByTestId("getting-started", {}, { timeout: 15_000 });
    expect(within(start).getByRole("heading", { name: /此工作簿中没有企业名单/ })).toBeTruthy();
    const roster = within(start).getByTestId("reads-roster");
    // Each column with the headings it is known by.
    // Either column of a pair is enough: neither is marked 必需 alone.
    expect(roster.textContent).toContain(
      "企业名称（与统一社会信用代码二选一） — 单位名称 / 公司名称"
    );
    expect(roster.textContent).toContain("所属镇/园区");
    expect(roster.textContent).toContain("证书编号（与发证日期二选一）");
    expect(roster.textContent).toContain("发证日期（与证书编号二选一）");
    expect(roster.textContent).not.toContain("证书编号（必需）");
    // The contact log, its columns as the 记录走访 form names them, with their other headings.
    const contacts = within(start).getByTestId("reads-contacts");
    expect(contacts.textContent).toContain("走访日期（必需） — 联系日期 / 日期");
    expect(contacts.textContent).toContain(
      "企业（必需） — 企业名称或统一社会信用代码，表头同企业名单"
    );
    expect(contacts.textContent).toContain("办理状态 — 状态 / 办理情况");
    expect(contacts.textContent).toContain("办结时限 — 办理时限");
    expect(start.textContent).toContain(
      "办理状态如已办结、办理中、未办结、待办，只有“已办结”算办结"
    );
    expect(start.textContent).toContain("四种工作表");
    expect(start.textContent).toContain("将添加 4 张新工作表");
    // No enterprise list: a bulletin would be all zeros, so 生成通报 and 导出 Word are not offered yet.
    const disabled = (name: string) =>
      (screen.getByRole("button", { name }) as HTMLButtonElement).disabled;
    expect([
      disabled("生成通报"),
      disabled("导出 Word"),
      disabled("标记到期"),
      disabled("刷新"),
    ]).toEqual([true, true, true, false]);
    await checkA11y(container);
    await act(async () => fireEvent.click(within(start).getByRole("button", { name: "插入模板" })));
    expect(
      await screen.findByText(
        "已插入新工作表：高企名单、目标任务、培育库、走访记录。请把示例行改为您的数据。",
        {},
        { timeout: 15_000 }
      )
    ).toBeTruthy();
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "说明",
      "高企名单",
      "目标任务",
      "培育库",
      "走访记录",
    ]);
    expect(notes.cells).toEqual([["我的备注"], ["第二行"]]);
    expect(wb.writesTo("说明")).toEqual([]);
    // Read again: the example enterprises are counted and the first-run panel is gone.
    await waitFor(() => expect(screen.queryByTestId("getting-started")).toBeNull(), {
      timeout: 15_000,
    });
    expect(screen.getAllByTestId("unit-row").length).toBeGreaterThan(0);
    expect([disabled("生成通报"), disabled("导出 Word")]).toEqual([false, false]);
    // The inserted set reads back without a finding (the contact examples visit the example enterprises).
    // (Fluent's tab repeats its label, hidden, to reserve the width of the selected weight.)
    expect(screen.getByRole("tab", { name: /数据问题/ }).textContent).toMatch(
      /^(数据问题 \(0\))+$/
    );
  });

  it("inserts only the kinds the workbook lacks, beside the user's own target table and contact log", async () => {
    const wb = new FakeWorkbook();
    const targets = [
      ["责任单位", "2024年"],
      ["朱泾镇", 10],
      ["合计", 10],
    ];
    const visits = [
      ["联系日期", "企业名称", "走访人"],
      [serialFromYmd(2024, 5, 6), "上海某科技有限公司", "张"],
    ];
    wb.addSheet(
      "我的目标",
      targets.map((r) => [...r])
    );
    wb.addSheet(
      "我的走访",
      visits.map((r) => [...r])
    );
    const source = createExcelSource({ run: wb.run, supports: () => true, settings: null });
    render(<App source={source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />);
    const start = await screen.findByTestId("getting-started", {}, { timeout: 15_000 });
    expect(start.textContent).toContain("将添加 2 张新工作表");
    await act(async () => fireEvent.click(within(start).getByRole("button", { name: "插入模板" })));
    expect(
      await screen.findByText(
        "已插入新工作表：高企名单、培育库。请把示例行改为您的数据。",
        {},
        { timeout: 15_000 }
      )
    ).toBeTruthy();
    expect(wb.sheets.map((s) => s.name)).toEqual(["我的目标", "我的走访", "高企名单", "培育库"]);
    expect(wb.sheet("我的目标")!.cells).toEqual(targets);
    expect(wb.sheet("我的走访")!.cells).toEqual(visits);
    expect(wb.writesTo("我的目标")).toEqual([]);
    expect(wb.writesTo("我的走访")).toEqual([]);
  });

  it("has nothing to insert when all four kinds are there", () => {
    const wb = new FakeWorkbook();
    const source = createExcelSource({ run: wb.run, supports: () => true, settings: null });
    const kinds = ["roster", "targets", "pool", "contacts"] as const;
    const sheets: SheetSummary[] = kinds.map((kind, i) => ({
      sheet: `S${i}`,
      kind,
      headerRow: 1,
      records: 1,
    }));
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="en-US">
          <GettingStarted
            source={source}
            sheets={sheets}
            open
            onInserted={() => undefined}
            onMessage={() => undefined}
          />
        </I18nProvider>
      </FluentProvider>
    );
    expect(screen.getByText("The workbook already has all four kinds of sheet.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Insert templates" }) as HTMLButtonElement).disabled
    ).toBe(true);
    // Without the contact log, that one is offered.
    cleanup();
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="en-US">
          <GettingStarted
            source={source}
            sheets={sheets.slice(0, 3)}
            open
            onInserted={() => undefined}
            onMessage={() => undefined}
          />
        </I18nProvider>
      </FluentProvider>
    );
    expect(screen.getByText(/Adds 1 new sheet\(s\)/)).toBeTruthy();
  });

  it("outside Excel: folded under the figures, and 插入模板 says what Excel would get", async () => {
    const source = createPreviewSource(async () => SHEETS);
    render(<App source={source} initialLang="en-US" dark={false} initialAsOf={AS_OF} />);
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    const start = screen.getByTestId("getting-started");
    expect(within(start).queryByTestId("reads-roster")).toBeNull();
    fireEvent.click(
      within(start).getByRole("button", { name: "What Gaoqi reads · insert templates" })
    );
    expect(within(start).getByTestId("reads-roster").textContent).toContain(
      "Company name (this or Credit code)"
    );
    expect(within(start).getByTestId("reads-contacts").textContent).toContain(
      "Date (needed) — 走访日期 / 联系日期 / 日期"
    );
    await act(async () =>
      fireEvent.click(within(start).getByRole("button", { name: "Insert templates" }))
    );
    expect(
      await screen.findByText(
        "Preview: in Excel the new sheets HNTE list, Targets, Cultivation pool, Contact log would be inserted (no existing sheet is overwritten)."
      )
    ).toBeTruthy();
  });
});
