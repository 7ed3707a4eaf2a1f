/**
 * The workbook chooser the page (打开工作簿) and the pane (合并其他工作簿) share: a button that opens a
 * hidden file input taking several .xlsx / .xlsm / .xls files, handing over what was chosen.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import {
  isWorkbookName,
  WorkbookFilePicker,
} from "../../src/taskpane/components/WorkbookFilePicker";
import { I18nProvider } from "../../src/taskpane/i18n/I18nContext";
import { MergeOtherWorkbooks } from "../../src/taskpane/merge/MergeOtherWorkbooks";
import { checkA11y, installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);

const file = (name: string) => new File(["x"], name);

/** Chooses `files` in the input, as the system's chooser would. */
function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
}

describe("workbook chooser", () => {
  it("opens the chooser from its button and hands over the files chosen", async () => {
    const onFiles = jest.fn();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookFilePicker testId="pick" onFiles={onFiles} title="提示">
          打开工作簿…
        </WorkbookFilePicker>
      </FluentProvider>
    );
    const input = screen.getByTestId("pick") as HTMLInputElement;
    expect([input.type, input.multiple, input.accept]).toEqual(["file", true, ".xlsx,.xlsm,.xls"]);
    const click = jest.spyOn(input, "click").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "打开工作簿…" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button").getAttribute("title")).toBe("提示");

    const chosen = [file("甲.xlsx"), file("乙.xls")];
    choose(input, chosen);
    expect(onFiles).toHaveBeenCalledWith(chosen);
    choose(input, []);
    expect(onFiles).toHaveBeenCalledTimes(1);
    await checkA11y(container);
  });

  it("tells a dropped workbook by its name, as the chooser offers them", () => {
    expect(["a.xlsx", "B.XLSM", "c.xls"].map(isWorkbookName)).toEqual([true, true, true]);
    expect(["d.csv", "e.xlsx.txt", "xls"].map(isWorkbookName)).toEqual([false, false, false]);
  });

  it("is the pane's 合并其他工作簿, which lists the files in and drops them", () => {
    const onFiles = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="zh-CN">
          <MergeOtherWorkbooks files={[file("镇乙.xlsx"), file("镇丙.xlsx")]} onFiles={onFiles} />
        </I18nProvider>
      </FluentProvider>
    );
    const open = screen.getByRole("button", { name: "合并其他工作簿…" });
    expect(open.getAttribute("title")).toMatch(/^选择一个或多个/);
    const chosen = [file("镇丁.xlsm")];
    choose(screen.getByTestId("merge-files") as HTMLInputElement, chosen);
    expect(onFiles).toHaveBeenLastCalledWith(chosen);
    expect(screen.getByText("一起统计：镇乙.xlsx, 镇丙.xlsx")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "不再合并" }));
    expect(onFiles).toHaveBeenLastCalledWith([]);
  });
});
