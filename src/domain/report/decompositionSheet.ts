/**
 * A decomposition as a target-table sheet (docs/rules.md sections 3 and 9), formatted as a report: title, the
 * method line, then 责任单位 | 基数 | (培育库) | 占比 | one column a year, ending at 合计, and the notes
 * below. readTargetTable reads it back as the same table (header, units, 合计, and the method line), so
 * the analysis uses it like any other target table. Both renderers draw it (the CLI's own .xlsx writer,
 * Office.js in the add-in).
 */
import { isoFromSerial } from "../core/dates";
import { interpolate } from "../core/interpolate";
import type { Decomposition } from "../decompose/decompose";
import { floorLabel, methodNote } from "../decompose/decomposeLabels";
import type { Lang } from "../core/types";
import { ReportGrid } from "./grid";
import type { ReportLayout, ReportValue } from "./layout";
import { COLORS, FONT_SIZES, FORMATS, ROW_HEIGHTS } from "./palette";
import { HEADER_STYLE } from "./tableParts";
import { MARGINS } from "./pageFit";

const TEXT = {
  title: {
    "zh-CN": "{district}高新技术企业目标任务分解（{years}年）",
    "en-US": "{district} high-tech enterprise targets by unit, {years}",
  },
  floor: { "zh-CN": "；下限：{floor}", "en-US": "; floor: {floor}" },
  // The unit heading and 合计 are words readTargetTable knows in both languages.
  unit: { "zh-CN": "责任单位", "en-US": "Unit" },
  base: { "zh-CN": "基数（{date}有效数）", "en-US": "Base (valid at {date})" },
  pool: { "zh-CN": "培育库（服务、推出）", "en-US": "Pool (served, submitted)" },
  share: { "zh-CN": "占比", "en-US": "Share" },
  year: { "zh-CN": "{year}年", "en-US": "{year}" },
  total: { "zh-CN": "合计", "en-US": "Total" },
  warning: { "zh-CN": "注意：", "en-US": "Note: " },
};

function text(
  lang: Lang,
  key: keyof typeof TEXT,
  vars: Record<string, string | number> = {}
): string {
  return interpolate(TEXT[key][lang], vars);
}

/** The sheet's layout; its name is the decomposition table's own (目标任务分解 2025-2027). */
export function buildDecompositionLayout(
  d: Decomposition,
  district: string,
  lang: Lang = "zh-CN"
): ReportLayout {
  const hasPool = d.units.some((u) => u.pool !== null);
  const width = 3 + (hasPool ? 1 : 0) + d.years.length;
  const grid = new ReportGrid(width);
  const first = d.years[0];
  const last = d.years[d.years.length - 1];
  const baseIso = isoFromSerial(d.baseDate);

  const title = grid.addRow([
    text(lang, "title", { district, years: first === last ? `${first}` : `${first}-${last}` }),
  ]);
  const note = grid.addRow([
    methodNote(d.method, baseIso, lang) + text(lang, "floor", { floor: floorLabel(d.floor, lang) }),
  ]);
  grid.addRow();
  for (const row of [title, note]) grid.mergeRow(row);
  grid.style(title, 0, 1, width, {
    bold: true,
    fontSize: FONT_SIZES.title,
    fontColor: COLORS.titleFont,
    hAlign: "center",
    vAlign: "middle",
  });
  grid.style(note, 0, 1, width, {
    fontSize: FONT_SIZES.subtitle,
    fontColor: COLORS.noteFont,
    hAlign: "center",
    vAlign: "middle",
  });
  grid.rowHeights.push(
    { row: title, height: ROW_HEIGHTS.title },
    { row: note, height: ROW_HEIGHTS.subtitle }
  );
  grid.sections.push({
    id: "title",
    kind: "text",
    headerRow: title,
    firstRow: title,
    lastRow: note,
  });

  const header = grid.addRow([
    text(lang, "unit"),
    text(lang, "base", { date: baseIso }),
    ...(hasPool ? [text(lang, "pool")] : []),
    text(lang, "share"),
    ...d.years.map((year) => text(lang, "year", { year })),
  ]);
  grid.style(header, 0, 1, width, HEADER_STYLE);
  const firstRow = grid.nextRow;
  const baseSum = d.units.reduce((s, u) => s + u.base, 0);
  const poolSum = d.units.reduce((s, u) => s + (u.pool ?? 0), 0);
  for (const u of d.units) {
    const cells: ReportValue[] = [
      u.unit,
      u.base,
      ...(hasPool ? [u.pool] : []),
      u.share,
      ...d.years.map((y) => u.targets[y]),
    ];
    grid.addRow(cells);
  }
  const totalShare = d.units.length > 0 ? 1 : 0;
  const totalRow = grid.addRow([
    text(lang, "total"),
    baseSum,
    ...(hasPool ? [poolSum] : []),
    totalShare,
    ...d.years.map((y) => d.total[y]),
  ]);
  const rows = totalRow - firstRow + 1;
  const shareCol = hasPool ? 3 : 2;
  grid.style(firstRow, 0, rows, width, {
    border: true,
    vAlign: "middle",
    numberFormat: FORMATS.count,
    hAlign: "right",
  });
  grid.style(firstRow, 0, rows, 1, { hAlign: "left", numberFormat: FORMATS.text });
  grid.style(firstRow, shareCol, rows, 1, { numberFormat: FORMATS.percent });
  grid.style(totalRow, 0, 1, width, { bold: true, fill: COLORS.totalFill });
  grid.sections.push({
    id: "units",
    kind: "table",
    headerRow: header,
    firstRow,
    lastRow: totalRow,
    cols: width,
  });

  // Below 合计 (where readTargetTable stops): why a year could not keep its floors, and how the split was made.
  const lines = [
    ...d.findings.map((f) => text(lang, "warning") + f.message[lang]),
    ...d.notes.map((n) => n[lang]),
  ];
  if (lines.length > 0) grid.addRow();
  for (const line of lines) {
    const row = grid.addRow([line]);
    grid.mergeRow(row);
    grid.style(row, 0, 1, width, { fontColor: COLORS.noteFont, wrap: true, vAlign: "top" });
    grid.rowHeights.push({ row, height: 30 });
  }

  return {
    id: "decomposition",
    sheetName: d.table.source,
    lang,
    values: grid.values,
    styles: [
      {
        range: { row: 0, col: 0, rows: grid.values.length, cols: width },
        style: { fontSize: FONT_SIZES.body },
      },
      ...grid.styles,
    ],
    merges: grid.merges,
    columnWidths: [18, 16, ...(hasPool ? [14] : []), 9, ...d.years.map(() => 10)],
    rowHeights: grid.rowHeights,
    freeze: { rows: header + 1, columns: 1 },
    conditionalFormats: [],
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: header, last: header },
      margins: MARGINS,
      centerHorizontally: true,
      rowBreaks: [],
    },
    chart: null,
    sections: grid.sections,
  };
}
