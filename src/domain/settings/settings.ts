/** Settings (award amounts, policy window, conventions) with the Jinshan defaults: parsing, checking and writing them back as JSON (docs/rules.md section 5). */
import { LocalError } from "../core/localError";
import { isoFromSerial, serialFromIso, serialFromYmd } from "../core/dates";
import { columnIndex } from "../sheets/columnLetters";
import { textRecord, textRecordOf } from "../core/textRecord";
import type {
  CompareChoice,
  DecompositionSettings,
  RelocationStage,
  RosterField,
  Serial,
  Settings,
} from "../core/types";
import {
  BULLETIN_TEXT_KEYS,
  bulletinTextProblem,
  bulletinTextValue,
  type BulletinTextKey,
} from "./bulletinText";

/** The share of submitted applications assumed to pass, and the renewal rate used when too few can be measured. */
export const DEFAULT_PASS_RATE = 0.7;
export const DEFAULT_RENEWAL_RATE = 0.7;

/**
 * The Jinshan measures (金科规〔2022〕1号): 20万 first, 5万 renewal, 20万 relocation in two stages of 10万
 * (at the move-in and twelve months later), 2022-07-08..2024-05-14.
 */
export const DEFAULT_SETTINGS: Settings = {
  district: "金山区",
  awards: {
    first: 200000,
    renewal: 50000,
    relocationStages: [
      { amount: 100000, months: 0 },
      { amount: 100000, months: 12 },
    ],
  },
  window: { start: serialFromYmd(2022, 7, 8), end: serialFromYmd(2024, 5, 14) },
  validityEnd: "day-before",
  expiring: { mode: "calendar-year", days: 90 },
  aliases: textRecord(),
  columnMappings: textRecord(),
  forecast: { passRate: DEFAULT_PASS_RATE, renewalRate: "data" },
  // A pool candidate at served/submitted counts half a valid enterprise: likelier than not to be
  // recognised within the plan (the pass rate default is 0.7), yet not as sure as a certificate held.
  decomposition: { method: "share", floor: "both", pipelineWeight: 0.5 },
  // The leader's copy leaves the data findings to the staff's 工作底稿.
  report: {
    maxListedFindings: 1000,
    findings: "none",
    compare: "year-end",
    issuer: "",
    issueDate: null,
    refNo: "",
    addressee: "",
    title: "",
    closing: "",
  },
  // Measure 13 asks for regular visits; a quarter without one puts an enterprise on the call list.
  contacts: { days: 90 },
};

/** A rejected setting: `key` is its path (e.g. "awards.first"); `text` names it in both languages. */
export class SettingsError extends LocalError {
  readonly key: string;

  constructor(key: string, en: string, zh: string) {
    super({ "zh-CN": `设置项“${key}”：${zh}`, "en-US": `Setting "${key}": ${en}` });
    this.name = "SettingsError";
    this.key = key;
  }
}

type Json = Record<string, unknown>;

const ROSTER_FIELDS: readonly RosterField[] = [
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
/** The longest rolling expiring window (ten years). */
export const MAX_EXPIRING_DAYS = 3660;
/** A contact more than ten years old is no recent contact: a longer window is a typing error. */
export const MAX_CONTACT_DAYS = 3660;
/** No award reaches 100亿 yuan: a larger amount is a typing error (and 1e308 would sum to Infinity). */
export const MAX_AMOUNT = 1e10;
/** A relocation stage is due at most 50 years after the move-in. */
export const MAX_STAGE_MONTHS = 600;
/**
 * The most relocation stages: each is an award event per relocation, so ten thousand would multiply the
 * award list ten-thousandfold; fifty yearly stages already reach MAX_STAGE_MONTHS.
 */
export const MAX_STAGES = 50;
/**
 * The longest text a setting holds (a district, an issuer, a unit name or alias, a sheet name): longer
 * is no name but pasted data, and a 50 MB district would be copied into every report title.
 */
export const MAX_SETTING_TEXT = 200;
/** The longest name used as a key (an alias is a unit cell's text): Excel's limit on a cell's text. */
const MAX_KEY_TEXT = 32_767;
/** Months between stages given as a bare list of amounts. */
const STAGE_INTERVAL_MONTHS = 12;
/** More findings than any report should list row by row (Excel's sheet holds about a million rows). */
const MAX_LISTED_FINDINGS = 1_000_000;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function objectAt(v: unknown, key: string): Json {
  if (!isObject(v)) throw new SettingsError(key, "must be an object", "必须是一个对象");
  return v;
}

/** A key as a message names it: its first 40 characters (a hostile key may be megabytes long). */
function shownKey(k: string): string {
  return k.length > 40 ? `${k.slice(0, 40)}…` : k;
}

/** Rejects keys of `obj` outside `known`, naming the first one with its path. */
function onlyKnown(obj: Json, known: readonly string[], prefix: string): void {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) {
      const key = prefix + shownKey(k);
      throw new SettingsError(
        key,
        `unknown setting (known: ${known.join(", ")})`,
        `未知的设置项（可用：${known.join("、")}）`
      );
    }
  }
}

function amountAt(v: unknown, key: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > MAX_AMOUNT) {
    throw new SettingsError(
      key,
      `must be an amount in CNY from 0 to ${MAX_AMOUNT}`,
      `必须是 0 到 ${MAX_AMOUNT} 之间的金额（元）`
    );
  }
  return v;
}

/** A relocation stage: {amount, months}, or a bare amount due `STAGE_INTERVAL_MONTHS` x its index. */
function stageAt(v: unknown, i: number): RelocationStage {
  const key = `awards.relocationStages[${i}]`;
  if (typeof v === "number") return { amount: amountAt(v, key), months: STAGE_INTERVAL_MONTHS * i };
  const o = objectAt(v, key);
  onlyKnown(o, ["amount", "months"], `${key}.`);
  const months = o.months ?? STAGE_INTERVAL_MONTHS * i;
  if (
    typeof months !== "number" ||
    !Number.isInteger(months) ||
    months < 0 ||
    months > MAX_STAGE_MONTHS
  ) {
    throw new SettingsError(
      `${key}.months`,
      `must be a whole number of months from 0 to ${MAX_STAGE_MONTHS}`,
      `必须是 0 到 ${MAX_STAGE_MONTHS} 之间的整数月数`
    );
  }
  return { amount: amountAt(o.amount, `${key}.amount`), months };
}

function dateAt(v: unknown, key: string): Serial {
  const s = typeof v === "string" ? serialFromIso(v.trim()) : null;
  if (s === null)
    throw new SettingsError(
      key,
      'must be a date written "YYYY-MM-DD"',
      "必须是“YYYY-MM-DD”格式的日期"
    );
  return s;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], key: string): T {
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
    throw new SettingsError(
      key,
      `must be one of ${allowed.join(", ")}`,
      `必须是 ${allowed.join("、")} 之一`
    );
  }
  return v as T;
}

function textAt(v: unknown, key: string): string {
  if (typeof v !== "string" || v.trim() === "")
    throw new SettingsError(key, "must be non-empty text", "必须是非空文本");
  return boundedText(v, key).trim();
}

/** `v` when it is at most `max` characters long. */
function boundedText(v: string, key: string, max = MAX_SETTING_TEXT): string {
  if (v.length > max) {
    throw new SettingsError(
      key,
      `is ${v.length.toLocaleString("en-US")} characters long (at most ${max.toLocaleString("en-US")})`,
      `长 ${v.length} 个字符（最多 ${max} 个）`
    );
  }
  return v;
}

/**
 * A key given by the user (a unit name, a sheet name), named in messages by its first characters:
 * `__proto__` and `constructor` are plain names here, since the records that hold them have no prototype.
 */
function userKey(k: string, prefix: string): string {
  const key = prefix + shownKey(k);
  boundedText(k, key, MAX_KEY_TEXT);
  return key;
}

function parseAwards(v: unknown, base: Settings["awards"]): Settings["awards"] {
  const o = objectAt(v, "awards");
  onlyKnown(o, ["first", "renewal", "relocationStages"], "awards.");
  const out = { ...base, relocationStages: base.relocationStages.map((st) => ({ ...st })) };
  if ("first" in o) out.first = amountAt(o.first, "awards.first");
  if ("renewal" in o) out.renewal = amountAt(o.renewal, "awards.renewal");
  if ("relocationStages" in o) {
    const stages = o.relocationStages;
    if (!Array.isArray(stages))
      throw new SettingsError(
        "awards.relocationStages",
        "must be a list of stages ({amount, months}) or of amounts",
        "必须是分期列表（{amount, months}）或金额列表"
      );
    if (stages.length > MAX_STAGES)
      throw new SettingsError(
        "awards.relocationStages",
        `has ${stages.length.toLocaleString("en-US")} stages (at most ${MAX_STAGES})`,
        `共 ${stages.length} 期（最多 ${MAX_STAGES} 期）`
      );
    out.relocationStages = stages.map(stageAt);
  }
  return out;
}

function parseWindow(v: unknown, base: Settings["window"]): Settings["window"] {
  const o = objectAt(v, "window");
  onlyKnown(o, ["start", "end"], "window.");
  const out = { ...base };
  if ("start" in o) out.start = dateAt(o.start, "window.start");
  if ("end" in o) out.end = dateAt(o.end, "window.end");
  if (out.start > out.end) {
    throw new SettingsError(
      "window",
      `starts (${isoFromSerial(out.start)}) after it ends (${isoFromSerial(out.end)})`,
      `开始日期（${isoFromSerial(out.start)}）晚于结束日期（${isoFromSerial(out.end)}）`
    );
  }
  return out;
}

function daysAt(v: unknown, key: string, max: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) {
    throw new SettingsError(
      key,
      `must be a whole number of days from 0 to ${max}`,
      `必须是 0 到 ${max} 之间的整数天数`
    );
  }
  return v;
}

function parseExpiring(v: unknown, base: Settings["expiring"]): Settings["expiring"] {
  const o = objectAt(v, "expiring");
  onlyKnown(o, ["mode", "days"], "expiring.");
  const out = { ...base };
  if ("mode" in o) out.mode = oneOf(o.mode, ["calendar-year", "rolling"] as const, "expiring.mode");
  if ("days" in o) out.days = daysAt(o.days, "expiring.days", MAX_EXPIRING_DAYS);
  return out;
}

const COMPARE_CHOICES = ["year-end", "quarter-end", "month-end"] as const;

/** 较上期: one of COMPARE_CHOICES, or a date "YYYY-MM-DD". */
function compareAt(v: unknown): CompareChoice {
  if (typeof v === "string" && (COMPARE_CHOICES as readonly string[]).includes(v))
    return v as CompareChoice;
  const s = typeof v === "string" ? serialFromIso(v.trim()) : null;
  if (s === null) {
    throw new SettingsError(
      "report.compare",
      `must be ${COMPARE_CHOICES.join(", ")} or a date written "YYYY-MM-DD"`,
      `必须是 ${COMPARE_CHOICES.join("、")} 或“YYYY-MM-DD”格式的日期`
    );
  }
  return s;
}

/** A bulletin text setting (文号, 主送, title, 工作要求), trimmed; refused with the reason its check gives. */
function bulletinTextAt(v: unknown, key: BulletinTextKey): string {
  const problem = bulletinTextProblem(key, v);
  if (problem) throw new SettingsError(`report.${key}`, problem["en-US"], problem["zh-CN"]);
  return bulletinTextValue(key, v as string);
}

function parseReport(v: unknown, base: Settings["report"]): Settings["report"] {
  const o = objectAt(v, "report");
  onlyKnown(
    o,
    ["maxListedFindings", "findings", "compare", "issuer", "issueDate", ...BULLETIN_TEXT_KEYS],
    "report."
  );
  const out = { ...base };
  if ("maxListedFindings" in o) {
    const n = o.maxListedFindings;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_LISTED_FINDINGS) {
      throw new SettingsError(
        "report.maxListedFindings",
        `must be a whole number from 0 to ${MAX_LISTED_FINDINGS}`,
        `必须是 0 到 ${MAX_LISTED_FINDINGS} 之间的整数`
      );
    }
    out.maxListedFindings = n;
  }
  if ("findings" in o)
    out.findings = oneOf(o.findings, ["sheet", "none"] as const, "report.findings");
  if ("compare" in o) out.compare = compareAt(o.compare);
  if ("issuer" in o) {
    if (typeof o.issuer !== "string")
      throw new SettingsError("report.issuer", "must be text", "必须是文本");
    out.issuer = boundedText(o.issuer, "report.issuer").trim();
  }
  if ("issueDate" in o)
    out.issueDate = o.issueDate === null ? null : dateAt(o.issueDate, "report.issueDate");
  for (const key of BULLETIN_TEXT_KEYS) if (key in o) out[key] = bulletinTextAt(o[key], key);
  return out;
}

function parseContacts(v: unknown, base: Settings["contacts"]): Settings["contacts"] {
  const o = objectAt(v, "contacts");
  onlyKnown(o, ["days"], "contacts.");
  const out = { ...base };
  if ("days" in o) out.days = daysAt(o.days, "contacts.days", MAX_CONTACT_DAYS);
  return out;
}

function parseAliases(v: unknown): Record<string, string> {
  const o = objectAt(v, "aliases");
  const out = textRecord<string>();
  for (const [from, to] of Object.entries(o)) {
    const key = userKey(from, "aliases.");
    out[from] = textAt(to, key);
  }
  return out;
}

function parseColumnMappings(v: unknown): Settings["columnMappings"] {
  const o = objectAt(v, "columnMappings");
  const out: Settings["columnMappings"] = textRecord();
  for (const [sheet, mapping] of Object.entries(o)) {
    const sheetKey = userKey(sheet, "columnMappings.");
    const m = objectAt(mapping, sheetKey);
    onlyKnown(m, ROSTER_FIELDS, `${sheetKey}.`);
    const fields: Partial<Record<RosterField, string>> = {};
    for (const [field, letter] of Object.entries(m)) {
      const key = `${sheetKey}.${field}`;
      if (typeof letter !== "string" || columnIndex(letter) < 0) {
        throw new SettingsError(
          key,
          'must be a column letter such as "C"',
          "必须是列字母，例如“C”"
        );
      }
      fields[field as RosterField] = letter.trim().toUpperCase();
    }
    out[sheet] = fields;
  }
  return out;
}

/** A pass rate: above 0 (no application would ever pass otherwise) and at most 1. */
function passRateAt(v: unknown, key: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0 || v > 1) {
    throw new SettingsError(
      key,
      "must be a rate greater than 0 and at most 1 (0.7 = 70%)",
      "必须是大于 0 且不大于 1 的比率（0.7 即 70%）"
    );
  }
  return v;
}

/** A renewal rate: "data" (measured from the roster) or a rate from 0 to 1. */
function renewalRateAt(v: unknown, key: string): number | "data" {
  if (v === "data") return v;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1) {
    throw new SettingsError(
      key,
      'must be "data" (measured from the roster) or a rate from 0 to 1 (0.7 = 70%)',
      "必须是“data”（按名单数据测算）或 0 到 1 之间的比率（0.7 即 70%）"
    );
  }
  return v;
}

function parseForecast(v: unknown, base: Settings["forecast"]): Settings["forecast"] {
  const o = objectAt(v, "forecast");
  onlyKnown(o, ["passRate", "renewalRate"], "forecast.");
  const out = { ...base };
  if ("passRate" in o) out.passRate = passRateAt(o.passRate, "forecast.passRate");
  if ("renewalRate" in o) out.renewalRate = renewalRateAt(o.renewalRate, "forecast.renewalRate");
  return out;
}

function parseDecomposition(v: unknown, base: DecompositionSettings): DecompositionSettings {
  const o = objectAt(v, "decomposition");
  onlyKnown(o, ["method", "floor", "pipelineWeight"], "decomposition.");
  const out = { ...base };
  if ("method" in o)
    out.method = oneOf(
      o.method,
      ["share", "pipeline", "equal-growth"] as const,
      "decomposition.method"
    );
  if ("floor" in o)
    out.floor = oneOf(
      o.floor,
      ["both", "previous", "valid", "none"] as const,
      "decomposition.floor"
    );
  if ("pipelineWeight" in o) {
    const w = o.pipelineWeight;
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0 || w > 1) {
      throw new SettingsError(
        "decomposition.pipelineWeight",
        "must be a number from 0 to 1 (what one pool enterprise counts for next to one valid enterprise)",
        "必须是 0 到 1 之间的数（一家培育库企业相当于多少家有效期内高企）"
      );
    }
    out.pipelineWeight = w;
  }
  return out;
}

const TOP_KEYS = [
  "district",
  "awards",
  "window",
  "validityEnd",
  "expiring",
  "aliases",
  "columnMappings",
  "forecast",
  "decomposition",
  "report",
  "contacts",
] as const;

/**
 * Settings from stored JSON (an object or its text), merged key by key over DEFAULT_SETTINGS;
 * throws SettingsError naming the first unknown or malformed key.
 */
export function parseSettings(json: unknown): Settings {
  let src = json;
  if (typeof src === "string") {
    try {
      src = JSON.parse(src);
    } catch {
      throw new SettingsError("(settings)", "is not valid JSON", "不是有效的 JSON");
    }
  }
  const base = settingsFromDefaults();
  if (src === null || src === undefined) return base;
  const o = objectAt(src, "(settings)");
  onlyKnown(o, TOP_KEYS, "");
  return {
    district: "district" in o ? textAt(o.district, "district") : base.district,
    awards: "awards" in o ? parseAwards(o.awards, base.awards) : base.awards,
    window: "window" in o ? parseWindow(o.window, base.window) : base.window,
    validityEnd:
      "validityEnd" in o
        ? oneOf(o.validityEnd, ["day-before", "same-day"] as const, "validityEnd")
        : base.validityEnd,
    expiring: "expiring" in o ? parseExpiring(o.expiring, base.expiring) : base.expiring,
    aliases: "aliases" in o ? parseAliases(o.aliases) : base.aliases,
    columnMappings:
      "columnMappings" in o ? parseColumnMappings(o.columnMappings) : base.columnMappings,
    forecast: "forecast" in o ? parseForecast(o.forecast, base.forecast) : base.forecast,
    decomposition:
      "decomposition" in o
        ? parseDecomposition(o.decomposition, base.decomposition)
        : base.decomposition,
    report: "report" in o ? parseReport(o.report, base.report) : base.report,
    contacts: "contacts" in o ? parseContacts(o.contacts, base.contacts) : base.contacts,
  };
}

/** A deep copy of the defaults, so callers may change it freely. */
function settingsFromDefaults(): Settings {
  return settingsCopy(DEFAULT_SETTINGS);
}

function settingsCopy(s: Settings): Settings {
  return {
    district: s.district,
    awards: { ...s.awards, relocationStages: s.awards.relocationStages.map((st) => ({ ...st })) },
    window: { ...s.window },
    validityEnd: s.validityEnd,
    expiring: { ...s.expiring },
    aliases: textRecordOf(Object.entries(s.aliases)),
    columnMappings: textRecordOf(Object.entries(s.columnMappings).map(([k, v]) => [k, { ...v }])),
    forecast: { ...s.forecast },
    decomposition: { ...s.decomposition },
    report: { ...s.report },
    contacts: { ...s.contacts },
  };
}

/** Settings as JSON for storage (window dates as "YYYY-MM-DD"); parseSettings reads it back. */
export function settingsToJson(s: Settings): object {
  const copy = settingsCopy(s);
  return {
    ...copy,
    window: { start: isoFromSerial(s.window.start), end: isoFromSerial(s.window.end) },
    report: reportSettingsToJson(s.report),
  };
}

/** The report settings as JSON (dates as "YYYY-MM-DD"), as parseSettings reads them. */
export function reportSettingsToJson(r: Settings["report"]): object {
  return {
    ...r,
    compare: typeof r.compare === "number" ? isoFromSerial(r.compare) : r.compare,
    issueDate: r.issueDate === null ? null : isoFromSerial(r.issueDate),
  };
}
