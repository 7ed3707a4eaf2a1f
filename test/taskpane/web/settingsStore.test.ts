/**
 * The offline page's settings: kept in localStorage, exported as the JSON the CLI's --settings takes,
 * imported back through the engine's parser (a bad file is refused with the engine's words).
 */
import {
  loadStoredSettings,
  readStoredSettings,
  settingsJsonText,
  storeSettings,
} from "../../../src/web/settingsStore";
import { parseSettingsText } from "../../../src/domain/settings/settingsText";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/domain/settings/settings";

beforeEach(() => localStorage.clear());

it("keeps settings across page loads and exports the --settings file", () => {
  expect(loadStoredSettings()).toEqual(DEFAULT_SETTINGS);
  const mine = { ...DEFAULT_SETTINGS, expiring: { mode: "rolling" as const, days: 120 } };
  storeSettings(mine);
  expect(loadStoredSettings()).toEqual(mine);
  const text = settingsJsonText(mine);
  expect(parseSettings(JSON.parse(text))).toEqual(mine);
  expect(parseSettingsText("\uFEFF" + text)).toEqual(mine);
});

it("falls back to the defaults when what is stored no longer reads", () => {
  localStorage.setItem("gaoqi.settings", "{not json");
  expect(loadStoredSettings()).toEqual(DEFAULT_SETTINGS);
  expect(readStoredSettings().error).toEqual({
    "zh-CN": "不是有效的 JSON",
    "en-US": "not valid JSON",
  });
  localStorage.setItem("gaoqi.settings", JSON.stringify({ awards: { first: "lots" } }));
  const read = readStoredSettings();
  expect(read.settings).toEqual(DEFAULT_SETTINGS);
  expect(read.error?.["en-US"]).toContain('Setting "awards.first"');
  storeSettings(DEFAULT_SETTINGS);
  expect(readStoredSettings().error).toBeNull();
});

it("refuses a file that is not settings, in both languages", () => {
  expect(parseSettingsText("[1,")).toEqual({
    "zh-CN": "不是有效的 JSON",
    "en-US": "not valid JSON",
  });
  const bad = parseSettingsText(JSON.stringify({ expiring: { days: -5 } }));
  expect("zh-CN" in bad && "en-US" in bad).toBe(true);
});
