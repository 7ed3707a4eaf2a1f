/** The current language and its translate function, provided once at the top of the pane. */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Lang } from "../../domain/core/types";
import { translator, type Translate } from "./lang";

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: "zh-CN", t: translator("zh-CN") });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
