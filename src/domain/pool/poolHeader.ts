/**
 * Recognising a pool sheet (培育库, docs/rules.md section 8) by its header: a name or credit code column and
 * a stage column, and no certificate-number column (a sheet with certificate numbers is a roster).
 * Header cells are matched as the roster's are (sheets/headerCells lookupHeader), so decorated headings
 * (培育阶段（请选择）, a line break, a trailing colon) work the same way.
 */
import { bestHeaderRow, lookupHeader } from "../sheets/headerCells";
import { headerField } from "../sheets/enterpriseHeadings";
import type { CellValue, RosterField } from "../core/types";

/** Columns only a pool sheet has. `entered`, `contact` and `notes` only help find the header row. */
export type PoolField = "stage" | "plannedYear" | "entered" | "contact" | "notes";

// Keys as sheets/headerCells compares them: white space removed, half-width, lower case, punctuation dropped.
const SYNONYMS: Record<PoolField, string[]> = {
  stage: ["培育阶段", "阶段", "入库状态", "培育状态", "当前阶段", "所处阶段", "stage", "poolstage"],
  plannedYear: [
    "计划申报年度",
    "申报年度",
    "计划申报年份",
    "申报年份",
    "拟申报年度",
    "计划申报时间",
    "计划申报年",
    "plannedyear",
    "applicationyear",
    "plannedapplicationyear",
  ],
  entered: ["入库日期", "入库时间", "dateentered", "entered"],
  contact: ["联系人", "联系方式", "联系电话", "contact"],
  notes: ["备注", "说明", "notes", "note", "remarks"],
};

/** The headings a pool column is recognised by (as rosterHeadings). */
export function poolHeadings(field: PoolField): readonly string[] {
  return SYNONYMS[field];
}

const POOL_FIELD_OF = new Map<string, PoolField>();
for (const field of Object.keys(SYNONYMS) as PoolField[])
  for (const s of SYNONYMS[field]) POOL_FIELD_OF.set(s, field);

/** The pool column a header cell names (培育阶段 -> "stage"), if any. */
export function lookupPoolField(v: CellValue): PoolField | undefined {
  return lookupHeader(v, POOL_FIELD_OF);
}

/** Where a pool sheet's header is and the 0-based columns the reader uses. */
export interface PoolHeader {
  rowIndex: number;
  name?: number;
  creditCode?: number;
  unit?: number;
  stage: number;
  plannedYear?: number;
  /** 入库日期: only the newest date a file holds reads it (docs/rules.md section 12). */
  entered?: number;
}

type Columns = Partial<Record<RosterField | PoolField, number>>;

/** The roster and pool fields a row names, first cell winning when two name the same field. */
function matchRow(row: CellValue[] | undefined): Columns {
  const columns: Columns = {};
  if (!row) return columns;
  for (let c = 0; c < row.length; c++) {
    const f = headerField(row[c]) ?? lookupPoolField(row[c]);
    if (f !== undefined && columns[f] === undefined) columns[f] = c;
  }
  return columns;
}

function isPoolColumns(c: Columns): boolean {
  return (
    (c.name !== undefined || c.creditCode !== undefined) &&
    c.stage !== undefined &&
    c.certNo === undefined
  );
}

/** Whether a header row is a pool sheet's: a name or credit code, a stage, and no certificate number. */
export function isPoolHeaderRow(row: CellValue[] | undefined): boolean {
  return isPoolColumns(matchRow(row));
}

/** The pool header among the first 20 rows: the pool header row naming the most known columns; null when none. */
export function detectPoolHeader(values: CellValue[][]): PoolHeader | null {
  const found = bestHeaderRow(values, matchRow, isPoolColumns);
  if (!found) return null;
  const c = found.columns;
  return {
    rowIndex: found.rowIndex,
    name: c.name,
    creditCode: c.creditCode,
    unit: c.unit,
    stage: c.stage as number,
    plannedYear: c.plannedYear,
    entered: c.entered,
  };
}
