/** Interface language and the text lookup used by every component. */
import { interpolate } from "../../domain/core/interpolate";
import type { Lang } from "../../domain/core/types";
import { STRINGS, type StringKey } from "./strings";

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** A translate function for one language; `{name}` placeholders are filled from params. */
export function translator(lang: Lang): Translate {
  const table = STRINGS[lang];
  return (key, params) => {
    const text = table[key];
    if (!params) return text;
    return interpolate(text, params);
  };
}
