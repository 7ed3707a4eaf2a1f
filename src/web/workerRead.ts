/**
 * Reads the opened files in the page's worker (its script is inlined in the page, started from a blob:
 * URL), with progress and cancel; where no worker can be started the same reader runs on the page.
 */
import type { SheetInput } from "../domain/core/types";
import { readWorkbooksBytes, type WorkbookBytes } from "../cli/workbookBytes";
import { refusalOf, type WorkerReply } from "./workerMessages";

/** The element that holds the worker's script in the built page. */
export const WORKER_SCRIPT_ID = "gaoqi-read-worker";

export interface ReadFilesOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

function abortError(): Error {
  const e = new Error("The read was cancelled.");
  e.name = "AbortError";
  return e;
}

/** A worker running the inlined reader script, or null where the page has none or may not start it. */
function startWorker(): Worker | null {
  const script = document.getElementById(WORKER_SCRIPT_ID)?.textContent;
  if (!script || typeof Worker === "undefined") return null;
  try {
    const url = URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
    const worker = new Worker(url);
    URL.revokeObjectURL(url);
    return worker;
  } catch {
    return null;
  }
}

async function readOnPage(files: WorkbookBytes[], opts: ReadFilesOptions): Promise<SheetInput[]> {
  try {
    return await readWorkbooksBytes(files, opts);
  } catch (e) {
    // A refusal is the reader's InputError already, naming its file as the worker's would.
    throw opts.signal?.aborted ? abortError() : e;
  }
}

/** The sheets of `files`, read as one workbook, in the order given. */
export async function readFiles(
  files: WorkbookBytes[],
  opts: ReadFilesOptions = {}
): Promise<SheetInput[]> {
  if (opts.signal?.aborted) throw abortError();
  const worker = startWorker();
  if (!worker) return readOnPage(files, opts);
  return new Promise<SheetInput[]>((resolve, reject) => {
    const stop = (): void => {
      worker.terminate();
      reject(abortError());
    };
    opts.signal?.addEventListener("abort", stop, { once: true });
    const done = (): void => {
      worker.terminate();
      opts.signal?.removeEventListener("abort", stop);
    };
    worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const m = ev.data;
      if (m.type === "progress") return opts.onProgress?.(m.done, m.total);
      done();
      if (m.type === "done") resolve(m.sheets);
      else reject(refusalOf(m));
    };
    worker.onerror = (ev) => {
      done();
      reject(new Error(ev.message || "The reader stopped."));
    };
    // The bytes move to the worker: a read again (刷新) reads the files from disk anew.
    worker.postMessage(
      { files },
      files.map((f) => f.bytes.buffer as ArrayBuffer)
    );
  });
}
