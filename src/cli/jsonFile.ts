/**
 * The CLI's JSON written out under Node: to a new file or to standard output, piece by piece as
 * jsonOutput.ts makes the text. Kept apart from the text itself, which the offline page also uses and
 * which therefore imports no Node module.
 */
import { once } from "events";
import * as fs from "fs";
import type { Comparison } from "../domain/report/bulletinFigures";
import type { Analysis, Lang } from "../domain/core/types";
import { analysisJsonText } from "./jsonOutput";

/** Writes the JSON to standard output, waiting whenever the pipe is full. */
export async function writeJsonToStdout(
  a: Analysis,
  lang: Lang,
  compare?: Comparison
): Promise<void> {
  for (const piece of analysisJsonText(a, lang, undefined, compare)) {
    if (!process.stdout.write(piece)) await once(process.stdout, "drain");
  }
}

/** Writes the JSON to the new file `temp` (the caller stages it among its outputs, see outputs.ts). */
export async function writeJsonFile(
  temp: string,
  a: Analysis,
  lang: Lang,
  compare?: Comparison
): Promise<void> {
  const fd = fs.openSync(temp, "wx");
  // One buffer, reused: encoding each piece into fresh memory costs more than the writing.
  let buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (const piece of analysisJsonText(a, lang, undefined, compare)) {
      if (piece.length * 3 > buf.length) buf = Buffer.allocUnsafe(piece.length * 3);
      const n = buf.write(piece, 0, "utf8");
      for (let done = 0; done < n;) done += fs.writeSync(fd, buf, done, n - done);
    }
  } finally {
    fs.closeSync(fd);
  }
}
