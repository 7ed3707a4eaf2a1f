/** The file system's codes said for the user: a file not opened, an output not written. */
import { fileProblem, outputError } from "../../src/cli/fileProblem";

/** An error as the file system raises it. */
const fsError = (code: string, call: string, file: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${call} '${file}'`), { code, syscall: call, path: file });

describe("fileProblem", () => {
  it("is null for an error without a file system code", () => {
    expect(fileProblem("a.xlsx", new Error("boom"))).toBeNull();
    expect(
      fileProblem("a.xlsx", Object.assign(new Error("x"), { code: "ERR_INVALID_ARG" }))
    ).toBeNull();
    expect(fileProblem("a.xlsx", null)).toBeNull();
  });

  it("names the file and says the problem in both languages", () => {
    const e = fileProblem("a.xlsx", fsError("ENOENT", "open", "a.xlsx"))!;
    expect(e.problem).toEqual({ "en-US": "file not found", "zh-CN": "文件不存在" });
    expect(e.line("zh-CN")).toBe("gaoqi: a.xlsx: 文件不存在");
  });
});

describe("outputError", () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: write`), { code });

  it.each([
    [
      "ENOSPC",
      "cannot write the output (the disk is full, ENOSPC)",
      "无法写出输出文件（磁盘空间已满，ENOSPC）",
    ],
    [
      "EROFS",
      "cannot write the output (the disk is read-only, EROFS)",
      "无法写出输出文件（磁盘为只读，EROFS）",
    ],
    [
      "EACCES",
      "cannot write the output (permission denied: this account may not write there, EACCES)",
      "无法写出输出文件（没有写入权限，EACCES）",
    ],
    ["EXDEV", "cannot write the output (EXDEV)", "无法写出输出文件（EXDEV）"],
  ])("%s says why in both languages", (code, en, zh) => {
    expect(outputError("报告.xlsx", errno(code)).problem).toEqual({ "en-US": en, "zh-CN": zh });
  });

  it("an error without a code gives its message", () => {
    expect(outputError("a.json", new Error("boom")).problem["en-US"]).toBe(
      "cannot write the output (boom)"
    );
  });
});
