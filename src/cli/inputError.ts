/** A problem with what the user gave us: reported as one line on stderr with exit code 2. */
import { LocalError } from "../domain/core/localError";
import type { Lang, LocalText } from "../domain/core/types";
import { terminalLine } from "./terminalLine";

/** `problem` led by `file` in each language's way, unless the problem names the file already. */
function namingFile(file: string | null, problem: LocalText): LocalText {
  if (!file) return problem;
  const lead = (text: string, colon: string): string =>
    text.includes(file) ? text : `${file}${colon}${text}`;
  return { "zh-CN": lead(problem["zh-CN"], "："), "en-US": lead(problem["en-US"], ": ") };
}

export class InputError extends LocalError {
  /** The problem in both languages, without the file. */
  readonly problem: LocalText;

  constructor(
    readonly file: string | null,
    problem: LocalText
  ) {
    // The text every host shows (errorText) names the file: a pane or page may be reading several.
    super(namingFile(file, problem));
    this.name = "InputError";
    this.problem = problem;
  }

  /** "gaoqi: <file>: <problem>" in the user's language, as one line a terminal shows as written. */
  line(lang: Lang): string {
    return terminalLine(`gaoqi: ${this.file ? this.file + ": " : ""}${this.problem[lang]}`);
  }
}

/** Shorthand for an InputError about `file`. */
export function inputError(file: string | null, en: string, zh: string): InputError {
  return new InputError(file, { "en-US": en, "zh-CN": zh });
}

/** What stops a write that the user can act on, by the file system's code: [en-US, zh-CN]. */
const WRITE_PROBLEMS: Record<string, readonly [string, string]> = {
  ENOSPC: ["the disk is full", "磁盘空间已满"],
  EDQUOT: ["the disk quota is used up", "磁盘配额已用完"],
  EROFS: ["the disk is read-only", "磁盘为只读"],
  EACCES: ["permission denied: this account may not write there", "没有写入权限"],
  EPERM: ["permission denied: this account may not write there", "没有写入权限"],
};

/** An output that could not be written (why, when the file system's code says; else its code or message). */
export function outputError(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const known = typeof code === "string" ? WRITE_PROBLEMS[code] : undefined;
  const detail = known
    ? { en: `${known[0]}, ${code}`, zh: `${known[1]}，${code}` }
    : { en: code ?? (e instanceof Error ? e.message : String(e)), zh: "" };
  return inputError(
    file,
    `cannot write the output (${detail.en})`,
    `无法写出输出文件（${detail.zh || detail.en}）`
  );
}
