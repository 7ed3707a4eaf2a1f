/**
 * The page's opened workbooks are read anew on every read: through a file handle where the browser gives
 * one (then a file saved since is read as saved), else through the File, whose refusal once the file has
 * changed on disk becomes one line asking to open it again. The browser parts (the handle chooser, the
 * drop's handles) are stand-ins with the shapes the File System Access API gives; headless Chromium
 * runs the page's real file input in test/browser/offlinePage.js.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { errorText } from "../../../src/domain/core/localError";
import { WorkbookFilePicker } from "../../../src/taskpane/components/WorkbookFilePicker";
import {
  droppedWorkbooks,
  handlePicker,
  openedFromFile,
  openedFromHandle,
  pickWorkbooks,
  type HandlePicker,
} from "../../../src/web/openedFiles";
import { WebApp } from "../../../src/web/WebApp";
import { installJsdomShims } from "../paneTestSetup";

beforeAll(installJsdomShims);

const bytes = (text: string): ArrayBuffer => Uint8Array.from(text, (c) => c.charCodeAt(0)).buffer;
const textOf = (b: ArrayBuffer): string => String.fromCharCode(...new Uint8Array(b));

/** A File whose read fails as the browser's does once the file changed on disk, or reads `text`. */
function snapshotFile(name: string, text: string | null): File {
  const f = new File([], name);
  f.arrayBuffer = async () => {
    if (text === null)
      throw new DOMException("The requested file could not be read", "NotReadableError");
    return bytes(text);
  };
  return f;
}

/** A handle whose file is what `disk()` holds now (a DOMException name to fail with, or text). */
function handleOver(name: string, disk: () => string | { fails: string }) {
  const getFile = jest.fn(async () => {
    const now = disk();
    if (typeof now !== "string") throw new DOMException("refused", now.fails);
    return snapshotFile(name, now);
  });
  return { kind: "file", name, getFile } as unknown as FileSystemFileHandle & {
    getFile: jest.Mock;
  };
}

describe("a file chosen in the input", () => {
  it("reads its bytes", async () => {
    expect(textOf(await openedFromFile(snapshotFile("甲.xlsx", "PK")).read())).toBe("PK");
  });

  it("changed on disk since: one line naming it, asking to open it again, in both languages", async () => {
    const e = await openedFromFile(snapshotFile("甲.xlsx", null))
      .read()
      .catch((x: unknown) => x);
    expect(errorText(e)).toEqual({
      "zh-CN":
        "甲.xlsx：选择后在磁盘上已被修改（或移动、删除），浏览器只能读取选择时的文件：请重新选择该文件",
      "en-US":
        "甲.xlsx: has changed on disk since it was chosen, and the browser reads only the file as it was then: choose it again",
    });
  });

  it("another failure passes as it is", async () => {
    const f = new File([], "甲.xlsx");
    const boom = new RangeError("out of memory");
    f.arrayBuffer = async () => {
      throw boom;
    };
    await expect(openedFromFile(f).read()).rejects.toBe(boom);
  });
});

describe("a file behind a handle", () => {
  it("asks the handle for the file on every read, so a saved change is read", async () => {
    let disk = "first";
    const h = handleOver("甲.xlsx", () => disk);
    const opened = openedFromHandle(h);
    expect(opened.name).toBe("甲.xlsx");
    expect(textOf(await opened.read())).toBe("first");
    disk = "saved since";
    expect(textOf(await opened.read())).toBe("saved since");
    expect(h.getFile).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["NotFoundError", "已不在选择时的位置（被移动、重命名或删除）"],
    ["NotAllowedError", "浏览器已不允许读取该文件"],
  ])("%s: says why, naming the file", async (name, zh) => {
    const e = await openedFromHandle(handleOver("乙.xlsx", () => ({ fails: name })))
      .read()
      .catch((x: unknown) => x);
    expect(errorText(e)["zh-CN"]).toBe(`乙.xlsx：${zh}：请重新选择该文件`);
  });
});

describe("the handle chooser", () => {
  it("is there only where the browser has one", () => {
    expect(handlePicker({})).toBeNull();
    const scope = { showOpenFilePicker: jest.fn(async () => []) };
    expect(handlePicker(scope)).not.toBeNull();
  });

  it("offers the workbook types, several at once, and keeps the workbooks chosen", async () => {
    const picker = jest.fn(async () => [
      handleOver("甲.xlsx", () => "a"),
      handleOver("说明.txt", () => "b"),
      handleOver("乙.XLS", () => "c"),
    ]);
    const opened = await pickWorkbooks(picker as unknown as HandlePicker, "Excel 工作簿");
    expect(opened?.map((o) => o.name)).toEqual(["甲.xlsx", "乙.XLS"]);
    const options = picker.mock.calls[0] as unknown as Parameters<HandlePicker>;
    expect(options[0].multiple).toBe(true);
    expect(options[0].types[0].description).toBe("Excel 工作簿");
    expect(Object.values(options[0].types[0].accept).flat().sort()).toEqual([
      ".xls",
      ".xlsm",
      ".xlsx",
    ]);
  });

  it("closed without a choice: nothing", async () => {
    const picker = async () => {
      throw new DOMException("The user aborted a request.", "AbortError");
    };
    expect(await pickWorkbooks(picker, "x")).toBeNull();
  });

  it("refused by the browser (a frame that may not use it): rejects, for the file input to open", async () => {
    const picker = async () => {
      throw new DOMException("Cross origin sub frames aren't allowed", "SecurityError");
    };
    await expect(pickWorkbooks(picker, "x")).rejects.toMatchObject({ name: "SecurityError" });
  });
});

describe("a drop", () => {
  /** A drop's items, each usable only until `over` is set (as a real drop's are past its event). */
  function dropOf(entries: { name: string; handle: boolean }[]) {
    const state = { over: false };
    const items = entries.map(({ name, handle }, k) => {
      const file = snapshotFile(name, `file ${k}`);
      const item: Record<string, unknown> = {
        kind: "file",
        getAsFile: () => (state.over ? null : file),
      };
      if (handle)
        item.getAsFileSystemHandle = () =>
          Promise.resolve(state.over ? null : handleOver(name, () => `handle ${k}`));
      return item;
    });
    return { data: { items, files: [] } as unknown as DataTransfer, state };
  }

  it("takes handles where the browser gives them, asked for before the event ends", async () => {
    const { data, state } = dropOf([
      { name: "甲.xlsx", handle: true },
      { name: "乙.xls", handle: false },
      { name: "图.png", handle: true },
    ]);
    const pending = droppedWorkbooks(data);
    state.over = true;
    const opened = await pending;
    expect(opened.map((o) => o.name)).toEqual(["甲.xlsx", "乙.xls"]);
    expect(await Promise.all(opened.map(async (o) => textOf(await o.read())))).toEqual([
      "handle 0",
      "file 1",
    ]);
  });

  it("a handle of undefined (Chromium's answer for a drop a script made): the file", async () => {
    const item = {
      kind: "file",
      getAsFile: () => snapshotFile("甲.xlsx", "file"),
      getAsFileSystemHandle: () => Promise.resolve(undefined),
    };
    const opened = await droppedWorkbooks({ items: [item], files: [] } as unknown as DataTransfer);
    expect(await Promise.all(opened.map(async (o) => textOf(await o.read())))).toEqual(["file"]);
  });

  it("without items (an older browser): the files", async () => {
    const data = {
      items: [],
      files: [snapshotFile("甲.xlsx", "x"), snapshotFile("a.csv", "y")],
    } as unknown as DataTransfer;
    expect((await droppedWorkbooks(data)).map((o) => o.name)).toEqual(["甲.xlsx"]);
  });
});

describe("a dropped folder", () => {
  const names = ["乙.xlsx", "甲.xlsx", "~$甲.xlsx", ".隐藏.xlsx", "说明.docx", "丙.XLS"];

  it("by handle: the workbooks directly inside, in name order, lock and hidden files left out", async () => {
    const sub = { kind: "directory", name: "子文件夹.xlsx" };
    const dir = {
      kind: "directory",
      name: "各镇",
      async *values() {
        for (const n of names) yield handleOver(n, () => `content of ${names.indexOf(n)}`);
        yield sub;
      },
    };
    const item = {
      kind: "file",
      getAsFile: () => new File([], "各镇"),
      getAsFileSystemHandle: () => Promise.resolve(dir),
    };
    const loose = {
      kind: "file",
      getAsFile: () => snapshotFile("外.xlsx", "loose"),
    };
    const opened = await droppedWorkbooks({
      items: [item, loose],
      files: [],
    } as unknown as DataTransfer);
    // Code point order: 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532); the loose file after the folder's.
    expect(opened.map((o) => o.name)).toEqual(["丙.XLS", "乙.xlsx", "甲.xlsx", "外.xlsx"]);
    expect(textOf(await opened[1].read())).toBe("content of 0");
  });

  it("by entry where the browser gives no handles, read in batches", async () => {
    const entryOf = (n: string) => ({
      isFile: true,
      isDirectory: false,
      name: n,
      file: (ok: (f: File) => void) => ok(snapshotFile(n, n.length.toString())),
    });
    const batches = [names.slice(0, 4).map(entryOf), names.slice(4).map(entryOf), []];
    const dir = {
      isFile: false,
      isDirectory: true,
      name: "各镇",
      createReader: () => ({ readEntries: (ok: (e: unknown[]) => void) => ok(batches.shift()!) }),
    };
    const item = {
      kind: "file",
      getAsFile: () => new File([], "各镇"),
      webkitGetAsEntry: () => dir,
    };
    const opened = await droppedWorkbooks({ items: [item], files: [] } as unknown as DataTransfer);
    expect(opened.map((o) => o.name)).toEqual(["丙.XLS", "乙.xlsx", "甲.xlsx"]);
    expect(batches).toEqual([]);
  });
});

it("the page says so when nothing dropped is a workbook", async () => {
  render(<WebApp initialLang="zh-CN" dark={false} />);
  const item = { kind: "file", getAsFile: () => new File(["x"], "照片.png") };
  fireEvent.drop(screen.getByTestId("drop"), {
    dataTransfer: { items: [item], files: [] },
  });
  expect((await screen.findByRole("status")).textContent).toBe(
    "拖入的内容中没有工作簿（.xlsx / .xls；文件夹只读取其中直接存放的工作簿）。"
  );
  expect(screen.queryByTestId("opened")).toBeNull();
});

describe("the chooser button with a chooser of the host's own", () => {
  function renderPicker(chooseFirst: () => Promise<boolean>) {
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookFilePicker testId="pick" onFiles={() => {}} chooseFirst={chooseFirst}>
          打开
        </WorkbookFilePicker>
      </FluentProvider>
    );
    const input = screen.getByTestId("pick") as HTMLInputElement;
    const click = jest.spyOn(input, "click").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "打开" }));
    return click;
  }

  it.each<[string, () => Promise<boolean>, number]>([
    ["shown: the input stays closed", async () => true, 0],
    ["none: the input opens", async () => false, 1],
    ["failed: the input opens", () => Promise.reject(new Error("no")), 1],
  ])("%s", async (_what, chooseFirst, clicks) => {
    const click = renderPicker(chooseFirst);
    await new Promise((r) => setTimeout(r, 0));
    expect(click).toHaveBeenCalledTimes(clicks);
  });
});

it("the page opens workbooks through the handle chooser and reads them again as saved", async () => {
  let disk = "first text, no workbook";
  const handle = handleOver("镇甲.xlsx", () => disk);
  const picker = jest.fn(async () => [handle]);
  (window as unknown as { showOpenFilePicker: unknown }).showOpenFilePicker = picker;
  try {
    render(<WebApp initialLang="zh-CN" dark={false} />);
    const input = screen.getByTestId("open-files") as HTMLInputElement;
    const click = jest.spyOn(input, "click").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "打开工作簿…" }));
    expect((await screen.findByTestId("opened")).textContent).toContain("镇甲.xlsx");
    expect(click).not.toHaveBeenCalled();
    await screen.findByText(/^读取工作簿失败：镇甲\.xlsx：/, {}, { timeout: 15_000 });
    expect(handle.getFile).toHaveBeenCalledTimes(1);
    disk = "saved since, still no workbook";
    fireEvent.click(screen.getByRole("button", { name: "重新读取" }));
    await screen.findByText(/^读取工作簿失败：镇甲\.xlsx：/, {}, { timeout: 15_000 });
    expect(handle.getFile).toHaveBeenCalledTimes(2);
  } finally {
    delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  }
});

it("the page whose browser refuses the handle chooser opens the file input, and goes straight to it after", async () => {
  const picker = jest.fn(async () => {
    throw new DOMException(
      "Cross origin sub frames aren't allowed to show a file picker.",
      "SecurityError"
    );
  });
  (window as unknown as { showOpenFilePicker: unknown }).showOpenFilePicker = picker;
  try {
    render(<WebApp initialLang="zh-CN" dark={false} />);
    const input = screen.getByTestId("open-files") as HTMLInputElement;
    const click = jest.spyOn(input, "click").mockImplementation(() => {});
    const button = screen.getByRole("button", { name: "打开工作簿…" });
    fireEvent.click(button);
    await new Promise((r) => setTimeout(r, 0));
    expect([picker.mock.calls.length, click.mock.calls.length]).toEqual([1, 1]);
    fireEvent.click(button);
    await new Promise((r) => setTimeout(r, 0));
    expect([picker.mock.calls.length, click.mock.calls.length]).toEqual([1, 2]);
  } finally {
    delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  }
});
