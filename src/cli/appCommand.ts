/**
 * `gaoqi app --out gaoqi.html`: writes a copy of the offline page (the build's dist/gaoqi.html, one
 * self-contained file) where the user asks, whole or not at all, to double-click or hand to an office.
 */
import * as fs from "fs";
import * as path from "path";
import type { Lang } from "../domain/core/types";
import { InputError, inputError } from "./inputError";
import { checkOutputs, outputFailure, OutputSet } from "./outputs";
import { packageRoot } from "./packageRoot";

/** The built page inside the package. */
export function builtPagePath(): string {
  return path.join(packageRoot(), "dist", "gaoqi.html");
}

const USAGE: Record<Lang, string> = {
  "zh-CN": "用法：gaoqi app --out gaoqi.html   写出离线网页版（单个文件，数据不出本机）\n",
  "en-US":
    "usage: gaoqi app --out gaoqi.html   writes the offline web page (one file; data stays local)\n",
};

/** Runs `gaoqi app` with its arguments (copying `page`, the built one by default); resolves to the exit code. */
export async function appCommand(argv: string[], page = builtPagePath()): Promise<number> {
  const langAt = argv.indexOf("--lang");
  const lang: Lang = argv[langAt + 1] === "en-US" && langAt >= 0 ? "en-US" : "zh-CN";
  const outAt = argv.indexOf("--out");
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE[lang]);
    return 0;
  }
  const known = new Set(["--out", "--lang"]);
  const stray = argv.find((a, i) => !known.has(a) && i !== outAt + 1 && i !== langAt + 1);
  if (!out || out.startsWith("--") || stray !== undefined) {
    process.stderr.write(
      `gaoqi: ${lang === "zh-CN" ? "请用 --out 给出网页文件名，例如 --out gaoqi.html" : "give the page's file name with --out, e.g. --out gaoqi.html"}\n`
    );
    return 2;
  }
  const line = (e: { line(l: Lang): string }) => process.stderr.write(e.line(lang) + "\n");
  if (!/\.html?$/i.test(out)) {
    line(inputError(out, "the page's file name must end in .html", "网页文件名须以 .html 结尾"));
    return 2;
  }
  if (!fs.existsSync(page)) {
    line(
      inputError(
        page,
        "the offline page is not built here: run npm run build:page first",
        "此处尚未构建离线网页：请先运行 npm run build:page"
      )
    );
    return 2;
  }
  const outputs = new OutputSet();
  try {
    checkOutputs([out], []);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    line(e);
    return 2;
  }
  try {
    await outputs.stage(out, async (temp) =>
      fs.copyFileSync(page, temp, fs.constants.COPYFILE_EXCL)
    );
    outputs.commit();
  } catch (e) {
    outputs.abort();
    line(outputFailure(out, e));
    return 2;
  }
  process.stdout.write(lang === "zh-CN" ? `已写出 ${out}\n` : `written: ${out}\n`);
  return 0;
}
