/**
 * Findings of other workbooks read with the open one (docs/rules.md section 12): the 来源 section lists
 * each file, an entry of the open workbook still goes to its cell, and one of another file names the
 * file and goes nowhere.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyseWorkbook } from "../../src/domain/analysis/analyseWorkbook";
import { serialFromYmd } from "../../src/domain/core/dates";
import type { Lang, SheetInput } from "../../src/domain/core/types";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import FindingsView from "../../src/taskpane/findings/FindingsView";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
jest.setTimeout(30_000);

const HEAD = ["企业名称", "证书编号", "发证日期", "所属镇"];
const SHEETS: SheetInput[] = [
  {
    name: "名单",
    values: [HEAD, ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 11, 2), "枫泾镇"]],
  },
  {
    file: "镇乙.xlsx",
    name: "名单",
    values: [HEAD, ["上海甲科技有限公司", "GR202331000001", serialFromYmd(2023, 12, 8), "朱泾镇"]],
  },
  {
    file: "镇丙.xlsx",
    name: "名单",
    values: [HEAD, ["上海丙科技有限公司", "GR2023", serialFromYmd(2023, 12, 8), "亭林镇"]],
  },
];
const analysis = analyseWorkbook(SHEETS, { asOf: serialFromYmd(2024, 12, 31) });

function renderView(lang: Lang) {
  const onSelect = jest.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <FindingsView
          findings={analysis.findings}
          sheets={SHEETS}
          units={analysis.targets.units}
          settings={DEFAULT_SETTINGS}
          onSelect={onSelect}
          onAddAlias={jest.fn(async () => undefined)}
          sources={analysis.sources}
        />
      </I18nProvider>
    </FluentProvider>
  );
  return { onSelect, ...view };
}

describe("the 来源 section of 数据问题", () => {
  it("lists the open workbook and each file", async () => {
    const { container } = renderView("zh-CN");
    const sources = screen.getAllByTestId("source");
    expect(sources.map((s) => s.querySelector("span")?.textContent)).toEqual([
      "当前工作簿",
      "镇乙.xlsx",
      "镇丙.xlsx",
    ]);
    expect(within(sources[1]).getByText(/名单（企业名单）/)).toBeTruthy();
    expect(sources[1].textContent).toContain("3 个问题");
    expect(screen.getByText("来源（3 个文件）")).toBeTruthy();
    await checkA11y(container);
  });

  it("in English too", () => {
    renderView("en-US");
    expect(screen.getByText("Sources (3 files)")).toBeTruthy();
    expect(screen.getAllByTestId("source")[0].textContent).toContain("This workbook");
  });

  it("names the file of a finding from another file, with no cell to go to", () => {
    const { onSelect } = renderView("zh-CN");
    const items = screen.getAllByTestId("finding-item");
    const other = items.filter((i) => i.tagName !== "BUTTON");
    expect(other.length).toBeGreaterThan(0);
    for (const i of other)
      expect(within(i).getByTestId("row-file").textContent).toMatch(/镇[乙丙]\.xlsx/);
    fireEvent.click(other[0]);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("shows no 来源 for one workbook", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="zh-CN">
          <FindingsView
            findings={[]}
            sheets={[SHEETS[0]]}
            units={analysis.targets.units}
            settings={DEFAULT_SETTINGS}
            onSelect={jest.fn()}
            onAddAlias={jest.fn(async () => undefined)}
          />
        </I18nProvider>
      </FluentProvider>
    );
    expect(screen.queryByTestId("sources")).toBeNull();
  });
});
