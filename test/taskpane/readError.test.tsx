/**
 * A workbook that cannot be read: the pane's error line names the refused file once, in the user's
 * language, and again in the other after a switch (the page shows its readers' refusals the same way).
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { inputError } from "../../src/cli/inputError";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF } from "./fixtures";
import { installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

it("names the refused file once in the read error, in either language", async () => {
  const source = createPreviewSource(async () => {
    throw inputError("镇乙.xlsx", "not a valid .xlsx file", "不是有效的 .xlsx 文件");
  });
  render(<App source={source} initialLang="zh-CN" dark={false} initialAsOf={AS_OF} />);
  expect(
    await screen.findByText(
      "读取工作簿失败：镇乙.xlsx：不是有效的 .xlsx 文件",
      {},
      { timeout: 15_000 }
    )
  ).toBeTruthy();
  fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
  expect(
    await screen.findByText("Could not read the workbook: 镇乙.xlsx: not a valid .xlsx file")
  ).toBeTruthy();
});
