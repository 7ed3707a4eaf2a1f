/**
 * A file the user picked in a page or the pane (a browser File, or a file handle's file) that the browser
 * will not read now, said for the user. A File is a snapshot: once the file on disk changes, the browser
 * refuses it (NotReadableError: File API, "snapshot state", https://w3c.github.io/FileAPI/#snapshot-state);
 * a handle whose file was moved or deleted gives NotFoundError, one whose permission went NotAllowedError
 * (https://developer.mozilla.org/docs/Web/API/FileSystemFileHandle/getFile). The browser's own words are
 * English whatever the page's language. Host-neutral: it reads only the error's name.
 */
import { inputError } from "./inputError";

/** A thrown value's name ("NotReadableError", "AbortError"): how a browser's DOMExceptions differ. */
export const errorName = (e: unknown): unknown => (e as { name?: unknown } | null)?.name;

/** The InputError naming `file` for a browser's refusal `e`; any other error as it is. */
export function pickedFileError(file: string, e: unknown): unknown {
  switch (errorName(e)) {
    case "NotReadableError":
      return inputError(
        file,
        "has changed on disk since it was chosen, and the browser reads only the file as it was then: choose it again",
        "选择后在磁盘上已被修改（或移动、删除），浏览器只能读取选择时的文件：请重新选择该文件"
      );
    case "NotFoundError":
      return inputError(
        file,
        "is no longer where it was chosen from (moved, renamed or deleted): choose it again",
        "已不在选择时的位置（被移动、重命名或删除）：请重新选择该文件"
      );
    case "NotAllowedError":
    case "SecurityError":
      return inputError(
        file,
        "the browser no longer lets this page read it: choose it again",
        "浏览器已不允许读取该文件：请重新选择该文件"
      );
    default:
      return e;
  }
}

/** The bytes `read` gives for the picked file `file`, its refusal said by pickedFileError. */
export async function readPickedFile(
  file: string,
  read: () => Promise<ArrayBuffer>
): Promise<ArrayBuffer> {
  try {
    return await read();
  } catch (e) {
    throw pickedFileError(file, e);
  }
}
