/**
 * Files many systems export as "Excel" that are no workbook: a web page (an HTML table), Excel 2003's XML
 * spreadsheet, or CSV text, under an .xls or .xlsx name. Told from their first bytes, so that the user
 * hears what the file is and how to make a workbook of it, not that it is corrupt. Host-neutral: the CLI
 * and the offline page ask the same.
 */
import type { LocalText } from "../domain/core/types";

/** Bytes of a file's start this looks at. */
export const SNIFF_BYTES = 512;

type Kind = "html" | "xml2003" | "text";

function kindOf(head: Uint8Array): Kind | null {
  if (head.includes(0)) return null;
  const start = new TextDecoder()
    .decode(head.subarray(0, SNIFF_BYTES))
    .replace(/^\uFEFF/, "")
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
  html: {
    "en-US": `a web page (HTML table) under an Excel name, as many systems export "Excel", not a workbook`,
    "zh-CN":
      "这是网页（HTML 表格）文件，只是用了 Excel 的扩展名（许多系统导出的“Excel”即是如此），不是工作簿",
  },
  xml2003: {
    "en-US": "an Excel 2003 XML spreadsheet, not a workbook this tool reads",
    "zh-CN": "这是 Excel 2003 XML 表格文件，本工具不能直接读取",
  },
  text: {
    "en-US": "a text file (CSV or tab-separated) under an Excel name, not a workbook",
    "zh-CN": "这是文本文件（CSV 或制表符分隔），只是用了 Excel 的扩展名，不是工作簿",
  },
};

/** What the file is and how to make a workbook of it, when its first bytes show one of these; else null. */
export function exportedAsExcel(head: Uint8Array): LocalText | null {
  const kind = kindOf(head);
  if (kind === null) return null;
  return {
    "en-US": `${WHAT[kind]["en-US"]}; ${SAVE_AS["en-US"]}`,
    "zh-CN": `${WHAT[kind]["zh-CN"]}；${SAVE_AS["zh-CN"]}`,
  };
}
