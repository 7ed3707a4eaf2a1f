/** What the reading worker tells the page, and how a refusal crosses over (an Error does not clone). */
import type { LocalText, SheetInput } from "../domain/core/types";
import { InputError } from "../cli/inputError";

export type WorkerReply =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; sheets: SheetInput[] }
  | { type: "error"; file: string | null; problem: LocalText };

/** Any failure as a reply: the reader's refusals keep their file and both languages. */
export function workerFailure(e: unknown): WorkerReply {
  if (e instanceof InputError) return { type: "error", file: e.file, problem: e.problem };
  const text = e instanceof Error ? e.message : String(e);
  return { type: "error", file: null, problem: { "zh-CN": text, "en-US": text } };
}

/** A refusal as the page shows it: one line, the file first. */
export class ReadRefusal extends Error {
  constructor(
    readonly file: string | null,
    readonly problem: LocalText
  ) {
    super(`${file ? file + ": " : ""}${problem["en-US"]}`);
    this.name = "ReadRefusal";
  }

  line(lang: keyof LocalText): string {
    return `${this.file ? this.file + ": " : ""}${this.problem[lang]}`;
  }
}
