/**
 * Saving a file from the task pane: a link with the download attribute, clicked. Excel on the web and for
 * Windows (WebView2) save it; Office for Mac and iPad (WKWebView) ignore it, by design
 * (github.com/OfficeDev/office-js/issues/2700), so there the pane says so instead of failing silently
 * (the host tells which platform: HostContext).
 */

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
