/**
 * Turns what Excel hands a custom function into engine values, or fails with a clear Excel error.
 * Dates arrive as serials (date cells) or as text in any form the engine reads; an omitted optional
 * argument arrives as null or undefined, and a blank cell as "" for text.
 */
import { DATE1904_OFFSET, parseDateValue, todaySerial, yearOfSerial } from "../domain/core/dates";
import { parseAwardType } from "../domain/settings/awardRules";
import type { AwardType, Serial, Settings } from "../domain/core/types";
import { currentDate1904 } from "../state/session";
import { fail } from "./errors";

/** A scalar as the custom functions runtime passes it. */
export type Arg = number | string | boolean | null | undefined;

/** A parameter's label for messages, zh-CN and en-US. */
export type Label = readonly [zh: string, en: string];

export const ISSUE_DATE: Label = ["发证日期", "issueDate"];
export const AS_OF: Label = ["统计日期", "asOf"];
export const EVENT_DATE: Label = ["日期", "date"];
export const UNIT: Label = ["责任单位", "unit"];
export const CERT_NO: Label = ["证书编号", "certNo"];
export const STAGE: Label = ["培育阶段", "text"];

/** True for an omitted optional argument or an empty cell. */
export function omitted(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The engine's date options for cell values of this workbook (its date system). */
export function workbookDates(): { date1904: boolean } {
  return { date1904: currentDate1904() };
}

/** A serial the engine computed (1900 system), as this workbook counts days: what a function returns. */
export function toWorkbookSerial(serial: Serial): Serial {
  return currentDate1904() ? serial - DATE1904_OFFSET : serial;
}

/** A required date: a serial (in the workbook's date system) or any text form the engine reads. */
export function dateArg(v: Arg, [zh, en]: Label): Serial {
  const p = parseDateValue(typeof v === "boolean" ? String(v) : v, workbookDates());
  if (p.kind === "ok") return p.serial;
  if (p.kind === "blank" || omitted(v)) return fail(`缺少${zh}`, `${en} is missing`);
  return fail(`${zh}无法识别为日期：${p.text}`, `${en} is not a date: ${p.text}`);
}

/** The as-of date: today (local calendar date) when omitted. */
export function asOfArg(v: Arg): Serial {
  return omitted(v) ? todaySerial() : dateArg(v, AS_OF);
}

/** A calendar year (1900-9999), "2024" and "2024年" included; the current year when omitted. */
export function yearArg(v: Arg, required = false): number {
  if (omitted(v))
    return required ? fail("缺少年份", "year is missing") : yearOfSerial(todaySerial());
  const n = typeof v === "number" ? v : Number(String(v).trim().replace(/年$/, ""));
  if (Number.isInteger(n) && n >= 1900 && n <= 9999) return n;
  return fail(
    `年份应为 1900 至 9999 的整数，如 2024：${String(v)}`,
    `year must be a whole number 1900-9999 such as 2024: ${String(v)}`
  );
}

/** An award type from 首次认定 / 重新认定 / 迁入 or a synonym. */
export function awardTypeArg(v: Arg): AwardType {
  const t = omitted(v) ? null : parseAwardType(String(v));
  if (t) return t;
  return fail(
    `认定类型应为 首次认定、重新认定 或 迁入：${String(v ?? "")}`,
    `type must be first (首次认定), renewal (重新认定) or relocation (迁入): ${String(v ?? "")}`
  );
}

/** A relocation installment as users number them (1..stages), returned 0-based as awardAmount takes it; undefined when omitted. */
export function installmentArg(v: Arg, type: AwardType, settings: Settings): number | undefined {
  if (omitted(v)) return undefined;
  const stages = settings.awards.relocationStages.length;
  if (type !== "relocation")
    return fail("分期只适用于迁入奖励", "installment applies to relocation (迁入) awards only");
  const n = typeof v === "number" ? v : Number(String(v).trim());
  if (Number.isInteger(n) && n >= 1 && n <= stages) return n - 1;
  return fail(
    `期数应为 1 至 ${stages} 的整数：${String(v)}`,
    `installment must be a whole number from 1 to ${stages}: ${String(v)}`
  );
}

/** Required text (a unit name, a certificate number). */
export function textArg(v: Arg, [zh, en]: Label): string {
  if (omitted(v)) return fail(`缺少${zh}`, `${en} is missing`);
  return String(v).trim();
}
