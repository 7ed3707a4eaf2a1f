/**
 * Writes a workbook of one or more sheets as an .xlsx package to `file` (which must not exist yet: the
 * caller writes to a temporary file and renames it; see writeOutput.ts). The sheets are made one at a
 * time (XlsxBook), each sheet's XML deflated into memory as it is made, so a caller can build a sheet, add
 * it and let it go before the next: the workbook part, which names every sheet, comes first in the zip.
 * The styles part is written last, once every sheet's formats are known.
 */
import { appPropsXml, corePropsXml } from "../../../docx/docProps";
import { chartXml, drawingXml } from "./chartXml";
import { deflatePart } from "./deflatedPart";
import { sheetXml } from "./sheetXml";
import { StyleTable } from "./styleTable";
import type { SheetSpec, WorkbookSpec } from "./workbookSpec";
import { escapeXml } from "./xmlEscape";
import { ZipWriter, type DeflatedPart } from "./zipWriter";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const BAD_NAME = /[:\\/?*[\]]/;

function checkName(s: SheetSpec, seen: Set<string>): void {
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

/** `'Name'!$1:$2`, the print titles of a sheet. */
function printTitles(s: SheetSpec): string | null {
  const rows = s.print?.repeatRows;
  if (!rows) return null;
  return `'${s.name.replace(/'/g, "''")}'!$${rows.first + 1}:$${rows.last + 1}`;
}

/** A sheet made ahead: its deflated XML, and what the other parts say of it. */
interface MadeSheet {
  name: string;
  /** Its print titles (`'Name'!$1:$2`), if any. */
  titles: string | null;
  xml: DeflatedPart;
  /** Its chart's number (1, 2, ... over the workbook) and parts, if it has one. */
  chart: { k: number; drawing: string; chart: string } | null;
}

function contentTypes(sheetList: readonly MadeSheet[]): string {
  const count = sheetList.length;
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
  ).join("");
  const charts = sheetList
    .flatMap((s) => (s.chart ? [s.chart.k] : []))
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

function workbookXml(sheets: readonly MadeSheet[]): string {
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

/** A workbook made one sheet at a time, then written whole (see the top of this file). */
export class XlsxBook {
  private readonly styles: StyleTable;
  private readonly made: MadeSheet[] = [];
  private readonly names = new Set<string>();
  private charts = 0;

  constructor(private readonly spec: Omit<WorkbookSpec, "sheets">) {
    this.styles = new StyleTable({
      fontName: spec.fontName,
      normalFont: spec.normalFont,
      borderColor: spec.borderColor,
    });
  }

  /** Makes the next sheet; nothing of `sheet` is kept once this resolves. */
  async add(sheet: SheetSpec): Promise<void> {
    checkName(sheet, this.names);
    const xml = await deflatePart(sheetXml(sheet, this.styles, this.made.length === 0));
    const c = sheet.chart;
    this.made.push({
      name: sheet.name,
      titles: printTitles(sheet),
      xml,
      chart: c
        ? {
            k: ++this.charts,
            drawing: drawingXml(c),
            chart: chartXml(c, sheet.name, sheet.values, this.spec.fontName),
          }
        : null,
    });
  }

  /** Writes the workbook to the new file `file`; on failure the partial file is left for the caller to remove. */
  async write(file: string, now = new Date()): Promise<void> {
    const sheets = this.made;
    if (sheets.length === 0) throw new RangeError("a workbook needs at least one sheet");
    const creator = this.spec.creator;
    const zip = new ZipWriter(file);
    try {
      await zip.add("[Content_Types].xml", [contentTypes(sheets)]);
      await zip.add("_rels/.rels", [packageRels()]);
      await zip.add("docProps/core.xml", [corePropsXml({ creator, now })]);
      await zip.add("docProps/app.xml", [appPropsXml(creator)]);
      await zip.add("xl/workbook.xml", [workbookXml(sheets)]);
      await zip.add("xl/_rels/workbook.xml.rels", [workbookRels(sheets.length)]);
      for (let i = 0; i < sheets.length; i++) {
        const { xml, chart } = sheets[i];
        zip.addDeflated(`xl/worksheets/sheet${i + 1}.xml`, xml);
        if (!chart) continue;
        const k = chart.k;
        await zip.add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, [
          partRels(`${REL}/drawing`, `../drawings/drawing${k}.xml`),
        ]);
        await zip.add(`xl/drawings/drawing${k}.xml`, [chart.drawing]);
        await zip.add(`xl/drawings/_rels/drawing${k}.xml.rels`, [
          partRels(`${REL}/chart`, `../charts/chart${k}.xml`),
        ]);
        await zip.add(`xl/charts/chart${k}.xml`, [chart.chart]);
      }
      await zip.add("xl/styles.xml", [this.styles.toXml()]);
      zip.finish();
    } finally {
      zip.close();
    }
  }
}

/** Writes `spec` to the new file `file`; on failure the partial file is left for the caller to remove. */
export async function writeXlsx(file: string, spec: WorkbookSpec, now = new Date()): Promise<void> {
  if (spec.sheets.length === 0) throw new RangeError("a workbook needs at least one sheet");
  const book = new XlsxBook(spec);
  for (const sheet of spec.sheets) await book.add(sheet);
  await book.write(file, now);
}
