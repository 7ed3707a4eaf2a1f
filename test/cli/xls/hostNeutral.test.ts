/**
 * The .xls reader takes bytes from any host (the CLI, the offline web page, the task pane): nothing it
 * loads at run time may import a Node module or use Node's Buffer. Walks the value imports (not
 * `import type`, which the compiler erases) from the reader's entry point.
 */
import * as fs from "fs";
import * as path from "path";
import { builtinModules } from "module";

const ENTRY = path.join(__dirname, "..", "..", "..", "src", "cli", "xls", "xlsReader.ts");
const IMPORT = /^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms;

function loaded(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = fs.readFileSync(file, "utf8");
    const specs = [...text.matchAll(IMPORT)].map((m) => m[1]);
    seen.set(file, specs);
    for (const s of specs)
      if (s.startsWith(".")) visit(path.resolve(path.dirname(file), s) + ".ts");
  };
  visit(entry);
  return seen;
}

it("loads no Node module and no Buffer", () => {
  const files = loaded(ENTRY);
  expect(files.size).toBeGreaterThan(5);
  const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const offending = [...files].flatMap(([file, specs]) => [
    ...specs.filter((s) => node.has(s)).map((s) => `${path.basename(file)} imports ${s}`),
    ...(/\bBuffer\.(from|alloc|concat|isBuffer)\b/.test(fs.readFileSync(file, "utf8"))
      ? [`${path.basename(file)} uses Buffer`]
      : []),
  ]);
  expect(offending).toEqual([]);
});
