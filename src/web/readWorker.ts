/**
 * The offline page's worker: reads the workbooks the user opened (their bytes, transferred) into the
 * engine's sheets, so a large file never freezes the page. Posts progress, then the sheets or the
 * refusal (the reader's one line in both languages, naming the file). Cancelling is the page's: it
 * terminates the worker.
 */
import { readWorkbooksBytes, type WorkbookBytes } from "../cli/workbookBytes";
import { workerFailure, type WorkerReply } from "./workerMessages";

const post = (reply: WorkerReply): void => (self as unknown as Worker).postMessage(reply);

self.onmessage = (ev: MessageEvent<{ files: WorkbookBytes[] }>) => {
  void (async () => {
    try {
      let last = 0;
      const sheets = await readWorkbooksBytes(ev.data.files, {
        onProgress: (done, total) => {
          // A message per block would cost more than the read: about a hundred over a file.
          if (done !== total && done - last < total / 100) return;
          last = done;
          post({ type: "progress", done, total });
        },
      });
      post({ type: "done", sheets });
    } catch (e) {
      post(workerFailure(e));
    }
  })();
};
