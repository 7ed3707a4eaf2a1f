/**
 * Saving a file from the task pane: a link with the download attribute, clicked. Excel on the web and for
 * Windows (WebView2) save it; Office for Mac and iPad (WKWebView) ignore it, by design
 * (github.com/OfficeDev/office-js/issues/2700), so there the pane says so instead of failing silently.
 */

/** The Office platform when it is one that blocks add-in downloads ("Mac", "iOS"); null otherwise. */
export function blockingPlatform(): string | null {
  try {
    // Office.PlatformType's values are these names (Office.context.diagnostics, the Common API).
    const platform = String(typeof Office !== "undefined" ? Office.context?.diagnostics?.platform : "");
    return platform === "Mac" || platform === "iOS" ? platform : null;
  } catch {
    return null;
  }
}

/** Starts the download of `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
