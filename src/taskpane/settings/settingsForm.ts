/**
 * The settings form as plain strings (what the inputs hold) and back, every stored setting included (a
 * setting the form did not carry would be reset to its default on save). Validation is the engine's:
 * the form becomes the stored JSON shape and goes through parseSettings, so the pane accepts exactly
 * what the workbook loader accepts, with the engine's own bilingual messages.
 */
import { isoFromSerial } from "../../domain/core/dates";
import { isoFromTyped } from "../state/dateText";
import { parseSettings, reportSettingsToJson, SettingsError } from "../../domain/settings/settings";
import type {
  DecomposeFloor,
  DecomposeMethod,
  Lang,
  RosterField,
  Settings,
} from "../../domain/core/types";

export const ROSTER_FIELDS: RosterField[] = [
  "name",
  "creditCode",
  "certNo",
  "issueDate",
  "unit",
  "type",
  "moveIn",
  "moveOut",
  "revoked",
];

export interface SettingsForm {
  district: string;
  first: string;
  renewal: string;
  /** Relocation stages: amount (CNY) and months after the move-in, as typed. */
  stages: { amount: string; months: string }[];
  windowStart: string;
  windowEnd: string;
  validityEnd: Settings["validityEnd"];
  expiringMode: Settings["expiring"]["mode"];
  expiringDays: string;
  aliases: { raw: string; unit: string }[];
  columnMappings: Record<string, Partial<Record<RosterField, string>>>;
  /** Forecast rates as percentages typed ("70"); the renewal rate measured from the data, or the one typed. */
  passRate: string;
  renewalMode: "data" | "rate";
  renewalRate: string;
  decompositionMethod: DecomposeMethod;
  decompositionFloor: DecomposeFloor;
  pipelineWeight: string;
  /** Days without a contact that put an enterprise on the call list (contacts.days), as typed. */
  contactDays: string;
  /** Not edited in the pane (a CLI report setting): carried through so saving the form keeps it. */
  report: Settings["report"];
}

/** A rate as the percentage the form shows: 0.7 -> "70". */
const percent = (rate: number): string => String(Math.round(rate * 10000) / 100);

export function formFromSettings(s: Settings): SettingsForm {
  return {
    district: s.district,
    first: String(s.awards.first),
    renewal: String(s.awards.renewal),
    stages: s.awards.relocationStages.map((st) => ({
      amount: String(st.amount),
      months: String(st.months),
    })),
    windowStart: isoFromSerial(s.window.start),
    windowEnd: isoFromSerial(s.window.end),
    validityEnd: s.validityEnd,
    expiringMode: s.expiring.mode,
    expiringDays: String(s.expiring.days),
    aliases: Object.entries(s.aliases).map(([raw, unit]) => ({ raw, unit })),
    columnMappings: Object.fromEntries(
      Object.entries(s.columnMappings).map(([k, v]) => [k, { ...v }])
    ),
    passRate: percent(s.forecast.passRate),
    renewalMode: s.forecast.renewalRate === "data" ? "data" : "rate",
    renewalRate: s.forecast.renewalRate === "data" ? "" : percent(s.forecast.renewalRate),
    decompositionMethod: s.decomposition.method,
    decompositionFloor: s.decomposition.floor,
    pipelineWeight: String(s.decomposition.pipelineWeight),
    contactDays: String(s.contacts.days),
    report: { ...s.report },
  };
}

export type FormResult =
  { ok: true; settings: Settings } | { ok: false; error: string; key: string };

/** A number as typed: "200,000", full-width digits and spaces allowed; NaN when it is not one. */
export function typedNumber(text: string): number {
  const t = text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s，]/g, "");
  return t === "" ? NaN : Number(t);
}

/** A number as typed; the text itself when it is not one, so parseSettings names the key. */
function numberOrText(text: string): number | string {
  const n = typedNumber(text);
  return Number.isFinite(n) ? n : text;
}

const AMOUNT = /^(\d+(?:\.\d+)?)(万)?元?$/;

/**
 * An amount in yuan as staff write it: 200000, 200,000, 20万, 1.5万, 20万元, 200000元 (full-width digits
 * and spaces allowed), to the fen; NaN when it is not one.
 */
export function typedAmount(text: string): number {
  const plain = text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/[,\s，]/g, "");
  const m = AMOUNT.exec(plain);
  if (!m) return NaN;
  const n = Number(m[1]) * (m[2] ? 10000 : 1);
  return Math.round(n * 100) / 100;
}

/** An amount as typed; the text itself when it is not one. */
function amountOrText(text: string): number | string {
  const n = typedAmount(text);
  return Number.isFinite(n) ? n : text;
}

/** A percentage as typed ("70", "70%", "７０．５") as a rate (0.7); the text itself when it is not a number. */
function rateOrText(text: string): number | string {
  const n = numberOrText(text.replace(/．/g, ".").replace(/[%％]\s*$/, ""));
  return typeof n === "number" ? n / 100 : text;
}

const STAGE_KEY = /^awards\.relocationStages\[(\d+)\]/;

/**
 * The form as settings, or the engine's message (in `lang`) for the first bad value with its key; a
 * relocation stage's key names its row in the form (blank rows are left out before the engine sees them).
 */
export function settingsFromForm(f: SettingsForm, lang: Lang): FormResult {
  const mappings: Record<string, Record<string, string>> = {};
  for (const [sheet, fields] of Object.entries(f.columnMappings)) {
    const kept = Object.entries(fields).filter(([, col]) => col && col.trim() !== "");
    if (kept.length > 0)
      mappings[sheet] = Object.fromEntries(
        kept.map(([k, col]) => [k, (col as string).trim().toUpperCase()])
      );
  }
  const stageRows = f.stages.flatMap((st, i) =>
    st.amount.trim() !== "" || st.months.trim() !== "" ? [i] : []
  );
  const json = {
    district: f.district.trim(),
    awards: {
      first: amountOrText(f.first),
      renewal: amountOrText(f.renewal),
      relocationStages: stageRows.map((i) => ({
        amount: amountOrText(f.stages[i].amount),
        months: numberOrText(f.stages[i].months),
      })),
    },
    window: { start: isoFromTyped(f.windowStart), end: isoFromTyped(f.windowEnd) },
    validityEnd: f.validityEnd,
    expiring: { mode: f.expiringMode, days: numberOrText(f.expiringDays) },
    aliases: Object.fromEntries(
      f.aliases.filter((a) => a.raw.trim() !== "").map((a) => [a.raw.trim(), a.unit])
    ),
    columnMappings: mappings,
    forecast: {
      passRate: rateOrText(f.passRate),
      renewalRate: f.renewalMode === "data" ? "data" : rateOrText(f.renewalRate),
    },
    decomposition: {
      method: f.decompositionMethod,
      floor: f.decompositionFloor,
      pipelineWeight: numberOrText(f.pipelineWeight),
    },
    report: reportSettingsToJson(f.report),
    contacts: { days: numberOrText(f.contactDays) },
  };
  try {
    return { ok: true, settings: parseSettings(json) };
  } catch (e) {
    if (e instanceof SettingsError) {
      const key = e.key.replace(
        STAGE_KEY,
        (_, k: string) => `awards.relocationStages[${stageRows[Number(k)]}]`
      );
      return { ok: false, error: e.text[lang], key };
    }
    throw e;
  }
}
