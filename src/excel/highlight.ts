/**
 * Marks the rows of the expiring list in the user's roster sheets with conditional formats (no cell value
 * changes) and removes them again. Each rule the add-in adds is a custom-formula rule whose formula is
 * always TRUE and carries a tag, =ISTEXT("GAOQI-EXPIRING") or =ISTEXT("GAOQI-EXPIRED"): the tag is how
 * the add-in finds its own rules later (in any session, after a save), and never touches the user's.
 */
import type { Analysis, ExpiryStatus } from "../domain/core/types";
import { columnLetter } from "../domain/sheets/columnLetters";
import { type RunBatch, type SupportsSet, requireSet } from "./excelRun";

export const TAG = "GAOQI-";
const FILL: Record<ExpiryStatus, { fill: string; font: string }> = {
  expired: { fill: "#FFC7CE", font: "#9C0006" },
  expiring: { fill: "#FFEB9C", font: "#9C5700" },
};

export const tagFormula = (status: ExpiryStatus): string => `=ISTEXT("${TAG}${status.toUpperCase()}")`;

/** Runs of consecutive rows with the same status, per sheet: fewer rules than one per row. */
export function rowRuns(items: { sheet: string; row: number; status: ExpiryStatus }[]): { sheet: string; first: number; last: number; status: ExpiryStatus }[] {
  const sorted = [...items].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row));
  const runs: { sheet: string; first: number; last: number; status: ExpiryStatus }[] = [];
  for (const it of sorted) {
    const prev = runs[runs.length - 1];
    if (prev && prev.sheet === it.sheet && prev.status === it.status && it.row <= prev.last + 1) prev.last = Math.max(prev.last, it.row);
    else runs.push({ sheet: it.sheet, first: it.row, last: it.row, status: it.status });
  }
  return runs;
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
export async function highlightExpiring(run: RunBatch, analysis: Analysis, supports: SupportsSet): Promise<number> {
  await clearHighlights(run, supports);
  const runs = rowRuns(analysis.expiring);
  if (runs.length === 0) return 0;
  return run(async (context) => {
    const sheetNames = [...new Set(runs.map((r) => r.sheet))];
    const used = sheetNames.map((name) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      const r = ws.getUsedRangeOrNullObject(true);
      r.load("columnIndex,columnCount");
      return { name, ws, r };
    });
    await context.sync();
    let marked = 0;
    for (const seg of runs) {
      const u = used.find((x) => x.name === seg.sheet);
      if (!u || u.ws.isNullObject || u.r.isNullObject) continue; // the sheet was renamed or emptied since
      const from = columnLetter(u.r.columnIndex);
      const to = columnLetter(u.r.columnIndex + u.r.columnCount - 1);
      const cf = u.ws.getRange(`${from}${seg.first}:${to}${seg.last}`).conditionalFormats.add("Custom");
      cf.custom.rule.formula = tagFormula(seg.status);
      cf.custom.format.fill.color = FILL[seg.status].fill;
      cf.custom.format.font.color = FILL[seg.status].font;
      marked += seg.last - seg.first + 1;
    }
    await context.sync();
    return marked;
  });
}
