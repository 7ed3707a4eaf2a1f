/**
 * The contact sheet as Gaoqi lays it out (走访记录, docs/rules.md section 10): the template's header and
 * example rows (for a first-run 插入模板, and for the sheet the 记录走访 form creates when the workbook has
 * none), and one new entry placed under the columns of whatever contact header a sheet has. Only the
 * header words are fixed here; the reader accepts every synonym (contactHeader.ts).
 */
import type { ContactHeader } from "./contactHeader";
import { STATUS_NAMES } from "./contactStatus";
import { serialFromYmd } from "../core/dates";
import { EXAMPLE_ENTERPRISES } from "../enterprise/exampleEnterprises";
import type { CellValue, ContactStatus, Lang, Serial } from "../core/types";

/** The name a new contact sheet gets (with " (2)" ... when taken). */
export const CONTACT_SHEET_NAME = "走访记录";

/** The forms of contact the measure names, in the order the form offers them. */
export const CONTACT_FORMS = ["走访", "电话", "座谈", "线上"] as const;

/** The template's columns, left to right; each is read back by detectContactHeader. */
export const CONTACT_TEMPLATE_HEADER = [
  "走访日期",
  "企业名称",
  "统一社会信用代码",
  "走访形式",
  "走访人",
  "问题或诉求",
  "办理状态",
  "办结时限",
] as const;

// The same columns in English, for a first-run template inserted from an English pane (the other
// templates name their sheet and headings in the interface language too); the data stays Chinese.
const TEMPLATE_HEADER: Record<Lang, readonly string[]> = {
  "zh-CN": CONTACT_TEMPLATE_HEADER,
  "en-US": [
    "Visit date",
    "Company name",
    "Credit code",
    "Form",
    "Visitor",
    "Problem or request",
    "Status",
    "Due date",
  ],
};
const TEMPLATE_SHEET_NAME: Record<Lang, string> = {
  "zh-CN": CONTACT_SHEET_NAME,
  "en-US": "Contact log",
};

/** 0-based template columns holding dates (the writer gives them a date format). */
export const CONTACT_TEMPLATE_DATE_COLUMNS: readonly number[] = [0, 7];

/** One contact as the form records it. */
export interface ContactEntry {
  date: Serial;
  name: string;
  /** Normalised; "" when the enterprise has none known. */
  creditCode: string;
  form: string;
  visitor: string;
  /** "" when no problem was raised. */
  problem: string;
  /** null when no problem was raised (the cell stays blank). */
  status: ContactStatus | null;
  due: Serial | null;
}

/**
 * The template: its sheet name, header and example rows (dates as serials), for a first-run template
 * sheet; the sheet name and header in `lang` (the 记录走访 form's new sheet is always Chinese).
 */
export function contactTemplate(lang: Lang = "zh-CN"): {
  sheetName: string;
  header: string[];
  /** Plain values only (no boolean, Date or undefined): a template layout's cells. */
  examples: (string | number | null)[][];
  dateColumns: readonly number[];
} {
  // Two examples, as the other templates have: a visit with a problem still open and its due date, and a
  // call whose problem was answered. They name the enterprise list's example enterprises (by name and
  // code), so the inserted templates read back without a visit-unmatched finding.
  const ex = serialFromYmd;
  const [a, b] = EXAMPLE_ENTERPRISES;
  const examples = [
    [
      ex(2024, 3, 12),
      a.name,
      a.creditCode,
      "走访",
      "张三",
      "希望协助办理研发费用加计扣除",
      STATUS_NAMES["in-progress"],
      ex(2024, 4, 12),
    ],
    [
      ex(2024, 3, 20),
      b.name,
      b.creditCode,
      "电话",
      "李四",
      "咨询高企重新认定申报材料",
      STATUS_NAMES.done,
      ex(2024, 3, 31),
    ],
  ];
  return {
    sheetName: TEMPLATE_SHEET_NAME[lang],
    header: [...TEMPLATE_HEADER[lang]],
    examples,
    dateColumns: CONTACT_TEMPLATE_DATE_COLUMNS,
  };
}

/** A field of the entry that the sheet has no column for (it is not written). */
export type DroppedField = "form" | "visitor" | "problem" | "status" | "due";

/**
 * The entry as one row under `header`, `width` cells wide (at least the header's last column): each value
 * in its column, dates as serials, the rest blank. `dropped` lists what the sheet has no column for. Null
 * when the sheet cannot name the enterprise: no name column, and no code column or no code to put in it.
 */
export function contactRowCells(
  header: ContactHeader,
  width: number,
  entry: ContactEntry
): { cells: CellValue[]; dropped: DroppedField[] } | null {
  const nameAt = header.name;
  const codeAt = header.creditCode;
  if (nameAt === undefined && (codeAt === undefined || entry.creditCode === "")) return null;
  const columns = [
    header.date,
    nameAt,
    codeAt,
    header.visitor,
    header.form,
    header.problem,
    header.status,
    header.due,
  ].filter((c): c is number => c !== undefined);
  const cells: CellValue[] = new Array<CellValue>(
    Math.max(width, ...columns.map((c) => c + 1))
  ).fill(null);
  const dropped: DroppedField[] = [];
  const put = (column: number | undefined, value: CellValue, field?: DroppedField): void => {
    if (value === null || value === "") return;
    if (column === undefined) {
      if (field) dropped.push(field);
      return;
    }
    cells[column] = value;
  };
  put(header.date, entry.date);
  put(nameAt, entry.name);
  // Without a code column the name alone identifies the enterprise (checked above): nothing is lost.
  put(codeAt, entry.creditCode);
  put(header.form, entry.form, "form");
  put(header.visitor, entry.visitor, "visitor");
  put(header.problem, entry.problem, "problem");
  put(header.status, entry.status === null ? null : STATUS_NAMES[entry.status], "status");
  put(header.due, entry.due, "due");
  return { cells, dropped };
}
