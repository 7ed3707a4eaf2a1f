/**
 * The workbooks a command reads: the files given, in the order given, and for a folder every workbook in
 * it sorted by name (docs/rules.md section 12). Excel's lock files (~$名单.xlsx) and hidden files are
 * not workbooks the user sent: they are skipped, and named so the user knows.
 */
import * as fs from "fs";
import * as path from "path";
import { fileProblem } from "./fileProblem";
import { inputError } from "./inputError";

/** Extensions read from a folder: the reader tells .xlsx and .xls apart by their first bytes. */
const FOLDER_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls"]);

export interface InputFile {
  /** Where it is. */
  path: string;
  /** What the reports call it: its file name, or the path given when two files share a name. */
  name: string;
}

export interface InputFiles {
  files: InputFile[];
  /** Lock and hidden files of the folders, skipped. */
  skipped: string[];
  /** Several files read as one (or a folder, even of one file): rows name their file. */
  several: boolean;
}

const isSkipped = (name: string): boolean => name.startsWith("~$") || name.startsWith(".");

/** Sorted by name, code point by code point: the same order on every machine. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The workbooks of `folder`, sorted by name; lock and hidden files into `skipped`. */
function folderFiles(folder: string, skipped: string[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (e) {
    throw fileProblem(folder, e) ?? e;
  }
  const names = entries
    .filter((d) => !d.isDirectory() && FOLDER_EXTENSIONS.has(path.extname(d.name).toLowerCase()))
    .map((d) => d.name)
    .sort(byName);
  for (const n of names) if (isSkipped(n)) skipped.push(path.join(folder, n));
  const kept = names.filter((n) => !isSkipped(n)).map((n) => path.join(folder, n));
  if (kept.length === 0)
    throw inputError(
      folder,
      "the folder holds no workbook (.xlsx or .xls)",
      "文件夹中没有工作簿（.xlsx 或 .xls）"
    );
  return kept;
}

/**
 * What makes two paths one file: its device and inode, so that a file reached again through a symbolic
 * or hard link, or a folder and a file in it, is seen as the same; the absolute path where the system
 * gives no inode (a file not there yet is named by the file check).
 */
function fileIdentity(p: string): string {
  try {
    // As bigints: a Windows file index can pass 2^53, where two files' numbers could meet as doubles.
    const s = fs.statSync(p, { bigint: true });
    if (s.ino !== BigInt(0)) return `${s.dev}:${s.ino}`;
  } catch {
    // Not there or not readable: the file check says which.
  }
  return path.resolve(p);
}

/** The files to read for `given` (files and folders as on the command line). */
export function inputFiles(given: string[]): InputFiles {
  const skipped: string[] = [];
  const paths: string[] = [];
  let folder = false;
  for (const g of given) {
    let dir = false;
    try {
      dir = fs.statSync(g).isDirectory();
    } catch {
      // Not there: the file check names it.
    }
    if (dir) {
      folder = true;
      paths.push(...folderFiles(g, skipped));
    } else paths.push(g);
  }
  const seen = new Set<string>();
  for (const p of paths) {
    const id = fileIdentity(p);
    if (seen.has(id))
      throw inputError(p, "given twice (each file is read once)", "重复指定（每个文件只读一次）");
    seen.add(id);
  }
  const base = paths.map((p) => path.basename(p));
  const files = paths.map((p, i) => ({
    path: p,
    name: base.indexOf(base[i]) === base.lastIndexOf(base[i]) ? base[i] : p,
  }));
  return { files, skipped, several: folder || files.length > 1 };
}
