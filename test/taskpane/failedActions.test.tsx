/** A pane action that fails with words of its own (a LocalError) says them in the pane's language. */
import { fireEvent, render, screen } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import type { Lang } from "../../src/domain/core/types";
import { RequirementError } from "../../src/excel/excelRun";
import type { WorkbookSource } from "../../src/excel/workbookSource";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { AS_OF, SHEETS } from "./fixtures";
import { installJsdomShims } from "./paneTestSetup";

beforeAll(installJsdomShims);
beforeEach(() => setSettings(DEFAULT_SETTINGS));
jest.setTimeout(30_000);

/** Excel without the requirement set that inserting formula columns needs. */
function olderExcel(): WorkbookSource {
  return {
    ...createPreviewSource(async () => SHEETS),
    kind: "excel",
    insertFormulaColumns: async () => {
      throw new RequirementError("ExcelApi", "1.9", {
        "zh-CN": "插入公式列",
        "en-US": "Inserting formula columns",
      });
    },
  };
}

async function failInsert(lang: Lang, button: string): Promise<void> {
  render(<App source={olderExcel()} initialLang={lang} dark={false} initialAsOf={AS_OF} />);
  await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
  fireEvent.click(screen.getByRole("button", { name: button }));
}

describe("a failed action in the pane", () => {
  it("says a LocalError's own Chinese in zh-CN", async () => {
    await failInsert("zh-CN", "插入公式列");
    expect(
      await screen.findByText("操作失败：插入公式列需要 ExcelApi 1.9，当前 Excel 版本不支持。")
    ).toBeTruthy();
  });

  it("and its English in en-US", async () => {
    await failInsert("en-US", "Insert formula columns");
    expect(
      await screen.findByText(
        "Failed: Inserting formula columns needs ExcelApi 1.9, which this version of Excel does not support."
      )
    ).toBeTruthy();
  });
});
