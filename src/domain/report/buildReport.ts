/**
 * Analysis -> the report: a list of sheet layouts that every renderer draws (the CLI's .xlsx writer,
 * Office.js, the Word bulletin). The 通报 first, then its 附件 numbered in the order of ANNEXES, each
 * present when it applies; adding an 附件 is one AnnexBuilder in that list.
 */
import { analyseWorkbook } from "../workbook";
import type { Analysis, Lang, Serial, Settings, SheetInput } from "../types";
import type { AnnexBuilder } from "./annexFrame";
import { awardsAnnex } from "./awardsSheet";
import { bulletinFigures } from "./bulletinFigures";
import { bulletinOptions, type BulletinOptions } from "./bulletinOptions";
import { buildBulletinSheet } from "./bulletinSheet";
import { compareDateFor } from "./compareDate";
import { expiringAnnex } from "./expiringSheet";
import { findingsAnnex } from "./findingsSheet";
import type { ReportLayout, SheetId } from "./layout";
import { poolAnnex } from "./poolSheet";
import { fallsAnnex } from "./fallsSheet";
import { progressAnnex } from "./progressSheet";
import type { ReportContext } from "./reportContext";
import { toVisitAnnex } from "./toVisitSheet";

/** The 附件, in their order. */
export const ANNEXES: readonly AnnexBuilder[] = [expiringAnnex, awardsAnnex, findingsAnnex, poolAnnex, toVisitAnnex, progressAnnex, fallsAnnex];

/** The report's sheets for an analysis and the analysis of the same data at the comparison date. */
export function buildReport(analysis: Analysis, compare: Analysis, opts: BulletinOptions): ReportLayout[] {
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
  return [buildBulletinSheet(ctx), ...annexes.map((a, k) => a.build(ctx, k + 1))];
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
 * sheets analysed again at the comparison date (settings report.compare), against the same target table.
 */
export function buildReportBook(input: BookInput): ReportLayout[] {
  const { sheets, analysis, settings, lang, today } = input;
  const compareAt = compareDateFor(analysis.asOf, settings.report.compare);
  const compare = analyseWorkbook(sheets, { asOf: compareAt, settings, targets: analysis.targets });
  return buildReport(analysis, compare, bulletinOptions(settings, lang, today));
}
