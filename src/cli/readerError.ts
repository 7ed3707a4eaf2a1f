/**
 * A workbook reader's error as the user's one line naming the file and the part, for any host (the
 * CLI, the offline page): the readers throw XlsxError in their own terms; this says it for the user.
 */
import { fileProblem } from "./fileProblem";
import { InputError, inputError } from "./inputError";
import { XlsxError } from "./xlsx/xlsxError";

/** The two formats read, told apart by content. */
export type WorkbookFormat = "xlsx" | "xls";

const PROBLEM = {
  corrupt: ["not a valid {ext} file (the file is corrupt: ", "不是有效的 {ext} 文件（文件已损坏："],
  unsupported: ["cannot be read (", "无法读取（"],
  limit: ["refused: past a safety limit (", "已拒绝：超出安全上限（"],
} as const;

/**
 * What to do about a damaged file: Excel and WPS repair many damaged workbooks when they open them, and
 * a file damaged in transfer is whole again from its source.
 */
const REPAIR = [
  ". Try opening it in Excel or WPS and saving it again; if it will not open, get the original file again",
  "。可尝试用 Excel 或 WPS 打开后另存；若无法打开，请重新获取原文件",
] as const;

/** An error of the reader as the user's one line; other errors pass through unchanged. */
export function asInputError(file: string, e: unknown, format: WorkbookFormat = "xlsx"): unknown {
  if (e instanceof InputError) return e;
  if (e instanceof XlsxError) {
    const [en, zh] = PROBLEM[e.problem].map((t) => t.replace("{ext}", `.${format}`));
    const where = e.part ? `${e.part}: ` : "";
    const whereZh = e.part ? `${e.part}：` : "";
    const [hint, hintZh] = e.problem === "corrupt" ? REPAIR : ["", ""];
    return inputError(
      file,
      `${en}${where}${e.detail["en-US"]})${hint}`,
      `${zh}${whereZh}${e.detail["zh-CN"]}）${hintZh}`
    );
  }
  return fileProblem(file, e) ?? e;
}
