/**
 * A refusal crossing from the page's reading worker: what the page shows (errorText) names the file
 * once, in the user's language, as the pane shows a refusal read in Excel.
 */
import { inputError } from "../../../src/cli/inputError";
import { errorText, LocalError } from "../../../src/domain/core/localError";
import { refusalOf, workerFailure } from "../../../src/web/workerMessages";

it("gives the reader's refusal back naming its file, in both languages", () => {
  const reply = workerFailure(
    inputError("坏.xlsx", "not a valid .xlsx file", "不是有效的 .xlsx 文件")
  );
  expect(reply).toEqual({
    type: "error",
    file: "坏.xlsx",
    problem: { "zh-CN": "不是有效的 .xlsx 文件", "en-US": "not a valid .xlsx file" },
  });
  if (reply.type !== "error") throw new Error("not a refusal");
  // What postMessage does to the reply: a structured clone, no class left.
  const back = refusalOf(JSON.parse(JSON.stringify(reply)) as typeof reply);
  expect(errorText(back)).toEqual({
    "zh-CN": "坏.xlsx：不是有效的 .xlsx 文件",
    "en-US": "坏.xlsx: not a valid .xlsx file",
  });
});

it("gives any other failure back as its message, naming no file", () => {
  const reply = workerFailure(new RangeError("Invalid array length"));
  if (reply.type !== "error") throw new Error("not a refusal");
  expect(errorText(refusalOf(reply))).toEqual({
    "zh-CN": "Invalid array length",
    "en-US": "Invalid array length",
  });
});

it("gives an error with words of its own back in both languages", () => {
  const reply = workerFailure(new LocalError({ "zh-CN": "设置无效", "en-US": "bad settings" }));
  if (reply.type !== "error") throw new Error("not a refusal");
  expect(errorText(refusalOf(reply))).toEqual({ "zh-CN": "设置无效", "en-US": "bad settings" });
});
