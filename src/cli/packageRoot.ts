/**
 * The package's own directory, found from this file rather than the working directory, so the bundled
 * sample is found from src/cli (tests) and lib/src/cli (the built bin) alike, wherever gaoqi is run.
 */
import * as fs from "fs";
import * as path from "path";

let cached: string | null = null;

/** Directory of gaoqi's package.json. */
export function packageRoot(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (
      fs.existsSync(pkg) &&
      (JSON.parse(fs.readFileSync(pkg, "utf8")) as { name?: string }).name === "gaoqi"
    )
      return (cached = dir);
    if (path.dirname(dir) === dir)
      throw new Error("gaoqi's package.json not found above " + __dirname);
  }
}

/** The bundled sample workbook, the default input. */
export function samplePath(): string {
  return path.join(packageRoot(), "samples", "jinshan-sample.xlsx");
}

/** gaoqi's version from package.json. */
export function packageVersion(): string {
  return (
    JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}
