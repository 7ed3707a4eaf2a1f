/** Analysis -> the declarative report layout that both renderers (the CLI's .xlsx writer, Office.js) draw. */
import type { Analysis, Lang } from "../types";
import { addAwards } from "./awardsSection";
import { addExpiring } from "./expiringSection";
import { addFindings } from "./findingsSection";
import { addForecastSummary } from "./forecastSection";
import { ReportGrid } from "./grid";
import { reportText } from "./labels";
import type { ReportLayout } from "./layout";
import { COLUMN_WIDTHS, FONT_SIZES, REPORT_COLUMNS } from "./palette";
import { addPoolAppendix } from "./poolSection";
import { addDecompositionNote } from "./methodNote";
import { addTitle } from "./titleSection";
import { addUnitTable } from "./unitTable";

export interface ReportOptions {
  /** Findings listed one by one (Settings.report.maxListedFindings); the rest are counted per code. All by default. */
  maxListedFindings?: number;
}

/**
 * Builds the report layout for an analysis: title, the forecast sentence, the decomposition note (when
 * the targets were decomposed), per-unit table, expiring list, awards, findings, and the pool annex.
 */
export function buildReportLayout(
  analysis: Analysis,
  lang: Lang = "zh-CN",
  opts: ReportOptions = {}
): ReportLayout {
  const grid = new ReportGrid(REPORT_COLUMNS);
  addTitle(grid, analysis, lang);
  addForecastSummary(grid, analysis, lang);
  addDecompositionNote(grid, analysis, lang);
  const chart = addUnitTable(grid, analysis, lang);
  const unitsHeader = grid.sections.find((s) => s.id === "units")!.headerRow;
  addExpiring(grid, analysis, lang);
  addAwards(grid, analysis, lang);
  addFindings(grid, analysis, lang, opts.maxListedFindings);
  addPoolAppendix(grid, analysis, lang);
  return {
    sheetName: reportText(lang, "sheetName"),
    lang,
    values: grid.values,
    // The body font comes first so that every section's own styles override it.
    styles: [
      {
        range: { row: 0, col: 0, rows: grid.values.length, cols: REPORT_COLUMNS },
        style: { fontSize: FONT_SIZES.body },
      },
      ...grid.styles,
    ],
    merges: grid.merges,
    columnWidths: COLUMN_WIDTHS.slice(0, REPORT_COLUMNS),
    rowHeights: grid.rowHeights,
    freeze: { rows: unitsHeader + 1, columns: 0 },
    conditionalFormats: grid.conditionalFormats,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: 0, last: 1 },
    },
    chart,
    sections: grid.sections,
  };
}
