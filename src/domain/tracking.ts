/**
 * Certificate records -> the Analysis (DOMAIN.md sections 2-5, made precise in the team spec): identity,
 * duplicates, valid counts per unit at the as-of date and at the previous year end, net increase, the
 * expiring list, award events and the 合计 row. Per-enterprise state lives in typed arrays and each
 * enterprise's rows in a linked list, so a million rows cost a few linear passes and no per-row objects.
 */
import { lastValidDay } from "./certificate";
import { serialFromYmd, yearOfSerial } from "./dates";
import { finding } from "./findings";
import { assignIdentities } from "./identity";
import { awardAmount } from "./policy";
import { targetFor } from "./targets";
import type {
  Analysis, AwardEvent, AwardType, CertRecord, ExpiringItem, Finding, Serial, Settings, SheetSummary, TargetTable, UnitRow,
} from "./types";
import { OTHER_UNIT, TOTAL_LABEL } from "./units";

export interface AnalyseOptions {
  asOf: Serial;
  settings: Settings;
  targets: TargetTable;
  /** Findings gathered before the analysis (roster, targets). */
  findings?: Finding[];
  sheets?: SheetSummary[];
}

const NONE = -1;

/** Records in reading order (by seq); the input itself when it already is. */
function inReadingOrder(records: CertRecord[]): CertRecord[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i].seq < records[i - 1].seq) return records.slice().sort((a, b) => a.seq - b.seq);
  }
  return records;
}

function duplicateFinding(r: CertRecord, first: CertRecord): Finding {
  const where = first.sheet === r.sheet ? `${first.row}` : `${first.sheet}!${first.row}`;
  return finding(r.sheet, r.row, "", "duplicate", "warning", {
    "zh-CN": `与第 ${where} 行为同一企业的同一证书（${r.certNo}）：此行不重复计算`,
    "en-US": `Same enterprise and certificate (${r.certNo}) as row ${where}: this row is not counted again`,
  });
}

/** Findings in reading order: sheets in workbook order, then rows (whole-sheet findings first). */
function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const rank = new Map<string, number>();
  for (const s of sheetOrder) if (!rank.has(s)) rank.set(s, rank.size);
  for (const f of findings) if (!rank.has(f.sheet)) rank.set(f.sheet, rank.size);
  // The reader emits findings in order, so often nothing moves: skip the sort's 100k+ wrapper objects.
  let sorted = true;
  for (let i = 1; sorted && i < findings.length; i++) {
    const a = findings[i - 1];
    const b = findings[i];
    const ds = (rank.get(a.sheet) as number) - (rank.get(b.sheet) as number);
    sorted = ds < 0 || (ds === 0 && a.row <= b.row);
  }
  if (sorted) return findings;
  return findings
    .map((f, i) => ({ f, i, s: rank.get(f.sheet) as number }))
    .sort((a, b) => a.s - b.s || a.f.row - b.f.row || a.i - b.i)
    .map((x) => x.f);
}

function unitRow(unit: string, target: number | null): UnitRow {
  return { unit, target, valid: 0, gap: null, completion: null, validPrevYearEnd: 0, netIncrease: 0, expiring: 0, awards: 0 };
}

function finishRow(row: UnitRow): void {
  row.netIncrease = row.valid - row.validPrevYearEnd;
  row.gap = row.target === null ? null : row.target - row.valid;
  row.completion = row.target === null || row.target === 0 ? null : row.valid / row.target;
}

/** The whole Analysis of a workbook's certificate records at the as-of date. */
export function analyse(input: CertRecord[], opts: AnalyseOptions): Analysis {
  const { asOf, settings, targets } = opts;
  const records = inReadingOrder(input);
  const n = records.length;
  const year = yearOfSerial(asOf);
  const yearStart = serialFromYmd(year, 1, 1);
  const prevYearEnd = yearStart - 1;
  const yearEnd = serialFromYmd(year, 12, 31);

  // Units: the table's order, 其他 always present.
  const units = targets.units.slice();
  if (!units.includes(OTHER_UNIT)) units.push(OTHER_UNIT);
  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => unitIndex.set(u, i));
  const otherIndex = unitIndex.get(OTHER_UNIT) as number;
  const unitOf = (r: CertRecord): number => unitIndex.get(r.unit) ?? otherIndex;
  const rows = units.map((u) => unitRow(u, targetFor(targets, u, year)));

  const lastValidCache = new Map<number, number>();
  const lastValid = (issue: Serial): Serial => {
    let lv = lastValidCache.get(issue);
    if (lv === undefined) lastValidCache.set(issue, (lv = lastValidDay(issue, settings.validityEnd)));
    return lv;
  };

  // Identity, and each enterprise's rows as a linked list in reading order.
  const { enterpriseOf, count } = assignIdentities(records);
  const head = new Int32Array(count).fill(NONE);
  const tail = new Int32Array(count).fill(NONE);
  const next = new Int32Array(n).fill(NONE);
  const rowsOf = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    const e = enterpriseOf[i];
    if (head[e] === NONE) head[e] = i;
    else next[tail[e]] = i;
    tail[e] = i;
    rowsOf[e]++;
  }

  // Duplicates: a certificate number seen earlier in the same enterprise.
  const duplicate = new Uint8Array(n);
  const analysisFindings: Finding[] = [];
  for (let e = 0; e < count; e++) {
    if (rowsOf[e] < 2) continue;
    for (let j = next[head[e]]; j !== NONE; j = next[j]) {
      const cert = records[j].certNo;
      if (cert === "") continue;
      for (let i = head[e]; i !== j; i = next[i]) {
        if (!duplicate[i] && records[i].certNo === cert) {
          duplicate[j] = 1;
          analysisFindings.push(duplicateFinding(records[j], records[i]));
          break;
        }
      }
    }
  }

  // Per enterprise: earliest issue, latest certificate at as-of and at the previous year end, moves, revocation.
  const minIssue = new Float64Array(count).fill(Infinity);
  const latestAtAsOf = new Int32Array(count).fill(NONE);
  const latestAtPrev = new Int32Array(count).fill(NONE);
  const revokedAt = new Float64Array(count).fill(Infinity);
  const moves = new Uint8Array(count);
  for (let i = 0; i < n; i++) {
    if (duplicate[i]) continue;
    const r = records[i];
    const e = enterpriseOf[i];
    if (r.moveIn !== null || r.moveOut !== null) moves[e] = 1;
    if (r.revoked !== null && r.revoked < revokedAt[e]) revokedAt[e] = r.revoked;
    const issue = r.issue;
    if (issue === null) continue;
    if (issue < minIssue[e]) minIssue[e] = issue;
    if (issue <= asOf) {
      const l = latestAtAsOf[e];
      if (l === NONE || issue >= (records[l].issue as number)) latestAtAsOf[e] = i;
      if (issue <= prevYearEnd) {
        const p = latestAtPrev[e];
        if (p === NONE || issue >= (records[p].issue as number)) latestAtPrev[e] = i;
      }
    }
  }

  /** In the district at `d` (team spec: the latest move on or before d decides; else the earliest move). */
  const inDistrict = (e: number, d: Serial): boolean => {
    if (!moves[e]) return true;
    let latest = -Infinity;
    let latestIn = true;
    let earliest = Infinity;
    let earliestIn = false;
    for (let i = head[e]; i !== NONE; i = next[i]) {
      if (duplicate[i]) continue;
      const { moveIn, moveOut } = records[i];
      // Within a row a move-out follows its move-in; across rows the later row wins a tie.
      if (moveIn !== null) {
        if (moveIn <= d && moveIn >= latest) { latest = moveIn; latestIn = true; }
        if (moveIn < earliest) { earliest = moveIn; earliestIn = true; }
      }
      if (moveOut !== null) {
        if (moveOut <= d && moveOut >= latest) { latest = moveOut; latestIn = false; }
        if (moveOut < earliest) { earliest = moveOut; earliestIn = false; }
      }
    }
    return latest > -Infinity ? latestIn : !earliestIn;
  };

  /** The latest non-duplicate certificate of `e` issued on or before `d`, or NONE. */
  const latestAt = (e: number, d: Serial): number => {
    let best = NONE;
    for (let i = head[e]; i !== NONE; i = next[i]) {
      const issue = records[i].issue;
      if (duplicate[i] || issue === null || issue > d) continue;
      if (best === NONE || issue >= (records[best].issue as number)) best = i;
    }
    return best;
  };

  // Valid counts at as-of and at the previous year end; the expiring list.
  const rolling = settings.expiring.mode === "rolling";
  const expiring: ExpiringItem[] = [];
  for (let e = 0; e < count; e++) {
    const p = latestAtPrev[e];
    if (p !== NONE && revokedAt[e] > prevYearEnd && lastValid(records[p].issue as number) >= prevYearEnd && inDistrict(e, prevYearEnd)) {
      rows[unitOf(records[p])].validPrevYearEnd++;
    }
    const a = latestAtAsOf[e];
    if (a === NONE || revokedAt[e] <= asOf) continue;
    const r = records[a];
    const lv = lastValid(r.issue as number);
    // Calendar year: last valid day in the as-of year. Rolling: within N days, plus those expired this year.
    const listed = rolling ? lv >= yearStart && lv <= asOf + settings.expiring.days : lv >= yearStart && lv <= yearEnd;
    if (lv < asOf && !listed) continue;
    if (!inDistrict(e, asOf)) continue;
    const u = unitOf(r);
    if (lv >= asOf) rows[u].valid++;
    if (listed) {
      rows[u].expiring++;
      expiring.push({
        sheet: r.sheet, row: r.row, name: r.name, creditCode: r.creditCode, certNo: r.certNo, unit: units[u], lastValid: lv,
        status: lv < asOf ? "expired" : "expiring", daysLeft: lv < asOf ? null : lv - asOf,
      });
    }
  }
  expiring.sort(
    (x, y) => (unitIndex.get(x.unit) as number) - (unitIndex.get(y.unit) as number) || x.lastValid - y.lastValid || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
  );

  // Award events dated in the as-of year up to the as-of date.
  const events: { event: AwardEvent; seq: number; unit: number }[] = [];
  const addEvent = (r: CertRecord, type: AwardType, date: Serial, unit: number): void => {
    const event: AwardEvent = { sheet: r.sheet, row: r.row, name: r.name, unit: units[unit], type, date, amount: awardAmount(type, date, settings) };
    events.push({ event, seq: r.seq, unit });
  };
  for (let i = 0; i < n; i++) {
    if (duplicate[i]) continue;
    const r = records[i];
    const e = enterpriseOf[i];
    const issue = r.issue;
    if (issue !== null && !r.issueInferred && issue >= yearStart && issue <= asOf && inDistrict(e, issue)) {
      addEvent(r, r.type ?? (minIssue[e] < issue ? "renewal" : "first"), issue, unitOf(r));
    }
    const moveIn = r.moveIn;
    if (moveIn !== null && moveIn >= yearStart && moveIn <= asOf) {
      let seen = false;
      for (let k = head[e]; k !== i; k = next[k]) if (!duplicate[k] && records[k].moveIn === moveIn) seen = true;
      const c = seen ? NONE : latestAt(e, moveIn);
      if (c !== NONE && lastValid(records[c].issue as number) >= moveIn) addEvent(r, "relocation", moveIn, unitOf(records[c]));
    }
  }
  events.sort((x, y) => x.event.date - y.event.date || x.seq - y.seq);
  for (const ev of events) rows[ev.unit].awards += ev.event.amount;

  // The 合计 row: targets summed over units that have one.
  const total = unitRow(TOTAL_LABEL, null);
  for (const row of rows) {
    finishRow(row);
    if (row.target !== null) total.target = (total.target ?? 0) + row.target;
    total.valid += row.valid;
    total.validPrevYearEnd += row.validPrevYearEnd;
    total.expiring += row.expiring;
    total.awards += row.awards;
  }
  finishRow(total);

  const sheets = opts.sheets ?? summariseSheets(records);
  const findings = sortFindings([...(opts.findings ?? []), ...analysisFindings], sheets.map((s) => s.sheet));
  return {
    asOf, year, district: settings.district, targets, units: rows, total, expiring,
    awards: events.map((x) => x.event), findings, sheets,
  };
}

/** Sheet summaries from the records alone (when the caller has none): every sheet a roster. */
function summariseSheets(records: CertRecord[]): SheetSummary[] {
  const out: SheetSummary[] = [];
  const bySheet = new Map<string, SheetSummary>();
  for (const r of records) {
    let s = bySheet.get(r.sheet);
    if (!s) {
      s = { sheet: r.sheet, kind: "roster", headerRow: 0, records: 0 };
      bySheet.set(r.sheet, s);
      out.push(s);
    }
    s.records++;
  }
  return out;
}
