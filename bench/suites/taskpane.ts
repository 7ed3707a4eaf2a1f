/**
 * The task pane: taskpaneGzKB = gzipped size of the JavaScript the page loads before the pane can render
 * (every script taskpane.html references; lazy chunks such as settings, findings and the preview data are
 * not counted; goal <= 250 KB), and previewReadyMs = time from navigation to a rendered dashboard in
 * preview mode in headless Chromium (the pane's "gaoqi:dashboard-ready" mark), median of 5 cold loads.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { Browser } from "playwright-core";
import { packageRoot } from "../../src/cli/packageRoot";
import type { BenchSuite } from "../suite";

const RUNS = 5;

interface ServerHelpers {
  serveDir(root: string): Promise<{ url: string; close: () => Promise<void> }>;
  blockExternal(context: unknown): Promise<void>;
}

/** The part of test/browser/launch.js used here: the same Chromium, flags and fonts as the browser test. */
interface Launcher {
  launch(options?: object): Promise<Browser>;
}

function ensureBuilt(root: string, log: (l: string) => void): string {
  const dist = path.join(root, "dist");
  if (fs.existsSync(path.join(dist, "taskpane.html"))) return dist;
  log("dist/ missing: building (webpack --mode production)");
  // The origin only matters for the manifest; the pane itself is measured from a local server.
  const env = { ...process.env, ADDIN_URL: process.env.ADDIN_URL || "https://localhost:3000" };
  const r = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
    { cwd: root, env, stdio: "inherit" }
  );
  if (r.status !== 0) throw new Error(`webpack failed (exit ${r.status})`);
  return dist;
}

/** The local scripts taskpane.html loads up front, in page order. */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export const suite: BenchSuite = {
  name: "taskpane",
  order: 5,
  async run(log) {
    const root = packageRoot();
    const dist = ensureBuilt(root, log);
    const scripts = initialScripts(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8"));
    let gzBytes = 0;
    for (const src of scripts) {
      const gz = zlib.gzipSync(fs.readFileSync(path.join(dist, src.replace(/^\.?\//, ""))), {
        level: 9,
      }).length;
      gzBytes += gz;
      log(`  ${src}: ${(gz / 1024).toFixed(1)} KB gzipped`);
    }
    const taskpaneGzKB = Math.round((gzBytes / 1024) * 10) / 10;
    log(`taskpane initial JS: ${taskpaneGzKB} KB gzipped (goal <= 250)`);

    const helpers = require(path.join(root, "test", "browser", "server.js")) as ServerHelpers;
    const { launch } = require(path.join(root, "test", "browser", "launch.js")) as Launcher;
    const server = await helpers.serveDir(dist);
    // playwright gives each launch a fresh temporary profile; it refuses --user-data-dir here.
    const browser = await launch();
    const times: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({
          viewport: { width: 420, height: 900 },
          locale: "zh-CN",
        });
        await helpers.blockExternal(context);
        const page = await context.newPage();
        await page.goto(`${server.url}/taskpane.html`);
        await page.waitForSelector("html[data-ready=dashboard]", { timeout: 60000 });
        const ms = await page.evaluate(
          () => performance.getEntriesByName("gaoqi:dashboard-ready")[0]?.startTime ?? NaN
        );
        times.push(ms);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const previewReadyMs = Math.round(median(times));
    log(
      `preview dashboard ready: ${previewReadyMs} ms (median of ${RUNS}: ${times.map((t) => Math.round(t)).join(", ")})`
    );
    return { taskpaneGzKB, previewReadyMs };
  },
};
