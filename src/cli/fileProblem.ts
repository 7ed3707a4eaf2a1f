/**
 * A file the system would not open or write, said in the user's words. The file system answers with a
 * code (EACCES, ELOOP, ENOSPC); a user who reads "internal error: EACCES" cannot tell a file they may not
 * read from a bug. Host-neutral: it reads only the error's code, so the offline page's reader can use it.
 */
import { inputError, type InputError } from "./inputError";
import { fileErrorCode } from "./xlsx/xlsxError";

/** The file system's codes users meet, each as [en-US, zh-CN]. */
const PROBLEMS: Record<string, readonly [string, string]> = {
  ENOENT: ["file not found", "文件不存在"],
  ENOTDIR: [
    "file not found (a part of its path is a file, not a folder)",
    "文件不存在（路径中有一段是文件而不是文件夹）",
  ],
  ELOOP: [
    "a symbolic link that leads back to itself (a loop): it opens no file",
    "符号链接循环指向自身，打不开任何文件",
  ],
  EACCES: [
    "permission denied: this account may not read it (ask its owner, or copy it somewhere you may)",
    "没有读取权限：当前账户无权读取（请联系文件所有者，或将其复制到有权限的位置）",
  ],
  EBUSY: [
    "in use by another program; close it there and try again",
    "正被其他程序占用；请在该程序中关闭后重试",
  ],
  ENAMETOOLONG: ["the path is too long for the system", "路径过长，系统无法打开"],
  EMFILE: ["too many files are open; close some and try again", "打开的文件过多；请关闭一些后重试"],
  EIO: ["the disk could not read it (EIO); copy it again", "磁盘读取出错（EIO）；请重新复制该文件"],
};
PROBLEMS.EPERM = PROBLEMS.EACCES;
PROBLEMS.ENFILE = PROBLEMS.EMFILE;

/**
 * The InputError for a file the system refused with `e`; null when `e` carries no file system code
 * (then it is no problem of the file, and is not dressed up as one).
 */
export function fileProblem(file: string, e: unknown): InputError | null {
  const code = fileErrorCode(e);
  if (code === null) return null;
  const known = PROBLEMS[code];
  return known
    ? inputError(file, known[0], known[1])
    : inputError(file, `cannot be read (${code})`, `无法读取（${code}）`);
}

/** What stops a write that the user can act on, by the file system's code: [en-US, zh-CN]. */
const WRITE_PROBLEMS: Record<string, readonly [string, string]> = {
  ENOSPC: ["the disk is full", "磁盘空间已满"],
  EDQUOT: ["the disk quota is used up", "磁盘配额已用完"],
  EROFS: ["the disk is read-only", "磁盘为只读"],
  EACCES: ["permission denied: this account may not write there", "没有写入权限"],
};
WRITE_PROBLEMS.EPERM = WRITE_PROBLEMS.EACCES;

/** An output that could not be written (why, when the file system's code says; else its code or message). */
export function outputError(file: string, e: unknown): InputError {
  const code = (e as { code?: unknown } | null)?.code;
  const known = typeof code === "string" ? WRITE_PROBLEMS[code] : undefined;
  if (known)
    return inputError(
      file,
      `cannot write the output (${known[0]}, ${code})`,
      `无法写出输出文件（${known[1]}，${code}）`
    );
  const detail = String(code ?? (e instanceof Error ? e.message : String(e)));
  return inputError(file, `cannot write the output (${detail})`, `无法写出输出文件（${detail}）`);
}
