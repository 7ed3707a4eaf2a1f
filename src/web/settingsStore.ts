/**
 * The offline page's settings: kept in the browser (localStorage, this page's own origin), exported
 * and imported as the same JSON file the CLI's --settings takes, checked by the engine's parser.
 */
import { errorText } from "../domain/core/localError";
import { DEFAULT_SETTINGS, parseSettings, settingsToJson } from "../domain/settings/settings";
import type { LocalText, Settings } from "../domain/core/types";

const KEY = "gaoqi.settings";

/** The stored settings; the defaults when none are stored or what is stored no longer reads. */
export function loadStoredSettings(storage: Storage | null = safeStorage()): Settings {
  const text = storage?.getItem(KEY);
  if (!text) return DEFAULT_SETTINGS;
  try {
    return parseSettings(JSON.parse(text));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function storeSettings(settings: Settings, storage: Storage | null = safeStorage()): void {
  storage?.setItem(KEY, settingsJsonText(settings));
}

/** The settings as the --settings file holds them. */
export function settingsJsonText(settings: Settings): string {
  return JSON.stringify(settingsToJson(settings), null, 2) + "\n";
}

/** A settings file's text read as settings, or the problem in both languages. */
export function parseSettingsText(text: string): Settings | LocalText {
  let json: unknown;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse does not take.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { "zh-CN": "不是有效的 JSON", "en-US": "not valid JSON" };
  }
  try {
    return parseSettings(json);
  } catch (e) {
    return errorText(e);
  }
}

/** localStorage where the page may use it (a file:// page in some browsers may not). */
function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
