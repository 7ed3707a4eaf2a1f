/**
 * The offline page: open one or several workbooks (chooser or drag-and-drop) or the bundled sample,
 * then the same pane as in Excel over them. Settings live in the browser and travel as the CLI's
 * --settings file; the analysis downloads as the CLI's JSON. Nothing leaves the machine (the page's
 * Content-Security-Policy forbids every connection).
 */
import {
  Badge,
  Button,
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { interpolate } from "../domain/core/interpolate";
import { errorText } from "../domain/core/localError";
import { isoFromSerial } from "../domain/core/dates";
import type { Analysis, Lang, Serial, SheetInput } from "../domain/core/types";
import { analyseWorkbook } from "../domain/analysis/analyseWorkbook";
import { compareDateFor } from "../domain/report/compareDate";
import { App, type OnAnalysis } from "../taskpane/App";
import { isSettingsProblem, parseSettingsText } from "../domain/settings/settingsText";
import { WorkbookFilePicker } from "../taskpane/components/WorkbookFilePicker";
import { downloadBlob } from "../taskpane/bulletin/download";
import { loadBundledSample } from "../taskpane/preview/previewSource";
import { createFilesSource, type OpenedInput } from "./filesSource";
import {
  droppedWorkbooks,
  handlePicker,
  openedFromFile,
  pickWorkbooks,
  type OpenedFile,
} from "./openedFiles";
import { loadStoredSettings, settingsJsonText, storeSettings } from "./settingsStore";
import { WEB_TEXT, type WebTextKey } from "./strings";

const useStyles = makeStyles({
  page: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  drop: {
    margin: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
    overflowWrap: "anywhere",
  },
  dropping: { backgroundColor: tokens.colorBrandBackground2 },
  note: { margin: 0, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  message: { margin: `0 ${tokens.spacingHorizontalS}`, overflowWrap: "anywhere" },
  hidden: { display: "none" },
});

export interface WebAppProps {
  initialLang: Lang;
  dark: boolean;
  /** The as-of date to open at (the page's #asof=YYYY-MM-DD), else today. */
  initialAsOf?: Serial;
}

/** 较上期 as the CLI's JSON has it: the same sheets at the comparison date the settings choose. */
function compareOf({ analysis, sheets }: { analysis: Analysis; sheets: SheetInput[] }) {
  const settings = loadStoredSettings();
  const at = compareDateFor(analysis.asOf, settings.report.compare);
  if (at >= analysis.asOf) return undefined;
  return analyseWorkbook(sheets, { asOf: at, settings, targets: analysis.targets });
}

export function WebApp({ initialLang, dark, initialAsOf }: WebAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const langNow = useRef(lang);
  langNow.current = lang;
  const [opened, setOpened] = useState<OpenedInput | null>(null);
  const [generation, setGeneration] = useState(0);
  const [shown, setShown] = useState<{ analysis: Analysis; sheets: SheetInput[] } | null>(null);
  const analysis = shown?.analysis ?? null;
  const [note, setNote] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const settingsInput = useRef<HTMLInputElement>(null);
  const text = (key: WebTextKey, params?: Record<string, string>) =>
    interpolate(WEB_TEXT[key][lang], params ?? {});

  const open = (input: OpenedInput) => {
    setNote(null);
    setShown(null);
    setOpened(input);
    setGeneration((g) => g + 1);
  };
  const source = useMemo(
    () =>
      opened && createFilesSource(opened, { lang: () => langNow.current, download: downloadBlob }),
    // A new source for each open (and each 重新读取, a new generation): the pane reads it when it mounts.
    [opened, generation]
  );

  const openFiles = (files: OpenedFile[] | null) => {
    if (files && files.length > 0) open({ kind: "files", files });
  };
  // Where the browser gives file handles, its own chooser: 重新读取 then reads a file saved since.
  // Once the browser has refused its chooser (a page inside another site's frame), the file input opens
  // at once from then on: a refusal that used up the click would otherwise open nothing on every click.
  const handlesRefused = useRef(false);
  const chooseWithHandles = async (): Promise<boolean> => {
    const picker = handlesRefused.current ? null : handlePicker();
    if (!picker) return false;
    try {
      openFiles(await pickWorkbooks(picker, text("workbooks")));
    } catch (e) {
      handlesRefused.current = true;
      throw e;
    }
    return true;
  };

  const exportSettings = () =>
    downloadBlob(
      new Blob([settingsJsonText(loadStoredSettings())], { type: "application/json" }),
      "gaoqi-settings.json"
    );
  const importSettings = async (list: FileList | null) => {
    const file = list?.[0];
    if (!file) return;
    const read = parseSettingsText(await file.text());
    if (isSettingsProblem(read)) {
      setNote(text("settingsBad", { file: file.name, problem: read[lang] }));
      return;
    }
    storeSettings(read);
    setNote(text("settingsImported"));
    if (opened) setGeneration((g) => g + 1);
  };
  const downloadJson = async () => {
    if (!shown) return;
    const { analysisJsonText } = await import(/* webpackChunkName: "json" */ "../cli/jsonOutput");
    const blob = new Blob(
      [...analysisJsonText(shown.analysis, lang, undefined, compareOf(shown))],
      {
        type: "application/json",
      }
    );
    downloadBlob(blob, `gaoqi-${isoFromSerial(shown.analysis.asOf)}.json`);
  };
  const onAnalysis = useCallback<OnAnalysis>(
    (a, sheets) => setShown(a && sheets ? { analysis: a, sheets } : null),
    []
  );

  const openedNames =
    opened?.kind === "files" ? opened.files.map((f) => f.name).join(", ") : text("sampleName");

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <div
        className={styles.page}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDropping(false);
          // A drop of nothing readable (a picture, an empty folder) says so rather than doing nothing.
          void droppedWorkbooks(e.dataTransfer).then(
            (files) => (files.length > 0 ? openFiles(files) : setNote(text("dropNothing"))),
            (err: unknown) => setNote(text("dropFailed", { problem: errorText(err)[lang] }))
          );
        }}
      >
        <div className={styles.bar}>
          <h1 className={styles.title}>{text("title")}</h1>
          <Badge color="success" appearance="tint" data-testid="local-only">
            {text("local")}
          </Badge>
          <WorkbookFilePicker
            appearance="primary"
            testId="open-files"
            onFiles={(files) => openFiles(files.map(openedFromFile))}
            chooseFirst={chooseWithHandles}
          >
            {text("open")}
          </WorkbookFilePicker>
          <Button
            size="small"
            onClick={() => open({ kind: "sheets", name: "sample", load: loadBundledSample })}
          >
            {text("sample")}
          </Button>
          {opened && (
            <Button size="small" onClick={() => setGeneration((g) => g + 1)}>
              {text("reopen")}
            </Button>
          )}
          {analysis && (
            <Button size="small" onClick={() => void downloadJson()} data-testid="download-json">
              {text("downloadJson")}
            </Button>
          )}
          <Button size="small" onClick={exportSettings}>
            {text("exportSettings")}
          </Button>
          <Button size="small" onClick={() => settingsInput.current?.click()}>
            {text("importSettings")}
          </Button>
          <input
            ref={settingsInput}
            className={styles.hidden}
            type="file"
            accept=".json"
            data-testid="import-settings"
            onChange={(e) => {
              void importSettings(e.currentTarget.files);
              e.currentTarget.value = "";
            }}
          />
        </div>
        {note && (
          <p className={styles.message} role="status">
            {note}
          </p>
        )}
        {source ? (
          <>
            <p className={styles.message} data-testid="opened">
              {text("opened", { files: openedNames })}
            </p>
            <App
              key={generation}
              source={source}
              initialLang={lang}
              dark={dark}
              initialAsOf={initialAsOf}
              onLangChange={setLang}
              onAnalysis={onAnalysis}
            />
          </>
        ) : (
          <div className={`${styles.drop} ${dropping ? styles.dropping : ""}`} data-testid="drop">
            <p>{text("drop")}</p>
            <p className={styles.note}>{text("localNote")}</p>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
