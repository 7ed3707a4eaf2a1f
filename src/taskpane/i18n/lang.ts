/** Interface language and the text lookup used by every component. */
import type { Lang } from "../../domain/types";
import { STRINGS, type StringKey } from "./strings";

/**
 * The one language rule of the add-in: Chinese for every Chinese display language (zh-*), English for
 * every other. The manifest follows it too (English by default, a Chinese Override per zh-* locale), so
 * ribbon, function help and pane agree; the pane's language menu changes the pane only.
 */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return /^zh\b/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** A translate function for one language; `{name}` placeholders are filled from params. */
export function translator(lang: Lang): Translate {
  const table = STRINGS[lang];
  return (key, params) => {
    const text = table[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}
