/**
 * The dashboard's chart, 刷新 and the expiring tab as staff read them: whole unit names with
 * their figures and a legend, the time a read finished, and the tab named after the window in force.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { UnitRow } from "../../src/domain/core/types";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { UnitChart } from "../../src/taskpane/dashboard/UnitChart";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF, SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

const unit = (name: string, valid: number, target: number | null) =>
  ({ unit: name, valid, target }) as UnitRow;

describe("unit chart", () => {
  it.each(["zh-CN", "en-US"] as const)(
    "%s: names each unit in full, with its valid count and target, under a legend",
    async (lang) => {
      const { container } = render(
        <FluentProvider theme={webLightTheme}>
          <I18nProvider lang={lang}>
            <UnitChart
              units={[
                unit("金山卫镇", 120, 150),
                unit("新金山发展公司", 1234, 1000),
                unit("其他", 3, null),
              ]}
            />
          </I18nProvider>
        </FluentProvider>
      );
      const rows = screen.getAllByTestId("chart-row").map((r) => r.textContent);
      expect(rows).toEqual([
        "金山卫镇120 / 150",
        `新金山发展公司${(1234).toLocaleString(lang)} / ${(1000).toLocaleString(lang)}`,
        "其他3",
      ]);
      expect(screen.getByTestId("chart-legend").textContent).toBe(
        lang === "zh-CN" ? "有效目标" : "ValidTarget"
      );
      await checkA11y(container);
    }
  );
});

describe("dashboard", () => {
  it("says when a read finished, again after 刷新", async () => {
    const now = jest.spyOn(Date.prototype, "toLocaleTimeString");
    now.mockReturnValueOnce("09:00:00").mockReturnValue("09:05:00");
    render(
      <App
        source={createPreviewSource(async () => SHEETS)}
        initialLang="zh-CN"
        dark={false}
        initialAsOf={AS_OF}
      />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    expect(screen.getByTestId("read-at").textContent).toBe("数据读取于 09:00:00");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "刷新" })));
    await waitFor(() =>
      expect(screen.getByTestId("read-at").textContent).toBe("数据读取于 09:05:00")
    );
    now.mockRestore();
  });

  it("names the expiring tab after the window in force, with the as-of date", async () => {
    render(
      <App
        source={createPreviewSource(async () => SHEETS)}
        initialLang="zh-CN"
        dark={false}
        initialAsOf={AS_OF}
      />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    const calendar = screen.getByRole("tab", { name: /年内到期/ });
    expect(calendar.getAttribute("title")).toBe("截至 2023-06-30");
    act(() => setSettings({ ...DEFAULT_SETTINGS, expiring: { mode: "rolling", days: 200 } }));
    const rolling = await screen.findByRole("tab", { name: /^200 天内到期/ });
    fireEvent.click(rolling);
    const heading = await screen.findByRole(
      "heading",
      { name: /200 天内到期的证书/ },
      { timeout: 15_000 }
    );
    expect(heading.textContent).toBe(
      `2023-06-30 起 200 天内到期的证书（${screen.getAllByTestId("expiring-item").length}）`
    );
  });

  it.each([
    ["2023年12月31日", "2023-12-31"],
    ["2023/12/31", "2023-12-31"],
    ["2023.9.1", "2023-09-01"],
    ["2023-09-01", "2023-09-01"],
  ])(
    "takes the as-of date typed %s, shows it as %s and works the figures out at it",
    async (typed, iso) => {
      render(
        <App
          source={createPreviewSource(async () => SHEETS)}
          initialLang="zh-CN"
          dark={false}
          initialAsOf={AS_OF}
        />
      );
      await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
      const field = screen.getByLabelText("截止日期") as HTMLInputElement;
      expect(field.value).toBe("2023-06-30");
      fireEvent.change(field, { target: { value: typed } });
      fireEvent.keyDown(field, { key: "Enter" });
      expect(field.value).toBe(iso);
      await waitFor(() =>
        expect(screen.getByRole("tab", { name: /年内到期/ }).getAttribute("title")).toBe(
          `截至 ${iso}`
        )
      );
    }
  );

  it("says so when the as-of date typed names no date, and keeps the date in force", async () => {
    render(
      <App
        source={createPreviewSource(async () => SHEETS)}
        initialLang="zh-CN"
        dark={false}
        initialAsOf={AS_OF}
      />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    const field = screen.getByLabelText("截止日期");
    fireEvent.change(field, { target: { value: "2023-02-30" } });
    fireEvent.blur(field);
    expect(
      await screen.findByText("无法识别的日期：请写作 2024-12-31 或 2024年12月31日")
    ).toBeTruthy();
    expect(screen.getByRole("tab", { name: /年内到期/ }).getAttribute("title")).toBe(
      "截至 2023-06-30"
    );
  });
});

describe("dashboard layout", () => {
  it("puts the unit table before the buttons and the bulletin; 生成通报 sits with the bulletin options and 导出 Word", async () => {
    const { container } = render(
      <App
        source={createPreviewSource(async () => SHEETS)}
        initialLang="zh-CN"
        dark={false}
        initialAsOf={AS_OF}
      />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    const table = screen.getByRole("table", { name: "各责任单位完成情况" });
    const options = screen.getByRole("region", { name: "通报选项" });
    const report = screen.getByRole("button", { name: "生成通报" });
    const before = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(table, screen.getByRole("button", { name: "标记到期" }))).toBe(true);
    expect(before(table, options)).toBe(true);
    // One place: the options, 导出 Word and 生成通报 share a parent.
    expect(options.parentElement).toBe(report.closest("[role=toolbar]")!.parentElement);
    await checkA11y(container);
  });

  it("explains the short heads and the workbook buttons in their tooltips, and clears the marks 标记到期 made", async () => {
    render(
      <App
        source={createPreviewSource(async () => SHEETS)}
        initialLang="zh-CN"
        dark={false}
        initialAsOf={AS_OF}
      />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    const head = (name: string) =>
      screen.getAllByRole("columnheader").find((h) => h.textContent === name)!;
    expect(head("缺口").getAttribute("title")).toMatch(/^缺口：目标减有效家数/);
    expect(head("到期").getAttribute("title")).toMatch(/^到期：证书在到期范围内/);
    expect(screen.getByRole("button", { name: "标记到期" }).getAttribute("title")).toMatch(
      /只加条件格式/
    );
    expect(screen.getByRole("button", { name: "插入公式列" }).getAttribute("title")).toMatch(
      /GAOQI 公式/
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "清除标记" })));
    expect(await screen.findByText("预览：在 Excel 中会清除“标记到期”的颜色。")).toBeTruthy();
  });
});
