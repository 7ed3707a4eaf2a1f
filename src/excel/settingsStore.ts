/**
 * Settings persist in the workbook through Office.context.document.settings (the Common API: every
 * Office host and version has it; the settings travel inside the file). One key holds the JSON of
 * settingsToJson; parseSettings merges it over the defaults, so older files keep working.
 */
import { DEFAULT_SETTINGS, parseSettings, settingsToJson } from "../domain/policy";
import type { Settings } from "../domain/types";

export const SETTINGS_KEY = "gaoqi.settings";

/** The part of Office.Settings the store uses (a fake in tests). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Office's document settings, or null outside Office. */
export function officeDocumentSettings(): DocumentSettings | null {
  return typeof Office !== "undefined" && Office.context?.document?.settings ? Office.context.document.settings : null;
}

/** The stored settings; the defaults when none are stored, or when the stored JSON is unreadable. */
export function loadStoredSettings(store: DocumentSettings | null): { settings: Settings; error: string | null } {
  const raw = store?.get(SETTINGS_KEY);
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, error: null };
  try {
    return { settings: parseSettings(typeof raw === "string" ? JSON.parse(raw) : raw), error: null };
  } catch (e) {
    // A broken entry must not stop the add-in: defaults, and the reason for the task pane to show.
    return { settings: DEFAULT_SETTINGS, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Stores the settings in the document and saves them with it. */
export function saveStoredSettings(store: DocumentSettings | null, settings: Settings): Promise<void> {
  if (!store) return Promise.reject(new Error("No Office document to store the settings in."));
  store.set(SETTINGS_KEY, JSON.stringify(settingsToJson(settings)));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "Saving the settings failed."));
      else resolve();
    });
  });
}
