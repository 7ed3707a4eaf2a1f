/**
 * Marks the rows of the expiring list in the user's roster sheets with conditional formats (no cell value
 * changes) and removes them again. One custom-formula rule per sheet and status, over the sheet's used
 * range, whose formula names the rows it marks: =AND(ISTEXT("GAOQI-EXPIRING"),ISNUMBER(MATCH(ROW(),{3,9,12},0))).
 * ROW() is the row of the cell the rule is evaluated for, so the rule marks exactly the listed rows however
 * scattered they are (an unsorted roster would otherwise need a rule per row). The ISTEXT("GAOQI-...") tag is
 * always TRUE and is how the add-in finds its own rules later (in any session, after a save), never
 * touching the user's. A formula is kept under Excel's 8,192-character limit ("Excel specifications and
 * limits", https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * a list too long for one formula goes into as few rules as fit.
 * Calls: ConditionalFormatCollection.add("Custom"), custom.rule.formula, custom.format (ExcelApi 1.6,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection).
 */
import type { Analysis, ExpiryStatus } from "../domain/core/types";
import { columnLetter } from "../domain/sheets/columnLetters";
import { type RunBatch, type SupportsSet, requireSet } from "./excelRun";

export const TAG = "GAOQI-";
const FILL: Record<ExpiryStatus, { fill: string; font: string }> = {
  expired: { fill: "#FFC7CE", font: "#9C0006" },
  expiring: { fill: "#FFEB9C", font: "#9C5700" },
};

/** Characters of the row list in one formula: well under Excel's 8,192 with the rest of the formula. */
export const MAX_ROW_LIST_CHARS = 8000;

/** The rule's formula: TRUE in the listed 1-based rows, tagged as the add-in's. */
export const tagFormula = (status: ExpiryStatus, rows: readonly number[]): string =>
  `=AND(ISTEXT("${TAG}${status.toUpperCase()}"),ISNUMBER(MATCH(ROW(),{${rows.join(",")}},0)))`;

export interface HighlightRule {
  sheet: string;
  status: ExpiryStatus;
  /** 1-based sheet rows, ascending. */
  rows: number[];
}

/** The rules for a list of rows: one per sheet and status (more only when the row list outgrows one formula). */
export function highlightRules(
  items: { sheet: string; row: number; status: ExpiryStatus }[],
  maxChars = MAX_ROW_LIST_CHARS
): HighlightRule[] {
  const groups = new Map<string, HighlightRule>();
  for (const it of items) {
    const key = JSON.stringify([it.sheet, it.status]);
    const g = groups.get(key) ?? { sheet: it.sheet, status: it.status, rows: [] };
    groups.set(key, g);
    g.rows.push(it.row);
  }
  const rules: HighlightRule[] = [];
  for (const g of groups.values()) {
    const rows = [...new Set(g.rows)].sort((a, b) => a - b);
    let current: number[] = [];
    let chars = 0;
    for (const row of rows) {
      const add = String(row).length + 1;
      if (current.length > 0 && chars + add > maxChars) {
        rules.push({ ...g, rows: current });
        current = [];
        chars = 0;
      }
      current.push(row);
      chars += add;
    }
    if (current.length > 0) rules.push({ ...g, rows: current });
  }
  return rules;
}

const NEEDS = { "zh-CN": "标记到期", "en-US": "Highlighting expiring certificates" };

/** Removes every rule the add-in added (by its tag), in every sheet; resolves to the number removed. */
export async function clearHighlights(run: RunBatch, supports: SupportsSet): Promise<number> {
  requireSet(supports, "ExcelApi", "1.6", NEEDS);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const collections = sheets.items.map((ws) => {
      const cfs = ws.getRange().conditionalFormats;
      cfs.load("items/type");
      return cfs;
    });
    await context.sync();
    const custom = collections.flatMap((cfs) => cfs.items.filter((cf) => cf.type === "Custom"));
    const rules = custom.map((cf) => {
      const rule = cf.custom.rule;
      rule.load("formula");
      return { cf, rule };
    });
    if (rules.length === 0) return 0;
    await context.sync();
    const ours = rules.filter(({ rule }) => rule.formula.includes(`"${TAG}`));
    ours.forEach(({ cf }) => cf.delete());
    await context.sync();
    return ours.length;
  });
}

/** Adds the rules for the analysis's expiring list (replacing earlier ones); resolves to rows marked. */
export async function highlightExpiring(
  run: RunBatch,
  analysis: Analysis,
  supports: SupportsSet
): Promise<number> {
  await clearHighlights(run, supports);
  const rules = highlightRules(analysis.expiring);
  if (rules.length === 0) return 0;
  return run(async (context) => {
    const sheetNames = [...new Set(rules.map((r) => r.sheet))];
    const used = sheetNames.map((name) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      const r = ws.getUsedRangeOrNullObject(true);
      r.load("rowIndex,rowCount,columnIndex,columnCount");
      return { name, ws, r };
    });
    await context.sync();
    let marked = 0;
    for (const rule of rules) {
      const u = used.find((x) => x.name === rule.sheet);
      if (!u || u.ws.isNullObject || u.r.isNullObject) continue; // the sheet was renamed or emptied since
      const from = columnLetter(u.r.columnIndex);
      const to = columnLetter(u.r.columnIndex + u.r.columnCount - 1);
      const last = Math.max(u.r.rowIndex + u.r.rowCount, rule.rows[rule.rows.length - 1]);
      const cf = u.ws
        .getRange(`${from}${u.r.rowIndex + 1}:${to}${last}`)
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = tagFormula(rule.status, rule.rows);
      cf.custom.format.fill.color = FILL[rule.status].fill;
      cf.custom.format.font.color = FILL[rule.status].font;
      marked += rule.rows.length;
    }
    await context.sync();
    return marked;
  });
}
