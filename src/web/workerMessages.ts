/** What the reading worker tells the page, and how a refusal crosses over (an Error does not clone). */
import type { LocalText, SheetInput } from "../domain/core/types";
import { InputError } from "../cli/inputError";
import { errorText } from "../domain/core/localError";

export type WorkerReply =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; sheets: SheetInput[] }
  | { type: "error"; file: string | null; problem: LocalText };

/** Any failure as a reply: the reader's refusals keep their file, and any error its words, in both languages. */
export function workerFailure(e: unknown): WorkerReply {
  if (e instanceof InputError) return { type: "error", file: e.file, problem: e.problem };
  return { type: "error", file: null, problem: errorText(e) };
}

/** A refusal back on the page: the reader's InputError again, so the pane names the file in its words. */
export function refusalOf(reply: { file: string | null; problem: LocalText }): InputError {
  return new InputError(reply.file, reply.problem);
}
