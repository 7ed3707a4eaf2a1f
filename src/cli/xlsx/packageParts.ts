/**
 * How an .xlsx package is wired (OPC): the package relationships name the workbook part; the
 * workbook's relationships name its sheets, shared strings and styles; the workbook part lists the
 * sheets in tab order with their names and says whether dates count from 1904. Parts are found by
 * following relationships, never by their usual file names, so files from any writer read the same.
 */
import type { ZipArchive } from "./zipArchive";
import { entryBuffer } from "./zipEntryStream";
import { xlsxError } from "./xlsxError";
import { childNamed, childrenNamed, parseXml, type XmlElement } from "./xmlTree";

export interface Relationship {
  /** The last segment of the relationship type URI ("worksheet", "sharedStrings", ...). */
  kind: string;
  /** The target part's name in the zip, resolved against the source part. */
  target: string;
}

/** "other": a relationship of a type this reader does not know; "missing": no relationship at all. */
export type SheetKind =
  "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other" | "missing";

export interface SheetEntry {
  name: string;
  /** 0-based position in the workbook's tab order (every kind of sheet counts). */
  index: number;
  kind: SheetKind;
  /** The sheet's part, or null when its relationship is missing. */
  part: string | null;
}

export interface WorkbookInfo {
  part: string;
  date1904: boolean;
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
}

/** Reads a whole small part as an XML tree; null when the package has no such part. */
export async function readSmallPart(
  zip: ZipArchive,
  part: string,
  limit: number
): Promise<XmlElement | null> {
  const entry = zip.entry(part);
  if (!entry) return null;
  return parseXml(await entryBuffer(zip, entry, { limit }), entry.name);
}

/** The name of the relationships part of `part` ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (a relative or absolute URI) against the part it comes from. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: take it as written.
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The relationships of `sourcePart` ("" for the package), by id. */
export async function readRelationships(
  zip: ZipArchive,
  sourcePart: string,
  limit: number
): Promise<Map<string, Relationship>> {
  const relsPart = sourcePart === "" ? "_rels/.rels" : relsPartOf(sourcePart);
  const root = await readSmallPart(zip, relsPart, limit);
  const out = new Map<string, Relationship>();
  for (const rel of childrenNamed(root ?? undefined, "Relationship")) {
    const id = rel.attrs.get("Id");
    const type = rel.attrs.get("Type") ?? "";
    const target = rel.attrs.get("Target");
    if (!id || target === undefined || rel.attrs.get("TargetMode") === "External") continue;
    out.set(id, {
      kind: type.slice(type.lastIndexOf("/") + 1),
      target: resolveTarget(sourcePart, target),
    });
  }
  return out;
}

const SHEET_KINDS: readonly SheetKind[] = ["worksheet", "chartsheet", "dialogsheet", "macrosheet"];

const noWorkbook = () =>
  xlsxError(
    "corrupt",
    "",
    "no workbook part (the file is corrupt or not an Excel workbook)",
    "缺少工作簿部件（文件已损坏或不是 Excel 工作簿）"
  );

/**
 * Each worksheet has a part of its own. Sheets sharing one would each read it again: a workbook part
 * of a few KB naming one big sheet thousands of times would read for hours, so it is refused as the
 * damaged package it is (as the .xls reader refuses two sheets on the same records). A sheet pointing
 * at a part that is no worksheet (the workbook itself, its strings or styles, a relationships part)
 * is refused too: read as a sheet it would hold no rows, and the workbook would be called empty.
 */
function checkOwnParts(
  workbookPart: string,
  sheets: SheetEntry[],
  otherParts: (string | null)[]
): void {
  const others = new Set(otherParts.flatMap((p) => (p === null ? [] : [p.toLowerCase()])));
  const owner = new Map<string, string>();
  for (const s of sheets) {
    if (s.kind !== "worksheet" || s.part === null) continue;
    // Zip entries are found whatever their case (zipArchive.ts), so parts are told apart the same way.
    const key = s.part.toLowerCase();
    if (others.has(key) || key.endsWith(".rels"))
      throw xlsxError(
        "corrupt",
        workbookPart,
        `sheet ${s.name} points to ${s.part}, which is not a worksheet`,
        `工作表 ${s.name} 指向的部件 ${s.part} 不是工作表`
      );
    const first = owner.get(key);
    if (first !== undefined)
      throw xlsxError(
        "corrupt",
        workbookPart,
        `sheets ${first} and ${s.name} point to the same part ${s.part}`,
        `工作表 ${first} 和 ${s.name} 指向同一部件 ${s.part}`
      );
    owner.set(key, s.name);
  }
}

/** The workbook: its sheets in tab order, the date system, and where its strings and styles are. */
export async function readWorkbookInfo(zip: ZipArchive, limit: number): Promise<WorkbookInfo> {
  const pkg = await readRelationships(zip, "", limit);
  const office = [...pkg.values()].find((r) => r.kind === "officeDocument");
  const part = office?.target ?? "xl/workbook.xml";
  // Excel's binary workbook (.xlsb) is a zip package too, with its parts in a binary form.
  if (/\.bin$/i.test(part))
    throw xlsxError(
      "unsupported",
      part,
      "an Excel binary workbook (.xlsb); open it in Excel or WPS, save it as Excel Workbook (.xlsx), and give that file",
      "这是 Excel 二进制工作簿（.xlsb）；请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再使用另存的文件"
    );
  const root = await readSmallPart(zip, part, limit);
  if (!root || root.name !== "workbook") throw noWorkbook();
  const rels = await readRelationships(zip, part, limit);
  const pr = childNamed(root, "workbookPr");
  const flag = pr?.attrs.get("date1904");
  const sheets = childrenNamed(childNamed(root, "sheets"), "sheet").map((s, index): SheetEntry => {
    // The relationship id is the one attribute in the relationships namespace: "r:id" by custom,
    // but any prefix may be bound to it.
    let rid: string | undefined;
    for (const [k, v] of s.attrs) if (k.endsWith(":id")) rid = v;
    const rel = rid === undefined ? undefined : rels.get(rid);
    const kind = rel ? (SHEET_KINDS.find((k) => k === rel.kind) ?? "other") : "missing";
    return {
      name: s.attrs.get("name") ?? `Sheet${index + 1}`,
      index,
      kind,
      part: rel?.target ?? null,
    };
  });
  const byKind = (kind: string) => [...rels.values()].find((r) => r.kind === kind)?.target ?? null;
  checkOwnParts(part, sheets, [part, byKind("sharedStrings"), byKind("styles")]);
  return {
    part,
    date1904: flag === "1" || flag === "true",
    sheets,
    sharedStrings: byKind("sharedStrings"),
    styles: byKind("styles"),
  };
}
