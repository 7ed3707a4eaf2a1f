/** The WorkbookSource the task pane and the ribbon commands use inside Excel (Office.js). */
import { currentSettings, currentTargets, setSettings } from "../state/session";
import type { LocalText, Settings } from "../domain/core/types";
import { appendContact } from "./appendContact";
import { detectDateSystem } from "./dateSystem";
import { type RunBatch, type SupportsSet, officeRun, officeSupports } from "./excelRun";
import { insertFormulaColumns } from "./formulaColumns";
import { clearHighlights, highlightExpiring } from "./highlight";
import { selectCell } from "./navigate";
import { readAllSheets } from "./readSheets";
import { recalcOnSessionChange } from "./recalcOnChange";
import {
  type DocumentSettings,
  loadStoredSettings,
  officeDocumentSettings,
  saveStoredSettings,
  settingsStoreFor,
} from "./settingsStore";
import type { WorkbookSource } from "./workbookSource";
import { writeReport } from "./writeReport";
import { writeNewSheets } from "./writeNewSheets";
import { writeTargetSheet } from "./writeTargetSheet";

export interface ExcelSourceDeps {
  run?: RunBatch;
  supports?: SupportsSet;
  /** The Common API's document settings (where older versions kept the settings); Office's by default. */
  settings?: DocumentSettings | null;
}

/** The Office.js WorkbookSource (dependencies injectable for tests and the bench). */
export function createExcelSource(deps: ExcelSourceDeps = {}): WorkbookSource {
  const run = deps.run ?? officeRun;
  const supports = deps.supports ?? officeSupports;
  // In Excel itself, GAOQI.* cells follow the settings and targets in force (tests drive this directly).
  if (deps.run === undefined)
    recalcOnSessionChange(run, supports, (e) => console.warn("Gaoqi: recalculation failed", e));
  const legacy = (): DocumentSettings | null =>
    deps.settings !== undefined ? deps.settings : officeDocumentSettings();
  const store = () => settingsStoreFor(run, supports, legacy);
  // The date system is the workbook's for good: asked once, with the first settings load.
  let dateSystem: Promise<boolean> | null = null;
  let unreadable: LocalText | null = null;
  return {
    kind: "excel",
    readSheets: (options) => readAllSheets(run, { ...options, supports }),
    loadSettings: async () => {
      dateSystem ??= detectDateSystem(run);
      const [{ settings, error }] = await Promise.all([loadStoredSettings(store()), dateSystem]);
      unreadable = error;
      setSettings(settings);
      return settings;
    },
    settingsUnreadable: () => unreadable,
    saveSettings: async (settings: Settings) => {
      await saveStoredSettings(store(), settings);
      // What was unreadable is replaced now.
      unreadable = null;
      setSettings(settings);
    },
    writeReport: (layouts, options) => writeReport(run, layouts, supports, options),
    highlightExpiring: (analysis) => highlightExpiring(run, analysis, supports),
    clearHighlights: async () => {
      await clearHighlights(run, supports);
    },
    insertFormulaColumns: (sheet, options) =>
      insertFormulaColumns(run, currentSettings(), currentTargets(), sheet, undefined, options),
    writeTargetTable: (layout) => writeTargetSheet(run, layout, supports),
    appendContact: async (sheet, entry) => {
      dateSystem ??= detectDateSystem(run);
      return appendContact(run, supports, sheet, entry, await dateSystem);
    },
    insertSheets: (layouts) =>
      writeNewSheets(run, layouts, supports, {
        "zh-CN": "插入模板",
        "en-US": "Inserting templates",
      }),
    select: (sheet, row, column) => selectCell(run, sheet, row, column),
  };
}
