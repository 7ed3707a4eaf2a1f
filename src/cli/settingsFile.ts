/** The --settings file: stored settings JSON, validated by the engine, every problem an InputError. */
import { errorText } from "../domain/core/localError";
import { DEFAULT_SETTINGS, parseSettings } from "../domain/settings/settings";
import type { Settings } from "../domain/core/types";
import { inputError } from "./inputError";
import { readSettingsText } from "./outputs";

/** The settings in `file` over the defaults; the defaults when no file is given. */
export function loadSettings(file: string | null): Settings {
  if (file === null) return DEFAULT_SETTINGS;
  // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse does not take.
  const text = readSettingsText(file).replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw inputError(file, "not valid JSON", "不是有效的 JSON");
  }
  try {
    return parseSettings(json);
  } catch (e) {
    const text = errorText(e);
    throw inputError(file, text["en-US"], text["zh-CN"]);
  }
}
