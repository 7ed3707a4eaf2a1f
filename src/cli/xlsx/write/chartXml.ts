/**
 * A sheet's chart as the package parts Excel and LibreOffice read: a drawing part anchoring a graphic
 * frame over the chart's cells, and the chart part itself (DrawingML, ECMA-376 part 1, section 21.2): a
 * clustered bar chart or a line chart whose series refer to the sheet's cells and carry a cache of their
 * values, so a reader draws it without recalculating; a chart with no sheet behind it (the Word bulletin's)
 * carries its values as literals instead. Elements follow the schema's order (CT_BarChart,
 * CT_BarSer, CT_LineChart, CT_LineSer, CT_CatAx, CT_ValAx), which Excel enforces.
 */
import type { ChartSpec, RangeRef } from "../../../domain/report/layout";
import { columnLetter } from "../../../domain/sheets/columnLetters";
import type { WriteValue } from "./workbookSpec";
import { escapeXml } from "./xmlEscape";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

/** An absolute reference to a range of `sheet`: 'Name'!$B$11:$B$22. */
function absolute(sheet: string, r: RangeRef): string {
  const at = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;
  const last = at(r.row + r.rows - 1, r.col + r.cols - 1);
  const first = at(r.row, r.col);
  return `'${sheet.replace(/'/g, "''")}'!${first === last ? first : `${first}:${last}`}`;
}

/** The cells of a one-column range top to bottom, or of a one-row range left to right. */
function cellsOf(values: readonly (readonly WriteValue[])[], r: RangeRef): WriteValue[] {
  if (r.rows === 1 && r.cols > 1)
    return Array.from({ length: r.cols }, (_, i) => values[r.row]?.[r.col + i] ?? null);
  return Array.from({ length: r.rows }, (_, i) => values[r.row + i]?.[r.col] ?? null);
}

/** Points of a one-row or one-column range. */
const lengthOf = (r: RangeRef): number => (r.rows === 1 ? r.cols : r.rows);

/** Where a chart's series get their values: the sheet's cells (with a cache), or literals alone. */
interface Source {
  sheet: string | null;
  values: readonly (readonly WriteValue[])[];
  /** Text as the part must carry it. */
  text: (s: string) => string;
}

function strRef({ sheet, values, text }: Source, r: RangeRef): string {
  const pts = cellsOf(values, r)
    .map((v, i) => `<c:pt idx="${i}"><c:v>${text(v === null ? "" : String(v))}</c:v></c:pt>`)
    .join("");
  if (sheet === null) return `<c:strLit><c:ptCount val="${lengthOf(r)}"/>${pts}</c:strLit>`;
  return `<c:strRef><c:f>${escapeXml(absolute(sheet, r))}</c:f><c:strCache><c:ptCount val="${lengthOf(r)}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef({ sheet, values }: Source, r: RangeRef): string {
  const pts = cellsOf(values, r)
    .map((v, i) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""
    )
    .join("");
  if (sheet === null)
    return `<c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="${lengthOf(r)}"/>${pts}</c:numLit>`;
  return `<c:numRef><c:f>${escapeXml(absolute(sheet, r))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${lengthOf(r)}"/>${pts}</c:numCache></c:numRef>`;
}

/** Text properties: `size` in points, CJK text in the report's font. */
function textProps(size: number, font: string, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${escapeXml(font)}"/><a:ea typeface="${escapeXml(font)}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`
  );
}

/** Where a chart's two axes sit and run (CT_CatAx, CT_ValAx). */
interface AxisPlacement {
  catPos: "b" | "l";
  catOrientation: "minMax" | "maxMin";
  catLabels: "low" | "nextTo";
  valPos: "b" | "l";
  valCrosses: "autoZero" | "max";
}

/** The category and value axes: no tick marks, light gridlines, counts as #,##0. */
function axes(font: string, p: AxisPlacement): string {
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${p.catOrientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${p.catPos}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="${p.catLabels}"/>${textProps(9, font)}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${p.valPos}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${textProps(8, font)}<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${p.valCrosses}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** A series name: the cell naming it, else its text. */
const seriesName = (s: ChartSpec["series"][number], src: Source): string =>
  s.nameCell
    ? `<c:tx>${strRef(src, s.nameCell)}</c:tx>`
    : `<c:tx><c:v>${src.text(s.name)}</c:v></c:tx>`;

/**
 * The line chart's plot: one line per series with round markers, a dashed series (the target) without
 * markers; the first series (the count) labels its last point, so the latest figure reads off the chart.
 */
function linePlot(chart: ChartSpec, src: Source, font: string): string {
  const series = chart.series
    .map((s, i) => {
      const line = `<a:ln w="${s.dashed ? 19050 : 28575}" cap="rnd"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>${s.dashed ? '<a:prstDash val="dash"/>' : ""}<a:round/></a:ln>`;
      const marker = s.dashed
        ? `<c:marker><c:symbol val="none"/></c:marker>`
        : `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>`;
      const last = lengthOf(s.values) - 1;
      const labels =
        i === 0
          ? `<c:dLbls><c:dLbl><c:idx val="${last}"/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(8, font)}` +
            `<c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>` +
            `<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
          : "";
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(s, src)}<c:spPr>${line}</c:spPr>${marker}${labels}` +
        `<c:cat>${strRef(src, chart.categories)}</c:cat><c:val>${numRef(src, s.values)}</c:val><c:smooth val="0"/></c:ser>`
      );
    })
    .join("");
  return (
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>` +
    `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:lineChart>` +
    // The months along the foot (labels below the lowest value), the counts up the left.
    axes(font, {
      catPos: "b",
      catOrientation: "minMax",
      catLabels: "low",
      valPos: "l",
      valCrosses: "autoZero",
    })
  );
}

/**
 * The chart part of `chart` on sheet `sheet` (whose cells are `values`); `sheet` null: a chart of literal
 * values, its text escaped by `text` (the default is SpreadsheetML's escape).
 */
export function chartXml(
  chart: ChartSpec,
  sheet: string | null,
  values: readonly (readonly WriteValue[])[],
  font: string,
  text: (s: string) => string = escapeXml
): string {
  const src: Source = { sheet, values, text };
  const plot = chart.type === "line" ? linePlot(chart, src, font) : barPlot(chart, src, font);
  return (
    `${DECL}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1"><a:latin typeface="${escapeXml(font)}"/><a:ea typeface="${escapeXml(font)}"/></a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1100" b="1"><a:latin typeface="${escapeXml(font)}"/><a:ea typeface="${escapeXml(font)}"/></a:rPr><a:t>${text(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}` +
    `</c:plotArea><c:legend><c:legendPos val="t"/><c:overlay val="0"/>${textProps(9, font)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The bar chart's plot: clustered bars, the last series (the valid count) labelled at the bar ends. */
function barPlot(chart: ChartSpec, src: Source, font: string): string {
  const series = chart.series
    .map((s, i) => {
      const name = seriesName(s, src);
      // The last series (the valid count) carries its values at the bar ends.
      const labels =
        i === chart.series.length - 1
          ? `<c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(8, font)}` +
            `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
            `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
          : "";
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${labels}` +
        `<c:cat>${strRef(src, chart.categories)}</c:cat><c:val>${numRef(src, s.values)}</c:val></c:ser>`
      );
    })
    .join("");
  return (
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="50"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    // Bar charts draw categories bottom-up; "maxMin" puts the first row (rank 1) at the top, and the value
    // axis then crosses at the last category to stay at the foot of the chart.
    axes(font, {
      catPos: "l",
      catOrientation: chart.topDown ? "maxMin" : "minMax",
      catLabels: "nextTo",
      valPos: "b",
      valCrosses: chart.topDown ? "max" : "autoZero",
    })
  );
}

/** The drawing part: one graphic frame over the chart's anchor cells, pointing at the chart by rId1. */
export function drawingXml(chart: ChartSpec): string {
  const a = chart.anchor;
  const corner = (tag: string, row: number, col: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", a.row, a.col)}${corner("to", a.row + a.rows, a.col + a.cols)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
