/**
 * 生成通报 / 标记到期 / 插入公式列 / 刷新: each runs against the WorkbookSource and reports back in one line.
 * The dashboard shows the bulletin's button beside the bulletin options (part "bulletin") and the
 * workbook's under the unit table (part "workbook").
 */
import { Button, makeStyles, tokens, Toolbar } from "@fluentui/react-components";
import { useState } from "react";
import { todaySerial } from "../../domain/core/dates";
import type { Analysis, Settings, SheetInput } from "../../domain/core/types";
import type { ReadProgress, WorkbookSource, WriteOptions } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";
import { ReadProgressBar } from "../components/ReadProgressBar";
import { errorText } from "../../domain/core/localError";

const useStyles = makeStyles({
  bar: { flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingLeft: 0 },
  readAt: {
    alignSelf: "center",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface ActionBarProps {
  source: WorkbookSource;
  analysis: Analysis | null;
  /** The sheets the analysis was made from: the bulletin analyses them again at its comparison date. */
  sheets: SheetInput[] | null;
  settings: Settings;
  onRefresh: () => void;
  /** When the workbook was last read: shown beside 刷新, so a refresh visibly finished. */
  readAt?: Date | null;
  onMessage: (text: string, intent: "success" | "error") => void;
  /** Which buttons: 生成通报 alone, or 标记到期 / 插入公式列 / 刷新; both when not given. */
  part?: "bulletin" | "workbook";
}

export function ActionBar({
  source,
  analysis,
  sheets,
  settings,
  onRefresh,
  readAt = null,
  onMessage,
  part,
}: ActionBarProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  // A long write (the report, formula columns): rows written of the total, and its cancel.
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [writing, setWriting] = useState<AbortController | null>(null);
  const preview = source.kind === "preview";

  const run = async (work: (options: WriteOptions) => Promise<string>) => {
    const controller = new AbortController();
    setBusy(true);
    setProgress(null);
    setWriting(controller);
    try {
      onMessage(await work({ signal: controller.signal, onProgress: setProgress }), "success");
    } catch (e) {
      if (e instanceof Error && e.name === "AbortError") onMessage(t("writeCancelled"), "success");
      else onMessage(t("actionFailed", { error: errorText(e)[lang] }), "error");
    } finally {
      setBusy(false);
      setWriting(null);
    }
  };

  const makeReport = () =>
    run(async (options) => {
      if (!analysis || !sheets) throw new Error(t("noData"));
      // The report builder is only needed on click: kept out of the pane's initial JavaScript. The same
      // sheets as the ribbon's 生成通报 (buildReportBook).
      const { buildReportBook } = await import(
        /* webpackChunkName: "report" */ "../../domain/report/buildReport"
      );
      const layouts = buildReportBook({ sheets, analysis, settings, lang, today: todaySerial() });
      const sheet = await source.writeReport(layouts, options);
      const first = layouts[0];
      if (source.kind === "files") return t("downloaded", { file: sheet });
      return preview
        ? t("reportPreview", {
            rows: first.values.length,
            cols: first.values[0]?.length ?? 0,
            sheet,
          })
        : t("reportWritten", { sheet });
    });

  const markExpiring = () =>
    run(async () => {
      if (!analysis) throw new Error(t("noData"));
      const n = await source.highlightExpiring(analysis);
      return t(preview ? "markedPreview" : "marked", { n });
    });

  const clearMarks = () =>
    run(async () => {
      await source.clearHighlights();
      return t(preview ? "marksClearedPreview" : "marksCleared");
    });

  const insertFormulas = () =>
    run(async (options) => {
      const r = await source.insertFormulaColumns(undefined, options);
      return t(preview ? "formulasPreview" : "formulasWritten", {
        sheet: r.sheet,
        address: r.address,
        rows: r.rows,
      });
    });

  return (
    <>
      <Toolbar
        aria-label={t(part === "bulletin" ? "bulletinActions" : "actions")}
        className={styles.bar}
      >
        {part !== "workbook" && (
          <Button appearance="primary" disabled={busy || !analysis} onClick={makeReport}>
            {t("makeReport")}
          </Button>
        )}
        {part !== "bulletin" && (
          <>
            <Button
              disabled={busy || !analysis}
              onClick={markExpiring}
              title={t("markExpiringHelp")}
            >
              {t("markExpiring")}
            </Button>
            <Button disabled={busy} onClick={clearMarks} title={t("clearMarksHelp")}>
              {t("clearMarks")}
            </Button>
            <Button
              disabled={busy || !analysis}
              onClick={insertFormulas}
              title={t("insertFormulasHelp")}
            >
              {t("insertFormulas")}
            </Button>
            <Button disabled={busy} onClick={onRefresh}>
              {t("refresh")}
            </Button>
          </>
        )}
        {part !== "bulletin" && readAt && (
          <span className={styles.readAt} data-testid="read-at" aria-live="polite">
            {t("readAt", { time: readAt.toLocaleTimeString(lang, { hour12: false }) })}
          </span>
        )}
      </Toolbar>
      {writing && <ReadProgressBar progress={progress} onCancel={() => writing.abort()} writing />}
    </>
  );
}
