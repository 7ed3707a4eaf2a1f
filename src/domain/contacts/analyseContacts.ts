/**
 * Service contacts at the as-of date A (联系服务制度, docs/rules.md section 10). Contact rows come joined to
 * enterprises by the identity module (together with the pool rows, in one pass over the roster); a row
 * that joins no enterprise of the roster or the pool is a visit-unmatched finding. Contacts dated after
 * A do not exist at A, for every figure here:
 * - per enterprise: its last contact, its open problems (status not 已办结) and overdue ones (due before A);
 * - the call list (待走访): enterprises of the expiring list and pool enterprises at `submitted`, with no
 *   contact dated from A - N to A, both ends included;
 * - per unit: contacts and enterprises contacted in A's year, open and overdue problems, the call list.
 *
 * An enterprise counts under one unit: that of its latest certificate issued on or before A (as section 2
 * counts it), else its pool unit, else the unit of its first roster row.
 */
import type { ContactRow } from "./readContactSheet";
import { contactText } from "./contactMessages";
import { NONE, type Enterprises } from "../enterprise/enterprises";
import { finding } from "../core/findings";
import type { RecordTable } from "../enterprise/recordTable";
import type {
  ContactCounts,
  ContactProblem,
  Finding,
  PoolEntry,
  Serial,
  ToVisitItem,
} from "../core/types";
import { OTHER_UNIT } from "../enterprise/units";
import type { Scratch } from "../core/scratch";
import { lazyList } from "../core/lazyList";
import type { RowTexts } from "../enterprise/rowTexts";

/** Days past the as-of date beyond which a contact date is taken for a typo. */
const FAR_FUTURE_DAYS = 366;

/** What the contacts need from the roster's and the pool's analysis. */
export interface ContactContext {
  t: RecordTable;
  ent: Enterprises;
  asOf: Serial;
  yearStart: Serial;
  /** N: the call list looks back this many days from A. */
  days: number;
  /** The analysis's units, in table order (其他 included). */
  units: string[];
  /** The index in `units` of a roster row's unit. */
  unitOfRow: (row: number) => number;
  /** Each contact row's enterprise, as joinIdentities numbered it (beside the pool rows). */
  enterpriseOf: Int32Array;
  /** Enterprises in all (roster, pool and contact rows). */
  enterprises: number;
  /** The pool's entries at A and the enterprise of each. */
  pool: { entries: readonly PoolEntry[]; entryEnterprise: readonly number[] };
  /** The expiring list's columns; the step fills their `lastContact`. */
  expiring: ExpiringColumns;
  /** Where the per-enterprise working arrays come from (the analysis's). */
  scratch: Scratch;
}

/**
 * The expiring list as the analysis keeps it until an item is read: per item, its enterprise, its unit
 * (index into the units), its last contact (0 until this step fills it; 0 also when none) and where its
 * row's texts are.
 */
export interface ExpiringColumns {
  enterprise: Int32Array;
  unit: Int32Array;
  lastContact: Int32Array;
  /** The texts of item o are those of texts' row textAt[o]. */
  texts: RowTexts;
  textAt: Int32Array;
}

export interface ContactResult {
  /** Per unit (in `units` order). */
  counts: ContactCounts[];
  toVisit: ToVisitItem[];
  problems: ContactProblem[];
  findings: Finding[];
}

/** Empty contact counts. */
export function noContacts(): ContactCounts {
  return { visits: 0, enterprises: 0, open: 0, overdue: 0, toVisit: 0 };
}

/** No contact yet (serials are >= 1). */
const NEVER = 0;

/**
 * The contacts (in reading order) at the as-of date; fills the expiring list's `lastContact` column. Work is
 * per contact row and per listed enterprise: the roster is never walked here.
 */
export function analyseContacts(rows: readonly ContactRow[], ctx: ContactContext): ContactResult {
  const { t, ent, asOf, units } = ctx;
  const counts = units.map(noContacts);
  const otherIndex = units.indexOf(OTHER_UNIT);
  const poolEntryOf = new Map<number, PoolEntry>();
  ctx.pool.entries.forEach((p, k) => poolEntryOf.set(ctx.pool.entryEnterprise[k], p));

  const indexOfUnit = new Map(units.map((u, k) => [u, k]));
  const unitIndex = (unit: string): number => indexOfUnit.get(unit) ?? otherIndex;
  const unitOf = (e: number): number => {
    const inRoster = e < ent.count;
    const cert = inRoster ? ent.latestAt(e, asOf) : NONE;
    if (cert !== NONE) return ctx.unitOfRow(cert);
    const entry = poolEntryOf.get(e);
    if (entry !== undefined) return unitIndex(entry.unit);
    return ctx.unitOfRow(ent.head[e]);
  };
  const nameOf = (e: number): string =>
    e < ent.count ? t.name[ent.head[e]] : (poolEntryOf.get(e)?.name ?? "");

  const last = ctx.scratch.int32(ctx.enterprises);
  const contactedThisYear = ctx.scratch.uint8(ctx.enterprises);
  const findings: Finding[] = [];
  const problems: ContactProblem[] = [];
  const problemUnits: number[] = [];
  rows.forEach((r, j) => {
    const e = ctx.enterpriseOf[j];
    if (e >= ent.count && !poolEntryOf.has(e)) {
      findings.push(
        finding(
          r.sheet,
          r.row,
          r.nameColumn,
          "visit-unmatched",
          "warning",
          contactText.unmatched(r.creditCode !== ""),
          r.name
        )
      );
      return;
    }
    if (r.date > asOf) {
      // A year or more ahead is no planned visit but a typo (3023年5月1日): say so rather than drop it silently.
      if (r.date > asOf + FAR_FUTURE_DAYS)
        findings.push(
          finding(
            r.sheet,
            r.row,
            r.dateColumn,
            "visit-date-future",
            "warning",
            contactText.farFuture(r.date, asOf),
            r.name
          )
        );
      return;
    }
    if (r.date > last[e]) last[e] = r.date;
    const u = unitOf(e);
    const c = counts[u];
    if (r.date >= ctx.yearStart) {
      c.visits++;
      if (!contactedThisYear[e]) {
        contactedThisYear[e] = 1;
        c.enterprises++;
      }
    }
    if (!r.hasProblem || r.status === "done") return;
    const overdue = r.due !== null && r.due < asOf;
    c.open++;
    if (overdue) c.overdue++;
    problemUnits.push(u);
    problems.push({
      sheet: r.sheet,
      row: r.row,
      column: r.problemColumn,
      name: r.name || nameOf(e),
      unit: units[u],
      date: r.date,
      problem: r.problem,
      status: r.status,
      due: r.due,
      overdue,
    });
  });

  const lastContact = (e: number): Serial | null =>
    e < last.length && last[e] !== NEVER ? last[e] : null;
  const due = (e: number): boolean => {
    const l = lastContact(e);
    return l === null || l < asOf - ctx.days;
  };
  // The expiring list can hold a hundred thousand enterprises on a million-row roster: flags and columns,
  // not a set and wrapper objects; its calls are made as items only when read.
  const listed = ctx.scratch.uint8(ctx.enterprises);
  const x = ctx.expiring;
  // Per call: its expiring item o, or -1 - j for submitted[j]; and its unit.
  const callFrom: number[] = [];
  const callUnits: number[] = [];
  for (let o = 0; o < x.enterprise.length; o++) {
    const e = x.enterprise[o];
    x.lastContact[o] = last[e];
    listed[e] = 1;
    if (!due(e)) continue;
    callFrom.push(o);
    callUnits.push(x.unit[o]);
  }
  const submitted: ToVisitItem[] = [];
  ctx.pool.entries.forEach((p, k) => {
    const e = ctx.pool.entryEnterprise[k];
    if (p.stage !== "submitted" || listed[e] || !due(e)) return;
    const u = unitOf(e);
    callFrom.push(-1 - submitted.length);
    callUnits.push(u);
    submitted.push({
      sheet: p.sheet,
      row: p.row,
      name: p.name || nameOf(e),
      creditCode: p.creditCode,
      unit: units[u],
      reason: "submitted",
      lastContact: lastContact(e),
    });
  });
  const toVisit = callList(byUnit(callFrom, callUnits, units.length), x, submitted, units);
  for (const u of callUnits) counts[u].toVisit++;
  return {
    counts,
    toVisit,
    problems: byUnit(problems, problemUnits, units.length),
    findings,
  };
}

/**
 * The call list, made when read: `calls` holds per item its expiring item o, or -1 - j for
 * submitted[j]. A function of its own so that the item maker keeps only what it reads alive (a
 * closure keeps its whole scope: made inside analyseContacts, it would keep the roster's analysis).
 */
function callList(
  calls: number[],
  x: ExpiringColumns,
  submitted: readonly ToVisitItem[],
  units: readonly string[]
): ToVisitItem[] {
  const { texts, textAt, unit, lastContact } = x;
  return lazyList(calls.length, (j): ToVisitItem => {
    const o = calls[j];
    if (o < 0) return submitted[-1 - o];
    const k = textAt[o];
    return {
      sheet: texts.sheet(k),
      row: texts.row[k],
      name: texts.name[k],
      creditCode: texts.creditCode[k],
      unit: units[unit[o]],
      reason: "expiring",
      lastContact: lastContact[o] === NEVER ? null : lastContact[o],
    };
  });
}

/** Items by unit (table order), their order kept within a unit: a counting sort over the units. */
function byUnit<T>(items: T[], unitOf: readonly number[], unitCount: number): T[] {
  const start = new Int32Array(unitCount + 1);
  for (const u of unitOf) start[u + 1]++;
  for (let u = 0; u < unitCount; u++) start[u + 1] += start[u];
  const out = new Array<T>(items.length);
  items.forEach((item, k) => (out[start[unitOf[k]]++] = item));
  return out;
}
