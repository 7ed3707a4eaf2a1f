/**
 * Output files appear whole or not at all: written to a temporary file beside the target, then
 * renamed over it (atomic on one file system). A failure removes the temporary file.
 */
import * as fs from "fs";
import * as path from "path";

/** Writes via `write(tempPath)` then renames to `target`; never leaves a partial `target`. */
export async function writeAtomically(
  target: string,
  write: (tempPath: string) => Promise<void>
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`
  );
  try {
    await write(temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/** Writes text to `target` atomically. */
export function writeTextAtomically(target: string, text: string): Promise<void> {
  return writeAtomically(target, async (temp) => {
    fs.writeFileSync(temp, text, "utf8");
  });
}
