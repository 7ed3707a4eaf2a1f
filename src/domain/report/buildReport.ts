/**
 * Analysis -> the report: a list of sheet layouts that every renderer draws (the CLI's .xlsx writer,
 * Office.js, the Word bulletin). The 通报 first, then its 附件 numbered in the order of ANNEXES, each
 * present when it applies; adding an 附件 is one AnnexBuilder in that list.
 */
import { analyseWorkbook } from "../analysis/analyseWorkbook";
import type { Analysis, Lang, Serial, Settings, SheetInput } from "../core/types";
import type { AnnexBuilder } from "./annexFrame";
import { awardsAnnex } from "./awardsSheet";
import { bulletinFigures, type Comparison } from "./bulletinFigures";
import { bulletinOptions, type BulletinOptions } from "./bulletinOptions";
import { buildBulletinSheet } from "./bulletinSheet";
import { compareDateFor } from "./compareDate";
import { expiringAnnex } from "./expiringSheet";
import { findingsAnnex } from "./findingsSheet";
import type { ReportLayout, SheetId } from "./layout";
import { poolAnnex } from "./poolSheet";
import { fallsAnnex } from "./fallsSheet";
import { progressAnnex } from "./progressSheet";
import { sourcesAnnex } from "./sourcesSheet";
import type { ReportContext } from "./reportContext";
import { toVisitAnnex } from "./toVisitSheet";
import { workpaperSheets } from "./workpaper";

/** The 附件, in their order. */
export const ANNEXES: readonly AnnexBuilder[] = [
  expiringAnnex,
  awardsAnnex,
  findingsAnnex,
  poolAnnex,
  toVisitAnnex,
  progressAnnex,
  fallsAnnex,
  sourcesAnnex,
];

/**
 * The report before its sheets are built: its context (the figures, the 附件 numbers) and its 附件 in
 * order. The context keeps no more of the analysis at the comparison date than the figures need, so a
 * caller may let that analysis go once the plan is made.
 */
export interface ReportPlan {
  ctx: ReportContext;
  annexes: readonly AnnexBuilder[];
}

/** The plan of the report for an analysis and the analysis of the same data at the comparison date. */
export function reportPlan(
  analysis: Analysis,
  compare: Comparison,
  opts: BulletinOptions
): ReportPlan {
  const numbers = new Map<SheetId, number>();
  const ctx: ReportContext = {
    lang: opts.lang,
    analysis,
    figures: bulletinFigures(analysis, compare),
    opts,
    annex: (id) => numbers.get(id) ?? null,
  };
  const annexes = ANNEXES.filter((a) => a.include(ctx));
  annexes.forEach((a, k) => numbers.set(a.id, k + 1));
  return { ctx, annexes };
}

/**
 * The report's sheets one at a time, each built when asked for: a writer that draws a sheet and lets it
 * go never holds two long 附件 (a full roster's lists) at once.
 */
export function* reportSheets(plan: ReportPlan): Generator<ReportLayout> {
  yield buildBulletinSheet(plan.ctx);
  for (let k = 0; k < plan.annexes.length; k++) yield plan.annexes[k].build(plan.ctx, k + 1);
}

/** The report's sheets for an analysis and the analysis of the same data at the comparison date. */
export function buildReport(
  analysis: Analysis,
  compare: Analysis,
  opts: BulletinOptions
): ReportLayout[] {
  return [...reportSheets(reportPlan(analysis, compare, opts))];
}

/** The 工作底稿's sheets (data findings, unpaid award events) of a report's plan. */
export function planWorkpaper(plan: ReportPlan): ReportLayout[] {
  return workpaperSheets(plan.ctx);
}

/** The 工作底稿's sheets (data findings, unpaid award events) for the same analyses as buildReport. */
export function buildWorkpaper(
  analysis: Analysis,
  compare: Analysis,
  opts: BulletinOptions
): ReportLayout[] {
  return planWorkpaper(reportPlan(analysis, compare, opts));
}

export interface BookInput {
  /** The workbook's sheets, as analysed. */
  sheets: SheetInput[];
  /** Their analysis at the as-of date. */
  analysis: Analysis;
  settings: Settings;
  lang: Lang;
  /** Today: the 落款 date unless the settings fix one. */
  today: Serial;
}

/**
 * The report the add-in writes, from the ribbon's 生成通报 and from the task pane alike: the workbook's
 * sheets analysed again at the comparison date (settings report.compare), against the same target table;
 * with `withWorkpaper`, the 工作底稿's sheets after the report's (the pane's 生成工作底稿).
 */
export function buildReportBook(input: BookInput, withWorkpaper = false): ReportLayout[] {
  const { sheets, analysis, settings, lang, today } = input;
  const compareAt = compareDateFor(analysis.asOf, settings.report.compare);
  const compare = analyseWorkbook(sheets, { asOf: compareAt, settings, targets: analysis.targets });
  const opts = bulletinOptions(settings, lang, today);
  const report = buildReport(analysis, compare, opts);
  return withWorkpaper ? [...report, ...buildWorkpaper(analysis, compare, opts)] : report;
}
