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
import { errorName, readPickedFile } from "../cli/pickedFileError";
import { isWorkbookName } from "../taskpane/components/WorkbookFilePicker";

/** A workbook the page opened. */
export interface OpenedFile {
  name: string;
  /** Its bytes as the file is now; rejects with an InputError naming it when they cannot be read. */
  read(): Promise<ArrayBuffer>;
}

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

/** What a dropped folder gives to read: its workbooks, not lock (~$) or hidden files, as the CLI reads one. */
function isFolderWorkbook(name: string): boolean {
  return isWorkbookName(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/** In name order, code point by code point, as the CLI reads a folder. */
const byName = (a: OpenedFile, b: OpenedFile): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The workbooks directly inside a dropped folder's handle (FileSystemDirectoryHandle.values()). */
async function folderByHandle(dir: FileSystemDirectoryHandle): Promise<OpenedFile[]> {
  const entries = (dir as unknown as { values(): AsyncIterable<FileSystemHandle> }).values();
  const out: OpenedFile[] = [];
  for await (const h of entries)
    if (h.kind === "file" && isFolderWorkbook(h.name))
      out.push(openedFromHandle(h as FileSystemFileHandle));
  return out.sort(byName);
}

/**
 * The workbooks directly inside a dropped folder's entry, where the browser gives no handles
 * (DataTransferItem.webkitGetAsEntry, https://developer.mozilla.org/docs/Web/API/DataTransferItem/webkitGetAsEntry;
 * readEntries hands them over in batches until an empty one).
 */
async function folderByEntry(dir: FileSystemDirectoryEntry): Promise<OpenedFile[]> {
  const reader = dir.createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject)
    );
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile && isFolderWorkbook(e.name))
      .map(
        (e) =>
          new Promise<File>((resolve, reject) => (e as FileSystemFileEntry).file(resolve, reject))
      )
  );
  return files.map(openedFromFile).sort(byName);
}

/**
 * The workbooks of a drop, by handle where the browser gives one; a dropped folder gives the workbooks
 * directly inside it, in name order (as `gaoqi report folder/` reads them). Called in the drop event
 * itself: the items, their handles and entries are only there until the event returns, so all are asked
 * for before any wait.
 */
export function droppedWorkbooks(data: DataTransfer): Promise<OpenedFile[]> {
  const items = [...data.items].filter((i) => i.kind === "file") as HandleItem[];
  if (items.length === 0)
    return Promise.resolve(
      [...data.files].filter((f) => isWorkbookName(f.name)).map(openedFromFile)
    );
  const asked = items.map((i) => ({
    file: i.getAsFile(),
    entry: typeof i.webkitGetAsEntry === "function" ? i.webkitGetAsEntry() : null,
    handle:
      typeof i.getAsFileSystemHandle === "function"
        ? i.getAsFileSystemHandle().catch(() => null)
        : Promise.resolve(null),
  }));
  return Promise.all(
    asked.map(async ({ file, entry, handle }): Promise<OpenedFile[]> => {
      // Chromium resolves undefined, not null, for an item with no file behind it (a drop made by a script).
      const h = (await handle) ?? null;
      if (h?.kind === "directory") return folderByHandle(h as FileSystemDirectoryHandle);
      if (h?.kind === "file") {
        return isWorkbookName(h.name) ? [openedFromHandle(h as FileSystemFileHandle)] : [];
      }
      if (entry !== null && entry.isDirectory)
        return folderByEntry(entry as FileSystemDirectoryEntry);
      return file !== null && isWorkbookName(file.name) ? [openedFromFile(file)] : [];
    })
  ).then((lists) => lists.flat());
}
