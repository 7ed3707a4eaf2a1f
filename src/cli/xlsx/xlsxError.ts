/**
 * What can be wrong with a package, said once in both languages. The reader throws these; the CLI
 * turns them into one line naming the file (readWorkbook.ts), and the exit code 2.
 */
import type { LocalText } from "../../domain/core/types";
import { XmlTextError } from "./xmlText";

export type XlsxProblem =
  /** Damaged data: truncated zip, bad deflate data, malformed XML, a reference to nothing. */
  | "corrupt"
  /** Valid but not something the reader takes (another compression method, encryption, UTF-16). */
  | "unsupported"
  /** Past a bound of limits.ts. */
  | "limit";

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    /** The part (zip entry) concerned, "" for the package as a whole. */
    readonly part: string,
    readonly detail: LocalText
  ) {
    super(`${part ? part + ": " : ""}${detail["en-US"]}`);
    this.name = "XlsxError";
  }
}

/** Shorthand for an XlsxError. */
export function xlsxError(problem: XlsxProblem, part: string, en: string, zh: string): XlsxError {
  return new XlsxError(problem, part, { "en-US": en, "zh-CN": zh });
}

/**
 * Chinese text after a name, spaced as Chinese is typeset: a space only where the name ends in a Latin
 * letter or digit ("流 Workbook 的…", but "目录的…").
 */
export function zhAfter(name: string, text: string): string {
  return /[A-Za-z0-9)]$/.test(name) ? `${name} ${text}` : name + text;
}

/** A fault's words put in the worksheet it is in, named by its tab: [en-US, zh-CN]. */
export function onSheet(sheet: string, en: string, zh: string): [string, string] {
  return [`sheet ${sheet}: ${en}`, `工作表 ${sheet}：${zh}`];
}

/** Malformed XML at a described place in `part`; `sheet` names the worksheet the part holds. */
export function badXml(part: string, en: string, zh: string, sheet?: string): XlsxError {
  const words: [string, string] = [`malformed XML: ${en}`, `XML 格式错误：${zh}`];
  const [enText, zhText] = sheet === undefined ? words : onSheet(sheet, ...words);
  return xlsxError("corrupt", part, enText, zhText);
}

/** The first line of an error's message; errors of node's own realm fail `instanceof Error` under jest. */
export function messageOf(e: unknown): string {
  const m = (e as { message?: unknown } | null)?.message;
  return (typeof m === "string" ? m : String(e)).split("\n")[0];
}

/**
 * The error's file system code ("EACCES", "EIO"), or null when it is no such error (zlib's codes start
 * with "Z_"). Here, in the host-neutral reader, so that the reader and the CLI's fileProblem.ts share it.
 */
export function fileErrorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/** True for the errors that already say what is wrong in the user's terms. */
export function isReported(e: unknown): e is Error {
  return e instanceof XlsxError || (e instanceof Error && e.name === "InputError");
}

/**
 * What the XML layer threw (a bad reference, a bad attribute) as an XlsxError for `part`; `sheet` names
 * the worksheet when the part is one, as the user knows it by its tab and not by its part.
 */
export function asXmlError(part: string, e: unknown, sheet?: string): Error {
  if (isReported(e)) return e;
  if (e instanceof XmlTextError) return badXml(part, e.fault["en-US"], e.fault["zh-CN"], sheet);
  const what = messageOf(e);
  return badXml(part, what, what, sheet);
}
