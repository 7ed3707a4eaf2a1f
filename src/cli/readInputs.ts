/**
 * The inputs of a command before anything is read: the files and folders given (the bundled sample when
 * none), each file checked unless unreadable ones are to be skipped (then the reader reports them), and
 * the lock and hidden files of a folder named on one line.
 */
import type { Lang } from "../domain/core/types";
import { checkWorkbookFile } from "./inputCheck";
import { inputFiles, type InputFiles } from "./inputFiles";
import { samplePath } from "./packageRoot";
import { terminalLine } from "./terminalLine";

export interface Inputs extends InputFiles {
  /** What the user gave, for progress and errors: the one path, or the paths joined. */
  label: string;
}

/** Resolves and checks the inputs; throws an InputError naming the first bad file. */
export function prepareInputs(given: string[], skipUnreadable: boolean, lang: Lang): Inputs {
  const paths = given.length > 0 ? given : [samplePath()];
  const found = inputFiles(paths);
  if (!(skipUnreadable && found.several)) for (const f of found.files) checkWorkbookFile(f.path);
  if (found.skipped.length > 0)
    process.stderr.write(
      terminalLine(
        lang === "zh-CN"
          ? `gaoqi: 已跳过锁定或隐藏文件：${found.skipped.join("、")}`
          : `gaoqi: skipped lock or hidden files: ${found.skipped.join(", ")}`
      ) + "\n"
    );
  return { ...found, label: paths.join(", ") };
}
