/**
 * Every sheet a report can have, by id: the 通报 and each 附件 builder's (buildReport.ts ANNEXES, in their
 * order; a test keeps the two lists alike). Kept apart from the builders so the add-in's reader can skip its
 * own sheets without loading the report code.
 */
import type { SheetId } from "./layout";

export const REPORT_SHEET_IDS: readonly SheetId[] = [
  "bulletin",
  "expiring",
  "awards",
  "findings",
  "pool",
  "toVisit",
  "progress",
  "falls",
  "sources",
];

/** The 工作底稿's sheets: written with a report (the add-in marks and skips them as its own), or as a file of their own. */
export const WORKPAPER_SHEET_IDS: readonly SheetId[] = ["workpaperFindings", "workpaperUnpaid"];

/** Every sheet the add-in marks as its own (and its reader skips): the report's and the 工作底稿's. */
export const OWN_SHEET_IDS: readonly SheetId[] = [...REPORT_SHEET_IDS, ...WORKPAPER_SHEET_IDS];
