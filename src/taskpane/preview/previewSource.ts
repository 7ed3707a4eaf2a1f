/**
 * The WorkbookSource used outside Excel: the bundled sample workbook held in memory. Reads are delivered
 * in blocks like Office.js does, so progress and cancel behave as they do in Excel; nothing is written
 * anywhere (writes report what they would have done).
 */
import { DEFAULT_SETTINGS } from "../../domain/settings/settings";
import { columnLetter } from "../../domain/sheets/columnLetters";
import { classifySheet } from "../../domain/analysis/analyseWorkbook";
import type { Analysis, Settings, SheetInput } from "../../domain/core/types";
import type { ReportLayout } from "../../domain/report/layout";
import type {
  FormulaColumnsResult,
  ReadOptions,
  WorkbookSource,
  WriteOptions,
} from "../../excel/workbookSource";
import { freeName, freeNames } from "../../domain/sheets/sheetNames";
import { CONTACT_SHEET_NAME } from "../../domain/contacts/contactTemplate";

/** Rows per simulated read block (Office.js reads are chunked similarly). */
const BLOCK_ROWS = 500;

export interface PreviewSource extends WorkbookSource {
  /** The last cell select() was asked for, so the UI (and tests) can show it. */
  readonly lastSelection: { sheet: string; row: number; column?: string } | null;
}

function abortError(): Error {
  const e = new Error("The read was cancelled.");
  e.name = "AbortError";
  return e;
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A write paced as Office.js would do it: rows written in blocks, each told, a cancel honoured between them. */
async function paceWrite(sheet: string, total: number, options: WriteOptions): Promise<void> {
  for (let done = 0; done < total;) {
    if (options.signal?.aborted) throw abortError();
    done = Math.min(total, done + BLOCK_ROWS);
    options.onProgress?.({ sheet, rowsRead: done, rowsTotal: total });
    await nextTick();
  }
  if (options.signal?.aborted) throw abortError();
}

/** An in-memory source over sheets that `load` delivers (the sample JSON chunk, or a test's fixture). */
export function createPreviewSource(load: () => Promise<SheetInput[]>): PreviewSource {
  let sheets: SheetInput[] | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  let lastSelection: PreviewSource["lastSelection"] = null;

  const rosterSheet = (name?: string): SheetInput | undefined =>
    sheets?.find((s) =>
      name ? s.name === name : classifySheet(s.values, settings, s.name) === "roster"
    );

  return {
    kind: "preview",
    get lastSelection() {
      return lastSelection;
    },
    async readSheets(options: ReadOptions = {}): Promise<SheetInput[]> {
      sheets ??= await load();
      const total = sheets.reduce((n, s) => n + s.values.length, 0);
      let read = 0;
      for (const s of sheets) {
        for (let r = 0; r < s.values.length; r += BLOCK_ROWS) {
          if (options.signal?.aborted) throw abortError();
          read += Math.min(BLOCK_ROWS, s.values.length - r);
          options.onProgress?.({ sheet: s.name, rowsRead: read, rowsTotal: total });
          await nextTick();
        }
      }
      if (options.signal?.aborted) throw abortError();
      return sheets;
    },
    async loadSettings() {
      return settings;
    },
    async saveSettings(next: Settings) {
      settings = next;
    },
    async writeReport(layouts: readonly ReportLayout[], options: WriteOptions = {}) {
      const first = layouts[0]?.sheetName ?? "";
      await paceWrite(
        first,
        layouts.reduce((n, l) => n + l.values.length, 0),
        options
      );
      return first;
    },
    async highlightExpiring(analysis: Analysis) {
      return analysis.expiring.length;
    },
    async clearHighlights() {},
    async insertFormulaColumns(
      sheet?: string,
      options: WriteOptions = {}
    ): Promise<FormulaColumnsResult> {
      sheets ??= await load();
      const s = rosterSheet(sheet);
      if (!s) throw new Error(sheet ? `No sheet named ${sheet}` : "No roster sheet");
      await paceWrite(s.name, s.values.length, options);
      const width =
        s.values.reduce((w, row) => Math.max(w, row.length), 0) + (s.firstColumn ?? 1) - 1;
      const first = s.firstRow ?? 1;
      const last = first + s.values.length - 1;
      return {
        sheet: s.name,
        address: `${columnLetter(width)}${first}:${columnLetter(width + 2)}${last}`,
        rows: s.values.length,
      };
    },
    // Nothing is written: the name the new sheet would get beside the sample's sheets.
    async writeTargetTable(layout: ReportLayout) {
      sheets ??= await load();
      return freeName(layout.sheetName, new Set(sheets.map((s) => s.name)));
    },
    // Nothing is written: the row the entry would get (under the sheet's data, or row 2 of a new sheet).
    async appendContact(sheet: string | null) {
      sheets ??= await load();
      const s = sheet === null ? undefined : sheets.find((x) => x.name === sheet);
      if (!s)
        return {
          sheet: freeName(CONTACT_SHEET_NAME, new Set(sheets.map((x) => x.name))),
          row: 2,
          created: true,
          dropped: [],
        };
      return {
        sheet: s.name,
        row: (s.firstRow ?? 1) + s.values.length,
        created: false,
        dropped: [],
      };
    },
    async insertSheets(layouts: ReportLayout[]) {
      sheets ??= await load();
      return freeNames(
        layouts.map((l) => l.sheetName),
        sheets.map((s) => s.name)
      );
    },
    async select(sheet: string, row: number, column?: string) {
      lastSelection = { sheet, row, column };
    },
  };
}

/** The bundled sample, fetched as its own chunk so it is not part of the pane's initial JavaScript. */
export async function loadBundledSample(): Promise<SheetInput[]> {
  const mod = await import(/* webpackChunkName: "preview-sample" */ "./sample.json");
  return (mod.default ?? mod) as unknown as SheetInput[];
}
