/**
 * Certificate records stored by column: what the roster reader fills and the tracking pass reads. A
 * million CertRecord objects would be a million long-lived objects for the garbage collector to copy
 * and mark; here a row is one slot in a few typed arrays and four string arrays whose strings are
 * mostly the sheet's own. CertRecord objects are made only when asked for (record, toRecords).
 *
 * Each row also keeps hashes of its credit code and normalised name, taken while the strings are fresh
 * in the cache: the identity pass then probes by number and reads a string only when two hashes agree
 * (on a large heap every string read can miss). Columns are kept few: V8 starts a full collection,
 * which marks every object of the workbook, once typed arrays grow by about 64 MB after the last one.
 */
import { hashText } from "../core/stringIndex";
import { normalisedNameHash } from "../core/text";
import { Scratch } from "../core/scratch";
import type { TypedColumn } from "../core/typedColumns";
import { CODE_WORDS, PackedCode } from "./packedCode";
import type { CertRecord, RecognitionType, Serial } from "../core/types";

/** hashText("") (and creditCodeHash("")): a blank code or name, told apart without reading the string. */
export const EMPTY_HASH = hashText("");

/** A date column's "no date" (serials are whole numbers from 1 to 2,958,465). */
export const NO_SERIAL = -2147483648;

const TYPE_OF: (RecognitionType | null)[] = [null, "first", "renewal"];

/** A type's code in the `type` column. */
export function typeCode(t: RecognitionType | null): number {
  return t === "first" ? 1 : t === "renewal" ? 2 : 0;
}

/**
 * One row to append (the reader reuses one of these for every row): a CertRecord with its sheet and
 * unit as indexes into the table's name lists and its type as a typeCode.
 */
export type RecordDraft = Omit<CertRecord, "sheet" | "unit" | "type" | "key" | "rawUnit"> & {
  sheet: number;
  unit: number;
  type: number;
  /** The unit cell's text as its rawUnitIndex. */
  rawUnit: number;
};

const toColumn = (s: Serial | null): number => (s === null ? NO_SERIAL : s);
const fromColumn = (v: number): Serial | null => (v === NO_SERIAL ? null : v);

export class RecordTable {
  length = 0;
  /** Sheet names; `sheet[i]` indexes this. */
  readonly sheetNames: string[] = [];
  /** Canonical unit names; `unit[i]` indexes this. */
  readonly unitNames: string[] = [];
  /** Per sheet index, the column letter of each field the sheet has ("moveIn" -> "F"), for findings. */
  readonly fieldLetters: Record<string, string>[] = [];
  // The columns below marked ! are set by allocate(), from the constructor and from release().
  name!: string[];
  creditCode!: string[];
  certNo!: string[];
  /**
   * The unit cell's text of each row, as an index into rawUnitTexts (0 is ""): a sheet writes a few
   * dozen unit texts, and a column of a million references would be one more for every collection to mark.
   */
  rawUnitId!: Int32Array;
  /** Distinct unit cell texts; rawUnitId indexes this. */
  readonly rawUnitTexts: string[] = [""];
  private readonly rawUnitIds = new Map<string, number>([["", 0]]);
  /** The credit code's hash in the packed column (creditCodeHash; "" hashes to EMPTY_HASH). */
  codeHash!: Int32Array;
  /**
   * Each row's credit code packed as CODE_WORDS numbers (packedCode.ts) from index CODE_WORDS * i: with
   * the hash they are the code, so the identity pass compares codes without reading their strings.
   */
  codeWords!: Int32Array;
  /** hashText of normaliseName(name). */
  nameHash!: Int32Array;
  sheet!: Uint16Array;
  row!: Int32Array;
  /**
   * Reading-order numbers, kept only when a row's seq is not its sheet's first seq offset by its row
   * (the reader always numbers rows that way; records from elsewhere may not): null means seqAt derives.
   */
  seqColumn: Float64Array | null = null;
  /** Per sheet index: seq minus row, shared by every row of that sheet while seqColumn is null. */
  private readonly seqOffset: number[] = [];
  issue!: Int32Array;
  moveIn!: Int32Array;
  moveOut!: Int32Array;
  /** Null until a row has a revocation (most sheets have no such column): a column less to allocate. */
  revoked: Int32Array | null = null;
  unit!: Uint16Array;
  /** 0 = no type, 1 = first, 2 = renewal. */
  type!: Uint8Array;
  inferred!: Uint8Array;

  /**
   * Row findings the roster readers filling this table have kept one by one: a workbook's rosters share
   * one budget (MAX_ROW_FINDINGS in roster.ts), past which findings are only counted.
   */
  keptFindings = 0;

  /**
   * Where the columns come from: memory an earlier table or analysis gave back, when there is some. A
   * million rows take about 70 MB, each fresh megabyte mapped by the system page by page.
   */
  private memory = new Scratch();

  /** `capacity`: rows expected (the table grows past it if need be). */
  constructor(capacity = 1024) {
    this.allocate(capacity);
  }

  /**
   * Gives the columns back for the next table or analysis to reuse, when the caller is done with this
   * table: the analysis made from it keeps none of them (its lists hold the strings, not the columns).
   * The table is empty afterwards, its rows gone.
   */
  release(): void {
    this.memory.release();
    this.memory = new Scratch();
    this.length = 0;
    this.seqColumn = null;
    this.revoked = null;
    this.allocate(0);
  }

  /** Empty columns with room for `capacity` rows (16 at least). */
  private allocate(capacity: number): void {
    const n = Math.max(16, capacity);
    const m = this.memory;
    this.name = m.texts(n);
    this.creditCode = m.texts(n);
    this.certNo = m.texts(n);
    this.rawUnitId = m.int32(n);
    this.codeHash = m.int32(n);
    this.codeWords = m.int32(n * CODE_WORDS);
    this.nameHash = m.int32(n);
    this.sheet = m.uint16(n);
    this.row = m.int32(n);
    this.issue = m.int32(n);
    this.moveIn = m.int32(n);
    this.moveOut = m.int32(n);
    this.unit = m.uint16(n);
    this.type = m.uint8(n);
    this.inferred = m.uint8(n);
  }

  /** The index of a sheet name, added when new: indexes follow the order sheets first appear in. */
  sheetIndex(name: string): number {
    const i = this.sheetNames.indexOf(name);
    return i >= 0 ? i : this.sheetNames.push(name) - 1;
  }

  /** The index of a unit cell's text in rawUnitTexts, added when new. */
  rawUnitIndex(text: string): number {
    let id = this.rawUnitIds.get(text);
    if (id === undefined) {
      id = this.rawUnitTexts.push(text) - 1;
      this.rawUnitIds.set(text, id);
    }
    return id;
  }

  /** Row i's unit cell text. */
  rawUnitAt(i: number): string {
    return this.rawUnitTexts[this.rawUnitId[i]];
  }

  /** The index of a canonical unit name, added when new (a table holds a few dozen at most). */
  unitIndex(name: string): number {
    const i = this.unitNames.indexOf(name);
    return i >= 0 ? i : this.unitNames.push(name) - 1;
  }

  /** Packs the credit codes of rows added without their packed code. */
  private readonly packed = new PackedCode();

  /** Appends a row; `packed` is its credit code already read (the reader's), else it is read here. */
  add(d: RecordDraft, packed?: PackedCode): void {
    const i = this.length;
    if (i === this.row.length) this.grow();
    this.sheet[i] = d.sheet;
    this.row[i] = d.row;
    this.addSeq(i, d);
    this.name[i] = d.name;
    this.creditCode[i] = d.creditCode;
    this.certNo[i] = d.certNo;
    this.rawUnitId[i] = d.rawUnit;
    const code = packed ?? this.packed.read(d.creditCode);
    this.codeHash[i] = code.hash;
    this.codeWords[i * CODE_WORDS] = code.first;
    this.codeWords[i * CODE_WORDS + 1] = code.second;
    this.nameHash[i] = normalisedNameHash(d.name);
    this.issue[i] = toColumn(d.issue);
    this.inferred[i] = d.issueInferred ? 1 : 0;
    this.unit[i] = d.unit;
    this.type[i] = d.type;
    this.moveIn[i] = toColumn(d.moveIn);
    this.moveOut[i] = toColumn(d.moveOut);
    if (d.revoked !== null && this.revoked === null)
      this.revoked = this.memory.int32(this.row.length).fill(NO_SERIAL);
    if (this.revoked !== null) this.revoked[i] = toColumn(d.revoked);
    this.length = i + 1;
  }

  /** Row i's reading-order number. */
  seqAt(i: number): number {
    return this.seqColumn === null
      ? this.seqOffset[this.sheet[i]] + this.row[i]
      : this.seqColumn[i];
  }

  private addSeq(i: number, d: RecordDraft): void {
    if (this.seqColumn === null) {
      const offset = d.seq - d.row;
      const known = this.seqOffset[d.sheet];
      if (known === undefined) this.seqOffset[d.sheet] = offset;
      if (known === undefined || known === offset) return;
      // A row numbered otherwise: from here on every row keeps its own number.
      const column = this.memory.float64(this.row.length);
      for (let k = 0; k < i; k++) column[k] = this.seqAt(k);
      this.seqColumn = column;
    }
    this.seqColumn[i] = d.seq;
  }

  typeAt(i: number): RecognitionType | null {
    return TYPE_OF[this.type[i]];
  }

  /** Row i as a CertRecord (key left "", as the reader leaves it). */
  record(i: number): CertRecord {
    return {
      sheet: this.sheetNames[this.sheet[i]],
      row: this.row[i],
      seq: this.seqAt(i),
      name: this.name[i],
      creditCode: this.creditCode[i],
      certNo: this.certNo[i],
      issue: fromColumn(this.issue[i]),
      issueInferred: this.inferred[i] === 1,
      unit: this.unitNames[this.unit[i]],
      rawUnit: this.rawUnitAt(i),
      type: TYPE_OF[this.type[i]],
      moveIn: fromColumn(this.moveIn[i]),
      moveOut: fromColumn(this.moveOut[i]),
      revoked: this.revoked === null ? null : fromColumn(this.revoked[i]),
      key: "",
    };
  }

  /** Rows from..to-1 as CertRecords. */
  toRecords(from = 0, to = this.length): CertRecord[] {
    const out: CertRecord[] = [];
    for (let i = from; i < to; i++) out.push(this.record(i));
    return out;
  }

  /** A table holding `records` in the given order. */
  static fromRecords(records: readonly CertRecord[]): RecordTable {
    const t = new RecordTable(records.length);
    for (const r of records)
      t.add({
        ...r,
        sheet: t.sheetIndex(r.sheet),
        unit: t.unitIndex(r.unit),
        type: typeCode(r.type),
        rawUnit: t.rawUnitIndex(r.rawUnit),
      });
    return t;
  }

  /** Room for twice the rows; the old columns go as garbage (see Scratch.forget). */
  private grow(): void {
    const n = this.row.length * 2;
    const m = this.memory;
    const widenText = (a: string[]): string[] => {
      const b = m.texts(n);
      // The rows only: a pooled text column may be longer than the table has room for.
      for (let i = 0; i < this.length; i++) b[i] = a[i];
      m.forget(a);
      return b;
    };
    const widen = <T extends TypedColumn>(a: T, make: (length: number) => T, length = n): T => {
      const b = make(length);
      b.set(a);
      m.forget(a);
      return b;
    };
    const int32 = (length: number): Int32Array => m.int32(length);
    const uint16 = (length: number): Uint16Array => m.uint16(length);
    const uint8 = (length: number): Uint8Array => m.uint8(length);
    this.name = widenText(this.name);
    this.creditCode = widenText(this.creditCode);
    this.certNo = widenText(this.certNo);
    this.rawUnitId = widen(this.rawUnitId, int32);
    this.codeHash = widen(this.codeHash, int32);
    this.codeWords = widen(this.codeWords, int32, n * CODE_WORDS);
    this.nameHash = widen(this.nameHash, int32);
    this.sheet = widen(this.sheet, uint16);
    this.row = widen(this.row, int32);
    if (this.seqColumn !== null) this.seqColumn = widen(this.seqColumn, (k) => m.float64(k));
    this.issue = widen(this.issue, int32);
    this.moveIn = widen(this.moveIn, int32);
    this.moveOut = widen(this.moveOut, int32);
    if (this.revoked !== null)
      this.revoked = widen(this.revoked, (k) => m.int32(k).fill(NO_SERIAL));
    this.unit = widen(this.unit, uint16);
    this.type = widen(this.type, uint8);
    this.inferred = widen(this.inferred, uint8);
  }
}
