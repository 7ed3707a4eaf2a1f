/**
 * Findings to act on: the enterprise beside the cell, one entry a cell, filters by problem and
 * unit, and an unknown unit turned into an alias from the list (saved in the settings, figures re-run).
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { Finding, SheetInput } from "../../src/domain/core/types";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import FindingsView from "../../src/taskpane/findings/FindingsView";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF, SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

const SHEET: SheetInput = {
  name: "名单",
  values: [
    ["企业名称", "证书编号", "发证日期", "所属镇"],
    ["上海甲科技有限公司", "GR1", 1, "朱泾镇"],
    ["上海乙科技有限公司", "GR2", 2, "枫泾镇"],
  ],
};

const finding = (
  row: number,
  column: string,
  code: Finding["code"],
  zh: string,
  name?: string
): Finding => ({
  sheet: "名单",
  row,
  column,
  code,
  severity: "warning",
  message: { "zh-CN": zh, "en-US": zh },
  name,
});

const FINDINGS: Finding[] = [
  finding(2, "B", "cert-number", "证书编号不对", "上海甲科技有限公司"),
  finding(2, "B", "duplicate", "证书编号重复", "上海甲科技有限公司"),
  finding(3, "C", "bad-date", "日期不对", "上海乙科技有限公司"),
  finding(0, "", "merges-unread", "整张表的问题"),
  finding(3, "", "duplicate", "整行重复", "上海乙科技有限公司"),
];

function renderView(onAddAlias = jest.fn(async () => undefined)) {
  const onSelect = jest.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="zh-CN">
        <FindingsView
          findings={FINDINGS}
          sheets={[SHEET]}
          units={["朱泾镇", "枫泾镇", "其他"]}
          settings={DEFAULT_SETTINGS}
          onSelect={onSelect}
          onAddAlias={onAddAlias}
        />
      </I18nProvider>
    </FluentProvider>
  );
  return { onSelect, ...view };
}

describe("findings view", () => {
  it("shows one entry a cell, with the enterprise beside the reference and every problem of the cell", async () => {
    const { container, onSelect } = renderView();
    const groups = screen.getAllByTestId("finding-group");
    expect(groups).toHaveLength(4);
    // Five problems in four cells: the heading says both, the list has one entry a cell.
    expect(screen.getByRole("heading", { name: "数据问题（4 个单元格，5 个问题）" })).toBeTruthy();
    // A whole row reads 第 3 行, not Excel's 3:3.
    expect(groups[3].textContent).toContain("名单 第 3 行");
    expect(groups[0].textContent).toContain("名单!B2");
    expect(within(groups[0]).getByTestId("finding-name").textContent).toBe("上海甲科技有限公司");
    expect(groups[0].textContent).toContain("证书编号不对");
    expect(groups[0].textContent).toContain("证书编号重复");
    expect(groups[2].textContent).toContain("名单 (整张表)");
    fireEvent.click(within(groups[1]).getByTestId("finding-item"));
    expect(onSelect).toHaveBeenCalledWith(FINDINGS[2]);
    await checkA11y(container);
  });

  it("filters by problem and by the row's unit", () => {
    renderView();
    fireEvent.change(screen.getByTestId("filter-code"), { target: { value: "duplicate" } });
    // The cell stays whole: its other problem is shown beside the one filtered for.
    expect(screen.getAllByTestId("finding-group").map((g) => g.textContent)).toEqual([
      expect.stringContaining("证书编号不对"),
      expect.stringContaining("整行重复"),
    ]);
    fireEvent.change(screen.getByTestId("filter-code"), { target: { value: "" } });
    const units = [...screen.getByTestId("filter-unit").querySelectorAll("option")].map(
      (o) => o.textContent
    );
    expect(units).toEqual(["全部", "朱泾镇", "枫泾镇"]);
    fireEvent.change(screen.getByTestId("filter-unit"), { target: { value: "枫泾镇" } });
    expect(screen.getAllByTestId("finding-group").map((g) => g.textContent)).toEqual([
      expect.stringContaining("名单!C3"),
      expect.stringContaining("名单 第 3 行"),
    ]);
    expect(screen.getByText("显示 2 / 4 个单元格")).toBeTruthy();
  });

  it("adds an unknown unit as an alias from the list: saved in the settings, and the finding goes", async () => {
    const source = createPreviewSource(async () => SHEETS);
    const { container } = render(
      <App source={source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />
    );
    await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole("tab", { name: /数据问题/ }));
    const alias = await screen.findByTestId("finding-alias", {}, { timeout: 15_000 });
    expect(alias.textContent).toContain("将“火星镇”添加为别名");
    // Nothing is chosen for the user: 请选择, and the button waits for a choice.
    const select = within(alias).getByLabelText(/火星镇/) as HTMLSelectElement;
    expect(select.value).toBe("");
    expect(select.selectedOptions[0].textContent).toBe("请选择");
    expect(select.required).toBe(true);
    expect(
      (within(alias).getByRole("button", { name: "添加为别名" }) as HTMLButtonElement).disabled
    ).toBe(true);
    fireEvent.change(within(alias).getByLabelText(/火星镇/), { target: { value: "亭林镇" } });
    await checkA11y(container);
    await act(async () =>
      fireEvent.click(within(alias).getByRole("button", { name: "添加为别名" }))
    );
    await waitFor(async () =>
      expect((await source.loadSettings()).aliases).toEqual({ 火星镇: "亭林镇" })
    );
    expect(
      await screen.findByText("预览：已将“火星镇”作为“亭林镇”的别名重新统计（未写入文件）。")
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId("finding-alias")).toBeNull());
    expect(screen.queryByRole("button", { name: /名单!E7/ })).toBeNull();
  });
});
