/**
 * The offline page's entry (gaoqi.html): the browser's language and theme, the as-of date from the
 * address (#asof=YYYY-MM-DD, so a saved link reopens at the same date), then the page.
 */
import { createRoot } from "react-dom/client";
import { pickLang } from "../domain/core/i18n";
import { serialFromIso } from "../domain/core/dates";
import { WebApp } from "./WebApp";

const root = document.getElementById("root");
if (root) {
  const lang = pickLang(navigator.language);
  const asOf = /(?:^#|&)asof=(\d{4}-\d{2}-\d{2})/.exec(location.hash)?.[1];
  document.documentElement.lang = lang;
  createRoot(root).render(
    <WebApp
      initialLang={lang}
      dark={typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches}
      initialAsOf={asOf ? (serialFromIso(asOf) ?? undefined) : undefined}
    />
  );
}
