/**
 * Certificate records -> the Analysis (docs/rules.md sections 2-5): identity,
 * duplicates, valid counts per unit at the as-of date and at the previous year end, net increase, the
 * expiring list, award events and the 合计 row. Records come as a column table (RecordTable), per-enterprise
 * state lives in typed arrays and each enterprise's rows in a linked list, so a million rows cost a few
 * linear passes and no per-row objects.
 */
import { yearProgress } from "./progress";
import { AwardColumns, byDate } from "./awardColumns";
import { lastValidDay } from "../enterprise/certificate";
import { addMonths, serialFromYmd, yearOfSerial } from "../core/dates";
import { Enterprises, NONE, type EnterpriseStep } from "../enterprise/enterprises";
import { sortByUnitDayName } from "./expiringOrder";
import { forecastBasis, measureRenewal, unitForecast } from "../pool/forecast";
import { analyseContacts, noContacts, type ExpiringColumns } from "../contacts/analyseContacts";
import { contactText } from "../contacts/contactMessages";
import { withoutRepeatedVisits } from "../contacts/repeatedVisits";
import type { ContactRow } from "../contacts/readContactSheet";
import { joinIdentities } from "../enterprise/identity";
import type { PoolRow } from "../pool/readPoolSheet";
import { analysePool, noPool } from "../pool/analysePool";
import { awardAmount } from "../settings/awardRules";
import {
  duplicateFinding,
  noRelocationAward,
  stageLapsed,
  withTakeOverNotes,
} from "./enterpriseFindings";
import { NO_SERIAL, RecordTable } from "../enterprise/recordTable";
import { Scratch } from "../core/scratch";
import { lazyList } from "../core/lazyList";
import { RowTexts } from "../enterprise/rowTexts";
import { targetFor } from "../targets/targetTable";
import type {
  Analysis,
  AwardEvent,
  AwardType,
  LapsedStage,
  CertRecord,
  ExpiringItem,
  Finding,
  ForecastBasis,
  Serial,
  Settings,
  SheetSummary,
  TargetTable,
  UnitRow,
} from "../core/types";
import { OTHER_UNIT, TOTAL_LABEL } from "../enterprise/units";
import type { RowChecks } from "./rowChecks";

export interface AnalyseOptions {
  asOf: Serial;
  settings: Settings;
  targets: TargetTable;
  /** Findings gathered before the analysis (roster, targets, pool sheets). */
  findings?: Finding[];
  sheets?: SheetSummary[];
  /** Rows of the workbook's pool sheets (培育库), in reading order. */
  pool?: readonly PoolRow[];
  /** Rows of the workbook's contact sheets (走访记录), in reading order. */
  contacts?: readonly ContactRow[];
  /**
   * Called as each step of the analysis ends, with its name: lets a benchmark time the steps apart, so
   * that a host's stalls in one step do not hide what the others cost.
   */
  onStep?: (step: AnalysisStep) => void;
  /**
   * Only the units' and the total's counts: valid (now and at the previous year end), net increase,
   * target, gap, completion and the expiring count. The lists, awards, pool, forecast, contacts and
   * findings are left empty: what a comparison date (the bulletin's 较上期) shows, at a fraction of the
   * time (the lists are most of an analysis).
   */
  countsOnly?: boolean;
  /** Checks across files read as one (docs/rules.md section 12): their findings join the analysis's. */
  checks?: RowChecks;
}

/** The steps of an analysis, in the order they run. */
export type AnalysisStep =
  | EnterpriseStep
  | "latest"
  | "counts"
  | "progress"
  | "expiring"
  | "awards"
  | "forecast"
  | "contacts"
  | "findings";

/** Records in reading order (by seq); the input itself when it already is. */
function inReadingOrder(records: CertRecord[]): CertRecord[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i].seq < records[i - 1].seq) return records.slice().sort((a, b) => a.seq - b.seq);
  }
  return records;
}

/** Whether a table's rows are in reading order. */
function tableInOrder(t: RecordTable): boolean {
  for (let i = 1; i < t.length; i++) if (t.seqAt(i) < t.seqAt(i - 1)) return false;
  return true;
}

/**
 * Earlier findings and the analysis's, in reading order: sheets in workbook order, then rows (whole-sheet
 * findings first), earlier findings before the analysis's on the same row. Both lists usually come in
 * that order already, so they are merged; otherwise sorted.
 */
function orderFindings(earlier: Finding[], own: Finding[], sheetOrder: string[]): Finding[] {
  const rank = new Map<string, number>();
  for (const s of sheetOrder) if (!rank.has(s)) rank.set(s, rank.size);
  // Findings come in runs of one sheet: the last sheet's rank is kept rather than looked up each time.
  let lastSheet: string | null = null;
  let lastRank = 0;
  const rankOf = (sheet: string): number => {
    if (sheet !== lastSheet) {
      lastSheet = sheet;
      let r = rank.get(sheet);
      if (r === undefined) rank.set(sheet, (r = rank.size));
      lastRank = r;
    }
    return lastRank;
  };
  // Sheets not in the workbook's order rank after it, in the order their findings come.
  for (const list of [earlier, own]) for (const f of list) rankOf(f.sheet);
  const cmp = (a: Finding, b: Finding): number =>
    rankOf(a.sheet) - rankOf(b.sheet) || a.row - b.row;
  const inOrder = (list: Finding[]): boolean => {
    for (let i = 1; i < list.length; i++) if (cmp(list[i - 1], list[i]) > 0) return false;
    return true;
  };
  if (own.length === 0 && inOrder(earlier)) return earlier.slice();
  if (inOrder(earlier) && inOrder(own)) {
    const out: Finding[] = [];
    let a = 0;
    let b = 0;
    while (a < earlier.length && b < own.length)
      out.push(cmp(earlier[a], own[b]) <= 0 ? earlier[a++] : own[b++]);
    while (a < earlier.length) out.push(earlier[a++]);
    while (b < own.length) out.push(own[b++]);
    return out;
  }
  // Array.prototype.sort is stable: ties keep earlier findings first.
  return [...earlier, ...own].sort(cmp);
}

function unitRow(unit: string, target: number | null): UnitRow {
  return {
    unit,
    target,
    valid: 0,
    gap: null,
    completion: null,
    validPrevYearEnd: 0,
    netIncrease: 0,
    expiring: 0,
    awards: 0,
    pool: noPool(),
    forecast: { dropping: 0, renewed: 0, new: 0, value: 0, gap: null, needed: null },
    contacts: noContacts(),
  };
}

function finishRow(row: UnitRow): void {
  row.netIncrease = row.valid - row.validPrevYearEnd;
  row.gap = row.target === null ? null : row.target - row.valid;
  row.completion = row.target === null || row.target === 0 ? null : row.valid / row.target;
}

/**
 * The whole Analysis of a workbook's certificate records at the as-of date. Records come as a table (what
 * the roster reader fills) or as CertRecord objects; objects get their identity `key` filled in.
 */
export function analyse(input: CertRecord[] | RecordTable, opts: AnalyseOptions): Analysis {
  if (input instanceof RecordTable) {
    if (tableInOrder(input)) return analyseTable(input, opts);
    return analyse(input.toRecords(), opts);
  }
  const records = inReadingOrder(input);
  const table = RecordTable.fromRecords(records);
  try {
    return analyseTable(table, opts, (keyOf) => records.forEach((r, i) => (r.key = keyOf(i))));
  } finally {
    // Made here for this analysis alone: its columns go to the next one.
    table.release();
  }
}

/** Slots of the last-valid-day cache: more than a decade of issue days. */
const LAST_VALID_CACHE = 4096;

/**
 * analyse over a table in reading order. The working arrays come from one Scratch, given back when the
 * analysis is made: `withKeys` is called before that with each row's identity key, which reads them.
 */
function analyseTable(
  t: RecordTable,
  opts: AnalyseOptions,
  withKeys?: (keyOf: (row: number) => string) => void
): Analysis {
  const scratch = new Scratch();
  try {
    return analyseIn(scratch, t, opts, withKeys);
  } finally {
    scratch.release();
  }
}

function analyseIn(
  scratch: Scratch,
  t: RecordTable,
  opts: AnalyseOptions,
  withKeys?: (keyOf: (row: number) => string) => void
): Analysis {
  const { asOf, settings, targets } = opts;
  const step = opts.onStep ?? ((): void => {});
  const n = t.length;
  const { issue: issueOf, moveIn: moveInOf } = t;
  const year = yearOfSerial(asOf);
  const yearStart = serialFromYmd(year, 1, 1);
  const prevYearEnd = yearStart - 1;
  const yearEnd = serialFromYmd(year, 12, 31);

  // Units: the table's order, 其他 always present; the record table's unit ids mapped onto them once.
  const units = targets.units.slice();
  if (!units.includes(OTHER_UNIT)) units.push(OTHER_UNIT);
  const otherIndex = units.indexOf(OTHER_UNIT);
  const rowOfUnitId = Int32Array.from(t.unitNames, (u) => {
    const k = units.indexOf(u);
    return k >= 0 ? k : otherIndex;
  });
  const unitOf = (i: number): number => rowOfUnitId[t.unit[i]];
  const rows = units.map((u) => unitRow(u, targetFor(targets, u, year)));

  // Last valid days by issue day: a small direct-mapped cache (issue days repeat; a Map lookup per
  // enterprise costs more than the two array reads).
  const cachedIssue = new Int32Array(LAST_VALID_CACHE).fill(NO_SERIAL);
  const cachedLastValid = new Int32Array(LAST_VALID_CACHE);
  const lastValid = (issue: Serial): Serial => {
    const slot = issue & (LAST_VALID_CACHE - 1);
    if (cachedIssue[slot] !== issue) {
      cachedIssue[slot] = issue;
      cachedLastValid[slot] = lastValidDay(issue, settings.validityEnd);
    }
    return cachedLastValid[slot];
  };

  // Identity, each enterprise's rows, duplicates and per-enterprise facts.
  const ent = new Enterprises(t, step, scratch);
  const { count, enterpriseOf, duplicate, minIssue } = ent;
  withKeys?.((i) => ent.keyOf(enterpriseOf[i]));
  const analysisFindings = ent.takenOver.map((took) => duplicateFinding(t, took));
  const { atLater: latestAtAsOf, atEarlier: latestAtPrev } = ent.latestAll(asOf, prevYearEnd);
  step("latest");

  // Valid counts at as-of and at the previous year end; the expiring list (its rows, sorted below).
  const rolling = settings.expiring.mode === "rolling";
  // Per unit: enterprises valid at A whose last valid day falls after A in A's year (the forecast's `dropping`).
  const dropping = new Int32Array(units.length);
  const listedRows: number[] = [];
  const listedLastValid: number[] = [];
  for (let e = 0; e < count; e++) {
    const p = latestAtPrev[e];
    if (
      p !== NONE &&
      ent.revokedFrom(e, issueOf[p]) > prevYearEnd &&
      lastValid(issueOf[p]) >= prevYearEnd &&
      ent.inDistrict(e, prevYearEnd)
    ) {
      rows[unitOf(p)].validPrevYearEnd++;
    }
    const a = latestAtAsOf[e];
    if (a === NONE || ent.revokedFrom(e, issueOf[a]) <= asOf) continue;
    const lv = lastValid(issueOf[a]);
    // Calendar year: last valid day in the as-of year. Rolling: within N days, plus those expired this year.
    const listed = rolling
      ? lv >= yearStart && lv <= asOf + settings.expiring.days
      : lv >= yearStart && lv <= yearEnd;
    if (lv < asOf && !listed) continue;
    if (!ent.inDistrict(e, asOf)) continue;
    const u = unitOf(a);
    if (lv >= asOf) {
      rows[u].valid++;
      if (lv > asOf && lv <= yearEnd) dropping[u]++;
    }
    if (listed) {
      rows[u].expiring++;
      listedRows.push(a);
      listedLastValid.push(lv);
    }
  }
  step("counts");
  if (opts.countsOnly) return countsAnalysis(opts, year, rows, opts.sheets ?? summariseSheets(t));
  const unitTargets = rows.map((r) => r.target);
  const { progress, falls } = yearProgress({
    t,
    ent,
    latestAtAsOf,
    asOf,
    lastValid,
    units,
    unitOfRow: unitOf,
    targets: unitTargets,
    totalTarget: unitTargets.reduce<number | null>(
      (sum, x) => (x === null ? sum : (sum ?? 0) + x),
      null
    ),
  });
  step("progress");
  const { items: expiring, columns: expiringColumns } = expiringList(
    t,
    enterpriseOf,
    listedRows,
    listedLastValid,
    unitOf,
    units,
    asOf,
    scratch
  );
  step("expiring");

  // Award events dated in the as-of year up to the as-of date, made in reading order.
  const events = new AwardColumns();
  const lapsed: LapsedStage[] = [];
  const eventAt = (
    i: number,
    type: AwardType,
    date: Serial,
    unit: number,
    amount: number,
    stage?: number
  ): AwardEvent => {
    const event: AwardEvent = {
      sheet: t.sheetNames[t.sheet[i]],
      row: t.row[i],
      name: t.name[i],
      creditCode: ent.codeShown(i),
      certNo: t.certNo[i],
      unit: units[unit],
      type,
      date,
      amount,
    };
    if (stage !== undefined)
      Object.assign(event, { stage: stage + 1, stages: settings.awards.relocationStages.length });
    return event;
  };
  const addEvent = (
    i: number,
    type: AwardType,
    date: Serial,
    unit: number,
    amount: number,
    stage?: number
  ): void => {
    events.add(i, type, date, unit, amount, stage);
    rows[unit].awards += amount;
  };
  const { window } = settings;
  const stages = settings.awards.relocationStages;
  // A relocation (docs/rules.md section 5): only of an enterprise holding a valid certificate on the move-in
  // day; eligible when the move-in falls in the window; each stage due its months later, paid only if the
  // enterprise is then still here and still valid. Findings say why an award in the window is not paid.
  const relocate = (i: number, e: number, moveIn: Serial): void => {
    const inWindow = moveIn >= window.start && moveIn <= window.end;
    if (!ent.holdsValidAt(e, moveIn, lastValid)) {
      if (inWindow) analysisFindings.push(noRelocationAward(t, i, moveIn));
      return;
    }
    for (let k = 0; k < stages.length; k++) {
      const due = addMonths(moveIn, stages[k].months);
      if (due > asOf) continue;
      const left = !ent.inDistrict(e, due);
      if (left || !ent.holdsValidAt(e, due, lastValid)) {
        if (inWindow) {
          analysisFindings.push(stageLapsed(t, i, k + 1, due, left));
          if (due >= yearStart) {
            const at = eventAt(i, "relocation", due, unitOf(ent.latestAt(e, due)), 0, k);
            lapsed.push({ ...at, lapsed: left ? "left" : "invalid" });
          }
        }
        continue;
      }
      if (due >= yearStart)
        addEvent(
          i,
          "relocation",
          due,
          unitOf(ent.latestAt(e, due)),
          inWindow ? stages[k].amount : 0,
          k
        );
    }
  };
  for (let i = 0; i < n; i++) {
    const e = enterpriseOf[i];
    const issue = issueOf[i];
    // A duplicate's certificate is the first row's: counted there, once.
    if (
      !duplicate[i] &&
      issue !== NO_SERIAL &&
      !t.inferred[i] &&
      issue >= yearStart &&
      issue <= asOf &&
      ent.inDistrict(e, issue)
    ) {
      const type = t.typeAt(i) ?? (minIssue[e] < issue ? "renewal" : "first");
      addEvent(i, type, issue, unitOf(i), awardAmount(type, issue, settings));
    }
    const moveIn = moveInOf[i];
    if (moveIn !== NO_SERIAL && moveIn <= asOf && !ent.movedInBefore(e, i, moveIn))
      relocate(i, e, moveIn);
  }
  const awards = events.list(t, ent, units, stages.length, yearStart, asOf);
  step("awards");

  // Pool and contact rows joined to the enterprises in one pass over the roster: pool rows first, so a
  // contact can join an enterprise that only the pool knows. Then a visit that another log recorded is
  // dropped, knowing which enterprise each row is.
  const poolRows = opts.pool ?? [];
  const allContacts = opts.contacts ?? [];
  const joined =
    poolRows.length + allContacts.length === 0
      ? { enterpriseOf: new Int32Array(0), count }
      : joinIdentities(t, enterpriseOf, count, [...poolRows, ...allContacts]);
  let contactRows = allContacts;
  let contactEnterprise = joined.enterpriseOf.subarray(poolRows.length);
  // A visit that two contact sheets both record counts once (the checks across files name the files).
  let kept: ArrayLike<number>;
  if (opts.checks) kept = opts.checks.rows(poolRows, allContacts, contactEnterprise);
  else {
    const visits = withoutRepeatedVisits(allContacts, contactEnterprise, (c, first) =>
      contactText.repeatedVisit(c.sheet, c.date, first)
    );
    for (const f of visits.findings) analysisFindings.push(f);
    kept = visits.kept;
  }
  if (kept.length < allContacts.length) {
    contactRows = Array.from(kept, (k) => allContacts[k]);
    contactEnterprise = Int32Array.from(kept, (k) => contactEnterprise[k]);
  }

  // The pool at A, the rates, and each unit's year-end forecast.
  const pool = analysePool(poolRows, {
    t,
    ent,
    asOf,
    year,
    yearStart,
    lastValid,
    units,
    unitOfRow: unitOf,
    enterpriseOf: joined.enterpriseOf.subarray(0, poolRows.length),
  });
  const basis = forecastBasis(
    settings.forecast,
    year,
    measureRenewal(ent, issueOf, year, lastValid)
  );
  rows.forEach((row, u) => {
    row.pool = pool.counts[u];
    row.forecast = unitForecast(row.valid, row.target, dropping[u], pool.candidates[u], basis);
  });
  step("forecast");

  const contacts = analyseContacts(contactRows, {
    t,
    ent,
    asOf,
    yearStart,
    days: settings.contacts.days,
    units,
    unitOfRow: unitOf,
    enterpriseOf: contactEnterprise,
    enterprises: joined.count,
    pool,
    expiring: expiringColumns,
    scratch,
  });
  rows.forEach((row, u) => (row.contacts = contacts.counts[u]));
  step("contacts");

  const total = totalRow(rows, dropping, pool.candidates, basis);

  const sheets = opts.sheets ?? summariseSheets(t);
  const sheetOrder = sheets.map((s) => s.sheet);
  const own = inSheetOrder(
    [
      ...analysisFindings,
      ...pool.findings,
      ...contacts.findings,
      ...(opts.checks?.findings(t, ent) ?? []),
    ],
    sheetOrder
  );
  const earlier = withTakeOverNotes(opts.findings ?? [], t, ent.takenOver);
  const findings = orderFindings(earlier, own, sheetOrder);
  step("findings");
  const analysis: Analysis = {
    asOf,
    year,
    district: settings.district,
    targets,
    units: rows,
    total,
    expiring,
    awards,
    lapsedStages: byDate(lapsed, yearStart, asOf),
    findings,
    sheets,
    forecastBasis: basis,
    pool: pool.entries,
    toVisit: contacts.toVisit,
    problems: contacts.problems,
    progress,
    falls,
  };
  return analysis;
}

/** An Analysis of the units' counts alone (AnalyseOptions.countsOnly). */
function countsAnalysis(
  opts: AnalyseOptions,
  year: number,
  rows: UnitRow[],
  sheets: SheetSummary[]
): Analysis {
  const none = new Int32Array(rows.length);
  const basis = forecastBasis(opts.settings.forecast, year, { base: 0, renewed: 0 });
  return {
    asOf: opts.asOf,
    year,
    district: opts.settings.district,
    targets: opts.targets,
    units: rows,
    total: totalRow(rows, none, none, basis),
    expiring: [],
    awards: [],
    lapsedStages: [],
    findings: [],
    sheets,
    forecastBasis: basis,
    pool: [],
    toVisit: [],
    problems: [],
    progress: [],
    falls: [],
  };
}

/**
 * The 合计 row: targets summed over units that have one, counts summed, and the total's own forecast
 * from the summed figures (its `needed` is the total's, not the sum of the units').
 */
function totalRow(
  rows: UnitRow[],
  dropping: Int32Array,
  candidates: Int32Array,
  basis: ForecastBasis
): UnitRow {
  const total = unitRow(TOTAL_LABEL, null);
  let droppingAll = 0;
  let candidatesAll = 0;
  rows.forEach((row, u) => {
    finishRow(row);
    if (row.target !== null) total.target = (total.target ?? 0) + row.target;
    total.valid += row.valid;
    total.validPrevYearEnd += row.validPrevYearEnd;
    total.expiring += row.expiring;
    total.awards += row.awards;
    for (const k of Object.keys(total.pool) as (keyof UnitRow["pool"])[])
      total.pool[k] += row.pool[k];
    for (const k of Object.keys(total.contacts) as (keyof UnitRow["contacts"])[])
      total.contacts[k] += row.contacts[k];
    droppingAll += dropping[u];
    candidatesAll += candidates[u];
  });
  finishRow(total);
  total.forecast = unitForecast(total.valid, total.target, droppingAll, candidatesAll, basis);
  return total;
}

/** Findings sorted by sheet (in `sheetOrder`; a sheet not in it after them) and row; the sort keeps ties in order. */
function inSheetOrder(findings: Finding[], sheetOrder: string[]): Finding[] {
  const rank = (sheet: string): number => {
    const k = sheetOrder.indexOf(sheet);
    return k >= 0 ? k : sheetOrder.length;
  };
  return findings.sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row);
}

/**
 * The order of the listed rows (unit, last valid day, name). Apart from expiringList so that the names'
 * reader, a closure over the table, is not made in the scope of the list's item maker, which would keep
 * the table alive for as long as the list.
 */
function expiringOrder(
  t: RecordTable,
  listed: number[],
  unitAt: Int32Array,
  lastValid: number[],
  scratch: Scratch
): Int32Array {
  return sortByUnitDayName(unitAt, lastValid, (k) => t.name[listed[k]], scratch);
}

/**
 * The expiring list sorted by unit (table order), then last valid day, then name, as columns (each
 * item's enterprise, unit and last valid day, and its row's texts copied out), and the items made from
 * them when read. The contacts step fills each item's last contact before anyone reads an item.
 */
function expiringList(
  t: RecordTable,
  enterpriseOf: Int32Array,
  listed: number[],
  lastValid: number[],
  unitOf: (i: number) => number,
  units: string[],
  asOf: Serial,
  scratch: Scratch
): { items: ExpiringItem[]; columns: ExpiringColumns } {
  const n = listed.length;
  const unitAt = new Int32Array(n);
  const enterpriseAt = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    unitAt[k] = unitOf(listed[k]);
    enterpriseAt[k] = enterpriseOf[listed[k]];
  }
  const order = expiringOrder(t, listed, unitAt, lastValid, scratch);
  // Plain loops: Array.from and Int32Array.from with a mapping function go through the iterator
  // protocol, several times slower over a hundred thousand items.
  const enterprise = new Int32Array(n);
  const unit = new Int32Array(n);
  const lastValidOf = new Int32Array(n);
  for (let o = 0; o < n; o++) {
    const k = order[o];
    enterprise[o] = enterpriseAt[k];
    unit[o] = unitAt[k];
    lastValidOf[o] = lastValid[k];
  }
  // The texts are copied in reading order (the roster's, near enough), not in the list's: read in the
  // list's order, each of a million-row table's text slots is a likely cache miss.
  const columns: ExpiringColumns = {
    enterprise,
    unit,
    lastContact: new Int32Array(n),
    texts: new RowTexts(t, listed),
    textAt: order,
  };
  const { texts, lastContact } = columns;
  const items = lazyList(n, (o): ExpiringItem => {
    const lv = lastValidOf[o];
    return texts.item(order[o], {
      unit: units[unit[o]],
      lastValid: lv,
      status: lv < asOf ? ("expired" as const) : ("expiring" as const),
      daysLeft: lv < asOf ? null : lv - asOf,
      lastContact: lastContact[o] === 0 ? null : lastContact[o],
    });
  });
  return { items, columns };
}

/** Sheet summaries from the records alone (when the caller has none): every sheet a roster. */
function summariseSheets(t: RecordTable): SheetSummary[] {
  const counts = new Int32Array(t.sheetNames.length);
  for (let i = 0; i < t.length; i++) counts[t.sheet[i]]++;
  // Sheet indexes follow the order sheets first appear in; a sheet without rows is left out.
  return t.sheetNames.flatMap((sheet, k): SheetSummary[] =>
    counts[k] > 0 ? [{ sheet, kind: "roster", headerRow: 0, records: counts[k] }] : []
  );
}
