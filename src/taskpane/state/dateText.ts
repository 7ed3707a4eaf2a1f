/**
 * Dates as staff type them into the pane: whatever the engine reads in a date cell (2023-06-30,
 * 2023/6/30, 2023.6.30, 2023年6月30日, ...; docs/rules.md section 6), shown back as yyyy-mm-dd. The engine's
 * parser does the reading, so a date the pane accepts is one a roster cell would give.
 */
import { isoFromSerial, parseDateValue } from "../../domain/core/dates";
import type { Serial } from "../../domain/core/types";

/** The date a typed text names; null when it names none (blank included). */
export function serialFromTyped(text: string): Serial | null {
  const p = parseDateValue(text.trim());
  return p.kind === "ok" ? p.serial : null;
}

/** The text as yyyy-mm-dd when it names a date; as typed otherwise (so the engine can say what is wrong). */
export function isoFromTyped(text: string): string {
  const s = serialFromTyped(text);
  return s === null ? text : isoFromSerial(s);
}
