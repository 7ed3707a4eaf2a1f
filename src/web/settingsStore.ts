/**
 * The offline page's settings: kept in the browser (localStorage, this page's own origin), exported
 * and imported as the same JSON file the CLI's --settings takes, checked by the engine's parser.
 */
import { DEFAULT_SETTINGS, settingsToJson } from "../domain/settings/settings";
import { isSettingsProblem, parseSettingsText } from "../domain/settings/settingsText";
import type { LocalText, Settings } from "../domain/core/types";

export { parseSettingsText };

const KEY = "gaoqi.settings";

/**
 * The stored settings; the defaults when none are stored, or when what is stored no longer reads (then
 * with the reason, for the page to show).
 */
export function readStoredSettings(storage: Storage | null = safeStorage()): {
  settings: Settings;
  error: LocalText | null;
} {
  const text = storage?.getItem(KEY);
  if (!text) return { settings: DEFAULT_SETTINGS, error: null };
  const read = parseSettingsText(text);
  return isSettingsProblem(read)
    ? { settings: DEFAULT_SETTINGS, error: read }
    : { settings: read, error: null };
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
