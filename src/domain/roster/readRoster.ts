/**
 * Roster sheets -> certificate records (docs/rules.md sections 1, 6, 7). The reader takes rows in blocks,
 * as Office.js (5,000-row blocks) and the CLI's streaming .xlsx reader (4,096-row blocks) deliver them, and runs once per row over up to
 * a million rows: per-row work is plain loops over precomputed column indexes, per-value results that
 * repeat (text dates, type words, unit texts) are cached as numbers, and the rows go into a RecordTable.
 */
import { certNumberYear, isOldCertNumber, normaliseCertNumber } from "../enterprise/certificate";
import { CODE_LENGTH, normaliseCreditCode } from "../enterprise/creditCode";
import { PackedCode, UNPACKED } from "../enterprise/packedCode";
import { BLANK_DATE, DateCells } from "../sheets/dateCells";
import { serialFromYmd, yearOfSerial } from "../core/dates";
import { finding } from "../core/findings";
import { isInvisibleName } from "../core/text";
import { columnLetter } from "../sheets/columnLetters";
import {
  cellText,
  isBlank,
  isFormulaLike,
  isNotText,
  isPlaceholderCode,
  yearCellValue,
} from "../sheets/cellValues";
import { parseAwardType } from "../settings/awardRules";
import { detectHeader } from "./rosterHeader";
import { HEADER_ROWS } from "../sheets/headerCells";
import { RecordTable, typeCode, type RecordDraft } from "../enterprise/recordTable";
import { ownValue } from "../core/textRecord";
import { dateLabels, rosterText } from "./rosterMessages";
import { identityText } from "../enterprise/identityMessages";
import type {
  CellValue,
  CertRecord,
  Finding,
  HeaderMatch,
  LocalText,
  Serial,
  Settings,
  SheetInput,
} from "../core/types";
import { OTHER_UNIT, type UnitResolver } from "../enterprise/units";

export interface RosterReaderOptions {
  settings: Settings;
  resolveUnit: UnitResolver;
  /** 1-based sheet column of each row's first value (default 1), for the findings' column letters. */
  firstColumn?: number;
  /** Reading-order number of sheet row 0; a record's seq is seqStart + its sheet row (default 0). */
  seqStart?: number;
  /** The table to append records to (a workbook's sheets share one); a new one by default. */
  into?: RecordTable;
  /** Rows expected, to size a new table. */
  expectedRows?: number;
  /** The workbook counts dates in the 1904 system: numbers in date columns are shifted to the 1900 system. */
  date1904?: boolean;
}

export interface RosterResult {
  /** This sheet's records as objects, made on first use from `table`. */
  readonly records: CertRecord[];
  findings: Finding[];
  /** The table holding the records: rows `from` to `to` - 1 are this sheet's. */
  table: RecordTable;
  from: number;
  to: number;
}

/** Feeds a roster sheet's rows (those after the header) block by block, then collects the records. */
export interface RosterReader {
  /**
   * Reads rows[from] to rows[to - 1] (all of them by default); rows[0] is 1-based sheet row
   * `firstSheetRow`, so rows[i] is sheet row firstSheetRow + i.
   */
  push(rows: CellValue[][], firstSheetRow: number, from?: number, to?: number): void;
  /** The records and findings of every row pushed so far. */
  finish(): RosterResult;
}

/** Caches stay small: past this many distinct values a cache is cleared and refilled. */
const CACHE_LIMIT = 4096;
/** A cached unit text: its table unit id times 4 plus how it matched. */
const UNIT_OK = 0;
const UNIT_BLANK = 1;
const UNIT_UNKNOWN = 2;

type DateField = "issueDate" | "moveIn" | "moveOut" | "revoked";

/** A lazily made records list over rows from..to-1 of a table. */
function resultOf(table: RecordTable, from: number, to: number, findings: Finding[]): RosterResult {
  let records: CertRecord[] | undefined;
  return {
    get records(): CertRecord[] {
      return (records ??= table.toRecords(from, to));
    },
    findings,
    table,
    from,
    to,
  };
}

/**
 * The most row findings a workbook's rosters keep one by one. A crafted sheet can give eight or more a
 * row, and a million rows of them would hold gigabytes; past this budget a finding is counted, and each
 * sheet ends with one finding per code saying how many were not listed. A million is about what a
 * findings sheet can list (Excel's 1,048,576 rows) and the most report.maxListedFindings allows, and
 * about 100 MB.
 */
export const MAX_ROW_FINDINGS = 1_000_000;

/** One past the largest year yearBounds keeps (a certificate number's year + 1). */
const YEAR_LIMIT = 10001;

class Reader implements RosterReader {
  private readonly findings: Finding[] = [];
  /** Findings past the workbook's budget, per code: how many and the most severe. */
  private readonly unlisted = new Map<
    Finding["code"],
    { count: number; severity: Finding["severity"] }
  >();
  // Per-value caches: type text -> type code, unit cell -> a slot of unitHits and rawUnits (text dates:
  // DateCells). They hold numbers, so a hit reads no object.
  private readonly typeCache = new Map<string, number>();
  private readonly unitCache = new Map<CellValue, number>();
  /** Per unit cache slot: the table unit id * 4 + how it matched. */
  private readonly unitHits = new Int32Array(CACHE_LIMIT);
  /** Per unit cache slot: the cell's text as the table's rawUnitIndex. */
  private readonly rawUnits = new Int32Array(CACHE_LIMIT);
  // Year -> its 1 January serial (0: not worked out yet), for the certificate-year check without a date
  // split. Years come from certificate numbers and revocation cells (1900 to 10000). A typed array: a
  // plain array first written at index 1900 or so is kept as a dictionary, a hash lookup per row.
  private readonly yearStart = new Int32Array(YEAR_LIMIT);
  // Messages that repeat (a blank unit, an unknown unit text, an unreadable date text) share one object.
  private readonly messages = new Map<string, LocalText>();
  private readonly draft: RecordDraft;
  private readonly otherUnit: number;
  private readonly from: number;
  private readonly cName: number;
  private readonly cCode: number;
  private readonly cCert: number;
  private readonly cIssue: number;
  private readonly cUnit: number;
  private readonly cType: number;
  private readonly cIn: number;
  private readonly cOut: number;
  private readonly cRevoked: number;
  /** Mapped columns, for the blank-row test. */
  private readonly used: number[];
  private readonly letters: Record<string, string> = {};
  private readonly seqStart: number;
  /** Date cells, 1904-system numbers shifted. */
  private readonly dates: DateCells;
  /** Reads each row's credit code once: its check and packed form. */
  private readonly code = new PackedCode();
  /** The name cell of the row being read: every finding on the row carries it. */
  private rowName = "";

  constructor(
    private readonly sheet: string,
    header: HeaderMatch,
    private readonly resolveUnit: UnitResolver,
    firstColumn: number,
    seqStart: number,
    private readonly table: RecordTable,
    date1904: boolean
  ) {
    const c = header.columns;
    const at = (i: number | undefined): number => (i === undefined ? -1 : i);
    this.cName = at(c.name);
    this.cCode = at(c.creditCode);
    this.cCert = at(c.certNo);
    this.cIssue = at(c.issueDate);
    this.cUnit = at(c.unit);
    this.cType = at(c.type);
    this.cIn = at(c.moveIn);
    this.cOut = at(c.moveOut);
    this.cRevoked = at(c.revoked);
    this.used = Object.values(c).filter((i): i is number => i !== undefined);
    for (const [field, index] of Object.entries(c)) {
      if (index !== undefined) this.letters[field] = columnLetter(index + firstColumn - 1);
    }
    this.seqStart = seqStart;
    this.dates = new DateCells(date1904);
    this.from = table.length;
    this.otherUnit = table.unitIndex(OTHER_UNIT);
    table.fieldLetters[table.sheetIndex(sheet)] = this.letters;
    this.draft = {
      sheet: table.sheetIndex(sheet),
      row: 0,
      seq: 0,
      name: "",
      creditCode: "",
      certNo: "",
      issue: null,
      issueInferred: false,
      unit: 0,
      rawUnit: 0,
      type: 0,
      moveIn: null,
      moveOut: null,
      revoked: null,
    };
    if (this.cUnit < 0) {
      this.findings.push(
        finding(sheet, 0, "", "missing-unit", "warning", rosterText.noUnitColumn(OTHER_UNIT))
      );
    }
  }

  push(rows: CellValue[][], firstSheetRow: number, from = 0, to = rows.length): void {
    for (let i = from; i < to; i++) {
      const row = rows[i];
      if (row && row.length > 0) this.readRow(row, firstSheetRow + i);
    }
  }

  finish(): RosterResult {
    for (const [code, { count, severity }] of this.unlisted) {
      this.findings.push(
        finding(this.sheet, 0, "", code, severity, rosterText.unlisted(count, MAX_ROW_FINDINGS))
      );
    }
    this.unlisted.clear();
    return resultOf(this.table, this.from, this.table.length, this.findings);
  }

  private note(
    row: number,
    field: string,
    code: Finding["code"],
    severity: Finding["severity"],
    message: LocalText
  ): void {
    if (this.table.keptFindings < MAX_ROW_FINDINGS) {
      this.table.keptFindings++;
      this.findings.push(
        finding(this.sheet, row, this.letters[field] ?? "", code, severity, message, this.rowName)
      );
      return;
    }
    const seen = this.unlisted.get(code);
    if (seen === undefined) this.unlisted.set(code, { count: 1, severity });
    else {
      seen.count++;
      if (severity === "error" || (severity === "warning" && seen.severity === "info"))
        seen.severity = severity;
    }
  }

  /** One shared message per distinct `key` (the key names the message and its arguments). */
  private shared(key: string, make: () => LocalText): LocalText {
    let m = this.messages.get(key);
    if (m === undefined) {
      if (this.messages.size >= CACHE_LIMIT) this.messages.clear();
      m = Object.freeze(make());
      this.messages.set(key, m);
    }
    return m;
  }

  private isBlankRow(row: CellValue[]): boolean {
    const used = this.used;
    for (let k = 0; k < used.length; k++) if (!isBlank(row[used[k]])) return false;
    return true;
  }

  /** A date cell: its serial, or null (blank, or unreadable: then a bad-date finding). */
  private dateCell(v: CellValue, sheetRow: number, field: DateField): Serial | null {
    const serial = this.dates.serial(v);
    if (serial > 0) return serial;
    if (serial === BLANK_DATE) return null;
    const text = this.dates.badText(v);
    this.note(sheetRow, field, "bad-date", "warning", rosterText.badDate(dateLabels[field], text));
    return null;
  }

  /** The type code (typeCode) of a type cell. */
  private type(v: CellValue): number {
    if (typeof v !== "string") return 0;
    let hit = this.typeCache.get(v);
    if (hit === undefined) {
      if (this.typeCache.size >= CACHE_LIMIT) this.typeCache.clear();
      const t = parseAwardType(v.trim());
      hit = typeCode(t === "first" || t === "renewal" ? t : null);
      this.typeCache.set(v, hit);
    }
    return hit;
  }

  /** A unit cell's cache slot: unitHits and rawUnits of it hold what the cell gives. */
  private unitSlot(v: CellValue): number {
    let slot = this.unitCache.get(v);
    if (slot === undefined) {
      if (this.unitCache.size >= CACHE_LIMIT) this.unitCache.clear();
      const text = cellText(v);
      const match = this.resolveUnit(text);
      const how =
        match.how === "blank" ? UNIT_BLANK : match.how === "unknown" ? UNIT_UNKNOWN : UNIT_OK;
      slot = this.unitCache.size;
      this.unitHits[slot] = this.table.unitIndex(match.unit) * 4 + how;
      this.rawUnits[slot] = this.table.rawUnitIndex(text);
      this.unitCache.set(v, slot);
    }
    return slot;
  }

  private yearBounds(year: number): number {
    if (!(year >= 0 && year < YEAR_LIMIT)) return serialFromYmd(year, 1, 1);
    let s = this.yearStart[year];
    if (s === 0) s = this.yearStart[year] = serialFromYmd(year, 1, 1);
    return s;
  }

  private readRow(row: CellValue[], sheetRow: number): void {
    if (this.isBlankRow(row)) return;
    const nameCell = this.cName >= 0 ? row[this.cName] : null;
    let name = cellText(nameCell);
    // An error value (#N/A) or TRUE/FALSE in the name column is no company name: the row is read as nameless.
    if (isNotText(nameCell, name)) {
      this.rowName = "";
      this.note(sheetRow, "name", "bad-value", "warning", identityText.badName(name));
      name = "";
    } else if (isInvisibleName(name)) name = "";
    this.rowName = name;
    const codeCell = this.cCode >= 0 ? row[this.cCode] : null;
    // A code that packs is 18 characters of the charset (digits and capitals), which normalising leaves
    // as they are: most rows' codes are read once, not scanned again to be normalised.
    const packedAsIs =
      typeof codeCell === "string" &&
      codeCell.length === CODE_LENGTH &&
      this.code.read(codeCell).first !== UNPACKED;
    let creditCode = packedAsIs
      ? codeCell
      : typeof codeCell === "string"
        ? normaliseCreditCode(codeCell)
        : cellText(codeCell);
    // An error value (#N/A of a failed lookup) or TRUE/FALSE is no code: rows sharing one are not one enterprise.
    if (isNotText(codeCell, creditCode)) {
      this.note(sheetRow, "creditCode", "bad-value", "warning", identityText.badCode(creditCode));
      creditCode = "";
    }
    // A code with no digit (/, 无) is a placeholder: the form finding below names it, and the row has no
    // code to be known by (rows sharing one are not one enterprise).
    const idCode = isPlaceholderCode(creditCode) ? "" : creditCode;
    if (name !== "" && isFormulaLike(name)) {
      this.note(sheetRow, "name", "formula-like", "warning", identityText.formulaLike(name));
    }
    if (name === "" && idCode === "") {
      this.note(
        sheetRow,
        this.cName >= 0 ? "name" : "creditCode",
        "missing-identity",
        "error",
        this.shared("i", rosterText.missingIdentity)
      );
      return;
    }
    // The code's check and its packed form in one scan; the table takes the packed form of the code it
    // stores when that is this one.
    const code = creditCode === "" ? null : packedAsIs ? this.code : this.code.read(creditCode);
    if (code !== null) {
      const check = code.check;
      if (check !== "ok") {
        this.note(
          sheetRow,
          "creditCode",
          "credit-code",
          "warning",
          check === "form"
            ? identityText.creditForm(creditCode)
            : identityText.creditChecksum(creditCode)
        );
      }
    }

    const certCell = this.cCert >= 0 ? row[this.cCert] : null;
    // A number of the standard form (G, R or F, twelve digits) is normalised already.
    const yearAsIs = typeof certCell === "string" ? certNumberYear(certCell) : -1;
    let certNo =
      typeof certCell !== "string"
        ? cellText(certCell)
        : yearAsIs >= 0
          ? certCell
          : normaliseCertNumber(certCell);
    // Nor is it a certificate number: two such rows of one enterprise are not one certificate.
    if (isNotText(certCell, certNo)) {
      this.note(sheetRow, "certNo", "bad-value", "warning", rosterText.badCertNumber(certNo));
      certNo = "";
    }
    const certYear = yearAsIs >= 0 ? yearAsIs : certNo === "" ? -1 : certNumberYear(certNo);
    const issueCell = this.cIssue >= 0 ? row[this.cIssue] : null;
    let issue = this.dateCell(issueCell, sheetRow, "issueDate");
    // A malformed number is a warning when the issue date still lets the row count (else the error below).
    if (certNo !== "" && certYear < 0 && issue !== null) {
      this.note(sheetRow, "certNo", "cert-number", "warning", rosterText.certNumber(certNo));
    } else if (certYear >= 0 && isOldCertNumber(certNo)) {
      this.note(sheetRow, "certNo", "cert-number", "warning", rosterText.certOld(certNo));
    }
    let inferred = false;
    if (issue === null) {
      if (certYear >= 0) {
        issue = this.yearBounds(certYear + 1) - 1;
        inferred = true;
        const unreadable = !isBlank(issueCell);
        this.note(
          sheetRow,
          this.cIssue >= 0 ? "issueDate" : "certNo",
          "issue-date-inferred",
          "warning",
          this.shared(`n${certYear}:${unreadable}`, () =>
            rosterText.issueInferred(certYear, unreadable)
          )
        );
      } else {
        this.note(
          sheetRow,
          this.cCert >= 0 ? "certNo" : "issueDate",
          "cert-number",
          "error",
          rosterText.noIssue(certNo)
        );
      }
    } else if (
      certYear >= 0 &&
      (issue < this.yearBounds(certYear) || issue >= this.yearBounds(certYear + 1))
    ) {
      const issueYear = yearOfSerial(issue);
      this.note(
        sheetRow,
        "certNo",
        "cert-year-mismatch",
        "warning",
        this.shared(`y${certYear}:${issueYear}`, () => rosterText.yearMismatch(certYear, issueYear))
      );
    }

    let unitId = this.otherUnit;
    let rawUnit = 0;
    if (this.cUnit >= 0) {
      const slot = this.unitSlot(row[this.cUnit]);
      const hit = this.unitHits[slot];
      unitId = hit >> 2;
      rawUnit = this.rawUnits[slot];
      const how = hit & 3;
      if (how !== UNIT_OK) {
        const unit = this.table.unitNames[unitId];
        if (how === UNIT_BLANK)
          this.note(
            sheetRow,
            "unit",
            "missing-unit",
            "warning",
            this.shared(`b${unit}`, () => rosterText.missingUnit(unit))
          );
        else {
          const raw = this.table.rawUnitTexts[rawUnit];
          this.note(
            sheetRow,
            "unit",
            "unknown-unit",
            "warning",
            this.shared(`u${unit}:${raw}`, () => identityText.unknownUnit(raw, unit))
          );
        }
      }
    }

    const d = this.draft;
    d.type = this.cType >= 0 ? this.type(row[this.cType]) : 0;
    d.moveIn = this.cIn >= 0 ? this.dateCell(row[this.cIn], sheetRow, "moveIn") : null;
    d.moveOut = this.cOut >= 0 ? this.dateCell(row[this.cOut], sheetRow, "moveOut") : null;
    d.revoked = null;
    if (this.cRevoked >= 0) {
      const v = row[this.cRevoked];
      const year = yearCellValue(v);
      d.revoked = year > 0 ? this.yearBounds(year) : this.dateCell(v, sheetRow, "revoked");
    }
    d.row = sheetRow;
    d.seq = this.seqStart + sheetRow;
    d.name = name;
    d.creditCode = idCode;
    // Likewise a certificate number with no digit: named in a finding above, it is no number that makes
    // two rows of an enterprise one certificate.
    d.certNo = isPlaceholderCode(certNo) ? "" : certNo;
    d.issue = issue;
    d.issueInferred = inferred;
    d.unit = unitId;
    d.rawUnit = rawUnit;
    this.table.add(d, idCode === creditCode ? (code ?? undefined) : undefined);
  }
}

/** A formula cell of a roster's column with no calculated value in the file: read as blank (docs/rules.md section 6). */
export function noValueFinding(sheet: string, row: number, column: string, name: string): Finding {
  return finding(sheet, row, column, "no-value", "warning", rosterText.noValue(), name);
}

/** A block reader for one roster sheet whose header `header` was found (rows after the header only). */
export function createRosterReader(
  sheet: string,
  header: HeaderMatch,
  opts: RosterReaderOptions
): RosterReader {
  const table = opts.into ?? new RecordTable(opts.expectedRows);
  return new Reader(
    sheet,
    header,
    opts.resolveUnit,
    opts.firstColumn ?? 1,
    opts.seqStart ?? 0,
    table,
    opts.date1904 === true
  );
}

/** Reads a whole roster sheet held in memory; null when it has no enterprise header. */
export function readRoster(
  sheet: SheetInput,
  settings: Settings,
  resolveUnit: UnitResolver,
  seqStart = 0,
  into?: RecordTable
): (RosterResult & { header: HeaderMatch }) | null {
  const values = sheet.values;
  const header = detectHeader(
    values.length > HEADER_ROWS ? values.slice(0, HEADER_ROWS) : values,
    ownValue(settings.columnMappings, sheet.name)
  );
  if (!header) return null;
  const start = header.rowIndex + 1;
  const reader = createRosterReader(sheet.name, header, {
    settings,
    resolveUnit,
    firstColumn: sheet.firstColumn,
    seqStart,
    into,
    expectedRows: values.length - start,
    date1904: sheet.date1904,
  });
  reader.push(values, sheet.firstRow ?? 1, start);
  return Object.assign(reader.finish(), { header });
}
