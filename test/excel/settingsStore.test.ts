import { DEFAULT_SETTINGS, settingsToJson } from "../../src/domain/settings/settings";
import type { Settings } from "../../src/domain/core/types";
import { createExcelSource } from "../../src/excel/excelSource";
import type { SupportsSet } from "../../src/excel/excelRun";
import {
  type DocumentSettings,
  SETTINGS_KEY,
  parseStoredSettings,
} from "../../src/excel/settingsStore";
import { currentSettings, setSettings } from "../../src/state/session";
import { FakeWorkbook } from "./fakeExcel";
import { errorText } from "../../src/domain/core/localError";

/** The Common API's Office.context.document.settings: an in-memory copy that saveAsync persists. */
class CommonApiSettings implements DocumentSettings {
  readonly values = new Map<string, unknown>();
  saves = 0;
  sets = 0;
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.sets++;
    this.values.set(name, value);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    this.saves++;
    callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
  }
}

const withFirstAward = (first: number): Settings => ({
  ...DEFAULT_SETTINGS,
  awards: { ...DEFAULT_SETTINGS.awards, first },
});
const stored = (first: number): string => JSON.stringify(settingsToJson(withFirstAward(first)));
const excelApi14: SupportsSet = (name, version) => name === "ExcelApi" && Number(version) <= 1.4;

afterEach(() => setSettings(DEFAULT_SETTINGS));

describe("settings in Excel.SettingCollection (ExcelApi 1.4)", () => {
  it("a workbook saved by an earlier version keeps its settings: the Common API entry is read, and nothing is written on load", async () => {
    const wb = new FakeWorkbook();
    const legacy = new CommonApiSettings();
    legacy.values.set(SETTINGS_KEY, stored(300_000));
    const source = createExcelSource({ run: wb.run, supports: excelApi14, settings: legacy });
    expect((await source.loadSettings()).awards.first).toBe(300_000);
    expect(currentSettings().awards.first).toBe(300_000);
    expect(wb.settings.size).toBe(0);
    expect(legacy.sets + legacy.saves).toBe(0);
  });

  it("saving writes the workbook's own store, never the Common API's; from then on that one is read", async () => {
    const wb = new FakeWorkbook();
    const legacy = new CommonApiSettings();
    legacy.values.set(SETTINGS_KEY, stored(300_000));
    const source = createExcelSource({ run: wb.run, supports: excelApi14, settings: legacy });
    await source.saveSettings(withFirstAward(450_000));
    expect(JSON.parse(wb.settings.get(SETTINGS_KEY) as string)).toEqual(
      settingsToJson(withFirstAward(450_000))
    );
    expect(legacy.sets + legacy.saves).toBe(0);
    setSettings(DEFAULT_SETTINGS);
    expect((await source.loadSettings()).awards.first).toBe(450_000);
  });

  it("the workbook's store wins over an old Common API entry", async () => {
    const wb = new FakeWorkbook();
    wb.settings.set(SETTINGS_KEY, stored(500_000));
    const legacy = new CommonApiSettings();
    legacy.values.set(SETTINGS_KEY, stored(300_000));
    const source = createExcelSource({ run: wb.run, supports: excelApi14, settings: legacy });
    expect((await source.loadSettings()).awards.first).toBe(500_000);
  });

  it("neither store holding settings gives the defaults", async () => {
    const wb = new FakeWorkbook();
    const source = createExcelSource({ run: wb.run, supports: excelApi14, settings: null });
    expect(await source.loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(source.settingsUnreadable?.()).toBeNull();
  });

  it("an entry that does not read gives the defaults and says why, until settings are saved", async () => {
    const wb = new FakeWorkbook();
    wb.settings.set(SETTINGS_KEY, JSON.stringify({ expiring: { days: -5 } }));
    const source = createExcelSource({ run: wb.run, supports: excelApi14, settings: null });
    expect(await source.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const why = source.settingsUnreadable?.();
    expect(why?.["zh-CN"]).toContain("设置项“expiring.days”");
    expect(why?.["en-US"]).toContain('Setting "expiring.days"');
    // Nothing is written on load: the user's entry stays as it was until they save.
    expect(wb.settings.get(SETTINGS_KEY)).toBe(JSON.stringify({ expiring: { days: -5 } }));

    wb.settings.set(SETTINGS_KEY, "{not json");
    await source.loadSettings();
    expect(source.settingsUnreadable?.()).toEqual({
      "zh-CN": "不是有效的 JSON",
      "en-US": "not valid JSON",
    });

    await source.saveSettings(withFirstAward(400_000));
    expect(source.settingsUnreadable?.()).toBeNull();
    expect((await source.loadSettings()).awards.first).toBe(400_000);
    expect(source.settingsUnreadable?.()).toBeNull();
  });
});

describe("settings without ExcelApi 1.4", () => {
  it("stay in the Common API store, saved with saveAsync", async () => {
    const wb = new FakeWorkbook();
    const legacy = new CommonApiSettings();
    const source = createExcelSource({ run: wb.run, supports: () => false, settings: legacy });
    await source.saveSettings(withFirstAward(350_000));
    expect(legacy.saves).toBe(1);
    expect(wb.settings.size).toBe(0);
    setSettings(DEFAULT_SETTINGS);
    expect((await source.loadSettings()).awards.first).toBe(350_000);
  });

  it("refuse to save outside a document", async () => {
    const source = createExcelSource({
      run: new FakeWorkbook().run,
      supports: () => false,
      settings: null,
    });
    await expect(source.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(/No Office document/);
    const refusal = await source.saveSettings(DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(errorText(refusal)["zh-CN"]).toBe("没有可保存设置的 Office 文档。");
  });
});

describe("parseStoredSettings", () => {
  it.each([
    [undefined, null],
    [null, null],
    ["{not json", { "zh-CN": "不是有效的 JSON", "en-US": "not valid JSON" }],
  ])("%j gives the defaults (error %j)", (raw, error) => {
    expect(parseStoredSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, error });
  });

  it("reads a stored object as well as its JSON text", () => {
    expect(parseStoredSettings(settingsToJson(withFirstAward(1))).settings.awards.first).toBe(1);
    expect(parseStoredSettings(stored(2)).settings.awards.first).toBe(2);
  });
});
