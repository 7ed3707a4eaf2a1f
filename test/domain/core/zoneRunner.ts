/**
 * Runs a snippet against the compiled engine in a child Node process with a given TZ.
 *
 * Why a child process: jest gives each test file a copy of process.env, so assigning process.env.TZ
 * inside a test never reaches V8 and every zone would silently behave as the worker's own zone.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

let compiledDir: string | null = null;

/** Compiles every .ts file under src/domain to CommonJS once per test file, keeping its folders, and returns the folder. */
function compileDomain(): string {
  if (compiledDir) return compiledDir;
  const srcDir = path.join(__dirname, "../../../src/domain");
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-domain-"));
  for (const file of fs.readdirSync(srcDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const source = fs.readFileSync(path.join(srcDir, file), "utf8");
    const out = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    });
    const target = path.join(outDir, file.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out.outputText);
  }
  compiledDir = outDir;
  return outDir;
}

/** Removes the compiled copy (call in afterAll). */
export function cleanUpZoneRunner(): void {
  if (compiledDir) fs.rmSync(compiledDir, { recursive: true, force: true });
  compiledDir = null;
}

/**
 * Evaluates `body` (a function body that may use `dates`, the compiled dates module, and must
 * `return` a JSON-able value) in a Node process whose TZ is `zone`, and returns that value.
 */
export function runInZone<T>(zone: string, body: string): T {
  const dir = compileDomain();
  const script = `const dates = require(${JSON.stringify(path.join(dir, "core", "dates.js"))});
const result = (() => { ${body} })();
process.stdout.write(JSON.stringify(result));`;
  const out = execFileSync(process.execPath, ["-e", script], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}
