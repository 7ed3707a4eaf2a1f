/**
 * The bulletin in the pane: its options saved in the workbook, and 导出 Word, a download of the Word
 * bulletin whose figures are the pane's own; where the host blocks downloads (Office on Mac and iPad) the
 * pane says so instead.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/domain/settings/settings";
import { setSettings } from "../../src/state/session";
import { App } from "../../src/taskpane/App";
import { createPreviewSource } from "../../src/taskpane/preview/previewSource";
import { installJsdomShims } from "./paneTestSetup";
import { AS_OF, SHEETS } from "./fixtures";

// JSZip's types are not installed; this is the part of its API used here.
const JSZip = require("jszip") as {
  loadAsync(
    b: ArrayBuffer | Buffer
  ): Promise<{ file(n: string): { async(t: "string"): Promise<string> } | null }>;
};

beforeAll(() => {
  installJsdomShims();
  // The Word writer encodes its XML with TextEncoder, which every browser has and jsdom lacks.
  Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? require("util").TextEncoder });
});
beforeEach(() => setSettings(DEFAULT_SETTINGS));
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
});
jest.setTimeout(30_000);

async function renderPane(downloadsBlockedOn: string | null = null) {
  const source = createPreviewSource(async () => SHEETS);
  render(
    <App
      source={source}
      initialLang="zh-CN"
      dark={false}
      initialAsOf={AS_OF}
      downloadsBlockedOn={downloadsBlockedOn}
    />
  );
  await screen.findAllByTestId("unit-row", {}, { timeout: 15_000 });
  return source;
}

/** Captures the blob and the name of the next download. */
function captureDownload(): { got: Promise<{ blob: Blob; name: string }> } {
  let blob: Blob | null = null;
  let resolve: (v: { blob: Blob; name: string }) => void = () => undefined;
  const got = new Promise<{ blob: Blob; name: string }>((r) => (resolve = r));
  Object.assign(URL, {
    createObjectURL: (b: Blob) => ((blob = b), "blob:gaoqi"),
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    resolve({ blob: blob as Blob, name: this.download });
  });
  return { got };
}

/** The text of each cell of the last row of the document's first table (the 通报's 合计). */
async function totalRowOf(blob: Blob): Promise<string[]> {
  const bytes = await new Promise<ArrayBuffer>((res) => {
    const reader = new FileReader();
    reader.onload = () => res(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });
  const zip = await JSZip.loadAsync(Buffer.from(bytes));
  const xml = await zip.file("word/document.xml")!.async("string");
  const table = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
  const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => r[0]);
  return [...rows[rows.length - 1].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
    [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")
  );
}

describe("导出 Word", () => {
  it("downloads the Word bulletin, whose 合计 is the pane's", async () => {
    const { got } = captureDownload();
    await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "导出 Word" }));
    const { blob, name } = await got;
    expect(name).toBe("高企通报 2023-06-30.docx");
    expect(
      await screen.findByText(
        "预览：已生成“高企通报 2023-06-30.docx”并开始下载。",
        {},
        { timeout: 15_000 }
      )
    ).toBeTruthy();
    const pane = within(screen.getByTestId("unit-total"))
      .getAllByRole("cell")
      .map((c) => c.textContent);
    const word = await totalRowOf(blob);
    // 排名, 责任单位, 目标, 有效期内高企, 完成率, 缺口 in Word; 责任单位, 目标, 有效期内高企, 完成率, 缺口 in the pane.
    expect(word[1]).toBe("合计");
    expect([word[2], word[3], word[5]]).toEqual([pane[1], pane[2], pane[4]]);
    expect(pane[3]).toContain(word[4]);
  });

  it("says so where the host blocks downloads, and downloads nothing", async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click");
    await renderPane("Mac");
    fireEvent.click(screen.getByRole("button", { name: "导出 Word" }));
    expect(await screen.findByText(/此版本的 Excel（Mac）不允许加载项下载文件/)).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
  });
});

describe("the bulletin options", () => {
  it("save 较上期 and the findings 附件 in the workbook", async () => {
    const source = await renderPane();
    const save = jest.spyOn(source, "saveSettings");
    fireEvent.change(screen.getByRole("combobox", { name: "较上期" }), {
      target: { value: "month-end" },
    });
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0][0].report).toMatchObject({ compare: "month-end", findings: "none" });
    fireEvent.click(screen.getByRole("checkbox", { name: "附件含数据问题清单" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][0].report.findings).toBe("sheet");
    // The second option saved keeps the first.
    expect(save.mock.calls[1][0].report.compare).toBe("month-end");
  });

  it("take the 落款 date as staff type it, show it as yyyy-mm-dd, and clear it back to today", async () => {
    const source = await renderPane();
    const save = jest.spyOn(source, "saveSettings");
    const field = screen.getByRole("textbox", { name: "落款日期（空为当天）" });
    fireEvent.change(field, { target: { value: "2024年1月10日" } });
    fireEvent.blur(field);
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0][0].report.issueDate).toBe(45301);
    expect((field as HTMLInputElement).value).toBe("2024-01-10");
    fireEvent.change(field, { target: { value: "" } });
    fireEvent.blur(field);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][0].report.issueDate).toBeNull();
  });
});

describe("the bulletin's words (文号, 主送, 标题, 工作要求) and their preview", () => {
  const preview = () => screen.getByTestId("bulletin-preview");

  it("previews the defaults, in the pane's language", async () => {
    await renderPane();
    expect(preview().textContent).toContain("各镇人民政府、各园区：");
    expect(preview().textContent).toContain("金山区高新技术企业目标任务完成情况通报（2023年）");
    expect(preview().textContent).toMatch(/下一步，各镇、各园区要对照年度目标任务/);
    expect(preview().textContent).toContain("金山区科学技术委员会");
  });

  it.each<[string, string, string]>([
    ["文号", "金科委〔2025〕3号", "refNo"],
    ["主送", "各镇人民政府、各园区、区有关部门：", "addressee"],
    ["标题", "关于{district}{year}年高企工作的通报", "title"],
  ])(
    "saves the %s when the field is left, and the preview shows it filled in",
    async (label, typed, key) => {
      const source = await renderPane();
      const save = jest.spyOn(source, "saveSettings");
      const field = screen.getByRole("textbox", { name: label });
      fireEvent.change(field, { target: { value: ` ${typed} ` } });
      expect(preview().textContent).toContain(
        typed.replace("{district}", "金山区").replace("{year}", "2023")
      );
      fireEvent.blur(field);
      await waitFor(() => expect(save).toHaveBeenCalled());
      expect(save.mock.calls[0][0].report[key as "refNo"]).toBe(typed);
    }
  );

  it("refuses a text the settings file would refuse, with the same reason naming the field, and saves nothing", async () => {
    const source = await renderPane();
    const save = jest.spyOn(source, "saveSettings");
    const field = screen.getByRole("textbox", { name: "标题" });
    fireEvent.change(field, { target: { value: "{city}通报" } });
    fireEvent.blur(field);
    expect(await screen.findByText("标题：含有 {city}，只能使用 {district}、{year}")).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    // The preview keeps the title the bulletin would print.
    expect(preview().textContent).toContain("金山区高新技术企业目标任务完成情况通报（2023年）");
  });

  it("takes the 工作要求 as paragraphs, one a line", async () => {
    const source = await renderPane();
    const save = jest.spyOn(source, "saveSettings");
    const field = screen.getByRole("textbox", { name: "工作要求" });
    fireEvent.change(field, { target: { value: "一要抓紧。\n\n 二要落实。" } });
    fireEvent.blur(field);
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0][0].report.closing).toBe("一要抓紧。\n二要落实。");
    expect([...preview().querySelectorAll("p")].map((p) => p.textContent)).toEqual(
      expect.arrayContaining(["一要抓紧。", "二要落实。"])
    );
  });
});

describe("生成工作底稿", () => {
  it("writes the report with the working papers after it", async () => {
    const source = await renderPane();
    const write = jest.spyOn(source, "writeReport");
    fireEvent.click(screen.getByRole("button", { name: "生成工作底稿" }));
    await waitFor(() => expect(write).toHaveBeenCalled());
    const ids = write.mock.calls[0][0].map((l) => l.id);
    expect(ids[0]).toBe("bulletin");
    expect(ids.slice(-2)).toEqual(["workpaperFindings", "workpaperUnpaid"]);
    expect(ids).not.toContain("findings");
    expect(
      await screen.findByText(`预览：将生成通报和工作底稿（${ids.length} 个工作表）。`)
    ).toBeTruthy();
  });
});
