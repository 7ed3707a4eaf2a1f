/**
 * The three ribbon commands as plain functions of their dependencies (so tests drive them with fakes).
 * Each one calls event.completed() first, then does its work and tells the user what happened, whatever
 * went wrong. Completing first matters: Office queues further clicks of a command until the previous
 * event completes ("event.completed", docs/develop/create-addin-commands.md), so one hung call to Excel
 * would swallow every later click. The shared runtime (manifest: lifetime="long") keeps this page, and
 * the work after completed(), running. One command runs at a time; a click meanwhile is told so.
 */
import { todaySerial, yearEnd } from "../domain/core/dates";
import type { BookInput } from "../domain/report/buildReport";
import type {
  Analysis,
  Lang,
  Serial,
  Settings,
  SheetInput,
  TargetTable,
} from "../domain/core/types";
import type { ReportLayout } from "../domain/report/layout";
import type { WorkbookSource } from "../excel/workbookSource";
import { MSG } from "./messages";
import { errorText } from "../domain/core/localError";
import type { CommandMessage } from "./notify";

export interface CommandDeps {
  source: WorkbookSource;
  analyse: (
    sheets: SheetInput[],
    opts: { asOf: Serial; settings?: Settings; targets?: TargetTable }
  ) => Analysis;
  /** The report's sheets (buildReportBook: the same the task pane's 生成通报 writes). */
  buildReport: (input: BookInput) => ReportLayout[];
  formatSelection: () => Promise<string | null>;
  notify: (m: CommandMessage) => Promise<void> | void;
  settings: () => Settings;
  lang: () => Lang;
  /** Default: 31 December of the current year (docs/rules.md). */
  asOf?: () => Serial;
  /** The 落款 date unless the settings fix one; default today. */
  today?: () => Serial;
}

/** What Office hands a command: completed() must be called exactly once. */
export interface CommandEvent {
  completed(): void;
}

const defaultAsOf = (): Serial => yearEnd(new Date().getFullYear());

async function analyseAll(
  deps: CommandDeps
): Promise<{ sheets: SheetInput[]; analysis: Analysis; settings: Settings }> {
  const sheets = await deps.source.readSheets();
  const settings = deps.settings();
  return {
    sheets,
    analysis: deps.analyse(sheets, { asOf: (deps.asOf ?? defaultAsOf)(), settings }),
    settings,
  };
}

/** Whether a command is running on this page (the commands share it with the task pane). */
let running = false;

async function tell(deps: CommandDeps, message: CommandMessage): Promise<void> {
  try {
    await deps.notify(message);
  } catch {
    // Nowhere to tell the user: the command itself is done either way.
  }
}

async function guarded(
  deps: CommandDeps,
  event: CommandEvent,
  what: CommandMessage["text"],
  body: () => Promise<CommandMessage>
): Promise<void> {
  event.completed();
  if (running) return tell(deps, { kind: "info", text: MSG.busy(what) });
  running = true;
  try {
    const message = await body().catch((e: unknown): CommandMessage => ({
      kind: "error",
      text: MSG.failed(what, errorText(e)),
    }));
    await tell(deps, message);
  } finally {
    running = false;
  }
}

/** 生成通报: read, analyse (at the as-of and the comparison date), lay out, write; then show the 通报. */
export function generateReport(deps: CommandDeps, event: CommandEvent): Promise<void> {
  return guarded(deps, event, MSG.generate, async () => {
    const { sheets, analysis, settings } = await analyseAll(deps);
    const layouts = deps.buildReport({
      sheets,
      analysis,
      settings,
      lang: deps.lang(),
      today: (deps.today ?? todaySerial)(),
    });
    const sheet = await deps.source.writeReport(layouts);
    await deps.source.select(sheet, 1, "A");
    return {
      kind: "success",
      text: MSG.reportDone(
        sheet,
        analysis.units.length,
        analysis.expiring.length,
        analysis.findings.length
      ),
    };
  });
}

/** 格式化为报表: house style on the selection. */
export function formatAsReport(deps: CommandDeps, event: CommandEvent): Promise<void> {
  return guarded(deps, event, MSG.format, async () => {
    const address = await deps.formatSelection();
    return address
      ? { kind: "success", text: MSG.formatted(address) }
      : { kind: "info", text: MSG.nothingSelected };
  });
}

/** 标记到期: analyse, then conditional formats on the expiring rows. */
export function markExpiring(deps: CommandDeps, event: CommandEvent): Promise<void> {
  return guarded(deps, event, MSG.mark, async () => {
    const rows = await deps.source.highlightExpiring((await analyseAll(deps)).analysis);
    return { kind: "success", text: MSG.marked(rows) };
  });
}
