/** The task pane: header (title, preview mark, language), read progress, and the seven views as tabs. */
import {
  Button,
  FluentProvider,
  makeStyles,
  Select,
  Spinner,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { isoFromSerial, todaySerial } from "../domain/core/dates";
import type { Analysis, Finding, Lang, Serial, SheetInput } from "../domain/core/types";
import type { WorkbookSource } from "../excel/workbookSource";
import { CommandResultBar } from "./components/CommandResultBar";
import { Dashboard } from "./dashboard/Dashboard";
import { HostContext } from "./hostContext";
import { Notice } from "./components/Notice";
import { ReadProgressBar } from "./components/ReadProgressBar";
import { I18nProvider, useI18n } from "./i18n/I18nContext";
import { expiringTab } from "./expiring/expiringLabel";
import { cellCount } from "./findings/findingGroups";
import { previewAsOf } from "./state/previewAsOf";
import { saveAlias } from "./findings/saveAlias";
import { useCommandMessage, type WatchShown } from "./state/useCommandMessage";
import { useWorkbook } from "./state/useWorkbook";
import { KeptBadge } from "./components/KeptBadge";
import { MergeOtherWorkbooks } from "./merge/MergeOtherWorkbooks";
import { withOtherWorkbooks } from "./merge/withOtherWorkbooks";
import { errorText } from "../domain/core/localError";

// Views the first screen does not show are fetched on first open, keeping the initial JavaScript small.
const ExpiringView = lazy(() =>
  import(/* webpackChunkName: "expiring" */ "./expiring/ExpiringList").then((m) => ({
    default: m.ExpiringList,
  }))
);
const FindingsView = lazy(
  () => import(/* webpackChunkName: "findings" */ "./findings/FindingsView")
);
const ContactsView = lazy(
  () => import(/* webpackChunkName: "contacts" */ "./contacts/ContactsView")
);
const PoolView = lazy(() => import(/* webpackChunkName: "pool" */ "./pool/PoolView"));
const SettingsView = lazy(
  () => import(/* webpackChunkName: "settings" */ "./settings/SettingsView")
);
const DecomposeView = lazy(
  () => import(/* webpackChunkName: "decompose" */ "./decompose/DecomposeView")
);

const useStyles = makeStyles({
  // 8 px each side: a 320 px pane keeps 304 px for the unit table's seven columns.
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
  },
  lang: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  langSelect: { minWidth: "96px" },
  // Seven tabs with their counts are wider than a 350 px pane (in English by far): they wrap, never scroll the pane.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  // The last action's result stays in view at the bottom of the pane, wherever the user has scrolled to
  // (a message at the top was far above a 记录走访 or 导出 Word clicked lower down).
  status: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    ":empty": { display: "none" },
  },
});

/** How long a success message stays (an error stays until dismissed or the view changes). */
export const MESSAGE_MS = 12_000;

type View = "dashboard" | "expiring" | "findings" | "pool" | "contacts" | "decompose" | "settings";

export interface AppProps {
  source: WorkbookSource;
  initialLang: Lang;
  dark: boolean;
  /** The as-of date to start with (default: today). */
  initialAsOf?: Serial;
  /** Inside Excel: tells when Office shows the pane, to show the last ribbon command's result again. */
  watchShown?: WatchShown;
  /** Inside Excel for Mac or iPad: the platform, where the pane cannot download files. */
  downloadsBlockedOn?: string | null;
  /** Told the language the user picks (a host page around the pane follows it). */
  onLangChange?: (lang: Lang) => void;
  /** Told each analysis the pane shows, with the sheets read (a host page offers it as the CLI's JSON). */
  onAnalysis?: OnAnalysis;
}

export type OnAnalysis = (analysis: Analysis | null, sheets: SheetInput[] | null) => void;

interface Message {
  text: string;
  intent: "success" | "error";
}

function Pane({
  source: ownSource,
  initialAsOf,
  onLang,
  watchShown,
  onAnalysis,
}: {
  source: WorkbookSource;
  initialAsOf?: Serial;
  onLang: (l: Lang) => void;
  watchShown?: WatchShown;
  onAnalysis?: OnAnalysis;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const langId = useId();
  // 合并其他工作簿 (in Excel): other files read with the open workbook; a new pick or none reads again.
  const [others, setOthers] = useState<File[]>([]);
  const source = useMemo(() => withOtherWorkbooks(ownSource, others), [ownSource, others]);
  const [asOf, setAsOf] = useState<Serial>(() => initialAsOf ?? todaySerial());
  const [view, setView] = useState<View>("dashboard");
  const [message, setMessage] = useState<Message | null>(null);
  const wb = useWorkbook(source, asOf);
  const command = useCommandMessage(watchShown);
  const dismissCommand = command.dismiss;
  // A result belongs to the view it came from: in another view it is stale.
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    setMessage(null);
    dismissCommand();
  }, [view, dismissCommand]);
  useEffect(() => {
    if (message?.intent !== "success") return;
    const timer = setTimeout(() => setMessage((m) => (m === message ? null : m)), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const preview = source.kind === "preview";
  // In preview, once the targets are known, open at a year they cover (only if the user has not picked a date).
  const asOfPicked = useRef(initialAsOf !== undefined);
  const pickAsOf = useCallback((s: Serial) => {
    asOfPicked.current = true;
    setAsOf(s);
  }, []);
  const targets = wb.analysis?.targets;
  useEffect(() => {
    if (!preview || asOfPicked.current || !targets) return;
    asOfPicked.current = true;
    setAsOf((cur) => previewAsOf(cur, targets));
  }, [preview, targets]);
  const onMessage = useCallback(
    (text: string, intent: Message["intent"]) => setMessage({ text, intent }),
    []
  );

  const select = async (sheet: string, row: number, column?: string) => {
    try {
      await source.select(sheet, row, column);
      // A whole row reads as 第 487 行, not as Excel's 487:487.
      const text = column
        ? t(preview ? "selectedPreview" : "selected", { sheet, cell: `${column}${row}` })
        : t(preview ? "selectedRowPreview" : "selectedRow", { sheet, row });
      onMessage(text, "success");
    } catch (e) {
      onMessage(t("actionFailed", { error: errorText(e)[lang] }), "error");
    }
  };

  const addAlias = async (raw: string, unit: string) => {
    try {
      await saveAlias(source, wb.settings, raw, unit);
      onMessage(t(preview ? "aliasAddedPreview" : "aliasAdded", { raw, unit }), "success");
    } catch (e) {
      onMessage(t("actionFailed", { error: errorText(e)[lang] }), "error");
    }
  };

  const a = wb.analysis;
  const read = wb.sheets;
  useEffect(() => onAnalysis?.(a, read), [a, read, onAnalysis]);
  return (
    <main className={styles.root} data-preview={preview || undefined}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("appTitle")}</h1>
        {preview && (
          <KeptBadge color="important" appearance="filled" data-testid="preview-badge">
            {t("preview")}
          </KeptBadge>
        )}
        <div className={styles.lang}>
          <label htmlFor={langId}>{t("language")}</label>
          <Select
            id={langId}
            className={styles.langSelect}
            size="small"
            value={lang}
            onChange={(_, d) => onLang(d.value as Lang)}
          >
            <option value="zh-CN">中文</option>
            <option value="en-US">English</option>
          </Select>
        </div>
      </header>
      {preview && <Notice intent="info">{t("previewNote")}</Notice>}
      {ownSource.kind === "excel" && <MergeOtherWorkbooks files={others} onFiles={setOthers} />}
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t("views")}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as View)}
      >
        <Tab value="dashboard">{t("tabDashboard")}</Tab>
        <Tab value="expiring" title={t("expiringAsOf", { date: isoFromSerial(asOf) })}>
          {expiringTab(wb.settings.expiring, t)}
          {a ? ` (${a.expiring.length})` : ""}
        </Tab>
        {/* Counts say what the view lists: the findings list has one entry a cell. The 走访 view holds
            three lists (visits, the call list, open problems), so no one count stands for it. */}
        <Tab value="findings">
          {t("tabFindings")}
          {a ? ` (${cellCount(a.findings)})` : ""}
        </Tab>
        <Tab value="pool">{t("tabPool")}</Tab>
        <Tab value="contacts">{t("tabContacts")}</Tab>
        <Tab value="decompose">{t("tabDecompose")}</Tab>
        <Tab value="settings">{t("tabSettings")}</Tab>
      </TabList>
      {wb.status === "reading" && <ReadProgressBar progress={wb.progress} onCancel={wb.cancel} />}
      {wb.status === "cancelled" && <Notice intent="warning">{t("cancelled")}</Notice>}
      {wb.status === "error" && (
        <Notice intent="error">{t("readFailed", { error: wb.error?.[lang] ?? "" })}</Notice>
      )}
      {wb.settingsUnreadable && (
        <Notice intent="warning" data-testid="settings-unreadable">
          {t(source.kind === "files" ? "settingsUnreadableInBrowser" : "settingsUnreadable", {
            error: wb.settingsUnreadable[lang],
          })}
        </Notice>
      )}
      <Suspense fallback={<Spinner size="small" label={t("loading")} />}>
        {view === "dashboard" && (
          <Dashboard
            source={source}
            analysis={a}
            sheets={wb.sheets}
            settings={wb.settings}
            asOf={asOf}
            onAsOf={pickAsOf}
            onRefresh={wb.refresh}
            readAt={wb.readAt}
            onMessage={onMessage}
          />
        )}
        {view === "expiring" && a && (
          <ExpiringView
            items={a.expiring}
            asOf={a.asOf}
            window={wb.settings.expiring}
            onSelect={(sheet, row) => void select(sheet, row)}
            onMessage={onMessage}
          />
        )}
        {view === "findings" && a && (
          <FindingsView
            findings={a.findings}
            sheets={wb.sheets ?? []}
            units={a.targets.units}
            settings={wb.settings}
            onSelect={(f: Finding) => void select(f.sheet, f.row, f.column || undefined)}
            onAddAlias={addAlias}
            sources={a.sources}
          />
        )}
        {view === "pool" && a && (
          <PoolView
            analysis={a}
            onSelect={(sheet, row, column) => void select(sheet, row, column)}
            onMessage={onMessage}
          />
        )}
        {view === "contacts" && a && (
          <ContactsView
            analysis={a}
            source={source}
            sheets={wb.sheets}
            settings={wb.settings}
            onSelect={(sheet, row, column) => void select(sheet, row, column)}
            onMessage={onMessage}
            onWritten={wb.refresh}
          />
        )}
        {view === "decompose" && (
          <DecomposeView
            source={source}
            sheets={wb.sheets}
            targets={a?.targets ?? null}
            settings={wb.settings}
            onMessage={onMessage}
            onWritten={wb.refresh}
          />
        )}
        {view === "settings" && (
          <SettingsView
            source={source}
            settings={wb.settings}
            units={a?.targets.units ?? []}
            sheets={a?.sheets ?? []}
          />
        )}
      </Suspense>
      <div role="status" aria-live="polite" data-testid="status" className={styles.status}>
        <CommandResultBar message={command.message} onDismiss={command.dismiss} />
        {message && (
          <Notice
            intent={message.intent}
            action={
              <Button appearance="transparent" size="small" onClick={() => setMessage(null)}>
                {t("dismiss")}
              </Button>
            }
          >
            {message.text}
          </Notice>
        )}
      </div>
    </main>
  );
}

export function App({
  source,
  initialLang,
  dark,
  initialAsOf,
  watchShown,
  downloadsBlockedOn = null,
  onLangChange,
  onAnalysis,
}: AppProps) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback(
    (l: Lang) => {
      setLangState(l);
      onLangChange?.(l);
    },
    [onLangChange]
  );
  const theme = dark ? webDarkTheme : webLightTheme;
  useEffect(() => {
    // Whatever lies outside the provider's box (below a short view, beside a wide one) shows the page's
    // own background: the theme's, not the browser's white; native scroll bars and date pickers follow.
    const page = document.documentElement.style;
    page.backgroundColor = theme.colorNeutralBackground1;
    page.colorScheme = dark ? "dark" : "light";
  }, [theme, dark]);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <I18nProvider lang={lang}>
        <HostContext.Provider value={{ downloadsBlockedOn }}>
          <Pane
            source={source}
            initialAsOf={initialAsOf}
            onLang={setLang}
            watchShown={watchShown}
            onAnalysis={onAnalysis}
          />
        </HostContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}
