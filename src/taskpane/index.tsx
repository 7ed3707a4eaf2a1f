/**
 * The task pane's entry: decide the host, pick the data source (Excel, or the bundled sample in
 * preview), and render. Both sources are loaded lazily so neither is in the other's initial JavaScript.
 * Inside Excel the pane renders (and so reads the workbook) only once it is on screen: a runtime started
 * by a GAOQI cell or a ribbon button with the pane hidden stays idle (host.ts, whenPaneShown).
 */
import { createRoot } from "react-dom/client";
import type { WorkbookSource } from "../excel/workbookSource";
import { App } from "./App";
import { detectHost, watchTaskpaneShown, whenPaneShown } from "../excel/paneHost";

async function chooseSource(inOffice: boolean): Promise<WorkbookSource> {
  if (inOffice) {
    const { createExcelSource } = await import(
      /* webpackChunkName: "excel-source" */ "../excel/excelSource"
    );
    return createExcelSource();
  }
  const { createPreviewSource, loadBundledSample } = await import(
    /* webpackChunkName: "preview" */ "./preview/previewSource"
  );
  return createPreviewSource(loadBundledSample);
}

async function start(): Promise<void> {
  const host = await detectHost();
  if (host.inOffice) await whenPaneShown();
  const source = await chooseSource(host.inOffice);
  const root = document.getElementById("root");
  if (!root) return;
  document.documentElement.lang = host.lang;
  createRoot(root).render(
    <App
      source={source}
      initialLang={host.lang}
      dark={host.dark}
      watchShown={host.inOffice ? watchTaskpaneShown : undefined}
      downloadsBlockedOn={host.downloadsBlockedOn}
    />
  );
}

void start();
