/**
 * The workbook readers run in a browser page or worker as well as under Node: what the bytes entry
 * (readWorkbookBytes) and the shared .xlsx reader load at run time imports no Node module, and only
 * the host seam (bytes.ts, which finds Node's Buffer by name when it is there) mentions Buffer. Walks
 * the value imports (not `import type`, which the compiler erases).
 */
import * as fs from "fs";
import * as path from "path";
import { builtinModules } from "module";

const SRC = path.join(__dirname, "..", "..", "..", "src");
const IMPORT = /^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms;
/** The one file allowed to name Buffer: it picks Node's native text decoding when it exists. */
const SEAM = new Set(["cli/xlsx/bytes.ts"]);

function loaded(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = fs.readFileSync(file, "utf8");
    const specs = [...text.matchAll(IMPORT)].map((m) => m[1]);
    seen.set(file, specs);
    for (const s of specs) {
      if (!s.startsWith(".")) continue;
      const base = path.resolve(path.dirname(file), s);
      visit(fs.existsSync(base + ".ts") ? base + ".ts" : path.join(base, "index.ts"));
    }
  };
  visit(entry);
  return seen;
}

const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

it.each(["cli/workbookBytes.ts", "cli/xlsx/workbookReader.ts", "cli/xlsx/webZipHost.ts"])(
  "%s loads no Node module, and only the seam names Buffer",
  (entry) => {
    const files = loaded(path.join(SRC, entry));
    expect(files.size).toBeGreaterThan(4);
    const offending = [...files].flatMap(([file, specs]) => {
      const rel = path.relative(SRC, file).split(path.sep).join("/");
      return [
        ...specs.filter((s) => node.has(s)).map((s) => `${rel} imports ${s}`),
        ...(!SEAM.has(rel) && /\bBuffer\b/.test(fs.readFileSync(file, "utf8"))
          ? [`${rel} names Buffer`]
          : []),
      ];
    });
    expect(offending).toEqual([]);
  }
);

it("the Node host is the only reader file that imports Node modules", () => {
  const dir = path.join(SRC, "cli", "xlsx");
  const withNode = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .filter((f) =>
      [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(IMPORT)].some((m) => node.has(m[1]))
    );
  expect(withNode).toEqual(["nodeZipHost.ts"]);
});
