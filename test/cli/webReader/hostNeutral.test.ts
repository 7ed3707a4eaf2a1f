/**
 * The workbook readers run in a browser page or worker as well as under Node: what the bytes entry
 * (readWorkbookBytes) and the shared .xlsx reader load at run time imports no Node module, and only
 * the host seam (bytes.ts, which finds Node's Buffer by name when it is there) mentions Buffer. The
 * offline page (its script and its reading worker's) is held to the same: webpack builds it for the web
 * with no stand-ins for Node modules. Walks the value imports (not `import type`, which the compiler
 * erases), re-exports and dynamic imports.
 */
import * as fs from "fs";
import * as path from "path";
import { builtinModules } from "module";

const SRC = path.join(__dirname, "..", "..", "..", "src");
const IMPORT = /^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms;
/** Everything the bundler follows: imports, bare imports, re-exports and `import("...")`. */
const LOADS = [
  IMPORT,
  /^import\s+"([^"]+)";/gm,
  /^export\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms,
  /\bimport\(\s*(?:\/\*[\s\S]*?\*\/\s*)?"([^"]+)"\s*\)/g,
];
/** The one file allowed to name Buffer: it picks Node's native text decoding when it exists. */
const SEAM = new Set(["cli/xlsx/bytes.ts"]);

/** The source file a relative import names, or null for data (a .json file), which loads nothing. */
function resolved(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((x) => base + x);
  const found = candidates.find((f) => fs.existsSync(f));
  if (found) return found;
  if (fs.existsSync(base) && !/\.tsx?$/.test(base)) return null;
  throw new Error(`${from}: cannot resolve ${spec}`);
}

function loaded(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = fs.readFileSync(file, "utf8");
    const specs = LOADS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
    seen.set(file, specs);
    for (const s of specs) {
      if (!s.startsWith(".")) continue;
      const next = resolved(file, s);
      if (next) visit(next);
    }
  };
  visit(entry);
  return seen;
}

const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Each Node module a file in the graph loads, and each file outside the seam that names Buffer. */
function offending(files: Map<string, string[]>): string[] {
  return [...files].flatMap(([file, specs]) => {
    const rel = path.relative(SRC, file).split(path.sep).join("/");
    return [
      ...specs.filter((s) => node.has(s)).map((s) => `${rel} imports ${s}`),
      ...(!SEAM.has(rel) && /\bBuffer\b/.test(fs.readFileSync(file, "utf8"))
        ? [`${rel} names Buffer`]
        : []),
    ];
  });
}

it.each(["cli/workbookBytes.ts", "cli/xlsx/workbookReader.ts", "cli/xlsx/webZipHost.ts"])(
  "%s loads no Node module, and only the seam names Buffer",
  (entry) => {
    const files = loaded(path.join(SRC, entry));
    expect(files.size).toBeGreaterThan(4);
    expect(offending(files)).toEqual([]);
  }
);

it.each(["web/index.tsx", "web/readWorker.ts"])(
  "the offline page's %s loads no Node module, and only the seam names Buffer",
  (entry) => {
    const files = loaded(path.join(SRC, entry));
    expect(files.size).toBeGreaterThan(4);
    expect(offending(files)).toEqual([]);
  }
);

it("the page's graph reaches the JSON text (a dynamic import) and not the Node writers", () => {
  const files = [...loaded(path.join(SRC, "web/index.tsx")).keys()].map((f) =>
    path.relative(SRC, f).split(path.sep).join("/")
  );
  expect(files).toContain("cli/jsonOutput.ts");
  expect(files).not.toContain("cli/jsonFile.ts");
});

it("the walk sees what the CLI's Node modules load", () => {
  expect(offending(loaded(path.join(SRC, "cli/jsonFile.ts")))).toEqual([
    "cli/jsonFile.ts imports events",
    "cli/jsonFile.ts imports fs",
    "cli/jsonFile.ts names Buffer",
  ]);
});

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
