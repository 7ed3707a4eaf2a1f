/**
 * Roster sheets -> certificate records (DOMAIN.md sections 1, 6, 7). The reader takes rows in blocks,
 * as Office.js (5,000-row blocks) and exceljs streaming deliver them, and runs once per row over up to
 * a million rows: per-row work is plain loops over precomputed column indexes, and per-value results
 * that repeat (text dates, type words; units are memoised by their resolver) are cached.
 */
import { normaliseCertNumber, parseCertNumber } from "./certificate";
import { checkCreditCode, normaliseCreditCode } from "./creditCode";
import { parseDateValue, serialFromYmd, yearOfSerial, type DateParse } from "./dates";
import { columnLetter, finding } from "./findings";
import { parseAwardType } from "./policy";
import { detectHeader, HEADER_ROWS } from "./rosterHeader";
import { dateLabels, rosterText } from "./rosterMessages";
import type { CellValue, CertRecord, Finding, HeaderMatch, LocalText, RecognitionType, Serial, Settings, SheetInput } from "./types";
import { OTHER_UNIT, type UnitResolver } from "./units";

export { detectHeader, headerField, HEADER_ROWS } from "./rosterHeader";

export interface RosterReaderOptions {
  settings: Settings;
  resolveUnit: UnitResolver;
  /** 1-based sheet column of each row's first value (default 1), for the findings' column letters. */
  firstColumn?: number;
  /** Reading-order number of sheet row 0; a record's seq is seqStart + its sheet row (default 0). */
  seqStart?: number;
}

export interface RosterResult {
  records: CertRecord[];
  findings: Finding[];
}

/** Feeds a roster sheet's rows (those after the header) block by block, then collects the records. */
export interface RosterReader {
  /** Reads `rows`, the first of which is 1-based sheet row `firstSheetRow`. */
  push(rows: CellValue[][], firstSheetRow: number): void;
  /** The records and findings of every row pushed so far. */
  finish(): RosterResult;
}

/** Caches stay small: past this many distinct values a cache is cleared and refilled. */
const CACHE_LIMIT = 4096;
/** Whole numbers below this are cached as date serials (100000 = year 2173). */
const SERIAL_CACHE_END = 100000;

type DateField = "issueDate" | "moveIn" | "moveOut" | "revoked";

function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined || v === "") return true;
  return typeof v === "string" && v.trim() === "";
}

/** A cell as trimmed text ("" for blank). */
function cellText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
}

/** A revocation cell may hold a year (取消年度: 2023, "2023", "2023年", "2023年度"): its 1 January. */
function revokedYear(v: CellValue): number {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 2999 ? v : 0;
  if (typeof v !== "string") return 0;
  const m = /^\s*(\d{4})\s*(?:年度?)?\s*$/.exec(v.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  const y = m ? +m[1] : 0;
  return y >= 1900 && y <= 2999 ? y : 0;
}

class Reader implements RosterReader {
  private readonly records: CertRecord[] = [];
  private readonly findings: Finding[] = [];
  private readonly dateCache = new Map<string, DateParse>();
  private readonly typeCache = new Map<string, RecognitionType | null>();
  // Whole-number date cells (serials up to year 2173) -> their parse, so a million serial cells share
  // a few thousand result objects instead of allocating one each (GC was a large part of the profile).
  private readonly serialCache: DateParse[] = [];
  // Year -> [1 January, 31 December] serials, for the certificate-year check without a date split.
  private readonly yearStart: number[] = [];
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

  constructor(
    private readonly sheet: string,
    header: HeaderMatch,
    private readonly resolveUnit: UnitResolver,
    firstColumn: number,
    seqStart: number,
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
    if (this.cUnit < 0) {
      this.findings.push(finding(sheet, 0, "", "missing-unit", "warning", rosterText.noUnitColumn(OTHER_UNIT)));
    }
  }

  push(rows: CellValue[][], firstSheetRow: number): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row && row.length > 0) this.readRow(row, firstSheetRow + i);
    }
  }

  finish(): RosterResult {
    return { records: this.records, findings: this.findings };
  }

  private note(row: number, field: string, code: Finding["code"], severity: Finding["severity"], message: LocalText): void {
    this.findings.push(finding(this.sheet, row, this.letters[field] ?? "", code, severity, message));
  }

  private isBlankRow(row: CellValue[]): boolean {
    const used = this.used;
    for (let k = 0; k < used.length; k++) if (!isBlank(row[used[k]])) return false;
    return true;
  }

  private date(v: CellValue): DateParse {
    if (typeof v === "number" && v >= 0 && v < SERIAL_CACHE_END && Number.isInteger(v)) {
      return (this.serialCache[v] ??= parseDateValue(v));
    }
    if (typeof v !== "string") return parseDateValue(v);
    let hit = this.dateCache.get(v);
    if (hit === undefined) {
      if (this.dateCache.size >= CACHE_LIMIT) this.dateCache.clear();
      hit = parseDateValue(v);
      this.dateCache.set(v, hit);
    }
    return hit;
  }

  /** A date cell: its serial, or null (blank, or unreadable: then a bad-date finding). */
  private dateCell(v: CellValue, sheetRow: number, field: DateField): Serial | null {
    if (v === null || v === undefined || v === "") return null;
    const p = this.date(v);
    if (p.kind === "ok") return p.serial;
    if (p.kind === "bad") this.note(sheetRow, field, "bad-date", "warning", rosterText.badDate(dateLabels[field], p.text));
    return null;
  }

  private type(v: CellValue): RecognitionType | null {
    if (typeof v !== "string") return null;
    let hit = this.typeCache.get(v);
    if (hit === undefined) {
      if (this.typeCache.size >= CACHE_LIMIT) this.typeCache.clear();
      const t = parseAwardType(v.trim());
      hit = t === "first" || t === "renewal" ? t : null;
      this.typeCache.set(v, hit);
    }
    return hit;
  }

  private yearBounds(year: number): number {
    let s = this.yearStart[year];
    if (s === undefined) s = this.yearStart[year] = serialFromYmd(year, 1, 1);
    return s;
  }

  private readRow(row: CellValue[], sheetRow: number): void {
    if (this.isBlankRow(row)) return;
    const name = this.cName >= 0 ? cellText(row[this.cName]) : "";
    const codeCell = this.cCode >= 0 ? row[this.cCode] : null;
    const creditCode = typeof codeCell === "string" ? normaliseCreditCode(codeCell) : cellText(codeCell);
    if (name === "" && creditCode === "") {
      this.note(sheetRow, this.cName >= 0 ? "name" : "creditCode", "missing-identity", "error", rosterText.missingIdentity());
      return;
    }
    if (creditCode !== "") {
      const check = checkCreditCode(creditCode);
      if (check !== "ok") {
        this.note(sheetRow, "creditCode", "credit-code", "warning", check === "form" ? rosterText.creditForm(creditCode) : rosterText.creditChecksum(creditCode));
      }
    }

    const certCell = this.cCert >= 0 ? row[this.cCert] : null;
    const certNo = typeof certCell === "string" ? normaliseCertNumber(certCell) : cellText(certCell);
    const cert = certNo === "" ? null : parseCertNumber(certNo);
    const issueCell = this.cIssue >= 0 ? row[this.cIssue] : null;
    let issue = this.dateCell(issueCell, sheetRow, "issueDate");
    // A malformed number is a warning when the issue date still lets the row count (else the error below).
    if (certNo !== "" && cert === null && issue !== null) {
      this.note(sheetRow, "certNo", "cert-number", "warning", rosterText.certNumber(certNo));
    } else if (cert !== null && cert.prefix === "GF") {
      this.note(sheetRow, "certNo", "cert-number", "warning", rosterText.certOld(certNo));
    }
    let inferred = false;
    if (issue === null) {
      if (cert !== null) {
        issue = this.yearBounds(cert.year + 1) - 1;
        inferred = true;
        const unreadable = !isBlank(issueCell);
        this.note(sheetRow, this.cIssue >= 0 ? "issueDate" : "certNo", "issue-date-inferred", "warning", rosterText.issueInferred(cert.year, unreadable));
      } else {
        this.note(sheetRow, this.cCert >= 0 ? "certNo" : "issueDate", "cert-number", "error", rosterText.noIssue(certNo));
      }
    } else if (cert !== null && (issue < this.yearBounds(cert.year) || issue >= this.yearBounds(cert.year + 1))) {
      this.note(sheetRow, "certNo", "cert-year-mismatch", "warning", rosterText.yearMismatch(cert.year, yearOfSerial(issue)));
    }

    let unit = OTHER_UNIT;
    let rawUnit = "";
    if (this.cUnit >= 0) {
      rawUnit = cellText(row[this.cUnit]);
      const hit = this.resolveUnit(rawUnit);
      unit = hit.unit;
      if (hit.how === "blank") this.note(sheetRow, "unit", "missing-unit", "warning", rosterText.missingUnit(unit));
      else if (hit.how === "unknown") this.note(sheetRow, "unit", "unknown-unit", "warning", rosterText.unknownUnit(rawUnit, unit));
    }

    const type = this.cType >= 0 ? this.type(row[this.cType]) : null;
    const moveIn = this.cIn >= 0 ? this.dateCell(row[this.cIn], sheetRow, "moveIn") : null;
    const moveOut = this.cOut >= 0 ? this.dateCell(row[this.cOut], sheetRow, "moveOut") : null;
    let revoked: Serial | null = null;
    if (this.cRevoked >= 0) {
      const v = row[this.cRevoked];
      const year = revokedYear(v);
      revoked = year > 0 ? this.yearBounds(year) : this.dateCell(v, sheetRow, "revoked");
    }

    this.records.push({
      sheet: this.sheet,
      row: sheetRow,
      seq: this.seqStart + sheetRow,
      name,
      creditCode,
      certNo,
      issue,
      issueInferred: inferred,
      unit,
      rawUnit,
      type,
      moveIn,
      moveOut,
      revoked,
      key: "",
    });
  }
}

/** A block reader for one roster sheet whose header `header` was found (rows after the header only). */
export function createRosterReader(
  sheet: string,
  header: HeaderMatch,
  opts: { settings: Settings; resolveUnit: UnitResolver; firstColumn?: number; seqStart?: number },
): RosterReader {
  return new Reader(sheet, header, opts.resolveUnit, opts.firstColumn ?? 1, opts.seqStart ?? 0);
}

/** Reads a whole roster sheet held in memory; null when it has no enterprise header. */
export function readRoster(
  sheet: SheetInput,
  settings: Settings,
  resolveUnit: UnitResolver,
  seqStart = 0,
): { header: HeaderMatch; records: CertRecord[]; findings: Finding[] } | null {
  const values = sheet.values;
  const header = detectHeader(values.length > HEADER_ROWS ? values.slice(0, HEADER_ROWS) : values, settings.columnMappings[sheet.name]);
  if (!header) return null;
  const reader = createRosterReader(sheet.name, header, { settings, resolveUnit, firstColumn: sheet.firstColumn, seqStart });
  const firstRow = sheet.firstRow ?? 1;
  const start = header.rowIndex + 1;
  // Blocks keep the reader's contract (and memory) the same as for streamed sheets.
  const BLOCK = 65536;
  for (let r = start; r < values.length; r += BLOCK) {
    reader.push(values.slice(r, Math.min(values.length, r + BLOCK)), firstRow + r);
  }
  return { header, ...reader.finish() };
}
