/**
 * An InputError's text, what the pane and the page show through errorText, names its file once, in each
 * language's punctuation; the CLI's line and the problem alone stay as they were.
 */
import { InputError, inputError } from "../../src/cli/inputError";
import { errorText, LocalError } from "../../src/domain/core/localError";

it("names the file before the problem in both languages", () => {
  const e = inputError("镇甲.xlsx", "the file is empty (0 bytes)", "文件为空（0 字节）");
  expect(e).toBeInstanceOf(LocalError);
  expect(errorText(e)).toEqual({
    "zh-CN": "镇甲.xlsx：文件为空（0 字节）",
    "en-US": "镇甲.xlsx: the file is empty (0 bytes)",
  });
  expect(e.message).toBe("镇甲.xlsx: the file is empty (0 bytes)");
  expect(e.problem).toEqual({
    "zh-CN": "文件为空（0 字节）",
    "en-US": "the file is empty (0 bytes)",
  });
  expect(e.line("zh-CN")).toBe("gaoqi: 镇甲.xlsx: 文件为空（0 字节）");
  expect(e.line("en-US")).toBe("gaoqi: 镇甲.xlsx: the file is empty (0 bytes)");
});

it("does not name the file again where the problem names it", () => {
  const e = new InputError("a.xlsx", {
    "zh-CN": "a.xlsx 已被其他程序锁定",
    "en-US": "cannot open a.xlsx: locked",
  });
  expect(errorText(e)).toEqual({
    "zh-CN": "a.xlsx 已被其他程序锁定",
    "en-US": "cannot open a.xlsx: locked",
  });
});

it("is the problem alone without a file", () => {
  const e = inputError(null, "no input workbook given", "未指定输入工作簿");
  expect(errorText(e)).toEqual({ "zh-CN": "未指定输入工作簿", "en-US": "no input workbook given" });
  expect(e.line("en-US")).toBe("gaoqi: no input workbook given");
});
