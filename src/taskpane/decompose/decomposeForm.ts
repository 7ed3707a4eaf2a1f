/**
 * The 目标分解 view's form as typed, and what it asks for once checked: the years, the base date, the
 * totals (given, or the doubling rule's inputs), method, floor and pipeline weight. Every check is the
 * engine's (decomposeInput, parseSettings), with its bilingual messages, so the pane and the CLI accept and
 * reject the same things.
 */
import { yearOfSerial } from "../../domain/core/dates";
import {
  checkDoubling,
  checkYearTotal,
  defaultBaseDate,
  yearRange,
} from "../../domain/decompose/decomposeInput";
import { parseSettings, SettingsError } from "../../domain/settings/settings";
import type {
  DecomposeFloor,
  DecomposeMethod,
  Lang,
  Serial,
  Settings,
  TargetTable,
} from "../../domain/core/types";
import { serialFromTyped } from "../state/dateText";
import { typedNumber } from "../settings/settingsForm";

export interface DecomposeForm {
  rule: "given" | "doubling";
  firstYear: string;
  lastYear: string;
  /** Totals as typed, by year. */
  totals: Record<string, string>;
  doubleFrom: string;
  doubleIn: string;
  method: DecomposeMethod;
  floor: DecomposeFloor;
  pipelineWeight: string;
  /** As typed (any form the engine reads, dateText.ts); "" for the default base date. */
  baseDate: string;
}

/**
 * Three years after the target table's last (2025-2027 after the policy's 2022-2024; after this year
 * without a table), the settings' method, floor and weight, totals still to be typed.
 */
export function initialDecomposeForm(
  settings: Settings,
  targets: TargetTable | null,
  today: Serial
): DecomposeForm {
  const last = targets && targets.years.length ? Math.max(...targets.years) : yearOfSerial(today);
  const first = last + 1;
  return {
    rule: "given",
    firstYear: String(first),
    lastYear: String(first + 2),
    totals: {},
    // The policy's own aim: double the valid count of four years before in five years.
    doubleFrom: String(first - 4),
    doubleIn: "5",
    method: settings.decomposition.method,
    floor: settings.decomposition.floor,
    pipelineWeight: String(settings.decomposition.pipelineWeight),
    baseDate: "",
  };
}

/** Which input a problem belongs to, so the view can show it there. */
export type PlanField = "years" | "totals" | "doubling" | "weight" | "baseDate";

export type Plan =
  | {
      ok: true;
      years: number[];
      baseDate: Serial;
      /** The default base date (shown as a hint). */
      defaultBaseDate: Serial;
      /** Totals as given; null with the doubling rule (they follow from the valid count at its base year). */
      totals: Record<number, number> | null;
      doubling: { from: number; inYears: number } | null;
      pipelineWeight: number;
    }
  /** `incomplete`: a total not typed yet (not an error, the preview waits). */
  | { ok: false; field: PlanField; error: string; incomplete?: boolean };

/** The form checked; the first problem, in `lang`, when there is one. */
export function planFromForm(f: DecomposeForm, lang: Lang, today: Serial): Plan {
  const fail = (
    field: PlanField,
    m: { "zh-CN": string; "en-US": string },
    incomplete?: boolean
  ): Plan => ({ ok: false, field, error: m[lang], incomplete });
  const first = typedNumber(f.firstYear);
  const last = typedNumber(f.lastYear);
  const range = yearRange(first, last);
  if (!range.ok) return fail("years", range.message);
  const years = range.value;

  const fallback = defaultBaseDate(first, today);
  let baseDate = fallback;
  if (f.baseDate.trim() !== "") {
    const s = serialFromTyped(f.baseDate);
    if (s === null)
      return fail("baseDate", {
        "zh-CN": `基数日期“${f.baseDate}”不是有效日期`,
        "en-US": `base date "${f.baseDate}" is not a valid date`,
      });
    baseDate = s;
  }

  let weight: number;
  try {
    weight = parseSettings({ decomposition: { pipelineWeight: typedNumber(f.pipelineWeight) } })
      .decomposition.pipelineWeight;
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    return { ok: false, field: "weight", error: e.text[lang] };
  }

  let totals: Record<number, number> | null = null;
  let doubling: { from: number; inYears: number } | null = null;
  if (f.rule === "given") {
    totals = {};
    for (const y of years) {
      const text = f.totals[String(y)] ?? "";
      if (text.trim() === "")
        return fail(
          "totals",
          { "zh-CN": `请输入${y}年总量`, "en-US": `enter the total for ${y}` },
          true
        );
      const checked = checkYearTotal(y, typedNumber(text));
      if (!checked.ok) return fail("totals", checked.message);
      totals[y] = checked.value;
    }
  } else {
    const from = typedNumber(f.doubleFrom);
    const inYears = typedNumber(f.doubleIn);
    const checked = checkDoubling(from, inYears, years);
    if (!checked.ok) return fail("doubling", checked.message);
    doubling = { from, inYears };
  }
  return {
    ok: true,
    years,
    baseDate,
    defaultBaseDate: fallback,
    totals,
    doubling,
    pipelineWeight: weight,
  };
}
