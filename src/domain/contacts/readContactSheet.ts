/**
 * Contact sheets (走访记录, docs/rules.md section 10) -> contact rows. A contact log is a few hundred rows,
 * read whole (as pool sheets and target tables are), so rows are plain objects. Which enterprise a row
 * is, and what it adds up to at the as-of date, contactAnalysis works out with the roster and the pool.
 */
import { detectContactHeader, type ContactHeader } from "./contactHeader";
import { contactText } from "./contactMessages";
import { isNoProblem, parseContactStatus } from "./contactStatus";
import { BLANK_DATE, DateCells } from "../sheets/dateCells";
import { identityText } from "../enterprise/identityMessages";
import { readIdentityCells } from "../enterprise/identityCells";
import { cellText, isFormulaLike } from "../sheets/cellValues";
import { openSmallSheet } from "../sheets/smallSheet";
import type { ContactStatus, Finding, LocalText, Serial, SheetInput } from "../core/types";

const STATUS_LABEL: LocalText = { "zh-CN": "办理状态", "en-US": "Status" };
const PROBLEM_LABEL: LocalText = { "zh-CN": "问题/诉求", "en-US": "Problem" };

/** One readable row of a contact sheet: it names an enterprise and has a contact date. */
export interface ContactRow {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Reading order across the workbook, as roster records have it. */
  seq: number;
  name: string;
  /** Normalised; "" when absent. */
  creditCode: string;
  date: Serial;
  /** The form of the contact as written (走访, 电话, ...); "" when blank. */
  form: string;
  /** The problem or request as written; "" when none (blank, or 无 / 暂无 / /). */
  problem: string;
  /** null when the status cell is blank or unreadable. */
  status: ContactStatus | null;
  /** Whether the row records a problem: a problem written, or a status other than 已办结. */
  hasProblem: boolean;
  due: Serial | null;
  /** Column letter of the problem cell (of the date cell when the sheet has none), for going to it. */
  problemColumn: string;
  /** Column letter of the name cell (of the credit code cell when the sheet has no name column). */
  nameColumn: string;
  /** Column letter of the date cell. */
  dateColumn: string;
}

export interface ContactSheetRead {
  header: ContactHeader;
  rows: ContactRow[];
  findings: Finding[];
}

/**
 * Reads a whole contact sheet held in memory (merged cells already filled); null when it has no contact
 * header. `seqStart` numbers its rows in reading order, as roster sheets are numbered.
 */
export function readContactSheet(sheet: SheetInput, seqStart = 0): ContactSheetRead | null {
  const frame = openSmallSheet(sheet, detectContactHeader);
  if (!frame) return null;
  const { header, notes, letter, cell } = frame;
  const nameColumn = letter(header.name ?? header.creditCode);
  const dateColumn = letter(header.date);
  const problemColumn = letter(header.problem ?? header.date);
  const statusColumn = letter(header.status);
  const dueColumn = letter(header.due);
  const used = [
    header.date,
    header.name,
    header.creditCode,
    header.visitor,
    header.form,
    header.problem,
    header.status,
    header.due,
  ];
  const dates = new DateCells(sheet.date1904 === true);
  const rows: ContactRow[] = [];

  for (const { row, sheetRow } of frame.rows(used)) {
    const { name, creditCode } = readIdentityCells(
      cell(row, header.name),
      cell(row, header.creditCode),
      notes,
      nameColumn,
      letter(header.creditCode)
    );
    if (name === "" && creditCode === "") {
      notes.add(nameColumn, "visit-unmatched", "warning", contactText.noEnterprise());
      continue;
    }

    const dateCell = row[header.date];
    const date = dates.serial(dateCell);
    if (date <= 0) {
      notes.add(
        dateColumn,
        "bad-date",
        "error",
        date === BLANK_DATE ? contactText.noDate() : contactText.badDate(dates.badText(dateCell))
      );
      continue;
    }

    const dueCell = cell(row, header.due);
    let due: Serial | null = dates.serial(dueCell);
    if (due <= 0) {
      if (due !== BLANK_DATE)
        notes.add(dueColumn, "bad-date", "warning", contactText.badDue(dates.badText(dueCell)));
      due = null;
    }

    const statusCell = cell(row, header.status);
    const statusText = cellText(statusCell);
    const status = statusText === "" ? null : parseContactStatus(statusText);
    if (statusText !== "" && status === null)
      notes.add(
        statusColumn,
        "visit-status-unknown",
        "warning",
        contactText.unknownStatus(statusText)
      );

    if (statusText !== "" && isFormulaLike(statusText))
      notes.add(
        statusColumn,
        "formula-like",
        "warning",
        identityText.formulaLikeIn(STATUS_LABEL, statusText)
      );

    let problem = cellText(cell(row, header.problem));
    // The problem is written out (the open problems list): a formula-like one is kept as text, and said.
    if (problem !== "" && isFormulaLike(problem))
      notes.add(
        problemColumn,
        "formula-like",
        "warning",
        identityText.formulaLikeIn(PROBLEM_LABEL, problem)
      );
    if (isNoProblem(problem)) problem = "";
    rows.push({
      sheet: sheet.name,
      row: sheetRow,
      seq: seqStart + sheetRow,
      name,
      creditCode,
      date,
      form: cellText(cell(row, header.form)),
      problem,
      status,
      hasProblem: problem !== "" || (statusText !== "" && status !== "done"),
      due,
      problemColumn,
      nameColumn,
      dateColumn,
    });
  }
  return { header, rows, findings: notes.findings };
}
