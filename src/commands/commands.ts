/**
 * Webpack entry of the ribbon commands, on the shared-runtime page. The action ids are the manifest's:
 * generateReport, formatSelection, markExpiring.
 */
import { buildReportBook } from "../domain/report/buildReport";
import { analyseWorkbook } from "../domain/analysis/analyseWorkbook";
import { officeRun, officeSupports } from "../excel/excelRun";
import { createExcelSource } from "../excel/excelSource";
import {
  associateAction,
  canAssociateActions,
  officeLang,
  officeLoaded,
  whenExcelReady,
} from "../excel/officeHost";
import { currentSettings } from "../state/session";
import { formatSelection } from "./formatSelection";
import {
  type CommandDeps,
  type CommandEvent,
  formatAsReport,
  generateReport,
  markExpiring,
} from "./handlers";
import { notifyUser } from "./notify";

/** The real dependencies: Office.js, the engine, the session's settings. */
export function officeDeps(): CommandDeps {
  return {
    source: createExcelSource(),
    analyse: analyseWorkbook,
    buildReport: buildReportBook,
    formatSelection: () => formatSelection(officeRun, officeSupports),
    notify: notifyUser,
    settings: currentSettings,
    lang: officeLang,
  };
}

/** Associates the three actions with their handlers. */
export function registerCommands(deps: () => CommandDeps = officeDeps): void {
  associateAction("generateReport", (event: CommandEvent) => generateReport(deps(), event));
  associateAction("formatSelection", (event: CommandEvent) => formatAsReport(deps(), event));
  associateAction("markExpiring", (event: CommandEvent) => markExpiring(deps(), event));
}

/**
 * The workbook's stored settings, so that GAOQI.* cells use them even before the task pane is opened (a
 * change from the defaults recalculates them, see recalcOnChange.ts).
 */
export function loadWorkbookSettings(deps: () => CommandDeps = officeDeps): Promise<void> {
  const { source } = deps();
  return source.loadSettings().then(
    () => {
      // The pane says so when it opens; until then the log does.
      const why = source.settingsUnreadable?.();
      if (why)
        console.warn("Gaoqi: the workbook's settings do not read; defaults in use:", why["en-US"]);
    },
    (e: unknown) => console.warn("Gaoqi: the workbook's settings could not be loaded", e)
  );
}

/**
 * What this script does when the page loads: the actions are associated at once, at the top level of
 * the script, as Microsoft's command samples do ("Office.actions.associate", docs/develop/
 * create-addin-commands.md), not after Office.onReady. The Excel side (settings, the recalculation
 * watcher, anything that calls Excel.run) starts only when Office reports Excel as the host: in a plain
 * browser office.js loads too, onReady reports no host, and there is no `Excel` to call.
 */
export function startRuntime(deps: () => CommandDeps = officeDeps): void {
  if (canAssociateActions()) registerCommands(deps);
  whenExcelReady(() => void loadWorkbookSettings(deps));
}

// Outside Office (preview in a plain browser, office.js blocked or offline) there is no Office at all.
if (officeLoaded()) startRuntime();
