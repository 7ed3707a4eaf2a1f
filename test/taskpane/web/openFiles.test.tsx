/**
 * The offline page's 打开工作簿: files chosen in its chooser are opened and read by the pane; a file
 * that is no workbook gives the page's error line naming it once, in the page's language.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { WebApp } from "../../../src/web/WebApp";
import { installJsdomShims } from "../paneTestSetup";

beforeAll(installJsdomShims);
jest.setTimeout(30_000);

/** Opens a file of ASCII text (no workbook) through the page's chooser. */
function openText(name: string): void {
  fireEvent.click(screen.getByRole("button", { name: "打开工作簿…" }));
  const input = screen.getByTestId("open-files") as HTMLInputElement;
  expect([input.multiple, input.accept]).toEqual([true, ".xlsx,.xlsm,.xls"]);
  const text = "name,code\nA,1\n".repeat(20);
  const bad = new File([text], name);
  // jsdom's File has no arrayBuffer() (nor TextEncoder): the browser's, over the same ASCII text.
  bad.arrayBuffer = async () => Uint8Array.from(text, (c) => c.charCodeAt(0)).buffer;
  Object.defineProperty(input, "files", { value: [bad], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => localStorage.clear());

it("opens the chosen files and names the one that cannot be read", async () => {
  render(<WebApp initialLang="zh-CN" dark={false} />);
  openText("坏名单.xlsx");
  expect(screen.getByTestId("opened").textContent).toContain("坏名单.xlsx");
  const line = await screen.findByText(/^读取工作簿失败：/, {}, { timeout: 15_000 });
  // CSV text under an .xlsx name: said for what it is, with the way to a workbook.
  expect(line.textContent).toMatch(
    /^读取工作簿失败：坏名单\.xlsx：这是文本文件（CSV 或制表符分隔），只是用了 Excel 的扩展名.*另存为 Excel 工作簿（\.xlsx）/
  );
  expect(line.textContent?.split("坏名单.xlsx").length).toBe(2);
  expect(screen.queryByTestId("settings-unreadable")).toBeNull();
});

it("says when the settings kept in the browser do not read, and that the defaults are in use", async () => {
  localStorage.setItem("gaoqi.settings", "{not json");
  render(<WebApp initialLang="zh-CN" dark={false} />);
  openText("名单.xlsx");
  const notice = await screen.findByTestId("settings-unreadable", {}, { timeout: 15_000 });
  expect(notice.textContent).toBe(
    "本浏览器保存的设置无法读取（不是有效的 JSON），现按默认设置分析。在“设置”中保存或导入设置即可替换。"
  );
});
