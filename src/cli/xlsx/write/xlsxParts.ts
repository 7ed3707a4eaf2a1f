/**
 * The parts of an .xlsx package of one or more sheets, each made as the zip writer asks for it, for any
 * host: the CLI streams them through deflate to a file (writeXlsx.ts), a page zips them into a Blob
 * (xlsxBlob.ts). The styles part comes last, once every sheet's formats are known; readers find parts
 * through the relationships, so their order in the zip does not matter.
 */
import { appPropsXml, corePropsXml } from "../../../docx/docProps";
import { chartXml, drawingXml } from "./chartXml";
import { sheetXml } from "./sheetXml";
import { StyleTable } from "./styleTable";
import type { SheetSpec, WorkbookSpec } from "./workbookSpec";
import { escapeXml } from "./xmlEscape";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const BAD_NAME = /[:\\/?*[\]]/;

/** Throws unless `s` has a name Excel takes and unlike those in `seen` (which it joins). */
export function checkSheetName(s: SheetSpec, seen: Set<string>): void {
  const key = s.name.toLowerCase();
  if (
    s.name.length === 0 ||
    s.name.length > 31 ||
    BAD_NAME.test(s.name) ||
    s.name.startsWith("'") ||
    seen.has(key)
  )
    throw new RangeError(`not a usable sheet name: "${s.name}"`);
  seen.add(key);
}

/** What the package's other parts say of a sheet: its name, print titles and chart number (0: none). */
export interface SheetHead {
  name: string;
  titles: string | null;
  chart: number;
}

/** `'Name'!$1:$2`, the print titles of a sheet. */
export function printTitles(s: SheetSpec): string | null {
  const rows = s.print?.repeatRows;
  if (!rows) return null;
  return `'${s.name.replace(/'/g, "''")}'!$${rows.first + 1}:$${rows.last + 1}`;
}

/** The heads of the sheets: charts numbered 1, 2, ... over the sheets that have one. */
function sheetHeads(sheets: readonly SheetSpec[]): SheetHead[] {
  let n = 0;
  return sheets.map((s) => ({ name: s.name, titles: printTitles(s), chart: s.chart ? ++n : 0 }));
}

function contentTypes(sheetList: readonly SheetHead[]): string {
  const count = sheetList.length;
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
  ).join("");
  const charts = sheetList
    .map((s) => s.chart)
    .filter((k) => k > 0)
    .map(
      (k) =>
        `<Override PartName="/xl/drawings/drawing${k}.xml" ContentType="${CT}.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart${k}.xml" ContentType="${CT}.drawingml.chart+xml"/>`
    )
    .join("");
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    sheets +
    charts +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    `</Types>`
  );
}

function workbookXml(sheets: readonly SheetHead[]): string {
  const names = sheets
    .map((s, i) =>
      s.titles
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(s.titles)}</definedName>`
        : ""
    )
    .join("");
  return (
    `${DECL}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("") +
    `</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    `</workbook>`
  );
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  ).join("");
  return (
    `${DECL}<Relationships xmlns="${PKG_REL}">${sheets}` +
    `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
}

/** A part's relationships: its one relationship, rId1. */
function partRels(type: string, target: string): string {
  return `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;
}

function packageRels(): string {
  return (
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`
  );
}

/** One part of the package: its name, and its content made when asked for (strings are UTF-8). */
export interface XlsxPart {
  name: string;
  chunks: () => Iterable<Uint8Array | string>;
}

const one = (name: string, xml: () => string): XlsxPart => ({ name, chunks: () => [xml()] });

/** The parts before the sheets: content types, relationships, document properties, the workbook. */
export function headParts(heads: readonly SheetHead[], creator: string, now: Date): XlsxPart[] {
  return [
    one("[Content_Types].xml", () => contentTypes(heads)),
    one("_rels/.rels", packageRels),
    one("docProps/core.xml", () => corePropsXml({ creator, now })),
    one("docProps/app.xml", () => appPropsXml(creator)),
    one("xl/workbook.xml", () => workbookXml(heads)),
    one("xl/_rels/workbook.xml.rels", () => workbookRels(heads.length)),
  ];
}

/** The parts of sheet `i`'s (0-based) chart number `k`, after the sheet's own part. */
export function chartParts(
  i: number,
  k: number,
  drawing: () => string,
  chart: () => string
): XlsxPart[] {
  return [
    one(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, () =>
      partRels(`${REL}/drawing`, `../drawings/drawing${k}.xml`)
    ),
    one(`xl/drawings/drawing${k}.xml`, drawing),
    one(`xl/drawings/_rels/drawing${k}.xml.rels`, () =>
      partRels(`${REL}/chart`, `../charts/chart${k}.xml`)
    ),
    one(`xl/charts/chart${k}.xml`, chart),
  ];
}

/** Last: the formats every sheet asked for while it was made. */
export function stylesPart(styles: StyleTable): XlsxPart {
  return one("xl/styles.xml", () => styles.toXml());
}

/** A style table for `spec`'s fonts and borders. */
export function styleTableOf(spec: Omit<WorkbookSpec, "sheets">): StyleTable {
  return new StyleTable({
    fontName: spec.fontName,
    normalFont: spec.normalFont,
    borderColor: spec.borderColor,
  });
}

/** The parts of `spec`, in the order they are to be zipped; made lazily, so zip them in this order. */
export function xlsxParts(spec: WorkbookSpec, now = new Date()): XlsxPart[] {
  if (spec.sheets.length === 0) throw new RangeError("a workbook needs at least one sheet");
  const seen = new Set<string>();
  for (const s of spec.sheets) checkSheetName(s, seen);
  const styles = styleTableOf(spec);
  const heads = sheetHeads(spec.sheets);
  const out = headParts(heads, spec.creator, now);
  spec.sheets.forEach((sheet, i) => {
    out.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      chunks: () => sheetXml(sheet, styles, i === 0),
    });
    const chart = sheet.chart;
    if (chart)
      out.push(
        ...chartParts(
          i,
          heads[i].chart,
          () => drawingXml(chart),
          () => chartXml(chart, sheet.name, sheet.values, spec.fontName)
        )
      );
  });
  out.push(stylesPart(styles));
  return out;
}
