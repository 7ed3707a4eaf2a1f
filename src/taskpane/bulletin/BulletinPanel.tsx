/**
 * The bulletin's options on the dashboard (较上期, the findings 附件, 落款, and its words: 文号, 主送, title,
 * 工作要求, with a preview), saved in the workbook so the ribbon's 生成通报 uses them too; 导出 Word: the Word
 * bulletin of the same report, downloaded (the Word code is fetched on the first click only); and 生成工作底稿:
 * the report with the staff's working papers after it.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useContext, useState } from "react";
import { isoFromSerial, todaySerial, yearOfSerial } from "../../domain/core/dates";
import { issuerName } from "../../domain/report/bulletinOptions";
import { MAX_SETTING_TEXT } from "../../domain/settings/settings";
import type { Analysis, CompareChoice, Settings, SheetInput } from "../../domain/core/types";
import type { WorkbookSource } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";
import { HostContext } from "../hostContext";
import { downloadBlob } from "./download";
import { BulletinTextFields } from "./BulletinTextFields";
import { bulletinText } from "./strings";
import { DateInput } from "../components/DateInput";
import { setSettings } from "../../state/session";
import { errorText } from "../../domain/core/localError";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

export interface BulletinPanelProps {
  source: WorkbookSource;
  analysis: Analysis | null;
  sheets: SheetInput[] | null;
  settings: Settings;
  onMessage: (text: string, intent: "success" | "error") => void;
}

export function BulletinPanel({
  source,
  analysis,
  sheets,
  settings,
  onMessage,
}: BulletinPanelProps) {
  const { lang } = useI18n();
  const platform = useContext(HostContext).downloadsBlockedOn;
  const styles = useStyles();
  const text = (key: Parameters<typeof bulletinText>[1], vars?: Record<string, string | number>) =>
    bulletinText(lang, key, vars);
  const [busy, setBusy] = useState(false);
  const report = settings.report;
  const [issuer, setIssuer] = useState(report.issuer);
  const [issueDate, setIssueDate] = useState(
    report.issueDate === null ? "" : isoFromSerial(report.issueDate)
  );

  const save = async (patch: Partial<Settings["report"]>) => {
    try {
      const next = { ...settings, report: { ...settings.report, ...patch } };
      await source.saveSettings(next);
      // The session's settings are the pane's: the next option saved builds on this one, and a report or
      // Word export made now uses it.
      setSettings(next);
      onMessage(text("saved"), "success");
    } catch (e) {
      onMessage(text("failed", { error: errorText(e)[lang] }), "error");
    }
  };

  const exportWord = async () => {
    if (!analysis || !sheets) return onMessage(text("noData"), "error");
    if (platform) return onMessage(text("blocked", { platform }), "error");
    setBusy(true);
    try {
      const { wordBulletin } = await import(/* webpackChunkName: "docx" */ "./exportWord");
      const { blob, fileName } = await wordBulletin({
        sheets,
        analysis,
        settings,
        lang,
        today: todaySerial(),
      });
      downloadBlob(blob, fileName);
      onMessage(
        text(source.kind === "preview" ? "exportedPreview" : "exported", { file: fileName }),
        "success"
      );
    } catch (e) {
      onMessage(text("failed", { error: errorText(e)[lang] }), "error");
    } finally {
      setBusy(false);
    }
  };

  const writeWorkpaper = async () => {
    if (!analysis || !sheets) return onMessage(text("noData"), "error");
    setBusy(true);
    try {
      // The report's sheets and the 工作底稿's together: the add-in marks both as its own, so a later 生成通报
      // without them removes the stale working papers, and the reader never takes them for data.
      const { buildReportBook } = await import(
        /* webpackChunkName: "report" */ "../../domain/report/buildReport"
      );
      const layouts = buildReportBook(
        { sheets, analysis, settings, lang, today: todaySerial() },
        true
      );
      const sheet = await source.writeReport(layouts);
      onMessage(
        source.kind === "preview"
          ? text("workpaperPreview", { sheets: layouts.length })
          : text("workpaperWritten", { sheet }),
        "success"
      );
    } catch (e) {
      onMessage(text("failed", { error: errorText(e)[lang] }), "error");
    } finally {
      setBusy(false);
    }
  };

  const compare = report.compare;
  return (
    <section className={styles.panel} aria-label={text("heading")}>
      <h2 className={styles.heading}>{text("heading")}</h2>
      <div className={styles.row}>
        <Field label={text("compare")}>
          <Select
            value={typeof compare === "number" ? "date" : compare}
            onChange={(_, d) =>
              d.value !== "date" && void save({ compare: d.value as CompareChoice })
            }
          >
            <option value="year-end">{text("compareYear")}</option>
            <option value="quarter-end">{text("compareQuarter")}</option>
            <option value="month-end">{text("compareMonth")}</option>
            {typeof compare === "number" && (
              <option value="date">{text("compareDate", { date: isoFromSerial(compare) })}</option>
            )}
          </Select>
        </Field>
        <Checkbox
          label={text("findingsAnnex")}
          checked={report.findings === "sheet"}
          onChange={(_, d) => void save({ findings: d.checked ? "sheet" : "none" })}
        />
      </div>
      <div className={styles.row}>
        <Field label={text("issuer")}>
          <Input
            value={issuer}
            maxLength={MAX_SETTING_TEXT}
            placeholder={issuerName({ ...settings, report: { ...report, issuer: "" } }, lang)}
            onChange={(_, d) => setIssuer(d.value)}
            onBlur={() => issuer.trim() !== report.issuer && void save({ issuer: issuer.trim() })}
          />
        </Field>
        <Field label={text("issueDate")}>
          <DateInput
            value={issueDate}
            onChange={setIssueDate}
            onCommit={(s) => s !== report.issueDate && void save({ issueDate: s })}
            onBlur={() =>
              issueDate.trim() === "" && report.issueDate !== null && void save({ issueDate: null })
            }
          />
        </Field>
      </div>
      <BulletinTextFields
        settings={settings}
        lang={lang}
        year={analysis?.year ?? yearOfSerial(todaySerial())}
        save={save}
      />
      <div className={styles.row}>
        <Button disabled={busy || !analysis || !sheets} onClick={() => void exportWord()}>
          {busy ? text("exporting") : text("exportWord")}
        </Button>
        <Button
          disabled={busy || !analysis || !sheets}
          onClick={() => void writeWorkpaper()}
          title={text("workpaperHint")}
        >
          {text("workpaper")}
        </Button>
      </div>
    </section>
  );
}
