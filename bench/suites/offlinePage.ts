/**
 * The offline page (dist/gaoqi.html) on a 200,000-row workbook (the cli suite's synthetic roster):
 * pageOpenMs = time from handing the file to the page's file input to the rendered 合计 row, in headless
 * Chromium from file://, median of 3; cliJsonMs = `gaoqi report F --year 2023 --json J` on the same file,
 * median of 3; pageVsCli = their ratio (goal <= 1.5); pagePeakHeapMB = the page's largest JS heap seen
 * while it opened the file (Chromium's JSHeapUsedSize every 50 ms; goal <= 500). The page reads in a
 * worker, whose heap is the reader's (a block of rows at a time), not the sheets the page then holds.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser } from "playwright-core";
import { packageRoot } from "../../src/cli/packageRoot";
import type { BenchSuite } from "../suite";
import { writeWorkbook } from "./cli";

const ROWS = 200_000;
const RUNS = 3;

interface Launcher {
  launch(options?: object): Promise<Browser>;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function ensurePage(root: string, log: (l: string) => void): string {
  const page = path.join(root, "dist", "gaoqi.html");
  if (fs.existsSync(page)) return page;
  log("dist/gaoqi.html missing: building it (webpack --env page)");
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "production",
      "--env",
      "page",
    ],
    { cwd: root, stdio: "inherit" }
  );
  if (r.status !== 0) throw new Error(`webpack failed (exit ${r.status})`);
  return page;
}

async function pageRun(
  browser: Browser,
  page: string,
  file: string
): Promise<{ ms: number; peakMB: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    await tab.goto(`file://${page}#asof=2023-12-31`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Performance.enable");
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = (await cdp.send("Performance.getMetrics")) as {
          metrics: { name: string; value: number }[];
        };
        peak = Math.max(peak, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const t0 = Date.now();
    await tab.getByTestId("open-files").setInputFiles([file]);
    await tab.locator("[data-testid=unit-total]").waitFor({ timeout: 600_000 });
    const ms = Date.now() - t0;
    sampling = false;
    await sampler;
    return { ms, peakMB: peak / 1024 / 1024 };
  } finally {
    await context.close();
  }
}

export const suite: BenchSuite = {
  name: "offline-page",
  order: 6,
  async run(log) {
    const root = packageRoot();
    const page = ensurePage(root, log);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-bench-page-"));
    try {
      const file = path.join(dir, "roster.xlsx");
      await writeWorkbook(file, ROWS);
      const cliTimes: number[] = [];
      for (let k = 0; k < RUNS; k++) {
        const t0 = Date.now();
        const r = spawnSync(
          process.execPath,
          [
            path.join(root, "bin", "gaoqi.js"),
            "report",
            file,
            "--year",
            "2023",
            "--json",
            path.join(dir, "out.json"),
          ],
          { cwd: root, stdio: "ignore" }
        );
        if (r.status !== 0) throw new Error(`gaoqi report exited ${r.status}`);
        cliTimes.push(Date.now() - t0);
      }
      const { launch } = require(path.join(root, "test", "browser", "launch.js")) as Launcher;
      const browser = await launch();
      const runs: { ms: number; peakMB: number }[] = [];
      try {
        for (let k = 0; k < RUNS; k++) runs.push(await pageRun(browser, page, file));
      } finally {
        await browser.close();
      }
      const cliJsonMs = median(cliTimes);
      const pageOpenMs = median(runs.map((r) => r.ms));
      const pagePeakHeapMB = Math.round(Math.max(...runs.map((r) => r.peakMB)));
      const pageVsCli = Math.round((pageOpenMs / cliJsonMs) * 100) / 100;
      log(`${ROWS.toLocaleString("en-US")} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`);
      log(
        `gaoqi report --json: ${(cliJsonMs / 1000).toFixed(2)} s median (${cliTimes.join(", ")} ms)`
      );
      log(
        `page opens it:      ${(pageOpenMs / 1000).toFixed(2)} s median (${runs.map((r) => r.ms).join(", ")} ms), ${pageVsCli}x the CLI (goal <= 1.5)`
      );
      log(`page peak JS heap:  ${pagePeakHeapMB} MB (goal <= 500)`);
      return { pageOpenMs, cliJsonMs, pageVsCli, pagePeakHeapMB };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
