import { asInputError } from "../../src/cli/readerError";
import { InputError } from "../../src/cli/inputError";
import { xlsxError } from "../../src/cli/xlsx/xlsxError";

const lineOf = (e: unknown, lang: "zh-CN" | "en-US"): string => (e as InputError).line(lang);

describe("asInputError", () => {
  it("tells what to do about a damaged file, after what is damaged, on one line", () => {
    const damaged = xlsxError(
      "corrupt",
      "xl/worksheets/sheet1.xml",
      "malformed XML",
      "XML 格式错误"
    );
    const e = asInputError("名单.xlsx", damaged);
    expect(e).toBeInstanceOf(InputError);
    expect(lineOf(e, "zh-CN")).toBe(
      "gaoqi: 名单.xlsx: 不是有效的 .xlsx 文件（文件已损坏：xl/worksheets/sheet1.xml：XML 格式错误）" +
        "。可尝试用 Excel 或 WPS 打开后另存；若无法打开，请重新获取原文件"
    );
    expect(lineOf(e, "en-US")).toBe(
      "gaoqi: 名单.xlsx: not a valid .xlsx file (the file is corrupt: xl/worksheets/sheet1.xml: malformed XML)" +
        ". Try opening it in Excel or WPS and saving it again; if it will not open, get the original file again"
    );
    expect(lineOf(asInputError("旧.xls", damaged, "xls"), "zh-CN")).toContain(
      "不是有效的 .xls 文件"
    );
  });

  it("gives no repair advice where the file is whole: past a limit, or a format not read", () => {
    for (const problem of ["limit", "unsupported"] as const) {
      const e = asInputError("名单.xlsx", xlsxError(problem, "", "too big", "过大"));
      expect(lineOf(e, "zh-CN")).not.toContain("另存");
      expect(lineOf(e, "en-US")).not.toContain("saving it again");
    }
  });
});
