/**
 * Every sheet a report can have, by id: the 通报 and each 附件 builder's (buildReport.ts ANNEXES, in their
 * order; a test keeps the two lists alike). Kept apart from the builders so the add-in's reader can skip its
 * own sheets without loading the report code.
 */
import type { SheetId } from "./layout";

export const REPORT_SHEET_IDS: readonly SheetId[] = ["bulletin", "expiring", "awards", "findings", "pool", "toVisit", "progress", "falls"];
