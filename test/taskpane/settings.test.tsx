/**
 * The settings form as staff use it: amounts written 20万 or 2,000,000, dates in any form the engine
 * reads, errors naming the field as the form labels it, under the buttons (nothing above them moves),
 * relocation stages edited row by row, and 恢复默认 asking first.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { serialFromYmd } from "../../src/domain/core/dates";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { Lang, Settings } from "../../src/domain/core/types";
import type { WorkbookSource } from "../../src/excel/workbookSource";
import { currentSettings, setSettings } from "../../src/state/session";
import SettingsView from "../../src/taskpane/settings/SettingsView";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { SHEETS } from "./fixtures";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));

function renderSettings(lang: Lang = "zh-CN", settings: Settings = DEFAULT_SETTINGS) {
  const source = createPreviewSource(async () => SHEETS);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <SettingsView
          source={source}
          settings={settings}
          units={["枫泾镇", "朱泾镇", "其他"]}
          sheets={[]}
        />
      </I18nProvider>
    </FluentProvider>
  );
  return { source: source as WorkbookSource, ...view };
}

const save = (name = "保存设置") =>
  act(async () => fireEvent.click(screen.getByRole("button", { name })));
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe("settings form", () => {
  it.each([
    ["20万", 200000],
    ["2,000,000", 2000000],
    ["1.5万", 15000],
    ["２０万元", 200000],
    ["300000", 300000],
  ])("takes %s as the first recognition award (%d yuan)", async (typed, amount) => {
    const { source } = renderSettings();
    type(screen.getByLabelText("首次认定"), typed);
    await save();
    await waitFor(async () => expect((await source.loadSettings()).awards.first).toBe(amount));
    expect(currentSettings().awards.first).toBe(amount);
    expect(screen.getByTestId("settings-outcome").textContent).toBe(
      "预览：设置已应用（未写入文件）。"
    );
  });

  it.each<[Lang, string, string, string]>([
    ["zh-CN", "首次认定", "abc", "首次认定奖励须为金额（元），如 200000"],
    ["zh-CN", "重新认定", "5万块", "重新认定奖励须为金额（元），如 50000"],
    [
      "en-US",
      "First recognition",
      "lots",
      "First recognition award must be an amount in CNY, e.g. 200000",
    ],
    ["zh-CN", "申报通过率", "0", "申报通过率须为大于 0、不超过 100 的百分数，如 70"],
  ])("%s: a bad %s is named as the form labels it", async (lang, label, typed, message) => {
    const { container } = renderSettings(lang);
    const input = screen.getByLabelText(label);
    type(input, typed);
    await save(lang === "zh-CN" ? "保存设置" : "Save settings");
    const outcome = screen.getByTestId("settings-outcome");
    expect(outcome.textContent).toContain(message);
    expect(outcome.textContent).not.toMatch(/awards|forecast|设置项/);
    // The field is marked and described by the message; nothing else is.
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toContain(outcome.id);
    expect(container.querySelectorAll("[aria-invalid=true]")).toHaveLength(1);
    await checkA11y(container);
  });

  it("shows the error under the buttons, not above them, and 转到该项 focuses the field", async () => {
    renderSettings();
    const form = screen.getByRole("form", { name: "设置" });
    const before = [...form.querySelectorAll("input, button, select")].slice(0, -1);
    type(screen.getByLabelText("首次认定"), "abc");
    await save();
    const outcome = screen.getByTestId("settings-outcome");
    const saveButton = screen.getByRole("button", { name: "保存设置" });
    expect(
      saveButton.compareDocumentPosition(outcome) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
    // The controls up to the buttons are the same elements in the same order: nothing was inserted among them.
    const after = [...form.querySelectorAll("input, button, select")];
    expect(after.slice(0, before.length)).toEqual(before);
    fireEvent.click(within(outcome).getByRole("button", { name: "转到该项" }));
    expect(document.activeElement).toBe(screen.getByLabelText("首次认定"));
  });

  it.each(["2023-06-30", "2023/6/30", "2023.6.30", "2023年6月30日"])(
    "reads the policy window start typed %s and shows it as 2023-06-30",
    async (typed) => {
      const { source } = renderSettings();
      const start = screen.getByLabelText("开始日期");
      expect((start as HTMLInputElement).value).toBe("2022-07-08");
      type(start, typed);
      fireEvent.blur(start);
      expect((start as HTMLInputElement).value).toBe("2023-06-30");
      await save();
      await waitFor(async () =>
        expect((await source.loadSettings()).window.start).toBe(serialFromYmd(2023, 6, 30))
      );
    }
  );

  it("saves a date typed without leaving the field, and names a bad one", async () => {
    const { source } = renderSettings();
    type(screen.getByLabelText("结束日期"), "2025年5月14日");
    await save();
    await waitFor(async () =>
      expect((await source.loadSettings()).window.end).toBe(serialFromYmd(2025, 5, 14))
    );
    type(screen.getByLabelText("结束日期"), "2025-13-01");
    await save();
    expect(screen.getByTestId("settings-outcome").textContent).toContain(
      "政策有效期结束日期须为日期，如 2024-05-14"
    );
    type(screen.getByLabelText("结束日期"), "2022-01-01");
    await save();
    expect(screen.getByTestId("settings-outcome").textContent).toContain(
      "政策有效期的开始日期须不晚于结束日期"
    );
  });

  it("edits the relocation stages: amounts in 万, months after the move-in, add and remove", async () => {
    const { source } = renderSettings();
    expect(screen.getAllByTestId("stage-row")).toHaveLength(2);
    type(screen.getByLabelText("第 2 期金额（元）"), "15万");
    type(screen.getByLabelText("第 2 期发放时间（迁入后月数）"), "24");
    fireEvent.click(screen.getByRole("button", { name: "添加分期" }));
    expect(screen.getAllByTestId("stage-row")).toHaveLength(3);
    // A new stage starts twelve months after the last one.
    expect((screen.getByLabelText("第 3 期发放时间（迁入后月数）") as HTMLInputElement).value).toBe(
      "36"
    );
    type(screen.getByLabelText("第 3 期金额（元）"), "5万");
    await save();
    await waitFor(async () =>
      expect((await source.loadSettings()).awards.relocationStages).toEqual([
        { amount: 100000, months: 0 },
        { amount: 150000, months: 24 },
        { amount: 50000, months: 36 },
      ])
    );
    fireEvent.click(screen.getByRole("button", { name: "删除第 1 期" }));
    await save();
    await waitFor(async () =>
      expect((await source.loadSettings()).awards.relocationStages.map((s) => s.amount)).toEqual([
        150000, 50000,
      ])
    );
  });

  it("names the stage row the user sees, blank rows in between notwithstanding", async () => {
    const { container } = renderSettings();
    fireEvent.click(screen.getByRole("button", { name: "添加分期" }));
    fireEvent.click(screen.getByRole("button", { name: "添加分期" }));
    // Row 3 left blank (not saved), row 4 with a fraction of a month.
    type(screen.getByLabelText("第 3 期发放时间（迁入后月数）"), "");
    type(screen.getByLabelText("第 4 期金额（元）"), "1万");
    type(screen.getByLabelText("第 4 期发放时间（迁入后月数）"), "1.5");
    await save();
    expect(screen.getByTestId("settings-outcome").textContent).toContain(
      "迁入奖励第 4 期的发放时间须为迁入后的整月数（0 到 600），如 12"
    );
    expect(
      screen.getByLabelText("第 4 期发放时间（迁入后月数）").getAttribute("aria-invalid")
    ).toBe("true");
    expect(container.querySelectorAll("[aria-invalid=true]")).toHaveLength(1);
  });

  it("asks before 恢复默认 resets the form, and cancelling keeps it", async () => {
    renderSettings("zh-CN", {
      ...DEFAULT_SETTINGS,
      awards: { ...DEFAULT_SETTINGS.awards, first: 300000 },
    });
    const first = () => (screen.getByLabelText("首次认定") as HTMLInputElement).value;
    expect(first()).toBe("300000");
    fireEvent.click(screen.getByRole("button", { name: "恢复默认" }));
    const dialog = await screen.findByRole("dialog", { name: "恢复默认设置？" });
    expect(dialog.textContent).toContain("点击“保存设置”后才会写入工作簿");
    fireEvent.click(within(dialog).getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(first()).toBe("300000");
    // Fluent's focus manager sets and lifts aria-hidden around a modal a tick late in jsdom: found regardless.
    fireEvent.click(screen.getByRole("button", { name: "恢复默认", hidden: true }));
    const again = await screen.findByRole("dialog", { name: "恢复默认设置？", hidden: true });
    fireEvent.click(within(again).getByRole("button", { name: "恢复默认", hidden: true }));
    await waitFor(() => expect(first()).toBe("200000"));
  });

  it("takes settings changed elsewhere into the form, but keeps its own message after saving", async () => {
    const source = createPreviewSource(async () => SHEETS);
    const ui = (settings: Settings) => (
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="zh-CN">
          <SettingsView source={source} settings={settings} units={["枫泾镇"]} sheets={[]} />
        </I18nProvider>
      </FluentProvider>
    );
    const { rerender } = render(ui(DEFAULT_SETTINGS));
    type(screen.getByLabelText("首次认定"), "25万");
    await save();
    const saved = currentSettings();
    rerender(ui(saved));
    expect(screen.getByTestId("settings-outcome").textContent).toContain("预览：设置已应用");
    rerender(ui({ ...saved, aliases: { 枫泾工业区: "枫泾镇" } }));
    expect(screen.getByTestId("settings-outcome").textContent).toBe("");
    expect((screen.getByLabelText("第 1 个别名：数据中的写法") as HTMLInputElement).value).toBe(
      "枫泾工业区"
    );
  });
});
