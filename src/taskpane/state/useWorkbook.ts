/**
 * Reading the workbook (with progress and cancel) and analysing it at the chosen as-of date with the
 * session's settings. The read happens once per refresh; changing the date or settings only re-runs
 * the engine on the sheets already read.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { analyseWorkbook } from "../../domain/analysis/analyseWorkbook";
import { errorText } from "../../domain/core/localError";
import type { Analysis, LocalText, Serial, Settings, SheetInput } from "../../domain/core/types";
import type { ReadProgress, WorkbookSource } from "../../excel/workbookSource";
import { currentSettings, onSessionChange, setSettings, setTargets } from "../../state/session";

export type ReadStatus = "reading" | "ready" | "cancelled" | "error";

export interface WorkbookState {
  status: ReadStatus;
  progress: ReadProgress | null;
  error: LocalText | null;
  analysis: Analysis | null;
  sheets: SheetInput[] | null;
  settings: Settings;
  /** When the last read finished (the pane says so after 刷新); null before the first. */
  readAt: Date | null;
  /**
   * Why the settings stored with the workbook could not be read at the last refresh (null once saved
   * settings replace them), so that the pane says the defaults are in use; null when they read.
   */
  settingsUnreadable: LocalText | null;
  refresh: () => void;
  cancel: () => void;
}

/** The session's settings as React state (the custom functions share the same session). */
export function useSessionSettings(): Settings {
  return useSyncExternalStore(onSessionChange, currentSettings, currentSettings);
}

export function useWorkbook(source: WorkbookSource, asOf: Serial): WorkbookState {
  const [sheets, setSheets] = useState<SheetInput[] | null>(null);
  const [status, setStatus] = useState<ReadStatus>("reading");
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  // In both languages: the pane shows the one the user picks, also after a switch.
  const [error, setError] = useState<LocalText | null>(null);
  const [readAt, setReadAt] = useState<Date | null>(null);
  const controller = useRef<AbortController | null>(null);
  const settings = useSessionSettings();

  const refresh = useCallback(() => {
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setStatus("reading");
    setProgress(null);
    setError(null);
    void (async () => {
      try {
        // The workbook's stored settings first: they decide which sheets are rosters (column mappings).
        setSettings(await source.loadSettings());
        const read = await source.readSheets({
          signal: mine.signal,
          onProgress: (p) => controller.current === mine && setProgress(p),
        });
        if (controller.current !== mine) return;
        setSheets(read);
        setReadAt(new Date());
        setStatus("ready");
      } catch (e) {
        if (controller.current !== mine) return;
        const aborted = e instanceof Error && e.name === "AbortError";
        setStatus(aborted ? "cancelled" : "error");
        setError(aborted ? null : errorText(e));
      }
    })();
  }, [source]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  useEffect(() => {
    refresh();
    return () => {
      const c = controller.current;
      controller.current = null;
      c?.abort();
    };
  }, [refresh]);

  const analysis = useMemo(
    () => (sheets ? analyseWorkbook(sheets, { asOf, settings }) : null),
    [sheets, asOf, settings]
  );

  // The custom functions on the same page use the workbook's own target table once it is known.
  useEffect(() => {
    if (analysis) setTargets(analysis.targets);
  }, [analysis]);

  return {
    status,
    progress,
    error,
    analysis,
    sheets,
    settings,
    readAt,
    // The source's own answer: a load sets it and a save clears it, and each is followed by a render
    // (the read's status, the session's settings).
    settingsUnreadable: source.settingsUnreadable?.() ?? null,
    refresh,
    cancel,
  };
}
