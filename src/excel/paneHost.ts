/**
 * Where the pane runs: inside Excel (Office.onReady reports Excel as the host) or in a plain browser,
 * where office.js may have loaded (onReady then reports no host) or not (offline, or blocked): both mean
 * preview mode.
 */
import type { Lang } from "../domain/core/types";
import { pickLang } from "../domain/core/i18n";

export interface HostInfo {
  inOffice: boolean;
  lang: Lang;
  dark: boolean;
  /**
   * The Office platform where the pane cannot download files ("Mac", "iOS": WKWebView ignores the download
   * attribute, github.com/OfficeDev/office-js/issues/2700); null where it can.
   */
  downloadsBlockedOn: string | null;
}

/** Relative luminance below one half: Office's dark and black themes. */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

function browserInfo(): HostInfo {
  return {
    inOffice: false,
    lang: pickLang(typeof navigator === "undefined" ? "zh-CN" : navigator.language),
    dark: typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches,
    downloadsBlockedOn: null,
  };
}

/** The Office platform when it is one that blocks add-in downloads ("Mac", "iOS"); null otherwise. */
function blockingPlatform(): string | null {
  try {
    // Office.PlatformType's values are these names (Office.context.diagnostics, the Common API).
    const platform = String(Office.context?.diagnostics?.platform ?? "");
    return platform === "Mac" || platform === "iOS" ? platform : null;
  } catch {
    return null;
  }
}

/** Resolves once Office is ready, or at once in a plain browser. */
export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return browserInfo();
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return browserInfo();
  const ctx = Office.context;
  return {
    inOffice: true,
    lang: pickLang(ctx.displayLanguage),
    // officeTheme exists on Windows, Mac and the web in recent builds; elsewhere the light theme.
    dark: isDarkColor(ctx.officeTheme?.bodyBackgroundColor),
    downloadsBlockedOn: blockingPlatform(),
  };
}

/**
 * Calls `onShown` each time Office shows the task pane (Office.addin.onVisibilityModeChanged,
 * SharedRuntime 1.1: the pane stays loaded while hidden, see docs/develop/show-hide-add-in.md); returns
 * the function that stops. Does nothing where there is no shared runtime.
 */
export function watchTaskpaneShown(onShown: () => void): () => void {
  const addin = typeof Office !== "undefined" ? Office.addin : undefined;
  if (typeof addin?.onVisibilityModeChanged !== "function") return () => undefined;
  const registered = addin
    .onVisibilityModeChanged((message) => {
      if (message.visibilityMode === Office.VisibilityMode.taskpane) onShown();
    })
    .catch(() => null);
  return () => {
    void registered.then((deregister) => deregister?.()).catch(() => undefined);
  };
}

/**
 * Resolves when the pane is on screen. The shared runtime also starts with the pane hidden, when a GAOQI
 * cell calculates or a ribbon button runs a function command ("Runtimes in Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/testing/runtimes); rendering the pane then would read
 * the whole workbook for nobody, and a cold 生成通报 would read it twice. Office reports showing the pane
 * through Office.addin.onVisibilityModeChanged (SharedRuntime 1.1,
 * https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1))
 * but offers no way to ask whether the pane is shown now, so the page's own visibility (the Page
 * Visibility API) answers at start: a page the host reports as hidden waits for either signal; a visible
 * one, or a host that does not say, goes ahead at once, as before.
 */
export function whenPaneShown(
  doc:
    | Pick<Document, "visibilityState" | "addEventListener" | "removeEventListener">
    | undefined = typeof document === "undefined" ? undefined : document
): Promise<void> {
  if (!doc || doc.visibilityState !== "hidden") return Promise.resolve();
  return new Promise((resolve) => {
    let stopWatching: () => void = () => undefined;
    const shown = (): void => {
      doc.removeEventListener("visibilitychange", onVisibility);
      stopWatching();
      resolve();
    };
    const onVisibility = (): void => {
      if (doc.visibilityState !== "hidden") shown();
    };
    doc.addEventListener("visibilitychange", onVisibility);
    stopWatching = watchTaskpaneShown(shown);
  });
}
