/**
 * 合并其他工作簿: the open workbook read together with other workbook files the user picked in the pane,
 * read in the pane by the CLI's own host-neutral reader (src/cli/workbookBytes.ts). The other files'
 * sheets follow the open workbook's, each naming its file; nothing of them is written anywhere: every
 * write still goes to the open workbook alone, through the source it wraps.
 */
import type { SheetInput } from "../../domain/core/types";
import type { ReadOptions, WorkbookSource } from "../../excel/workbookSource";

/** A file the user picked: its name, size and a way to read its bytes (read again on each refresh). */
export interface PickedFile {
  name: string;
  size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export function withOtherWorkbooks(
  source: WorkbookSource,
  files: readonly PickedFile[]
): WorkbookSource {
  if (files.length === 0) return source;
  return {
    ...source,
    kind: source.kind,
    async readSheets(options: ReadOptions = {}): Promise<SheetInput[]> {
      const own = await source.readSheets(options);
      const [{ readWorkbooksBytes }, { readPickedFile }] = await Promise.all([
        import(/* webpackChunkName: "workbook-reader" */ "../../cli/workbookBytes"),
        import(/* webpackChunkName: "workbook-reader" */ "../../cli/pickedFileError"),
      ]);
      const others = await readWorkbooksBytes(
        files.map((f) => ({
          name: f.name,
          size: f.size,
          // A file saved since it was picked is refused by the browser: one line says to pick it again.
          bytes: () => readPickedFile(f.name, () => f.arrayBuffer()),
        })),
        {
          // Named even when one: its sheets sit beside the open workbook's, which name no file.
          nameEveryFile: true,
          signal: options.signal,
          onProgress: (done, total, file) =>
            options.onProgress?.({ sheet: file, rowsRead: done, rowsTotal: total, unit: "bytes" }),
        }
      );
      return [...own, ...others];
    },
  };
}
