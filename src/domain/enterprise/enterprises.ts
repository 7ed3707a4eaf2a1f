/**
 * A record table grouped by enterprise (docs/rules.md sections 2-3): each
 * enterprise's rows as a linked list in reading order, duplicate rows marked, and the per-enterprise
 * facts the counts need (earliest issue, latest certificate at two dates, moves, revocation). Everything
 * lives in typed arrays, one pass per method, so a million rows make no per-row objects and each pass
 * is compiled on its own.
 */
import { identifyTable } from "./identity";
import { CODE_WORDS } from "./packedCode";
import { NO_SERIAL, type RecordTable } from "./recordTable";
import { Scratch } from "../core/scratch";
import type { Serial } from "../core/types";

/** No row. */
export const NONE = -1;
/** The steps of grouping rows by enterprise, in the order they run. */
export type EnterpriseStep = "identify" | "link" | "duplicates" | "summarise";

/**
 * What a duplicate row (`row`) brought to the enterprise beyond the certificate it repeats (`first`):
 * the facts the first row lacked, now written into it, and its own move and revocation dates, which
 * belong to the enterprise wherever they stand (docs/rules.md section 2).
 */
export interface TakenOver {
  row: number;
  first: number;
  unit: boolean;
  creditCode: boolean;
  issue: boolean;
  type: boolean;
  moveIn: boolean;
  moveOut: boolean;
  revoked: boolean;
}

/** Rows of one enterprise compared pairwise for duplicates; more are looked up by number. */
const FEW_ROWS = 32;

/** Later than any serial (the largest is 2,958,465): "none yet" in a minimum. */
const NO_LATER = 0x7fffffff;

export class Enterprises {
  readonly count: number;
  /** Enterprise of each row, numbered in order of first appearance. */
  readonly enterpriseOf: Int32Array;
  /** "C:" + credit code or "N:" + normalised name of an enterprise. */
  readonly keyOf: (enterprise: number) => string;
  /** First row of each enterprise; next row of the same enterprise after each row (NONE at the end). */
  readonly head: Int32Array;
  readonly next: Int32Array;
  /** 1 for a row repeating an earlier row's certificate in the same enterprise (not counted). */
  readonly duplicate: Uint8Array;
  /** Duplicate row -> the earlier row it repeats, in reading order of the duplicates. */
  readonly duplicates: Map<number, number>;
  /** What each duplicate row brought, in the order of `duplicates`. */
  readonly takenOver: TakenOver[];
  /** Per enterprise, over its non-duplicate rows. */
  readonly minIssue: Int32Array;
  /** Earliest revocation of any row; null when the table has no revocations (no column to allocate). */
  private readonly revokedAt: Int32Array | null;
  readonly moves: Uint8Array;

  /**
   * The credit code to show for row i: its own, else the code its enterprise is known by (another of its
   * rows gave it); "" for an enterprise known by name.
   */
  codeShown(i: number): string {
    const own = this.t.creditCode[i];
    if (own !== "") return own;
    const key = this.keyOf(this.enterpriseOf[i]);
    return key.startsWith("C:") ? key.slice(2) : "";
  }

  /**
   * `onStep` is called as each step ends (see AnalyseOptions.onStep). The arrays come from `scratch`:
   * this object is of no use after its release.
   */
  constructor(
    private readonly t: RecordTable,
    onStep: (step: EnterpriseStep) => void = () => {},
    private readonly scratch = new Scratch()
  ) {
    const ids = identifyTable(t, scratch);
    onStep("identify");
    this.count = ids.count;
    this.enterpriseOf = ids.enterpriseOf;
    this.keyOf = ids.keyOf;
    this.head = scratch.int32(this.count).fill(NONE);
    this.next = scratch.int32(t.length);
    const shared = this.link();
    onStep("link");
    this.duplicate = scratch.uint8(t.length);
    this.duplicates = this.markDuplicates(shared);
    this.takenOver = [...this.duplicates].map(([row, first]) => this.takeOver(row, first));
    onStep("duplicates");
    this.minIssue = scratch.int32(this.count).fill(NO_LATER);
    this.revokedAt = t.revoked === null ? null : scratch.int32(this.count).fill(NO_LATER);
    this.moves = scratch.uint8(this.count);
    this.summarise();
    onStep("summarise");
  }

  /**
   * Links each enterprise's rows; returns the enterprises with more than one row. Rows are visited
   * from the last, so each row's next is its enterprise's row seen just before and head ends at the
   * first row: no tail array.
   */
  private link(): number[] {
    const { enterpriseOf, head, next } = this;
    const shared: number[] = [];
    for (let i = enterpriseOf.length - 1; i >= 0; i--) {
      const e = enterpriseOf[i];
      const later = head[e];
      // `later` is the enterprise's last row exactly when this is its second row from the end.
      if (later !== NONE && next[later] === NONE) shared.push(e);
      next[i] = later;
      head[e] = i;
    }
    return shared;
  }

  /**
   * A certificate number seen earlier in the same enterprise. Only enterprises with several rows are
   * visited: most have one, and visiting those would be a scattered read each. Their few rows' numbers
   * are compared as text, which costs no more than comparing stored hashes would (either is a far read);
   * an enterprise of many rows (one name on every row of a sheet) is looked up by number instead, as
   * comparing each row with all before it would take hours for a few hundred thousand rows.
   */
  private markDuplicates(shared: number[]): Map<number, number> {
    const firstOf = new Map<number, number>();
    for (const e of shared) {
      if (!this.markFew(e, firstOf)) this.markMany(e, firstOf);
    }
    return new Map([...firstOf].sort((a, b) => a[0] - b[0]));
  }

  /** markDuplicates for an enterprise of at most FEW_ROWS rows; false, marking nothing, for more. */
  private markFew(e: number, firstOf: Map<number, number>): boolean {
    const { head, next, duplicate } = this;
    const { certNo } = this.t;
    let rows = 0;
    for (let j = head[e]; j !== NONE; j = next[j]) if (++rows > FEW_ROWS) return false;
    for (let j = next[head[e]]; j !== NONE; j = next[j]) {
      const cert = certNo[j];
      if (cert === "") continue;
      for (let i = head[e]; i !== j; i = next[i]) {
        if (!duplicate[i] && certNo[i] === cert) {
          duplicate[j] = 1;
          firstOf.set(j, i);
          break;
        }
      }
    }
    return true;
  }

  /** markDuplicates for an enterprise of many rows: a number's first row is the one repeated. */
  private markMany(e: number, firstOf: Map<number, number>): void {
    const { head, next, duplicate } = this;
    const { certNo } = this.t;
    const seen = new Map<string, number>();
    for (let j = head[e]; j !== NONE; j = next[j]) {
      const cert = certNo[j];
      if (cert === "") continue;
      const first = seen.get(cert);
      if (first === undefined) seen.set(cert, j);
      else {
        duplicate[j] = 1;
        firstOf.set(j, first);
      }
    }
  }

  /**
   * A duplicate row's contribution: a unit, credit code, issue date or type that the first row lacks is
   * written into the first row (so the one certificate carries it); its move and revocation dates stay
   * on its own row, where every method below reads them.
   */
  private takeOver(row: number, first: number): TakenOver {
    const t = this.t;
    const took: TakenOver = {
      row,
      first,
      unit: false,
      creditCode: false,
      issue: false,
      type: false,
      moveIn: t.moveIn[row] !== NO_SERIAL,
      moveOut: t.moveOut[row] !== NO_SERIAL,
      revoked: t.revoked !== null && t.revoked[row] !== NO_SERIAL,
    };
    if (t.rawUnitId[first] === 0 && t.rawUnitId[row] !== 0) {
      t.unit[first] = t.unit[row];
      t.rawUnitId[first] = t.rawUnitId[row];
      took.unit = true;
    }
    if (t.creditCode[first] === "" && t.creditCode[row] !== "") {
      t.creditCode[first] = t.creditCode[row];
      t.codeHash[first] = t.codeHash[row];
      t.codeWords.copyWithin(first * CODE_WORDS, row * CODE_WORDS, (row + 1) * CODE_WORDS);
      took.creditCode = true;
    }
    if (
      (t.issue[first] === NO_SERIAL || t.inferred[first]) &&
      t.issue[row] !== NO_SERIAL &&
      !t.inferred[row]
    ) {
      t.issue[first] = t.issue[row];
      t.inferred[first] = 0;
      took.issue = true;
    }
    if (t.type[first] === 0 && t.type[row] !== 0) {
      t.type[first] = t.type[row];
      took.type = true;
    }
    return took;
  }

  private summarise(): void {
    const { enterpriseOf, duplicate, minIssue, revokedAt, moves } = this;
    const { issue: issueOf, moveIn, moveOut, revoked: revokedOf } = this.t;
    for (let i = 0; i < enterpriseOf.length; i++) {
      const e = enterpriseOf[i];
      // A duplicate's moves and revocation are the enterprise's; its certificate is counted once, in the first row.
      if (moveIn[i] !== NO_SERIAL || moveOut[i] !== NO_SERIAL) moves[e] = 1;
      if (revokedOf !== null && revokedAt !== null) {
        const revoked = revokedOf[i];
        if (revoked !== NO_SERIAL && revoked < revokedAt[e]) revokedAt[e] = revoked;
      }
      if (duplicate[i]) continue;
      const issue = issueOf[i];
      if (issue !== NO_SERIAL && issue < minIssue[e]) minIssue[e] = issue;
    }
  }

  /**
   * Per enterprise, its latest non-duplicate certificate issued on or before `later`, and on or before
   * `earlier` (<= later), in one pass; NONE when none.
   */
  latestAll(later: Serial, earlier: Serial): { atLater: Int32Array; atEarlier: Int32Array } {
    const { enterpriseOf, duplicate } = this;
    const issueOf = this.t.issue;
    const atLater = this.scratch.int32(this.count).fill(NONE);
    const atEarlier = this.scratch.int32(this.count).fill(NONE);
    for (let i = 0; i < enterpriseOf.length; i++) {
      const issue = issueOf[i];
      if (duplicate[i] || issue === NO_SERIAL || issue > later) continue;
      const e = enterpriseOf[i];
      const l = atLater[e];
      if (l === NONE || issue >= issueOf[l]) atLater[e] = i;
      if (issue > earlier) continue;
      const p = atEarlier[e];
      if (p === NONE || issue >= issueOf[p]) atEarlier[e] = i;
    }
    return { atLater, atEarlier };
  }

  /**
   * When the qualification of `e`'s certificate issued on `issue` was revoked: the earliest revocation
   * that reaches it, or a day later than any when none does. A revocation ends the qualification held
   * when it was made: the certificates issued on or before it, and always its own row's certificate (a
   * 取消年度 reads as 1 January, before a certificate of that year). A certificate issued after it, on
   * another row, is a new qualification (重新认定 after 取消) and counts again.
   */
  revokedFrom(e: number, issue: Serial): Serial {
    if (this.revokedAt === null) return NO_LATER;
    const earliest = this.revokedAt[e];
    if (earliest >= issue) return earliest;
    // Rare: a revocation before this certificate was issued; it reaches it only from a row whose own
    // certificate is this one or a later one.
    const { next, duplicates } = this;
    const { issue: issueOf } = this.t;
    const revokedOf = this.t.revoked as Int32Array;
    let best = NO_LATER;
    for (let i = this.head[e]; i !== NONE; i = next[i]) {
      const r = revokedOf[i];
      if (r === NO_SERIAL || r >= best) continue;
      const own = issueOf[duplicates.get(i) ?? i];
      if (r >= issue || own >= issue) best = r;
    }
    return best;
  }

  /** The latest non-duplicate certificate of `e` issued on or before `d`, or NONE. */
  latestAt(e: number, d: Serial): number {
    const { next, duplicate } = this;
    const issueOf = this.t.issue;
    let best = NONE;
    for (let i = this.head[e]; i !== NONE; i = next[i]) {
      const issue = issueOf[i];
      if (duplicate[i] || issue === NO_SERIAL || issue > d) continue;
      if (best === NONE || issue >= issueOf[best]) best = i;
    }
    return best;
  }

  /**
   * In the district at `d` (docs/rules.md section 2: the latest move on or before d decides; else the earliest
   * move). Every row's moves count, duplicates' included: a 迁入 sheet may repeat a company of the main list.
   */
  inDistrict(e: number, d: Serial): boolean {
    if (!this.moves[e]) return true;
    const { next } = this;
    const { moveIn: moveInOf, moveOut: moveOutOf } = this.t;
    let latest = -Infinity;
    let latestIn = true;
    let earliest = Infinity;
    let earliestIn = false;
    for (let i = this.head[e]; i !== NONE; i = next[i]) {
      const moveIn = moveInOf[i];
      const moveOut = moveOutOf[i];
      // Within a row a move-out follows its move-in; across rows the later row wins a tie.
      if (moveIn !== NO_SERIAL) {
        if (moveIn <= d && moveIn >= latest) {
          latest = moveIn;
          latestIn = true;
        }
        if (moveIn < earliest) {
          earliest = moveIn;
          earliestIn = true;
        }
      }
      if (moveOut !== NO_SERIAL) {
        if (moveOut <= d && moveOut >= latest) {
          latest = moveOut;
          latestIn = false;
        }
        if (moveOut < earliest) {
          earliest = moveOut;
          earliestIn = false;
        }
      }
    }
    return latest > -Infinity ? latestIn : !earliestIn;
  }

  /** Whether a row of `e` before row `i` moved in on `date` (a move counts once, on whichever rows it stands). */
  movedInBefore(e: number, i: number, date: Serial): boolean {
    const { next } = this;
    const moveInOf = this.t.moveIn;
    for (let k = this.head[e]; k !== i; k = next[k]) if (moveInOf[k] === date) return true;
    return false;
  }

  /** Whether `e` holds a certificate valid on `d` (issued on or before d, last valid day on or after d, not revoked by d). */
  holdsValidAt(e: number, d: Serial, lastValid: (issue: Serial) => Serial): boolean {
    const c = this.latestAt(e, d);
    if (c === NONE) return false;
    const issue = this.t.issue[c];
    return lastValid(issue) >= d && this.revokedFrom(e, issue) > d;
  }
}
