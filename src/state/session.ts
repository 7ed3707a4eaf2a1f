/**
 * The settings and target table in force for this workbook, shared by everything on the add-in's one
 * page (shared runtime): the custom functions read them synchronously, the task pane edits them, and
 * src/excel persists them in the workbook. Defaults until the workbook's own are loaded.
 */
import { DEFAULT_SETTINGS } from "../domain/settings/settings";
import { DEFAULT_TARGETS } from "../domain/targets/targetTable";
import type { Settings, TargetTable } from "../domain/core/types";

type Listener = () => void;

let settings: Settings = DEFAULT_SETTINGS;
let targets: TargetTable = DEFAULT_TARGETS;
let date1904 = false;
const listeners = new Set<Listener>();

/** The settings every cell and report of this workbook uses. */
export function currentSettings(): Settings {
  return settings;
}

/** The target table in force: the workbook's own when it has one, else the default. */
export function currentTargets(): TargetTable {
  return targets;
}

export function setSettings(next: Settings): void {
  settings = next;
  listeners.forEach((l) => l());
}

export function setTargets(next: TargetTable): void {
  targets = next;
  listeners.forEach((l) => l());
}

/**
 * Whether this workbook counts dates in the 1904 system (detected once per session by src/excel): the
 * custom functions then shift date serials in and out, so their cells agree with the report.
 */
export function currentDate1904(): boolean {
  return date1904;
}

export function setDate1904(next: boolean): void {
  if (next === date1904) return;
  date1904 = next;
  listeners.forEach((l) => l());
}

/** Subscribe to changes; returns the unsubscribe function. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
