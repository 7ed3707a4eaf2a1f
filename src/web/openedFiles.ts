/**
 * The workbooks the page opened, each read anew whenever the pane reads, so that 重新读取 after a save
 * in Excel or WPS sees the saved file.
 *
 * A File from a file input or a drop is a snapshot: once the file on disk changes, the browser refuses
 * to read it (pickedFileError.ts; Chromium does, as tried in headless Chromium here). Where the browser
 * gives file handles (the File System Access API of Chromium browsers: Window.showOpenFilePicker,
 * https://developer.mozilla.org/docs/Web/API/Window/showOpenFilePicker, and
 * DataTransferItem.getAsFileSystemHandle,
 * https://developer.mozilla.org/docs/Web/API/DataTransferItem/getAsFileSystemHandle) the page keeps the
 * handle and asks it for the file as it is now (FileSystemFileHandle.getFile,
 * https://developer.mozilla.org/docs/Web/API/FileSystemFileHandle/getFile). Elsewhere a file changed
 * since it was opened gets one line asking to choose it again.
 */
import { readPickedFile } from "../cli/pickedFileError";
import { isWorkbookName } from "../taskpane/components/WorkbookFilePicker";

/** A workbook the page opened. */
export interface OpenedFile {
  name: string;
  /** Its bytes as the file is now; rejects with an InputError naming it when they cannot be read. */
  read(): Promise<ArrayBuffer>;
}

const errorName = (e: unknown): unknown => (e as { name?: unknown } | null)?.name;

/** A file chosen in the file input or dropped without a handle: readable while unchanged on disk. */
export function openedFromFile(file: File): OpenedFile {
  return {
    name: file.name,
    read: () => readPickedFile(file.name, () => file.arrayBuffer()),
  };
}

/** A file behind a handle: each read asks the handle for the file as it is now. */
export function openedFromHandle(handle: FileSystemFileHandle): OpenedFile {
  return {
    name: handle.name,
    read: () => readPickedFile(handle.name, async () => (await handle.getFile()).arrayBuffer()),
  };
}

/** The browser's handle-giving chooser (absent from the DOM's typings: not every browser has one). */
export type HandlePicker = (options: {
  multiple: boolean;
  excludeAcceptAllOption: boolean;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle[]>;

/** The page's handle picker, or null where the browser has none. */
export function handlePicker(
  scope: { showOpenFilePicker?: unknown } = globalThis as { showOpenFilePicker?: unknown }
): HandlePicker | null {
  const pick = scope.showOpenFilePicker;
  return typeof pick === "function" ? (pick.bind(scope) as HandlePicker) : null;
}

/** The chooser's file types: the workbooks the readers take (they tell formats apart by content). */
const WORKBOOK_TYPES = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
  "application/vnd.ms-excel.sheet.macroEnabled.12": [".xlsm"],
  "application/vnd.ms-excel": [".xls"],
};

/**
 * Workbooks chosen through `picker`: null when the user closed it without choosing. Rejects when the
 * picker itself cannot be used (a frame that may not, a policy): the caller then offers the file input.
 */
export async function pickWorkbooks(
  picker: HandlePicker,
  description: string
): Promise<OpenedFile[] | null> {
  let handles: FileSystemFileHandle[];
  try {
    handles = await picker({
      multiple: true,
      excludeAcceptAllOption: false,
      types: [{ description, accept: WORKBOOK_TYPES }],
    });
  } catch (e) {
    if (errorName(e) === "AbortError") return null;
    throw e;
  }
  const opened = handles.filter((h) => isWorkbookName(h.name)).map(openedFromHandle);
  return opened.length > 0 ? opened : null;
}

type HandleItem = DataTransferItem & {
  getAsFileSystemHandle?: () => Promise<FileSystemHandle | null>;
};

/**
 * The workbooks of a drop, by handle where the browser gives one. Called in the drop event itself: the
 * items, and their handles, are only there until the event returns, so both are asked for before any wait.
 */
export function droppedWorkbooks(data: DataTransfer): Promise<OpenedFile[]> {
  const items = [...data.items].filter((i) => i.kind === "file") as HandleItem[];
  if (items.length === 0)
    return Promise.resolve(
      [...data.files].filter((f) => isWorkbookName(f.name)).map(openedFromFile)
    );
  const files = items.map((i) => i.getAsFile());
  const handles = items.map((i) =>
    typeof i.getAsFileSystemHandle === "function"
      ? i.getAsFileSystemHandle().catch(() => null)
      : Promise.resolve(null)
  );
  return Promise.all(handles).then((found) =>
    found
      .map((h, k): OpenedFile | null => {
        if (h !== null && h.kind === "file") return openedFromHandle(h as FileSystemFileHandle);
        const f = files[k];
        return f ? openedFromFile(f) : null;
      })
      .filter((o): o is OpenedFile => o !== null && isWorkbookName(o.name))
  );
}
