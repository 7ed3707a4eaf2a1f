/**
 * What the task pane and the ribbon commands need from a workbook. Three implementations: src/excel
 * (Office.js, the real thing), the task pane's in-memory preview source (the bundled sample, used
 * when the page runs outside Excel), and the offline page's files the user opened (src/web). The UI
 * depends on this interface only.
 */
import type { Analysis, LocalText, Settings, SheetInput } from "../domain/core/types";
import type { ReportLayout } from "../domain/report/layout";
import type { ContactEntry, DroppedField } from "../domain/contacts/contactTemplate";

export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
  /** "bytes" where rows cannot be counted ahead (files read in a page): rowsRead/rowsTotal are bytes. */
  unit?: "rows" | "bytes";
}

export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
  /** Cancels the read between blocks; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** Progress and cancel for a long write (the report, formula columns): rows written of the total. */
export interface WriteOptions {
  onProgress?: (p: ReadProgress) => void;
  /** Cancels between chunks; what was written is taken back (as on a failure) and the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface FormulaColumnsResult {
  sheet: string;
  /** Address of the block written, e.g. "H1:J120". */
  address: string;
  rows: number;
}

/** Where appendContact wrote the entry. */
export interface AppendedContact {
  sheet: string;
  /** 1-based sheet row written. */
  row: number;
  /** Whether the sheet was created from the template for this entry. */
  created: boolean;
  /** Fields of the entry the sheet has no column for (not written). */
  dropped: DroppedField[];
}

export interface WorkbookSource {
  readonly kind: "excel" | "preview" | "files";
  /** Every worksheet's used range as values (dates as serials), in workbook order. */
  readSheets(options?: ReadOptions): Promise<SheetInput[]>;
  /** Settings stored in the workbook (defaults when none, or when the stored ones do not read). */
  loadSettings(): Promise<Settings>;
  /**
   * Why the settings the last loadSettings found could not be read (the defaults are in use then), in
   * both languages; null when they read or none were stored. Sources that store no settings leave it out.
   */
  settingsUnreadable?(): LocalText | null;
  saveSettings(settings: Settings): Promise<void>;
  /**
   * Writes the report's sheets (the 通报, then its 附件) to the add-in's own sheets, whole or not at all;
   * returns the 通报's sheet name.
   */
  writeReport(layouts: readonly ReportLayout[], options?: WriteOptions): Promise<string>;
  /** Adds the add-in's conditional formats for the expiring list to the roster sheets; returns rows marked. */
  highlightExpiring(analysis: Analysis): Promise<number>;
  /** Removes every conditional format the add-in added. */
  clearHighlights(): Promise<void>;
  /** Writes 有效期至 / 年内到期 / 奖励金额 formula columns right of a roster's data (the active sheet by default). */
  insertFormulaColumns(sheet?: string, options?: WriteOptions): Promise<FormulaColumnsResult>;
  /**
   * Writes a decomposed target table (目标任务分解) to a NEW sheet, never over an existing one (the name
   * gets " (2)" ... when taken), whole or not at all; returns the sheet's name.
   */
  writeTargetTable(layout: ReportLayout): Promise<string>;
  /**
   * Appends one contact (记录走访) under the data of the contact sheet `sheet`, or to a new sheet made from
   * the template when `sheet` is null; never over a non-blank row. The only write to a user's sheet.
   */
  appendContact(sheet: string | null, entry: ContactEntry): Promise<AppendedContact>;
  /**
   * Writes each layout to a NEW sheet (the first-run templates), never over an existing one (a taken name
   * gets " (2)" ...), all or none; returns the names they got, in order.
   */
  insertSheets(layouts: ReportLayout[]): Promise<string[]>;
  /** Activates the sheet and selects the cell (or the whole row when column is omitted). */
  select(sheet: string, row: number, column?: string): Promise<void>;
}
