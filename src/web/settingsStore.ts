/**
 * The offline page's settings: kept in the browser (localStorage, this page's own origin), exported
 * and imported as the same JSON file the CLI's --settings takes, checked by the engine's parser.
 */
import { DEFAULT_SETTINGS, settingsToJson } from "../domain/settings/settings";
import { type StoredSettings, storedSettingsOf } from "../domain/settings/settingsText";
import type { Settings } from "../domain/core/types";

const KEY = "gaoqi.settings";

/**
 * The stored settings; the defaults when none are stored, or when what is stored no longer reads (then
 * with the reason, for the page to show).
 */
export function readStoredSettings(storage: Storage | null = safeStorage()): StoredSettings {
  const text = storage?.getItem(KEY);
  return text ? storedSettingsOf(text) : { settings: DEFAULT_SETTINGS, error: null };
}

/** The stored settings; the defaults when none are stored or what is stored no longer reads. */
export function loadStoredSettings(storage: Storage | null = safeStorage()): Settings {
  return readStoredSettings(storage).settings;
}

export function storeSettings(settings: Settings, storage: Storage | null = safeStorage()): void {
  storage?.setItem(KEY, settingsJsonText(settings));
}

/** The settings as the --settings file holds them. */
export function settingsJsonText(settings: Settings): string {
  return JSON.stringify(settingsToJson(settings), null, 2) + "\n";
}

/** localStorage where the page may use it (a file:// page in some browsers may not). */
function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
