/**
 * The 记录走访 form as plain strings (what the inputs hold) and the entry it records: the enterprises it
 * offers (those the contact system is about: the call list, the expiring list, the pool, open problems),
 * and the checks made before anything is written.
 */
import type { ContactEntry } from "../../domain/contacts/contactTemplate";
import { isoFromSerial, todaySerial } from "../../domain/core/dates";
import { serialFromTyped } from "../state/dateText";
import type { Analysis, ContactStatus } from "../../domain/core/types";
import type { StringKey } from "../i18n/strings";

export interface ContactForm {
  /** YYYY-MM-DD, as a date input holds it. */
  date: string;
  /** The enterprise's name as picked or typed. */
  enterprise: string;
  form: string;
  visitor: string;
  problem: string;
  /** "" while no problem is raised. */
  status: ContactStatus | "";
  due: string;
}

/** An enterprise the form offers: its name and credit code as the workbook knows them. */
export interface EnterpriseChoice {
  name: string;
  creditCode: string;
}

/** An empty form dated today. */
export function initialContactForm(today = todaySerial()): ContactForm {
  return {
    date: isoFromSerial(today),
    enterprise: "",
    form: "走访",
    visitor: "",
    problem: "",
    status: "",
    due: "",
  };
}

/**
 * The enterprises to offer, each once (by name): the call list first (they are whom to visit), then the
 * expiring list, the pool, the enterprises with open problems, and every other enterprise the roster and
 * pool sheets name (`named`, from enterpriseNames). A code found in any of them is kept.
 */
export function enterpriseChoices(
  a: Analysis,
  named: readonly EnterpriseChoice[] = []
): EnterpriseChoice[] {
  const byName = new Map<string, EnterpriseChoice>();
  const add = (name: string, creditCode: string): void => {
    if (name === "") return;
    const known = byName.get(name);
    if (!known) byName.set(name, { name, creditCode });
    else if (known.creditCode === "") known.creditCode = creditCode;
  };
  for (const v of a.toVisit) add(v.name, v.creditCode);
  for (const e of a.expiring) add(e.name, e.creditCode);
  for (const p of a.pool) add(p.name, p.creditCode);
  for (const p of a.problems) add(p.name, "");
  for (const n of named) add(n.name, n.creditCode);
  return [...byName.values()];
}

/** How many names the enterprise field suggests at a time: a roster can name a hundred thousand. */
export const SUGGESTIONS = 50;

/** The choices whose name contains the typed text (all of them, in order, while nothing is typed), at most `limit`. */
export function suggestions(
  choices: readonly EnterpriseChoice[],
  typed: string,
  limit = SUGGESTIONS
): EnterpriseChoice[] {
  const text = typed.trim();
  const out: EnterpriseChoice[] = [];
  for (const c of choices) {
    if (out.length >= limit) break;
    if (text === "" || c.name.includes(text)) out.push(c);
  }
  return out;
}

export type EntryResult = { ok: true; entry: ContactEntry } | { ok: false; error: StringKey };

/**
 * The form as the entry to append, or what is missing. A typed name not among the choices is recorded as
 * typed (the engine then joins it, or lists it as visit-unmatched). A problem without a status is 待办.
 */
export function entryFromForm(f: ContactForm, choices: readonly EnterpriseChoice[]): EntryResult {
  // Typed in any form a date cell may hold (2023-06-30, 2023/6/30, 2023年6月30日, ...), as the pane's other dates.
  const date = serialFromTyped(f.date);
  if (date === null)
    return { ok: false, error: f.date.trim() === "" ? "recordNeedsDate" : "recordDateUnreadable" };
  const name = f.enterprise.trim();
  if (name === "") return { ok: false, error: "recordNeedsEnterprise" };
  const due = f.due.trim() === "" ? null : serialFromTyped(f.due);
  if (f.due.trim() !== "" && due === null) return { ok: false, error: "recordDueUnreadable" };
  if (due !== null && due < date) return { ok: false, error: "recordDueBeforeDate" };
  const problem = f.problem.trim();
  const status: ContactStatus | null = f.status !== "" ? f.status : problem !== "" ? "todo" : null;
  const creditCode = choices.find((c) => c.name === name)?.creditCode ?? "";
  return {
    ok: true,
    entry: {
      date,
      name,
      creditCode,
      form: f.form,
      visitor: f.visitor.trim(),
      problem,
      status,
      due,
    },
  };
}
