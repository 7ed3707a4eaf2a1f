/**
 * Finding the header row of an enterprise roster (DOMAIN.md section 6): the row among the first 20 that
 * names the most known columns, in Chinese or English, however the user decorated the header cells
 * (line breaks, full-width brackets, notes such as （年月日）, a trailing colon or asterisk).
 */
import { parseCertNumber } from "../enterprise/certificate";
import { parseDateValue } from "../core/dates";
import { columnIndex } from "../core/findings";
import { normaliseName } from "../core/text";
import type { CellValue, HeaderMatch, RosterField } from "../core/types";

/** Rows searched for a header. */
export const HEADER_ROWS = 20;

// Keys are compared after headerKey(): white space removed, half-width, lower case, punctuation dropped.
const SYNONYMS: Record<RosterField, string[]> = {
  name: [
    "企业名称", "单位名称", "公司名称", "企业全称", "企业名", "名称", "企业",
    "company", "companyname", "enterprise", "enterprisename", "name",
  ],
  creditCode: [
    "统一社会信用代码", "社会信用代码", "信用代码", "统一代码",
    "creditcode", "unifiedsocialcreditcode", "socialcreditcode", "uscc",
  ],
  certNo: [
    "证书编号", "证书号", "证书号码", "高企证书编号", "高新技术企业证书编号",
    "certificateno", "certificatenumber", "certno", "certificate", "certnumber",
  ],
  issueDate: [
    "发证日期", "发证时间", "认定日期", "认定时间", "发证年月日", "颁发日期",
    "issuedate", "dateofissue", "issued", "issuedon", "recognitiondate",
  ],
  unit: [
    "所属镇/园区", "所属镇园区", "所属镇", "所属园区", "所属镇(园区)", "责任单位", "所属街镇", "属地", "镇/园区", "街镇",
    "所属单位", "unit", "town", "responsibleunit",
  ],
  type: ["认定类型", "类型", "认定类别", "type", "recognitiontype", "awardtype"],
  moveIn: ["迁入日期", "迁入时间", "movein", "moveindate", "movedin", "relocationdate"],
  moveOut: ["迁出日期", "迁出时间", "moveout", "moveoutdate", "movedout"],
  revoked: [
    "取消日期", "撤销日期", "取消年度", "取消时间", "撤销时间", "取消资格日期",
    "revoked", "revokeddate", "revocationdate", "revokedon", "revokedyear", "revocationyear",
  ],
};

/** The headings a roster column is recognised by (comparison keys: Chinese as written, English lower case without spaces). */
export function rosterHeadings(field: RosterField): readonly string[] {
  return SYNONYMS[field];
}

const FIELD_OF = new Map<string, RosterField>();
for (const field of Object.keys(SYNONYMS) as RosterField[]) {
  for (const s of SYNONYMS[field]) FIELD_OF.set(s, field);
}

const PUNCTUATION = /[.\-_:：*＊#№'"“”‘’、,，;；?？]/g;
/** No header names a column in more characters than this; a longer cell is data (and costs nothing more). */
const MAX_HEADER_LENGTH = 100;
const OPENERS = "([【<《";
const CLOSERS = ")]】>》";

/** A header cell's comparison key: white space removed, half-width, lower case, punctuation dropped. */
function headerKey(v: CellValue): string {
  if (typeof v !== "string" || v.length > MAX_HEADER_LENGTH) return "";
  return normaliseName(v).toLowerCase().replace(PUNCTUATION, "");
}

/**
 * The key without its bracketed notes (所属镇（园区） -> 所属镇, 发证日期（年月日） -> 发证日期): from each
 * opening bracket to the first closing bracket after it. One pass, so unclosed brackets cost nothing.
 */
function withoutBrackets(key: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    let open = i;
    while (open < key.length && !OPENERS.includes(key[open])) open++;
    let close = open;
    while (close < key.length && !CLOSERS.includes(key[close])) close++;
    if (close >= key.length) return out + key.slice(i);
    out += key.slice(i, open);
    i = close + 1;
  }
}

/**
 * The entry a header cell names in a table of header keys (synonym -> field), however the cell is
 * decorated: its key, else its key without bracketed notes; undefined when neither is in the table.
 */
export function lookupHeader<F>(v: CellValue, table: ReadonlyMap<string, F>): F | undefined {
  const key = headerKey(v);
  if (key === "") return undefined;
  const direct = table.get(key);
  if (direct !== undefined) return direct;
  const bare = withoutBrackets(key);
  return bare !== key && bare !== "" ? table.get(bare) : undefined;
}

/** Which field a header cell names, or null. */
export function headerField(v: CellValue): RosterField | null {
  return lookupHeader(v, FIELD_OF) ?? null;
}

/** The fields a row names, first cell winning when two cells name the same field. */
function matchRow(row: CellValue[] | undefined): Partial<Record<RosterField, number>> {
  const columns: Partial<Record<RosterField, number>> = {};
  if (!row) return columns;
  for (let c = 0; c < row.length; c++) {
    const f = headerField(row[c]);
    if (f && columns[f] === undefined) columns[f] = c;
  }
  return columns;
}

/**
 * Among the first 20 rows, the row whose matched columns pass `usable` and name the most columns (the
 * first such row on a tie); null when none. Pools and contact logs find their headers this way.
 */
export function bestHeaderRow<C extends object>(
  values: CellValue[][],
  match: (row: CellValue[] | undefined) => C,
  usable: (columns: C) => boolean,
): { rowIndex: number; columns: C } | null {
  let best: { rowIndex: number; columns: C } | null = null;
  let bestCount = 0;
  const rows = Math.min(values.length, HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const columns = match(values[r]);
    const count = Object.keys(columns).length;
    if (!usable(columns) || count <= bestCount) continue;
    best = { rowIndex: r, columns };
    bestCount = count;
  }
  return best;
}

/** True when the columns let a row be counted: a name or code, and a certificate number or issue date. */
function isUsable(columns: Partial<Record<RosterField, number>>): boolean {
  return (columns.name !== undefined || columns.creditCode !== undefined) && (columns.certNo !== undefined || columns.issueDate !== undefined);
}

/** 0-based columns of a user mapping (field -> column letter); null when a letter is not one. */
function mappedColumns(mapping: Partial<Record<RosterField, string>>): Partial<Record<RosterField, number>> | null {
  const out: Partial<Record<RosterField, number>> = {};
  for (const field of Object.keys(mapping) as RosterField[]) {
    const letter = mapping[field];
    if (letter === undefined || letter === "") continue;
    const index = columnIndex(letter);
    if (index < 0) return null;
    out[field] = index;
  }
  return out;
}

/** The first row whose certificate or issue-date cell reads as one (0 when none): where mapped data start. */
function firstDataRow(values: CellValue[][], rows: number, columns: Partial<Record<RosterField, number>>): number {
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const cert = columns.certNo === undefined ? null : row[columns.certNo];
    if (typeof cert === "string" && parseCertNumber(cert)) return r;
    if (columns.issueDate !== undefined && parseDateValue(row[columns.issueDate]).kind === "ok") return r;
  }
  return 0;
}

/**
 * The header row among the first 20 rows: the one naming most known columns, which must include a name
 * or credit code and a certificate number or issue date. A mapping (field -> column letter) overrides the
 * detected columns; without a recognisable header row the data start at the first row whose certificate
 * number or issue date reads as one.
 */
export function detectHeader(values: CellValue[][], userMapping?: Partial<Record<RosterField, string>>): HeaderMatch | null {
  // An empty mapping (every field cleared in the settings) is no mapping.
  const mapping = userMapping && Object.keys(userMapping).length > 0 ? userMapping : undefined;
  let best = -1;
  let bestCount = 0;
  let bestColumns: Partial<Record<RosterField, number>> = {};
  const rows = Math.min(values.length, HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const columns = matchRow(values[r]);
    const count = Object.keys(columns).length;
    const better = mapping ? count > bestCount : isUsable(columns) && count > bestCount;
    if (better) {
      best = r;
      bestCount = count;
      bestColumns = columns;
    }
  }
  if (mapping) {
    const mapped = mappedColumns(mapping);
    if (!mapped) return null;
    const columns = { ...bestColumns, ...mapped };
    if (!isUsable(columns)) return null;
    return { rowIndex: best >= 0 ? best : firstDataRow(values, rows, columns) - 1, columns };
  }
  return best >= 0 ? { rowIndex: best, columns: bestColumns } : null;
}
