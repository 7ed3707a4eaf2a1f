/**
 * Settings persist in the workbook, under one key holding the JSON of settingsToJson; parseSettings
 * merges it over the defaults, so older files keep working.
 *
 * Where: Excel.SettingCollection (context.workbook.settings, ExcelApi 1.4), which Microsoft asks add-ins
 * to prefer over the Common API's Office.context.document.settings ("Application-specific settings and
 * persistence" in docs/develop/persisting-add-in-state-and-settings.md, OfficeDev/office-js-docs-pr).
 * Workbooks saved by earlier versions hold their settings in the Common API store, so while the workbook
 * store has no entry, the old one is read (nothing is written on load: opening a workbook does not change
 * it). The first save writes the workbook store, and from then on the old entry is never read again. It
 * is left in place: Microsoft's writers believe both APIs share one store (office-js-docs-reference issue
 * 769), in which case it is the very same entry; and the Common API's saveAsync is never called, since it
 * would write back its own copy taken when the page loaded. Hosts without ExcelApi 1.4 keep the Common API.
 */
import { LocalError } from "../domain/core/localError";
import { DEFAULT_SETTINGS, settingsToJson } from "../domain/settings/settings";
import { type StoredSettings, storedSettingsOf } from "../domain/settings/settingsText";
import type { Settings } from "../domain/core/types";
import type { RunBatch, SupportsSet } from "./excelRun";

export const SETTINGS_KEY = "gaoqi.settings";

/** The part of Office.Settings (the Common API) the store uses (a fake in tests). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Where the settings entry lives: its stored value (undefined when none), and how to replace it. */
export interface SettingsStore {
  read(): Promise<unknown>;
  write(json: string): Promise<void>;
}

/** Office's document settings (the Common API), or null outside Office. */
export function officeDocumentSettings(): DocumentSettings | null {
  return typeof Office !== "undefined" && Office.context?.document?.settings
    ? Office.context.document.settings
    : null;
}

const present = (v: unknown): boolean => v !== null && v !== undefined;

/** The Common API store: the fallback where ExcelApi 1.4 is missing, and where older workbooks kept their settings. */
export function documentSettingsStore(legacy: () => DocumentSettings | null): SettingsStore {
  return {
    read: async () => legacy()?.get(SETTINGS_KEY) ?? undefined,
    write: (json) => {
      const store = legacy();
      if (!store)
        return Promise.reject(
          new LocalError({
            "zh-CN": "没有可保存设置的 Office 文档。",
            "en-US": "No Office document to store the settings in.",
          })
        );
      store.set(SETTINGS_KEY, json);
      return new Promise((resolve, reject) => {
        store.saveAsync((result) => {
          if (String(result.status) === "failed")
            reject(
              result.error
                ? new Error(result.error.message)
                : new LocalError({
                    "zh-CN": "设置未能保存到工作簿。",
                    "en-US": "Saving the settings failed.",
                  })
            );
          else resolve();
        });
      });
    },
  };
}

/** Excel.SettingCollection, reading the Common API's entry while the workbook has none of its own. */
export function workbookSettingsStore(
  run: RunBatch,
  legacy: () => DocumentSettings | null
): SettingsStore {
  return {
    read: () =>
      run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load("value");
        await context.sync();
        if (!item.isNullObject && present(item.value)) return item.value as unknown;
        return legacy()?.get(SETTINGS_KEY) ?? undefined;
      }),
    write: (json) =>
      run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, json);
        await context.sync();
      }),
  };
}

/** The store for this host: the workbook's own with ExcelApi 1.4, else the Common API's. */
export function settingsStoreFor(
  run: RunBatch,
  supports: SupportsSet,
  legacy: () => DocumentSettings | null
): SettingsStore {
  return supports("ExcelApi", "1.4")
    ? workbookSettingsStore(run, legacy)
    : documentSettingsStore(legacy);
}

/** The stored settings; the defaults when none are stored, or when the stored JSON is unreadable. */
export function parseStoredSettings(raw: unknown): StoredSettings {
  return present(raw) ? storedSettingsOf(raw) : { settings: DEFAULT_SETTINGS, error: null };
}

/** Reads and parses the settings from `store`. */
export async function loadStoredSettings(store: SettingsStore): Promise<StoredSettings> {
  return parseStoredSettings(await store.read());
}

/** Writes the settings to `store`. */
export function saveStoredSettings(store: SettingsStore, settings: Settings): Promise<void> {
  return store.write(JSON.stringify(settingsToJson(settings)));
}
