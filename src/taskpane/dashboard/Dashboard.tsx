/**
 * The first view: as-of date, district headline, the per-unit table (first, not below the buttons), the
 * workbook's actions and the chart, then the bulletin in one place: its options, 生成通报 and 导出 Word.
 * With no enterprise list read there is nothing to report: the bulletin's buttons are disabled.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { Analysis, Serial, Settings, SheetInput } from "../../domain/core/types";
import type { WorkbookSource } from "../../excel/workbookSource";
import { useI18n } from "../i18n/I18nContext";
import { BulletinPanel } from "../bulletin/BulletinPanel";
import { ActionBar } from "./ActionBar";
import { AsOfPicker } from "./AsOfPicker";
import { GettingStarted } from "./GettingStarted";
import { Headline } from "./Headline";
import { Notice } from "../components/Notice";
import { unitTrends } from "./trend";
import { ProgressChart } from "./ProgressChart";
import { UnitChart } from "./UnitChart";
import { UnitTable } from "./UnitTable";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bulletin: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

/** Marks the moment the dashboard first shows data: the browser test and `npm run bench` wait for it. */
function markReady(): void {
  if (document.documentElement.dataset.ready === "dashboard") return;
  document.documentElement.dataset.ready = "dashboard";
  performance.mark?.("gaoqi:dashboard-ready");
}

export interface DashboardProps {
  source: WorkbookSource;
  analysis: Analysis | null;
  sheets: SheetInput[] | null;
  settings: Settings;
  asOf: Serial;
  onAsOf: (s: Serial) => void;
  onRefresh: () => void;
  /** When the workbook was last read. */
  readAt?: Date | null;
  onMessage: (text: string, intent: "success" | "error") => void;
}

export function Dashboard({
  source,
  analysis,
  sheets,
  settings,
  asOf,
  onAsOf,
  onRefresh,
  readAt = null,
  onMessage,
}: DashboardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  useEffect(() => {
    if (analysis) markReady();
  }, [analysis]);
  const years = analysis?.targets.years ?? [];
  // No enterprise list read: say what Gaoqi reads, above the (empty) figures.
  const firstRun = analysis !== null && !analysis.sheets.some((s) => s.kind === "roster");
  // A bulletin (or a mark, or formula columns) over no enterprise list would be all zeros: not offered.
  const reportable = firstRun ? null : analysis;
  const start = analysis && (firstRun || source.kind === "preview") && (
    <GettingStarted
      source={source}
      sheets={analysis.sheets}
      open={firstRun}
      onInserted={onRefresh}
      onMessage={onMessage}
    />
  );
  return (
    <div className={styles.col}>
      {firstRun && start}
      <AsOfPicker asOf={asOf} years={years} onChange={onAsOf} />
      {analysis && !years.includes(analysis.year) && (
        <Notice intent="warning">{t("noTargetYear", { year: analysis.year })}</Notice>
      )}
      {analysis && <Headline analysis={analysis} />}
      {analysis && (
        <UnitTable units={analysis.units} total={analysis.total} trends={unitTrends(analysis)} />
      )}
      <ActionBar
        part="workbook"
        source={source}
        analysis={reportable}
        sheets={sheets}
        settings={settings}
        onRefresh={onRefresh}
        readAt={readAt}
        onMessage={onMessage}
      />
      {analysis && <UnitChart units={analysis.units} />}
      {analysis && <ProgressChart analysis={analysis} />}
      <div className={styles.bulletin}>
        <BulletinPanel
          source={source}
          analysis={reportable}
          sheets={sheets}
          settings={settings}
          onMessage={onMessage}
        />
        <ActionBar
          part="bulletin"
          source={source}
          analysis={reportable}
          sheets={sheets}
          settings={settings}
          onRefresh={onRefresh}
          onMessage={onMessage}
        />
      </div>
      {!firstRun && start}
    </div>
  );
}
