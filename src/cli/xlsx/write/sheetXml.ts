/**
 * One worksheet part, made in chunks of a few hundred KB as the zip writer asks for them. Elements
 * come in the order the schema requires (Excel refuses others): sheetPr, dimension, sheetViews,
 * sheetFormatPr, cols, sheetData, mergeCells, conditionalFormatting, printOptions, pageMargins,
 * pageSetup, headerFooter, rowBreaks, drawing. Strings are inline strings, so no shared string table is held in memory,
 * and never formulas: "=SUM(A1)" is the text a user typed.
 */
import type { ConditionalRule } from "../../../domain/report/layout";
import { asciiBytes } from "../bytes";
import { ByteSink } from "./byteSink";
import { StyleGrid } from "../../../domain/report/styleGrid";
import { a1, columnLetter } from "../../../domain/sheets/columnLetters";
import type { StyleTable } from "./styleTable";
import type { HeaderFooter, SheetSpec } from "./workbookSpec";
import { cellText, escapeXml, needsPreserve } from "./xmlEscape";

/** Bytes of XML gathered before a chunk is handed on. */
const CHUNK_BYTES = 256 * 1024;

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

function sheetView(spec: SheetSpec, selected: boolean): string {
  const open = `<sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}`;
  const f = spec.freeze;
  if (!f || (f.rows <= 0 && f.columns <= 0)) return `<sheetViews>${open}/></sheetViews>`;
  const pane = f.rows > 0 && f.columns > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = `${columnLetter(Math.max(0, f.columns))}${Math.max(0, f.rows) + 1}`;
  return (
    `<sheetViews>${open}><pane` +
    (f.columns > 0 ? ` xSplit="${f.columns}"` : "") +
    (f.rows > 0 ? ` ySplit="${f.rows}"` : "") +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function columns(widths: readonly number[]): string {
  if (widths.length === 0) return "";
  const cols = widths.map(
    (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${num(w)}" customWidth="1"/>`
  );
  return `<cols>${cols.join("")}</cols>`;
}

function conditionalFormats(rules: readonly ConditionalRule[], styles: StyleTable): string {
  let out = "";
  let priority = 1;
  for (let i = 0; i < rules.length;) {
    const ref = a1(rules[i].range);
    let block = "";
    for (; i < rules.length && a1(rules[i].range) === ref; i++) {
      const r = rules[i];
      const dxf = styles.dxf({ fill: r.fill, fontColor: r.fontColor });
      const formulas =
        r.operator === "between"
          ? `<formula>${r.value1}</formula><formula>${r.value2 ?? r.value1}</formula>`
          : `<formula>${r.value1}</formula>`;
      block += `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="${r.operator}">${formulas}</cfRule>`;
    }
    out += `<conditionalFormatting sqref="${ref}">${block}</conditionalFormatting>`;
  }
  return out;
}

function headerFooter(h?: HeaderFooter): string {
  if (!h) return "";
  return escapeXml(
    (h.left ? `&L${h.left}` : "") +
      (h.center ? `&C${h.center}` : "") +
      (h.right ? `&R${h.right}` : "")
  );
}

function printSetup(spec: SheetSpec): string {
  const p = spec.print;
  if (!p)
    return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const m = p.margins ?? {
    left: 0.7,
    right: 0.7,
    top: 0.75,
    bottom: 0.75,
    header: 0.3,
    footer: 0.3,
  };
  const fit = p.fitToWidth !== undefined || p.fitToHeight !== undefined;
  const head = headerFooter(p.header);
  const foot = headerFooter(p.footer);
  return (
    (p.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : "") +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${p.orientation}"` +
    (fit ? ` fitToWidth="${p.fitToWidth ?? 1}" fitToHeight="${p.fitToHeight ?? 0}"` : "") +
    "/>" +
    (head || foot
      ? `<headerFooter>${head ? `<oddHeader>${head}</oddHeader>` : ""}${foot ? `<oddFooter>${foot}</oddFooter>` : ""}</headerFooter>`
      : "") +
    rowBreaks(p.rowBreaks ?? [])
  );
}

/** Manual page breaks: each `brk` id is the last row (1-based) before the break, so a 0-based start row as it is. */
function rowBreaks(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const brk = rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${brk}</rowBreaks>`;
}

/** The worksheet XML of `spec`, in chunks. `styles` is the workbook's shared style table. */
export function* sheetXml(
  spec: SheetSpec,
  styles: StyleTable,
  selected: boolean
): Generator<Uint8Array> {
  const rowCount = spec.values.length;
  const cols = Math.max(spec.columns, 1);
  const grid = new StyleGrid(rowCount, cols);
  for (const s of spec.styles) grid.apply(s);
  const xfOf = grid.states.map((s, i) => (i === 0 ? 0 : styles.xf(s)));
  const heights = new Map(spec.rowHeights.map((h) => [h.row, h.height]));
  const letters = Array.from({ length: cols }, (_, c) => columnLetter(c));
  const fit =
    spec.print && (spec.print.fitToWidth !== undefined || spec.print.fitToHeight !== undefined);

  const out = new ByteSink(CHUNK_BYTES);
  out.utf8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
      `<dimension ref="${rowCount > 0 ? `A1:${letters[cols - 1]}${rowCount}` : "A1"}"/>` +
      sheetView(spec, selected) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      columns(spec.columnWidths) +
      "<sheetData>"
  );

  // Per column, `<c r="` and its letters; per style state, the rest of the opening tag's reference
  // attribute with its format, when it has one.
  const cellOpen = letters.map((l) => asciiBytes(`<c r="${l}`));
  const refEnd = xfOf.map((xf) => asciiBytes(xf === 0 ? '"' : `" s="${xf}"`));
  const cells = grid.cells;
  for (let r = 0; r < rowCount; r++) {
    const row = spec.values[r];
    const height = heights.get(r);
    let any = height !== undefined;
    if (!any) {
      for (let c = 0; c < cols && !any; c++) {
        const v = c < row.length ? row[c] : null;
        any = (v !== null && v !== undefined) || cells[r * cols + c] !== 0;
      }
      if (!any) continue;
    }
    out.ascii('<row r="');
    out.uint(r + 1);
    out.ascii(height !== undefined ? `" ht="${num(height)}" customHeight="1">` : '">');
    for (let c = 0; c < cols; c++) {
      const v = c < row.length ? row[c] : null;
      const state = cells[r * cols + c];
      if ((v === null || v === undefined) && state === 0) continue;
      out.bytes(cellOpen[c]);
      out.uint(r + 1);
      out.bytes(refEnd[state]);
      if (v === null || v === undefined) out.ascii("/>");
      else if (typeof v === "string") {
        out.ascii(
          needsPreserve(v)
            ? ' t="inlineStr"><is><t xml:space="preserve">'
            : ' t="inlineStr"><is><t>'
        );
        out.utf8(cellText(v));
        out.ascii("</t></is></c>");
      } else if (typeof v === "number") {
        if (Number.isFinite(v)) {
          out.ascii("><v>");
          out.ascii(String(v));
          out.ascii("</v></c>");
        } else out.ascii(' t="e"><v>#NUM!</v></c>');
      } else out.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
    }
    out.ascii("</row>");
    if (out.full) yield out.take();
  }
  out.utf8(
    "</sheetData>" +
      (spec.merges.length > 0
        ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${a1(m)}"/>`).join("")}</mergeCells>`
        : "") +
      conditionalFormats(spec.conditionalFormats, styles) +
      printSetup(spec) +
      // The sheet's one relationship, when it has a chart: its drawing (see writeXlsx.ts).
      (spec.chart ? '<drawing r:id="rId1"/>' : "") +
      "</worksheet>"
  );
  yield out.take();
}
