/**
 * Files many systems export as "Excel" that are no workbook: a web page (an HTML table), Excel 2003's XML
 * spreadsheet, or CSV text, under an .xls or .xlsx name. Told from their first bytes, so that the user
 * hears what the file is and how to make a workbook of it, not that it is corrupt. Host-neutral: the CLI
 * and the offline page ask the same.
 */
import type { LocalText } from "../domain/core/types";
import { isCompoundFile } from "./xls/compoundFile";
import { isZipPackage } from "./xlsx/zipArchive";

/** Bytes of a file's start this looks at. */
export const SNIFF_BYTES = 512;

type Kind = "html" | "xml2003" | "text";

function kindOf(head: Uint8Array): Kind | null {
  // A workbook's container: the readers' to read or to call damaged.
  if (isZipPackage(head) || isCompoundFile(head)) return null;
  // Excel's "Unicode Text" export: UTF-16 with a byte-order mark, tab-separated.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return "text";
  if (head.includes(0)) return null;
  // One character per byte: every mark looked for is ASCII, and the platform's decoder is not needed.
  let text = "";
  for (let i = 0; i < Math.min(head.length, SNIFF_BYTES); i++) text += String.fromCharCode(head[i]);
  const start = text
    .replace(/^\xEF\xBB\xBF/, "")
    .trimStart()
    .toLowerCase();
  if (start.startsWith("<")) {
    if (
      start.includes("urn:schemas-microsoft-com:office:spreadsheet") ||
      start.includes("<workbook")
    )
      return "xml2003";
    if (/<(!doctype html|html|head|body|table|meta)\b/.test(start)) return "html";
    return null;
  }
  // Text: no control characters but line ends and tabs, and a separator on the first line.
  const firstLine = start.split(/\r?\n/)[0];
  if (/[\u0000-\u0008\u000e-\u001f]/.test(start) || !/[,\t;]/.test(firstLine)) return null;
  return "text";
}

const SAVE_AS: LocalText = {
  "en-US": "open it in Excel or WPS, save it as Excel Workbook (.xlsx), and give that file",
  "zh-CN": "请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再使用另存的文件",
};

const WHAT: Record<Kind, LocalText> = {
  html: { "en-US": "a web page (HTML table)", "zh-CN": "这是网页（HTML 表格）文件" },
  xml2003: { "en-US": "an Excel 2003 XML spreadsheet", "zh-CN": "这是 Excel 2003 XML 表格文件" },
  text: {
    "en-US": "a text file (CSV or tab-separated)",
    "zh-CN": "这是文本文件（CSV 或制表符分隔）",
  },
};

/** Said when such a file carries a workbook's extension: systems export these as "Excel". */
const UNDER_EXCEL_NAME: LocalText = {
  "en-US": ` under an Excel name, as many systems export "Excel"`,
  "zh-CN": "，只是用了 Excel 的扩展名（许多系统导出的“Excel”即是如此）",
};

/**
 * What the file named `name` is and how to make a workbook of it, when its first bytes show one of
 * these; else null.
 */
export function exportedAsExcel(head: Uint8Array, name: string): LocalText | null {
  const kind = kindOf(head);
  if (kind === null) return null;
  const excelName = /\.(xlsx|xlsm|xls)$/i.test(name);
  const what = (lang: keyof LocalText): string =>
    WHAT[kind][lang] + (excelName && kind !== "xml2003" ? UNDER_EXCEL_NAME[lang] : "");
  return {
    "en-US": `${what("en-US")}, not a workbook this tool reads; ${SAVE_AS["en-US"]}`,
    "zh-CN": `${what("zh-CN")}，本工具不能直接读取；${SAVE_AS["zh-CN"]}`,
  };
}
