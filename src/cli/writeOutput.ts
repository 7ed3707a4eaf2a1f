/**
 * One output file, whole or not at all: staged to a temporary file beside the target, then renamed over
 * it (see outputs.ts, which also removes the temporary file on a failure, Ctrl-C or a kill).
 */
import * as fs from "fs";
import { OutputSet } from "./outputs";

/** Writes via `write(tempPath)` then renames to `target`; never leaves a partial `target`. */
export async function writeAtomically(
  target: string,
  write: (tempPath: string) => Promise<void>
): Promise<void> {
  const outputs = new OutputSet();
  try {
    await outputs.stage(target, write);
    outputs.commit();
  } catch (e) {
    outputs.abort();
    throw e;
  }
}

/** Writes text to `target` atomically. */
export function writeTextAtomically(target: string, text: string): Promise<void> {
  return writeAtomically(target, async (temp) => fs.writeFileSync(temp, text, "utf8"));
}
