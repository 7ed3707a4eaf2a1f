#!/usr/bin/env node
/**
 * The production build in headless Chromium with the real office.js: the npm package @microsoft/office-js
 * is served in place of Microsoft's CDN (every request to appsforoffice.microsoft.com/lib/1/hosted/ is
 * answered from node_modules/@microsoft/office-js/dist; nothing else leaves the machine). This is a plain
 * browser where office.js does load: Office.onReady reports no host, so the page must run in preview and
 * must never call Excel (there is no `Excel` here). Changing a setting used to throw "Excel is not
 * defined" (the ribbon commands' start-up had started the Excel runtime anyway). Run by
 * `npm run test:browser`, after preview.js; Chromium comes from launch.js.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { serveDir } = require("./server");
const { check, assert, report } = require("./checks");
const { launchPersistent, resolveBrowser, BrowserUnavailable } = require("./launch");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_DIST = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
};

/**
 * Routes the page's requests: the CDN's office.js files from the npm package, the local server as it
 * is, everything else refused. Returns the list of office.js files served, and those asked for but absent.
 */
async function routeOfficeJs(context) {
  const served = [];
  const missing = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN).pathname.length));
      const file = path.resolve(OFFICE_DIST, rel);
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        served.push(rel);
        return route.fulfill({
          status: 200,
          contentType: TYPES[path.extname(file)] || "application/octet-stream",
          body: fs.readFileSync(file),
        });
      }
      missing.push(rel);
      return route.fulfill({ status: 404, body: "not in @microsoft/office-js" });
    }
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" ? route.continue() : route.abort();
  });
  return { served, missing };
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run npm run build first");
  const browser = await resolveBrowser();
  console.log(
    `Chromium: ${browser.executablePath} (${browser.source}${browser.version ? ` ${browser.version}` : ""}); office.js from ${path.relative(ROOT, OFFICE_DIST)}`
  );
  const server = await serveDir(DIST);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-office-"));
  try {
    const context = await launchPersistent(profile, {
      viewport: { width: 420, height: 900 },
      locale: "zh-CN",
    });
    const office = await routeOfficeJs(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Also what the page only logs: a failed recalculation is reported with console.warn.
    page.on("console", (m) => {
      if (/Excel is not defined|recalculation failed|settings could not be loaded/i.test(m.text()))
        errors.push(`console.${m.type()}: ${m.text()}`);
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForSelector("html[data-ready=dashboard]", { timeout: 60000 });

    await check(
      "the real office.js loaded (from the npm package, in place of the CDN)",
      async () => {
        assert(
          office.served.includes("office.js"),
          `office.js was not requested from the CDN address (served: ${office.served.join(", ") || "nothing"})`
        );
        const state = await page.evaluate(() => ({
          office: typeof Office,
          onReady: typeof (window.Office && Office.onReady),
          excel: typeof Excel,
        }));
        assert(
          state.office === "object" && state.onReady === "function",
          `Office is ${state.office}, Office.onReady is ${state.onReady}`
        );
        // The situation of the bug: office.js is there, Excel is not.
        assert(
          state.excel === "undefined",
          `Excel is ${state.excel} in a plain browser: this test would prove nothing`
        );
      }
    );

    await check("Office.onReady reports no host, and the pane runs in preview", async () => {
      const info = await page.evaluate(() => Office.onReady());
      assert(
        info.host === null || info.host === undefined,
        `onReady reports host ${JSON.stringify(info.host)}`
      );
      const badge = await page.getByTestId("preview-badge").textContent();
      assert(badge === "预览", `preview badge reads ${JSON.stringify(badge)}`);
    });

    await check("changing a setting throws nothing (no Excel.run outside Excel)", async () => {
      await page.getByRole("tab", { name: "设置" }).click();
      const first = page.getByLabel("首次认定");
      await first.waitFor({ timeout: 10000 });
      await first.fill("300000");
      await page.getByRole("button", { name: "保存设置" }).click();
      await page.getByText("预览：设置已应用（未写入文件）。").waitFor({ timeout: 10000 });
      // The recalculation watcher would run on the next turn; give it several.
      await page.waitForTimeout(1000);
      assert(errors.length === 0, errors.join("\n"));
    });

    await check("no script errors", async () => assert(errors.length === 0, errors.join("\n")));
    if (office.missing.length > 0)
      console.log(
        `note: office.js asked for files the npm package lacks: ${office.missing.join(", ")}`
      );
    await context.close();
  } finally {
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
  report();
}

main().catch((e) => {
  console.error(
    e instanceof BrowserUnavailable
      ? `browser test cannot run: ${e.message}`
      : `browser test failed: ${(e && e.stack) || e}`
  );
  process.exit(1);
});
