/**
 * functionsGzKB: the gzipped size of what must load before the custom functions work: the webpack
 * runtime, any shared chunk, and the functions chunk (the "functions" entrypoint), not the task pane.
 * Goal <= 60 KB. Builds for production into a temporary directory (dist/ stays as it is) with webpack
 * as a child process, and reads the entrypoint's files from webpack's stats.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import type { BenchSuite } from "../suite";

const GOAL_KB = 60;

interface Stats {
  entrypoints?: Record<string, { assets: ({ name: string } | string)[] }>;
}

/** Runs `webpack --mode production` into `outDir`, writing stats to `statsFile`. */
function build(root: string, outDir: string, statsFile: string): Promise<void> {
  const bin = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "webpack.cmd" : "webpack"
  );
  // The URL only ends up in the copied manifest; any HTTPS origin satisfies the production build.
  const env = { ...process.env, ADDIN_URL: process.env.ADDIN_URL || "https://localhost:3000" };
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin,
      ["--mode", "production", "--output-path", outDir, "--json", statsFile],
      { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] }
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`webpack exited ${code}: ${stderr.trim().slice(0, 500)}`))
    );
  });
}

export const suite: BenchSuite = {
  name: "functions",
  order: 3,
  async run(log) {
    const root = path.join(__dirname, "..", "..", "..");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-functions-"));
    try {
      const out = path.join(dir, "dist");
      const statsFile = path.join(dir, "stats.json");
      const t0 = Date.now();
      await build(root, out, statsFile);
      const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as Stats;
      const entry = stats.entrypoints?.functions;
      if (!entry) throw new Error("the build has no functions entrypoint");
      const files = entry.assets
        .map((a) => (typeof a === "string" ? a : a.name))
        .filter((n) => n.endsWith(".js"));
      let raw = 0;
      let gz = 0;
      for (const name of files) {
        const bytes = fs.readFileSync(path.join(out, name));
        const g = zlib.gzipSync(bytes).length;
        raw += bytes.length;
        gz += g;
        log(
          `  ${name.padEnd(24)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  gzip ${(g / 1024).toFixed(1).padStart(6)} KB`
        );
      }
      const functionsGzKB = Number((gz / 1024).toFixed(1));
      log(`production build in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      log(
        `functions entrypoint: ${(raw / 1024).toFixed(1)} KB, gzipped ${functionsGzKB} KB  (goal <= ${GOAL_KB} KB)`
      );
      return { functionsGzKB };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
