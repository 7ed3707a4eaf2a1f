/**
 * Settings stored or saved as JSON text (a workbook's entry, the offline page's browser storage, a
 * --settings file): read as settings, or the problem in both languages for the user to see.
 */
import { errorText } from "../core/localError";
import type { LocalText, Settings } from "../core/types";
import { DEFAULT_SETTINGS, parseSettings } from "./settings";

const NOT_JSON: LocalText = { "zh-CN": "不是有效的 JSON", "en-US": "not valid JSON" };

/** JSON (text, or already parsed) read as settings, or what is wrong with it in both languages. */
export function parseSettingsText(text: unknown): Settings | LocalText {
  let json: unknown = text;
  if (typeof text === "string") {
    try {
      // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse does not take.
      json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      return NOT_JSON;
    }
  }
  try {
    return parseSettings(json);
  } catch (e) {
    return errorText(e);
  }
}

/** Whether parseSettingsText gave a problem rather than settings. */
export function isSettingsProblem(read: Settings | LocalText): read is LocalText {
  return "zh-CN" in read;
}

/** Stored settings as read: the defaults, with the reason in both languages, when they do not read. */
export interface StoredSettings {
  settings: Settings;
  error: LocalText | null;
}

/**
 * Settings a host stored (a workbook's entry, the offline page's browser storage). What does not read
 * must not stop the add-in: the defaults, and the reason for the pane to show.
 */
export function storedSettingsOf(stored: unknown): StoredSettings {
  const read = parseSettingsText(stored);
  return isSettingsProblem(read)
    ? { settings: DEFAULT_SETTINGS, error: read }
    : { settings: read, error: null };
}
