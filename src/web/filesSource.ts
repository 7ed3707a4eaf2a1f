/**
 * The WorkbookSource of the offline page: the workbook files the user opened (or the bundled sample),
 * read in a worker each time the pane reads (so 刷新 reads the files as they are on disk now, where the
 * browser allows: openedFiles.ts). The user's files are never written: what the pane would write into
 * the workbook becomes a download of a new workbook (the bulletin, a target table, templates), and what
 * only makes sense inside Excel (记录走访 into the open sheet, highlights, formula columns) says so.
 */
import type { Analysis, Lang, LocalText, Settings, SheetInput } from "../domain/core/types";
import type { ReportLayout } from "../domain/report/layout";
import type { ReadOptions, WorkbookSource, WriteOptions } from "../excel/workbookSource";
import { freeNames } from "../domain/sheets/sheetNames";
import type { OpenedFile } from "./openedFiles";
import { readFiles } from "./workerRead";
import { readStoredSettings, storeSettings } from "./settingsStore";
import { WEB_TEXT } from "./strings";

/** What the page opened: files (read again on each read), or sheets already in memory (the sample). */
export type OpenedInput =
  | { kind: "files"; files: readonly OpenedFile[] }
  | { kind: "sheets"; name: string; load: () => Promise<SheetInput[]> };

export interface FilesSourceDeps {
  /** The page's language now, for what the source itself says. */
  lang: () => Lang;
  /** Saves a made file (the page's download). */
  download: (blob: Blob, fileName: string) => void;
}

/** An error in the user's language (the pane shows an error's message as it is). */
function saying(lang: Lang, text: LocalText): Error {
  return new Error(text[lang]);
}

/** The sheets of `layouts` as one downloaded workbook, named after its first sheet; returns the file name. */
async function downloadLayouts(
  layouts: readonly ReportLayout[],
  deps: FilesSourceDeps
): Promise<string> {
  const [{ xlsxBlob }, { reportWorkbookSpec }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-writer" */ "../cli/xlsx/write/xlsxBlob"),
    import(/* webpackChunkName: "xlsx-writer" */ "../cli/reportSpec"),
  ]);
  const names = freeNames(
    layouts.map((l) => l.sheetName),
    []
  );
  const blob = await xlsxBlob(
    reportWorkbookSpec(layouts.map((l, i) => ({ ...l, sheetName: names[i] })))
  );
  const fileName = `${layouts[0]?.sheetName ?? "gaoqi"}.xlsx`.replace(/[\\/:*?"<>|]/g, "_");
  deps.download(blob, fileName);
  return fileName;
}

export function createFilesSource(input: OpenedInput, deps: FilesSourceDeps): WorkbookSource {
  const onlyInExcel = (): never => {
    throw saying(deps.lang(), WEB_TEXT.onlyInExcel);
  };
  let last: SheetInput[] = [];
  let unreadable: LocalText | null = null;
  return {
    kind: "files",
    async readSheets(options: ReadOptions = {}): Promise<SheetInput[]> {
      if (input.kind === "sheets") return (last = await input.load());
      const files = await Promise.all(
        input.files.map(async (f) => ({
          name: f.name,
          bytes: new Uint8Array(await f.read()),
        }))
      );
      last = await readFiles(files, {
        signal: options.signal,
        onProgress: (done, total) =>
          options.onProgress?.({
            sheet: files.map((f) => f.name).join(", "),
            rowsRead: done,
            rowsTotal: total,
            unit: "bytes",
          }),
      });
      return last;
    },
    async loadSettings(): Promise<Settings> {
      const { settings, error } = readStoredSettings();
      unreadable = error;
      return settings;
    },
    settingsUnreadable: () => unreadable,
    async saveSettings(settings: Settings): Promise<void> {
      storeSettings(settings);
      unreadable = null;
    },
    async writeReport(layouts: readonly ReportLayout[], options: WriteOptions = {}) {
      if (options.signal?.aborted) throw saying(deps.lang(), WEB_TEXT.cancelled);
      return downloadLayouts(layouts, deps);
    },
    async highlightExpiring(_analysis: Analysis): Promise<number> {
      return onlyInExcel();
    },
    async clearHighlights() {
      onlyInExcel();
    },
    async insertFormulaColumns() {
      return onlyInExcel();
    },
    async writeTargetTable(layout: ReportLayout) {
      return downloadLayouts([layout], deps);
    },
    async appendContact() {
      return onlyInExcel();
    },
    async insertSheets(layouts: ReportLayout[]) {
      const file = await downloadLayouts(layouts, deps);
      return [file];
    },
    async select(sheet: string, row: number, column?: string) {
      // Nothing to move to: the pane names the cell, which the user finds in their own file.
      void sheet;
      void row;
      void column;
      void last;
    },
  };
}
