/**
 * Cheap checks before a reader opens a file, so that each kind of bad input gets its own clear message:
 * missing, not a workbook, empty, a WPS .et file, a workbook older than Excel 97, not a workbook inside.
 * Which reader takes the file is decided by its first bytes, not its name (readWorkbook.ts): a zip
 * package (.xlsx) or a compound file (.xls, or an encrypted .xlsx, which the .xls reader names).
 */
import * as fs from "fs";
import * as path from "path";
import { fileProblem } from "./fileProblem";
import { inputError } from "./inputError";
import { exportedAsExcel, SNIFF_BYTES } from "./exportedAsExcel";
import { isCompoundFile } from "./xls/compoundFile";
import { isZipPackage } from "./xlsx/zipArchive";

/** A BIFF2, BIFF3 or BIFF4 BOF record: an Excel 2.0-4.0 worksheet, a bare stream with no container. */
const OLD_BIFF = [
  [0x09, 0x00],
  [0x09, 0x02],
  [0x09, 0x04],
];

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls"]);
/** WPS Spreadsheets' own formats (and its template). */
const WPS_EXTENSIONS = new Set([".et", ".ett"]);

const startsWith = (buf: Uint8Array, magic: number[]): boolean =>
  magic.every((b, i) => buf[i] === b);

/** Throws an InputError unless `file` looks like a workbook one of the readers takes. */
export function checkWorkbookFile(file: string): void {
  const ext = path.extname(file).toLowerCase();
  const stat = statOrProblem(file);
  if (stat.isDirectory())
    throw inputError(file, "is a directory, not a workbook", "是目录，不是工作簿文件");
  if (WPS_EXTENSIONS.has(ext))
    throw inputError(
      file,
      "a WPS Spreadsheets file (.et); open it in WPS, choose File > Save As > Excel Workbook (.xlsx), and give that file instead",
      "这是 WPS 表格文件（.et）；请在 WPS 中打开，选择 文件 > 另存为 > Excel 工作簿（.xlsx），再使用另存后的文件"
    );
  if (!WORKBOOK_EXTENSIONS.has(ext))
    throw inputError(
      file,
      "not an Excel workbook (.xlsx or .xls; save it as Excel Workbook .xlsx first)",
      "不是 Excel 工作簿（.xlsx 或 .xls；请先另存为 Excel 工作簿 .xlsx）"
    );
  // A pipe or a device has no size and cannot be read at a position, as the zip directory needs.
  if (!stat.isFile())
    throw inputError(
      file,
      "not a regular file (a pipe, socket or device); save the workbook as a file and give that",
      "不是普通文件（管道、套接字或设备）；请将工作簿保存为文件后再指定该文件"
    );
  if (stat.size === 0) throw inputError(file, "the file is empty (0 bytes)", "文件为空（0 字节）");
  const head = Buffer.alloc(SNIFF_BYTES);
  let headLength = 0;
  try {
    const fd = fs.openSync(file, "r");
    try {
      headLength = fs.readSync(fd, head, 0, SNIFF_BYTES, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    throw fileProblem(file, e) ?? e;
  }
  if (OLD_BIFF.some((m) => startsWith(head, m)))
    throw inputError(
      file,
      "an Excel 2.0-4.0 worksheet, older than Excel 97; open it in Excel or WPS and save it as .xlsx",
      "这是 Excel 2.0-4.0 格式的工作表，早于 Excel 97；请用 Excel 或 WPS 打开并另存为 .xlsx"
    );
  // A zip package (.xlsx), or a compound file: an .xls, or an .xlsx Excel encrypted into one.
  const start = head.subarray(0, headLength);
  if (isZipPackage(start) || isCompoundFile(start)) return;
  // Excel and WPS keep a small lock file (~$名单.xlsx) beside a workbook while it is open: not the workbook.
  const name = path.basename(file);
  if (name.startsWith("~$")) {
    const workbook = name.slice(2);
    throw inputError(
      file,
      `the lock file Excel or WPS keeps while ${workbook} is open, not a workbook; give ${workbook} itself`,
      `这是 ${workbook} 在 Excel 或 WPS 中打开时生成的锁定文件，不是工作簿；请指定 ${workbook} 本身`
    );
  }
  const exported = exportedAsExcel(start, file);
  if (exported) throw inputError(file, exported["en-US"], exported["zh-CN"]);
  throw inputError(
    file,
    `not a valid ${ext === ".xls" ? ".xls" : ".xlsx"} file (the file is corrupt)`,
    `不是有效的 ${ext === ".xls" ? ".xls" : ".xlsx"} 文件（文件已损坏）`
  );
}

/** The file's status; an InputError saying why when the system gives none (missing, a loop, no access). */
export function statOrProblem(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (e) {
    throw fileProblem(file, e) ?? e;
  }
}
