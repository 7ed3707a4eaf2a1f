/**
 * Where several files read as one disagree (docs/rules.md section 12), and what each file brought. The
 * rules of one workbook still decide every figure: the unit an enterprise counts under, the first row of a
 * repeated certificate. These checks only say where a file differs from the one that decided, and drop
 * a contact that two logs record (counted once).
 */
import { finding } from "../core/findings";
import type { Finding, LocalText, Serial } from "../core/types";
import type { ContactRow } from "../contacts/readContactSheet";
import { contactText } from "../contacts/contactMessages";
import { withoutRepeatedVisits } from "../contacts/repeatedVisits";
import { NONE, type Enterprises, type TakenOver } from "../enterprise/enterprises";
import { NO_SERIAL, type RecordTable } from "../enterprise/recordTable";
import type { PoolRow } from "../pool/readPoolSheet";
import type { RowChecks } from "./rowChecks";
import type { SourceMap } from "./sourceMap";
import { sourceText } from "./sourceMessages";

/** In borrowedFacts: the row's unit, or its issue date, came from a duplicate row. */
const BORROWED_UNIT = 1;
const BORROWED_ISSUE = 2;

/**
 * Per row, what a first row holds only because a duplicate brought it (enterprises.ts takeOver writes a
 * duplicate's unit or issue date into the first row): that fact stands in the duplicate's file, not in
 * the first row's, so it says nothing of what the first row's file covers. Null when nothing was taken.
 */
function borrowedFacts(rows: number, takenOver: readonly TakenOver[]): Uint8Array | null {
  if (!takenOver.some((took) => took.unit || took.issue)) return null;
  const borrowed = new Uint8Array(rows);
  for (const took of takenOver) {
    if (took.unit) borrowed[took.first] |= BORROWED_UNIT;
    if (took.issue) borrowed[took.first] |= BORROWED_ISSUE;
  }
  return borrowed;
}

/** What the checks saw of one file. */
export interface FileFacts {
  /** Canonical units its roster and pool rows name. */
  units: Set<string>;
  /** Newest issue, visit or pool-entry date on or before the as-of date; null when none. */
  newest: Serial | null;
}

/** The checks across files at `asOf`; `facts` holds, per file, what they saw (filled as they run). */
export class FileChecks implements RowChecks {
  readonly facts = new Map<string, FileFacts>();
  private readonly visitFindings: Finding[] = [];

  constructor(
    private readonly sources: SourceMap,
    private readonly asOf: Serial
  ) {
    for (const f of sources.files) this.facts.set(f, { units: new Set(), newest: null });
  }

  private factsOf(sheet: string): FileFacts | undefined {
    return this.facts.get(this.sources.fileOf(sheet));
  }

  private seen(facts: FileFacts | undefined, date: Serial | null): void {
    if (!facts || date === null || date > this.asOf) return;
    if (facts.newest === null || date > facts.newest) facts.newest = date;
  }

  rows(
    pool: readonly PoolRow[],
    contacts: readonly ContactRow[],
    enterpriseOf: ArrayLike<number>
  ): number[] {
    for (const p of pool) {
      const facts = this.factsOf(p.sheet);
      if (facts && p.unit !== "") facts.units.add(p.unit);
      this.seen(facts, p.entered);
    }
    for (const c of contacts) this.seen(this.factsOf(c.sheet), c.date);
    // A repeat names the two files, or the two sheets when one file holds both logs.
    const { kept, findings } = withoutRepeatedVisits(contacts, enterpriseOf, (c, first) => {
      const file = this.sources.fileOf(c.sheet);
      const firstFile = this.sources.fileOf(first.sheet);
      return file === firstFile
        ? contactText.repeatedVisit(c.sheet, c.date, first)
        : sourceText.visitDuplicate(file, c.date, firstFile, first);
    });
    for (const f of findings) this.visitFindings.push(f);
    return kept;
  }

  findings(t: RecordTable, ent: Enterprises): Finding[] {
    const fileOfSheet = t.sheetNames.map((s) => this.sources.fileOf(s));
    const factsOfSheet = fileOfSheet.map((f) => this.facts.get(f));
    const borrowed = borrowedFacts(t.length, ent.takenOver);
    for (let i = 0; i < t.length; i++) {
      const facts = factsOfSheet[t.sheet[i]];
      if (!facts) continue;
      const b = borrowed === null ? 0 : borrowed[i];
      if (!(b & BORROWED_UNIT) && t.rawUnitAt(i).trim() !== "")
        facts.units.add(t.unitNames[t.unit[i]]);
      // An inferred issue date (31 December of the number's year) is no date the file holds.
      if (!(b & BORROWED_ISSUE) && t.issue[i] !== NO_SERIAL && !t.inferred[i])
        this.seen(facts, t.issue[i]);
    }
    const fileOf = (i: number): string => fileOfSheet[t.sheet[i]];
    return [
      ...this.visitFindings,
      ...this.unitConflicts(t, ent, fileOf, borrowed),
      ...this.certificateConflicts(t, ent, fileOf),
    ];
  }

  private place(t: RecordTable, i: number): { sheet: string; row: number } {
    return { sheet: t.sheetNames[t.sheet[i]], row: t.row[i] };
  }

  /**
   * One kind of disagreement: for each pair of a row and the row that decided in its stead, a finding
   * on the row's `field` cell where the two come from different files and `differ` says they disagree.
   */
  private conflicts(
    t: RecordTable,
    pairs: Iterable<readonly [row: number, decided: number]>,
    fileOf: (i: number) => string,
    kind: {
      code: "unit-conflict" | "certificate-conflict";
      field: "unit" | "issueDate";
      differ: (row: number, decided: number) => boolean;
      text: (row: number, file: string, decided: number, decidedFile: string) => LocalText;
    }
  ): Finding[] {
    const out: Finding[] = [];
    for (const [row, decided] of pairs) {
      const file = fileOf(row);
      const decidedFile = fileOf(decided);
      if (file === decidedFile || !kind.differ(row, decided)) continue;
      out.push(
        finding(
          t.sheetNames[t.sheet[row]],
          t.row[row],
          t.fieldLetters[t.sheet[row]]?.[kind.field] ?? "",
          kind.code,
          "warning",
          kind.text(row, file, decided, decidedFile),
          t.name[row]
        )
      );
    }
    return out;
  }

  /**
   * An enterprise whose latest record at A in one file names another unit than the record it counts by
   * (its latest certificate at A, docs/rules.md section 2): one finding on that file's row.
   */
  private unitConflicts(
    t: RecordTable,
    ent: Enterprises,
    fileOf: (i: number) => string,
    borrowed: Uint8Array | null
  ): Finding[] {
    return this.conflicts(t, this.otherFilesLatest(t, ent, fileOf, borrowed), fileOf, {
      code: "unit-conflict",
      field: "unit",
      differ: (row, counted) => t.unit[row] !== t.unit[counted],
      text: (row, file, counted, countedFile) =>
        sourceText.unitConflict(
          file,
          t.unitNames[t.unit[row]],
          countedFile,
          t.unitNames[t.unit[counted]],
          this.place(t, counted)
        ),
    });
  }

  /**
   * For each enterprise of several rows, each other file's latest record at A with a unit written
   * (ties: the later row, as latestAt), paired with the row the enterprise counts by at A: the row of
   * its latest certificate, or the repeat that gave that row its unit (the file that wrote the unit).
   */
  private *otherFilesLatest(
    t: RecordTable,
    ent: Enterprises,
    fileOf: (i: number) => string,
    borrowed: Uint8Array | null
  ): Generator<[number, number]> {
    const { head, next, duplicate, duplicates } = ent;
    // A repeat is a record of its certificate, dated as the certificate is (by its first row, section
    // 2), not by the repeat's own cell: a blank one reads as 31 December of the number's year, which
    // would hide the repeat from an earlier as-of date.
    const issueOf = (i: number): Serial => t.issue[duplicate[i] ? (duplicates.get(i) ?? i) : i];
    const unitFrom = new Map<number, number>();
    if (borrowed !== null)
      for (const took of ent.takenOver) if (took.unit) unitFrom.set(took.first, took.row);
    for (let e = 0; e < ent.count; e++) {
      if (head[e] === NONE || next[head[e]] === NONE) continue;
      const latestRow = ent.latestAt(e, this.asOf);
      if (latestRow === NONE) continue;
      const counted = unitFrom.get(latestRow) ?? latestRow;
      const countedFile = fileOf(counted);
      const latest = new Map<string, number>();
      for (let i = head[e]; i !== NONE; i = next[i]) {
        const file = fileOf(i);
        const issue = issueOf(i);
        if (file === countedFile || issue === NO_SERIAL || issue > this.asOf) continue;
        // A unit a repeat brought is that repeat's file's record, not this row's (borrowedFacts).
        if (t.rawUnitAt(i).trim() === "" || (borrowed !== null && borrowed[i] & BORROWED_UNIT))
          continue;
        const best = latest.get(file);
        if (best === undefined || issue >= issueOf(best)) latest.set(file, i);
      }
      for (const i of latest.values()) yield [i, counted];
    }
  }

  /**
   * A certificate repeated in another file with another issue date: the first row's date counts. Where
   * the first row had none and took a repeat's (enterprises.ts takeOver), the date counted stands in that
   * repeat: the other rows are compared with it, and with its file.
   */
  private certificateConflicts(
    t: RecordTable,
    ent: Enterprises,
    fileOf: (i: number) => string
  ): Finding[] {
    const known = (i: number): boolean => t.issue[i] !== NO_SERIAL && !t.inferred[i];
    const dateFrom = new Map<number, number>();
    for (const took of ent.takenOver) if (took.issue) dateFrom.set(took.first, took.row);
    const pairs =
      dateFrom.size === 0
        ? ent.duplicates
        : Array.from(
            ent.duplicates,
            ([row, first]) => [row, dateFrom.get(first) ?? first] as const
          );
    return this.conflicts(t, pairs, fileOf, {
      code: "certificate-conflict",
      field: "issueDate",
      differ: (row, first) => known(row) && known(first) && t.issue[row] !== t.issue[first],
      text: (row, file, first, firstFile) =>
        sourceText.certificateConflict(
          t.certNo[row],
          file,
          t.issue[row],
          firstFile,
          t.issue[first],
          this.place(t, first)
        ),
    });
  }
}
