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
