/**
 * The package's document properties (docProps/core.xml and app.xml), shared by the .xlsx and the .docx
 * writers. They are plain XML, not SpreadsheetML: text goes through xmlText (no `_xHHHH_` escape, which
 * would read back as other text here). Host-neutral.
 */
import { xmlText } from "./xmlText";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The core properties: author, optional title, and creation and modification time `now`. */
export function corePropsXml(p: { creator: string; title?: string; now: Date }): string {
  const when = p.now.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (p.title ? `<dc:title>${xmlText(p.title)}</dc:title>` : "") +
    `<dc:creator>${xmlText(p.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

/** The extended properties: the application that wrote the file. */
export function appPropsXml(application: string): string {
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>${xmlText(application)}</Application></Properties>`
  );
}
