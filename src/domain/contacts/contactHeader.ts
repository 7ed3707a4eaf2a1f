/**
 * Recognising a contact sheet (走访记录, docs/rules.md section 10) by its header: a contact date column, an
 * enterprise (name or credit code), and at least one of visitor, form, problem, status or due date.
 * Header cells are matched as the roster's are (sheets/headerCells lookupHeader), so 走访日期（年月日）, a line
 * break or a trailing colon work the same way.
 *
 * The kinds never overlap: a header naming a certificate number or an issue date is a roster's (a roster
 * with a 联系人 and a 日期 column stays a roster), and one naming a pool stage is a pool's (a pool keeps
 * its 联系人 column); only a header with neither can be a contact sheet's.
 */
import { bestHeaderRow, lookupHeader } from "../sheets/headerCells";
import { headerField } from "../sheets/enterpriseHeadings";
import { lookupPoolField } from "../pool/poolHeader";
import type { CellValue, RosterField } from "../core/types";

/** Columns only a contact sheet has. */
export type ContactField = "date" | "visitor" | "form" | "problem" | "status" | "due";

// Keys as sheets/headerCells compares them: white space removed, half-width, lower case, punctuation dropped
// (but not "/": 问题/诉求 keeps it).
const SYNONYMS: Record<ContactField, string[]> = {
  date: [
    "走访日期",
    "联系日期",
    "日期",
    "走访时间",
    "联系时间",
    "服务日期",
    "拜访日期",
    "走访日",
    "联系服务日期",
    "date",
    "visitdate",
    "contactdate",
    "dateofvisit",
  ],
  visitor: [
    "走访人",
    "联系人",
    "走访人员",
    "走访干部",
    "服务专员",
    "联系干部",
    "拜访人",
    "visitor",
    "visitedby",
    "staff",
  ],
  form: [
    "走访形式",
    "形式",
    "方式",
    "联系形式",
    "服务方式",
    "走访方式",
    "form",
    "method",
    "channel",
  ],
  problem: [
    "问题",
    "诉求",
    "问题诉求",
    "问题或诉求",
    "问题/诉求",
    "企业诉求",
    "反映问题",
    "企业问题",
    "主要问题",
    "问题及诉求",
    "problem",
    "request",
    "issue",
    "problemorrequest",
  ],
  status: ["办理状态", "状态", "办理情况", "办结情况", "处理状态", "办理进度", "status"],
  due: [
    "办结时限",
    "办理时限",
    "时限",
    "办结期限",
    "要求办结时间",
    "期限",
    "due",
    "duedate",
    "deadline",
  ],
};

const CONTACT_FIELD_OF = new Map<string, ContactField>();
for (const field of Object.keys(SYNONYMS) as ContactField[])
  for (const s of SYNONYMS[field]) CONTACT_FIELD_OF.set(s, field);

/** The synonyms of each contact column, for the template and for tests. */
export const CONTACT_SYNONYMS: Readonly<Record<ContactField, readonly string[]>> = SYNONYMS;

/** Where a contact sheet's header is and the 0-based columns the reader and the append use. */
export interface ContactHeader {
  rowIndex: number;
  date: number;
  name?: number;
  creditCode?: number;
  visitor?: number;
  form?: number;
  problem?: number;
  status?: number;
  due?: number;
}

type Columns = Partial<Record<RosterField | ContactField | "stage", number>>;

/**
 * The fields a row names, first cell winning when two name the same field. A roster's name and code come
 * first, then the contact columns; a pool stage is noted only to rule the row out.
 */
function matchRow(row: CellValue[] | undefined): Columns {
  const columns: Columns = {};
  if (!row) return columns;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    const f =
      headerField(v) ??
      lookupHeader(v, CONTACT_FIELD_OF) ??
      (lookupPoolField(v) === "stage" ? "stage" : undefined);
    if (f !== undefined && columns[f] === undefined) columns[f] = c;
  }
  return columns;
}

function isContactColumns(c: Columns): boolean {
  if (c.certNo !== undefined || c.issueDate !== undefined || c.stage !== undefined) return false;
  if (c.date === undefined || (c.name === undefined && c.creditCode === undefined)) return false;
  return (
    c.visitor !== undefined ||
    c.form !== undefined ||
    c.problem !== undefined ||
    c.status !== undefined ||
    c.due !== undefined
  );
}

/** Whether a header row is a contact sheet's (and so neither a roster's nor a pool's). */
export function isContactHeaderRow(row: CellValue[] | undefined): boolean {
  return isContactColumns(matchRow(row));
}

/** The contact header among the first 20 rows: the contact header row naming the most known columns; null when none. */
export function detectContactHeader(values: CellValue[][]): ContactHeader | null {
  const found = bestHeaderRow(values, matchRow, isContactColumns);
  if (!found) return null;
  const c = found.columns;
  return {
    rowIndex: found.rowIndex,
    date: c.date as number,
    name: c.name,
    creditCode: c.creditCode,
    visitor: c.visitor,
    form: c.form,
    problem: c.problem,
    status: c.status,
    due: c.due,
  };
}
