/** Interface language and the text lookup used by every component. */
import type { Lang } from "../../domain/core/types";
import { STRINGS, type StringKey } from "./strings";

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
