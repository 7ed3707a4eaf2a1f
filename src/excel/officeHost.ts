/**
 * The Office host as the ribbon commands meet it (the Common API's Office.* globals): the display
 * language, showing the task pane, associating the ribbon's actions, and the moment Excel is ready.
 * Where office.js did not load (a plain browser, offline) there is no `Office` at all.
 */
import { pickLang } from "../domain/core/i18n";
import type { Lang } from "../domain/core/types";

/** Whether office.js loaded on this page. */
export function officeLoaded(): boolean {
  return typeof Office !== "undefined";
}

/** The interface language of Office's display language (zh-* Chinese, everything else English). */
export function officeLang(): Lang {
  return pickLang(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/**
 * Asks Office to show the task pane, without waiting: a call that never settles must hold nothing up
 * ("Show or hide the task pane", docs/develop/show-hide-add-in.md). Outside the shared runtime there is
 * nothing to show.
 */
export function showTaskpane(): void {
  try {
    const addin = typeof Office !== "undefined" ? Office.addin : undefined;
    addin?.showAsTaskpane?.()?.catch(() => undefined);
  } catch {
    // No shared runtime: nothing to show.
  }
}

/** Whether the ribbon's actions can be associated here (office.js loaded with Office.actions). */
export function canAssociateActions(): boolean {
  return typeof Office !== "undefined" && typeof Office.actions?.associate === "function";
}

/** Associates a manifest action id with its handler ("Office.actions.associate", docs/develop/create-addin-commands.md). */
export function associateAction<E>(id: string, handler: (event: E) => unknown): void {
  Office.actions.associate(id, handler as (event: unknown) => void);
}

/** Calls `then` once Office reports Excel as the host (never in a plain browser, where onReady reports none). */
export function whenExcelReady(then: () => void): void {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) then();
  });
}
