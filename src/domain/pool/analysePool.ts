/**
 * The pool at the as-of date (docs/rules.md section 8): each pool row joined to its enterprise (by the
 * identity module, beforehand), its stage derived (recognised while it holds a valid certificate, else the cell's),
 * its unit (the cell's, else its roster enterprise's, else 其他), counted once per enterprise; findings
 * for stale stage cells, blank units that nothing fills, and repeated rows.
 */
import { isoFromSerial } from "../core/dates";
import { NONE, type Enterprises } from "../enterprise/enterprises";
import { finding } from "../core/findings";
import type { PoolRow } from "./readPoolSheet";
import { poolText } from "./poolMessages";
import type { RecordTable } from "../enterprise/recordTable";
import type { Finding, PoolCounts, PoolEntry, Serial } from "../core/types";
import { OTHER_UNIT } from "../enterprise/units";

/** What the pool needs from the roster's analysis. */
export interface PoolContext {
  t: RecordTable;
  ent: Enterprises;
  asOf: Serial;
  year: number;
  yearStart: Serial;
  lastValid: (issue: Serial) => Serial;
  /** The analysis's units, in table order (其他 included). */
  units: string[];
  /** The index in `units` of a roster row's unit. */
  unitOfRow: (row: number) => number;
  /** Each pool row's enterprise, as joinIdentities numbered it (roster enterprises below ent.count). */
  enterpriseOf: Int32Array;
}

export interface PoolResult {
  /** Per unit (in `units` order). */
  counts: PoolCounts[];
  /** Per unit: enterprises not recognised at A, submitted for A's year or for no year given. */
  candidates: Int32Array;
  entries: PoolEntry[];
  /** The enterprise of each entry (contacts join the same numbers). */
  entryEnterprise: number[];
  findings: Finding[];
}

/** Empty pool counts. */
export function noPool(): PoolCounts {
  return { found: 0, served: 0, submitted: 0, recognised: 0, recognisedThisYear: 0 };
}

/** The pool rows (in reading order) at the as-of date. */
export function analysePool(rows: readonly PoolRow[], ctx: PoolContext): PoolResult {
  const { t, ent, asOf, lastValid, units } = ctx;
  const counts = units.map(noPool);
  const candidates = new Int32Array(units.length);
  const entries: PoolEntry[] = [];
  const entryEnterprise: number[] = [];
  const findings: Finding[] = [];
  if (rows.length === 0) return { counts, candidates, entries, entryEnterprise, findings };

  const otherIndex = units.indexOf(OTHER_UNIT);
  const unitIndex = (unit: string): number => {
    const k = units.indexOf(unit);
    return k >= 0 ? k : otherIndex;
  };
  const firstRowOf = new Map<number, PoolRow>();
  rows.forEach((r, j) => {
    const e = ctx.enterpriseOf[j];
    const first = firstRowOf.get(e);
    if (first !== undefined) {
      findings.push(
        finding(
          r.sheet,
          r.row,
          "",
          "duplicate",
          "warning",
          poolText.repeated(first.sheet, first.row),
          r.name
        )
      );
      return;
    }
    firstRowOf.set(e, r);
    const inRoster = e < ent.count;
    const cert = inRoster ? ent.latestAt(e, asOf) : NONE;
    const issue = cert === NONE ? null : t.issue[cert];
    const recognised =
      issue !== null && lastValid(issue) >= asOf && ent.revokedFrom(e, issue) > asOf;
    const stage = recognised ? "recognised" : (r.stage ?? "found");
    if (recognised && r.stage !== null && r.stage !== "recognised") {
      findings.push(
        finding(
          r.sheet,
          r.row,
          r.stageColumn,
          "pool-stage-stale",
          "warning",
          poolText.stale(r.stage, isoFromSerial(issue), t.certNo[cert]),
          r.name
        )
      );
    }

    let u: number;
    if (r.unit !== "") u = unitIndex(r.unit);
    else if (inRoster) u = ctx.unitOfRow(cert !== NONE ? cert : ent.head[e]);
    else {
      u = otherIndex;
      findings.push(
        finding(
          r.sheet,
          r.row,
          r.unitColumn,
          "missing-unit",
          "warning",
          poolText.missingUnit(OTHER_UNIT),
          r.name
        )
      );
    }
    const c = counts[u];
    c[stage]++;
    if (recognised && issue >= ctx.yearStart) c.recognisedThisYear++;
    if (
      !recognised &&
      stage === "submitted" &&
      (r.plannedYear === null || r.plannedYear === ctx.year)
    )
      candidates[u]++;
    entryEnterprise.push(e);
    entries.push({
      sheet: r.sheet,
      row: r.row,
      name: r.name,
      creditCode: r.creditCode,
      unit: units[u],
      stage,
      statedStage: r.stage,
      plannedYear: r.plannedYear,
      stageColumn: r.stageColumn,
      certNo: recognised ? t.certNo[cert] : "",
      recognisedOn: recognised ? issue : null,
    });
  });
  return { counts, candidates, entries, entryEnterprise, findings };
}
