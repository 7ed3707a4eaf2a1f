/**
 * The offline page's 打开工作簿: files chosen in its chooser are opened and read by the pane; a file
 * that is no workbook gives the page's error line naming it once, in the page's language.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { WebApp } from "../../../src/web/WebApp";
import { installJsdomShims } from "../paneTestSetup";

beforeAll(installJsdomShims);
jest.setTimeout(30_000);

it("opens the chosen files and names the one that cannot be read", async () => {
  render(<WebApp initialLang="zh-CN" dark={false} />);
  fireEvent.click(screen.getByRole("button", { name: "打开工作簿…" }));
  const input = screen.getByTestId("open-files") as HTMLInputElement;
  expect([input.multiple, input.accept]).toEqual([true, ".xlsx,.xlsm,.xls"]);
  const text = "name,code\nA,1\n".repeat(20);
  const bad = new File([text], "坏名单.xlsx");
  // jsdom's File has no arrayBuffer() (nor TextEncoder): the browser's, over the same ASCII text.
  bad.arrayBuffer = async () => Uint8Array.from(text, (c) => c.charCodeAt(0)).buffer;
  Object.defineProperty(input, "files", { value: [bad], configurable: true });
  fireEvent.change(input);
  expect(screen.getByTestId("opened").textContent).toContain("坏名单.xlsx");
  const line = await screen.findByText(/^读取工作簿失败：/, {}, { timeout: 15_000 });
  expect(line.textContent).toMatch(/^读取工作簿失败：坏名单\.xlsx：不是有效的 \.xlsx 文件/);
  expect(line.textContent?.split("坏名单.xlsx").length).toBe(2);
});
