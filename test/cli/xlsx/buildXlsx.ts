/**
 * Builds small .xlsx packages from raw XML for the reader's tests, so each test states exactly the
 * bytes it reads (prefixes, missing `r` attributes, odd relationships, hostile content) and no writer
 * library decides for it. Packages are zipped with JSZip (a devDependency).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// JSZip's types are not installed; this is the part of its API the tests use.
interface JSZipLike {
  file(
    name: string,
    data: string | Buffer,
    opts?: { compression?: "STORE" | "DEFLATE" }
  ): JSZipLike;
  generateAsync(opts: {
    type: "nodebuffer";
    compression?: "STORE" | "DEFLATE";
    compressionOptions?: { level: number };
  }): Promise<Buffer>;
}
const JSZip = require("jszip") as new () => JSZipLike;

export const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** The worksheet's <sheetData> content, or the whole part when it starts with "<?xml" or "<worksheet". */
  xml: string;
  /** What follows </sheetData> (e.g. <mergeCells>). */
  after?: string;
  kind?: "worksheet" | "chartsheet";
  state?: "hidden" | "veryHidden";
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  /** Shared strings: plain strings, or raw <si> inner XML when they start with "<". */
  strings?: string[];
  /** Custom number formats (id -> code) and cell formats (numFmtId per xf). */
  numFmts?: Record<number, string>;
  cellXfs?: number[];
  date1904?: boolean;
  /** Extra or replacement parts, by name (a null removes the part). */
  parts?: Record<string, string | Buffer | null>;
  compression?: "STORE" | "DEFLATE";
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The package's parts as name -> content. */
export function xlsxParts(spec: XlsxSpec): Record<string, string | Buffer> {
  const parts: Record<string, string | Buffer> = {};
  const rels: string[] = [];
  const sheetsXml: string[] = [];
  spec.sheets.forEach((s, i) => {
    const n = i + 1;
    const kind = s.kind ?? "worksheet";
    const file = kind === "worksheet" ? `worksheets/sheet${n}.xml` : `chartsheets/sheet${n}.xml`;
    rels.push(`<Relationship Id="rId${n}" Type="${REL_TYPE}/${kind}" Target="${file}"/>`);
    const state = s.state ? ` state="${s.state}"` : "";
    sheetsXml.push(`<sheet name="${esc(s.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    parts[`xl/${file}`] =
      s.xml.startsWith("<?xml") || s.xml.startsWith("<worksheet") || s.xml.startsWith("<chartsheet")
        ? s.xml
        : `${DECL}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetData>${s.xml}</sheetData>${s.after ?? ""}</worksheet>`;
  });
  const extra = spec.sheets.length;
  if (spec.strings) {
    rels.push(
      `<Relationship Id="rId${extra + 1}" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`
    );
    const items = spec.strings.map((s) =>
      s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${esc(s)}</t></si>`
    );
    parts["xl/sharedStrings.xml"] =
      `${DECL}<sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
  rels.push(`<Relationship Id="rId${extra + 2}" Type="${REL_TYPE}/styles" Target="styles.xml"/>`);
  const numFmts = Object.entries(spec.numFmts ?? {});
  const xfs = spec.cellXfs ?? [0];
  parts["xl/styles.xml"] =
    `${DECL}<styleSheet xmlns="${NS}">` +
    (numFmts.length
      ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join("")}</numFmts>`
      : "") +
    `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join("")}</cellXfs></styleSheet>`;
  parts["xl/workbook.xml"] =
    `${DECL}<workbook xmlns="${NS}" xmlns:r="${REL_NS}">` +
    (spec.date1904 ? `<workbookPr date1904="1"/>` : `<workbookPr/>`) +
    `<sheets>${sheetsXml.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  parts["_rels/.rels"] =
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const overrides = [
    ["/xl/workbook.xml", `${ct}.sheet.main+xml`],
    ["/xl/styles.xml", `${ct}.styles+xml`],
    ...(spec.strings ? [["/xl/sharedStrings.xml", `${ct}.sharedStrings+xml`]] : []),
    ...spec.sheets.map((s, i) =>
      (s.kind ?? "worksheet") === "worksheet"
        ? [`/xl/worksheets/sheet${i + 1}.xml`, `${ct}.worksheet+xml`]
        : [`/xl/chartsheets/sheet${i + 1}.xml`, `${ct}.chartsheet+xml`]
    ),
  ];
  parts["[Content_Types].xml"] =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    overrides
      .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
      .join("") +
    `</Types>`;
  for (const [name, content] of Object.entries(spec.parts ?? {})) {
    if (content === null) delete parts[name];
    else parts[name] = content;
  }
  return parts;
}

/** Zips parts into an .xlsx buffer. */
export async function zipParts(
  parts: Record<string, string | Buffer>,
  compression: "STORE" | "DEFLATE" = "DEFLATE"
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression, compressionOptions: { level: 6 } });
}

/** The .xlsx of `spec` as a buffer. */
export function buildXlsx(spec: XlsxSpec): Promise<Buffer> {
  return zipParts(xlsxParts(spec), spec.compression);
}

/** A temporary directory removed after the test file's tests. */
export function tempDir(prefix: string): { dir: () => string; file: (name: string) => string } {
  let dir = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir, file: (name) => path.join(dir, name) };
}

/** Writes `spec` as an .xlsx file in `dir` and returns its path. */
export async function writeXlsx(file: string, spec: XlsxSpec | Buffer): Promise<string> {
  fs.writeFileSync(file, Buffer.isBuffer(spec) ? spec : await buildXlsx(spec));
  return file;
}
