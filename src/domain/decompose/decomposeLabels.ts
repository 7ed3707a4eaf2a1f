/** Names of the decomposition methods and floors in both languages (the CLI, the pane, the sheet, the bulletin). */
import type { DecomposeFloor, DecomposeMethod, Lang, LocalText } from "../core/types";

export const DECOMPOSE_METHODS: readonly DecomposeMethod[] = ["share", "pipeline", "equal-growth"];
export const DECOMPOSE_FLOORS: readonly DecomposeFloor[] = ["both", "previous", "valid", "none"];

const METHOD: Record<DecomposeMethod, LocalText> = {
  share: { "zh-CN": "按有效期内高企数占比", "en-US": "by share of valid HNTEs" },
  pipeline: {
    "zh-CN": "按有效数与培育库加权占比",
    "en-US": "by share of valid HNTEs plus weighted pool candidates",
  },
  "equal-growth": {
    "zh-CN": "按上年目标同比例增长",
    "en-US": "by equal growth over the previous targets",
  },
};

// Short in English too: the pane's floor picker is a native select, which cuts a long choice at 320 px.
const FLOOR: Record<DecomposeFloor, LocalText> = {
  both: { "zh-CN": "不低于上年目标和基数日有效数", "en-US": "≥ previous target and valid count" },
  previous: { "zh-CN": "不低于上年目标", "en-US": "≥ previous target" },
  valid: { "zh-CN": "不低于基数日有效数", "en-US": "≥ valid count" },
  none: { "zh-CN": "不设下限", "en-US": "no floor" },
};

/** The method's name, e.g. 按有效期内高企数占比. */
export function methodLabel(method: DecomposeMethod, lang: Lang): string {
  return METHOD[method][lang];
}

/** The floor's name, e.g. 不低于上年目标. */
export function floorLabel(floor: DecomposeFloor, lang: Lang): string {
  return FLOOR[floor][lang];
}

/**
 * The line that says how a table was decomposed, e.g. 分解方法：按有效期内高企数占比（share）；基数：2024-12-31
 * 有效期内高企数. It carries the method's code in brackets and the base date as YYYY-MM-DD, so that
 * readTargetTable finds both again in a written sheet (parseMethodNote).
 */
export function methodNote(method: DecomposeMethod, baseDateIso: string, lang: Lang): string {
  return lang === "zh-CN"
    ? `分解方法：${methodLabel(method, lang)}（${method}）；基数：${baseDateIso} 有效期内高企数`
    : `Method: ${methodLabel(method, lang)} (${method}); base: valid HNTEs at ${baseDateIso}`;
}

const METHOD_CODE = /[(（](share|pipeline|equal-growth)[)）]/;
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

/** The method and base date a methodNote line names; null for any other text. */
export function parseMethodNote(
  text: string
): { method: DecomposeMethod; baseDateIso: string } | null {
  if (!/^(分解方法|Method)[:：]/.test(text.trim())) return null;
  const method = METHOD_CODE.exec(text);
  const date = ISO_DATE.exec(text);
  return method && date ? { method: method[1] as DecomposeMethod, baseDateIso: date[1] } : null;
}
