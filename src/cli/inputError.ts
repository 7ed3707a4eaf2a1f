/** A problem with what the user gave us: reported as one line on stderr with exit code 2. */
import type { Lang, LocalText } from "../domain/types";

export class InputError extends Error {
  constructor(
    readonly file: string | null,
    readonly problem: LocalText
  ) {
    super(problem["en-US"]);
    this.name = "InputError";
  }

  /** "gaoqi: <file>: <problem>" in the user's language. */
  line(lang: Lang): string {
    return `gaoqi: ${this.file ? this.file + ": " : ""}${this.problem[lang]}`;
  }
}

/** Shorthand for an InputError about `file`. */
export function inputError(file: string | null, en: string, zh: string): InputError {
  return new InputError(file, { "en-US": en, "zh-CN": zh });
}
