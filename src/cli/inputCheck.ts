/**
 * Cheap checks before the reader opens a file, so that each kind of bad input gets its own clear message:
 * missing, not .xlsx, empty, an encrypted (password-protected) OLE container, not a zip at all.
 */
import * as fs from "fs";
import * as path from "path";
import { inputError } from "./inputError";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE/CFB compound file: old .xls files and password-protected .xlsx files (Excel encrypts into one). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream name Office writes into an encrypted package, in UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const startsWith = (buf: Buffer, magic: number[]): boolean => magic.every((b, i) => buf[i] === b);

/** Throws an InputError unless `file` looks like a readable .xlsx package. */
export function checkXlsxFile(file: string): void {
  const ext = path.extname(file).toLowerCase();
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw inputError(file, "file not found", "文件不存在");
  }
  if (stat.isDirectory())
    throw inputError(file, "is a directory, not an .xlsx file", "是目录，不是 .xlsx 文件");
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw inputError(
      file,
      "not an .xlsx file (save it as Excel Workbook .xlsx first)",
      "不是 .xlsx 文件（请先另存为 Excel 工作簿 .xlsx）"
    );
  }
  if (stat.size === 0) throw inputError(file, "the file is empty (0 bytes)", "文件为空（0 字节）");
  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 8, 0);
    if (startsWith(head, CFB_MAGIC)) {
      // Encrypted packages name their EncryptionInfo stream in the directory; scan a bounded prefix.
      const size = Math.min(stat.size, 4 * 1024 * 1024);
      const buf = Buffer.alloc(size);
      fs.readSync(fd, buf, 0, size, 0);
      if (buf.includes(ENCRYPTION_INFO) || stat.size > size) {
        throw inputError(
          file,
          "the workbook is password-protected (encrypted); remove the password in Excel and try again",
          "工作簿已加密（设有打开密码）；请在 Excel 中取消密码后重试"
        );
      }
      throw inputError(
        file,
        "an old .xls (Excel 97-2003) file renamed to .xlsx; save it as .xlsx in Excel",
        "这是旧版 .xls（Excel 97-2003）文件；请在 Excel 中另存为 .xlsx"
      );
    }
  } finally {
    fs.closeSync(fd);
  }
  if (!startsWith(head, ZIP_MAGIC))
    throw inputError(
      file,
      "not a valid .xlsx file (the file is corrupt)",
      "不是有效的 .xlsx 文件（文件已损坏）"
    );
}
