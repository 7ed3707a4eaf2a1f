#!/usr/bin/env node
/**
 * The production build in headless Chromium, outside Office (preview mode): it loads, draws its Chinese
 * text in real glyphs, shows the 12 units and the 合计 row, fits the unit table (and its forecast columns)
 * in a 350 px pane, switches language, opens settings, clicks an expiring certificate and a stale pool
 * stage, and decomposes the sample's totals; then, at 320 and 350 px in both languages and themes, the
 * states where the pane broke (paneFit.js). Screenshots go to test-output/ (taskpane.png,
 * taskpane-en.png, taskpane-dark.png, fit-<lang>-<theme>-<view>.png, ...).
 * Run by `npm run test:browser`; which Chromium and which CJK font it uses: launch.js.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { serveDir, blockExternal } = require("./server");
const { check, assert, report } = require("./checks");
const { launchPersistent, resolveBrowser, cjkGlyphs, BrowserUnavailable } = require("./launch");
const { runFitChecks } = require("./paneFit");
const { useFonts, fontsInUse } = require("./pageFonts");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-output");
// The policy's 12 responsible units (its target table, 其他 included).
const UNITS = [
  "枫泾镇",
  "朱泾镇",
  "亭林镇",
  "漕泾镇",
  "山阳镇",
  "金山卫镇",
  "张堰镇",
  "廊下镇",
  "吕巷镇",
  "新金山发展公司",
  "碳谷绿湾公司",
  "其他",
];

/** Profiles to delete after the run: Chromium may still be writing to one when its context's close event fires. */
const profileDirs = [];

function removeProfiles() {
  for (const dir of profileDirs) {
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // A leftover temp profile is harmless; it must not fail the run.
    }
  }
}

/**
 * How the per-unit table sits in the pane: how far it overflows its scroll box, the lowest and tallest
 * body row (a wrapped cell makes its row taller), and the text of the taller rows.
 */
async function tableFit(page, rowSelector) {
  return page.evaluate((selector) => {
    const rows = [...document.querySelectorAll(selector)];
    const table = rows[0].closest("table");
    const box = table.parentElement;
    const heights = rows.map((r) => r.getBoundingClientRect().height);
    const lowest = Math.min(...heights);
    const wrapped = rows.filter((r, k) => heights[k] > lowest + 1).map((r) => r.textContent);
    return {
      overflow: box.scrollWidth - box.clientWidth,
      lowest,
      tallest: Math.max(...heights),
      wrapped,
    };
  }, rowSelector);
}

/** At 350 px (a narrow Excel task pane) a table needs no sideways scroll and no cell wraps. */
async function assertTableFits(
  page,
  screenshot,
  rowSelector = "[data-testid=unit-row], [data-testid=unit-total]"
) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 350, height: 900 });
  const fit = await tableFit(page, rowSelector);
  await page.screenshot({ path: path.join(OUT, screenshot), fullPage: true });
  await page.setViewportSize(before);
  assert(fit.overflow <= 1, `the table is ${fit.overflow} px wider than the pane`);
  assert(
    fit.tallest - fit.lowest <= 1,
    `rows are ${fit.lowest}-${fit.tallest} px high: a cell wraps (${fit.wrapped.join(", ")})`
  );
}

/**
 * A fresh Chromium profile per scenario (playwright wants --user-data-dir as a persistent context); the
 * page draws its text in the npm fonts of `fonts` (pageFonts.js: "shipped", or "dejavu" for the widest).
 */
async function openPane(url, { fonts = "shipped", ...options } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-chromium-"));
  const context = await launchPersistent(userDataDir, {
    viewport: { width: 420, height: 900 },
    ...options,
  });
  profileDirs.push(userDataDir);
  await blockExternal(context);
  await useFonts(context, fonts);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${url}/taskpane.html`);
  await page.waitForSelector("html[data-ready=dashboard]", { timeout: 60000 });
  const used = await fontsInUse(page, fonts);
  if (used.missing.length)
    throw new Error(
      `the page did not load the shipped fonts ${used.missing.join(", ")} (loaded: ${used.loaded.join(", ") || "none"})`
    );
  return { context, page, errors };
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run npm run build first");
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await resolveBrowser();
  console.log(
    `Chromium: ${browser.executablePath} (${browser.source}${browser.version ? ` ${browser.version}` : ""})`
  );
  const server = await serveDir(DIST);
  try {
    const { context, page, errors } = await openPane(server.url, { locale: "zh-CN" });

    // Without a CJK font every ideograph is the same empty box, and the width checks below measure boxes.
    await check("draws Chinese in real glyphs, not empty boxes", async () => {
      const glyphs = await cjkGlyphs(page, "[data-testid=unit-total] td");
      assert(glyphs.realGlyphs, `${glyphs.reason} in the font stack ${glyphs.fontFamily}`);
    });

    await check("loads in preview mode", async () => {
      const badge = await page.getByTestId("preview-badge").textContent();
      assert(badge === "预览", `preview badge reads ${JSON.stringify(badge)}`);
    });

    await check("shows the 12 units and the 合计 row", async () => {
      const names = await page.locator("[data-testid=unit-row] td:first-child").allTextContents();
      const missing = UNITS.filter((u) => !names.includes(u));
      assert(
        missing.length === 0,
        `missing units: ${missing.join(", ")} (got ${names.join(", ")})`
      );
      const total = await page.locator("[data-testid=unit-total] td:first-child").textContent();
      assert(total === "合计", `total row reads ${JSON.stringify(total)}`);
      const validTotal = Number(
        (await page.locator("[data-testid=unit-total] td").nth(2).textContent()).replace(/,/g, "")
      );
      assert(validTotal > 0, `the sample gives ${validTotal} valid enterprises`);
    });
    await page.screenshot({ path: path.join(OUT, "taskpane.png"), fullPage: true });

    await check("the unit table fits a 350 px pane on one line a row", () =>
      assertTableFits(page, "taskpane-350.png")
    );

    await check("the forecast columns fit a 350 px pane behind their switch", async () => {
      const toggle = page.getByRole("switch", { name: "年末预测" });
      await toggle.click();
      const heads = await page
        .locator("[data-testid=unit-total]")
        .locator("xpath=ancestor::table")
        .locator("th")
        .allTextContents();
      assert(heads.includes("预计") && heads.includes("还需"), `heads: ${heads.join(", ")}`);
      await assertTableFits(page, "taskpane-350-forecast.png");
      await toggle.click();
    });

    await check("a wide pane shows all nine columns side by side, without the switch", async () => {
      const before = page.viewportSize();
      await page.setViewportSize({ width: 560, height: 900 });
      await page.waitForFunction(
        () => document.querySelectorAll("[data-testid=unit-total] td").length === 9,
        null,
        { timeout: 5000 }
      );
      const fit = await tableFit(page, "[data-testid=unit-row], [data-testid=unit-total]");
      const switches = await page.getByRole("switch").count();
      await page.screenshot({ path: path.join(OUT, "taskpane-wide.png"), fullPage: true });
      await page.setViewportSize(before);
      assert(switches === 0, `${switches} switch(es) shown on a wide pane`);
      assert(fit.overflow <= 1, `the table is ${fit.overflow} px wider than the pane`);
      assert(fit.tallest - fit.lowest <= 1, `a cell wraps (${fit.wrapped.join(", ")})`);
    });

    await check("switches language", async () => {
      await page.getByLabel("界面语言").selectOption("en-US");
      await page.getByRole("heading", { name: "HNTE target tracking" }).waitFor({ timeout: 5000 });
      const total = await page.locator("[data-testid=unit-total] td:first-child").textContent();
      assert(total === "Total", `total row reads ${JSON.stringify(total)} in English`);
      await page.getByLabel("Language").selectOption("zh-CN");
      await page.getByRole("heading", { name: "高企目标跟踪" }).waitFor({ timeout: 5000 });
    });

    await check("opens settings", async () => {
      await page.getByRole("tab", { name: "设置" }).click();
      const first = page.getByLabel("首次认定");
      await first.waitFor({ timeout: 10000 });
      assert(
        (await first.inputValue()) === "200000",
        `first award field holds ${await first.inputValue()}`
      );
    });

    await check("clicks an expiring certificate", async () => {
      await page.getByRole("tab", { name: /年内到期/ }).click();
      const item = page.getByTestId("expiring-item").first();
      await item.waitFor({ timeout: 10000 });
      await item.click();
      await page.getByText(/预览：在 Excel 中会选中工作表“.+”第 \d+ 行/).waitFor({ timeout: 5000 });
    });
    await page.screenshot({ path: path.join(OUT, "taskpane-expiring.png"), fullPage: true });

    await check("opens the 培育库 tab and goes to a stale stage's cell", async () => {
      await page.getByRole("tab", { name: "培育库" }).click();
      await page.getByTestId("pool-row").first().waitFor({ timeout: 10000 });
      const sentence = await page.getByTestId("forecast-sentence").textContent();
      assert(
        /^(按当前培育库和续认率测算|计入已推出申报、尚未公布认定结果的企业)，预计年末\d+家/.test(
          sentence
        ),
        `forecast sentence: ${sentence}`
      );
      await page.setViewportSize({ width: 350, height: 900 });
      const overflow = await page.evaluate(() => {
        const box = document
          .querySelector("[data-testid=pool-total]")
          .closest("table").parentElement;
        return box.scrollWidth - box.clientWidth;
      });
      await page.screenshot({ path: path.join(OUT, "taskpane-pool-350.png"), fullPage: true });
      await page.setViewportSize({ width: 420, height: 900 });
      assert(overflow <= 1, `the pool table is ${overflow} px wider than a 350 px pane`);
      await page.getByTestId("pool-stale-item").first().click();
      await page.getByText(/预览：在 Excel 中会选中 培育库!E\d+/).waitFor({ timeout: 5000 });
    });

    await check(
      "opens the 走访 tab: the per-unit table fits 350 px, a problem goes to its cell, 记录走访 says where it would write",
      async () => {
        await page.getByRole("tab", { name: /^走访/ }).click();
        await page.getByTestId("contacts-row").first().waitFor({ timeout: 10000 });
        assert(
          (await page.getByTestId("contacts-row").count()) === UNITS.length,
          "one contacts row per unit"
        );
        await assertTableFits(
          page,
          "taskpane-contacts-350.png",
          "[data-testid=contacts-row], [data-testid=contacts-total]"
        );
        await page.setViewportSize({ width: 350, height: 900 });
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.setViewportSize({ width: 420, height: 900 });
        assert(pageWidth <= 350, `the 走访 view is ${pageWidth} px wide at 350 px`);
        // The sample's lists are long: they start folded, their counts in view.
        await page.getByRole("heading", { name: /^未办结问题/ }).click();
        await page.getByTestId("problem-item").first().click();
        await page
          .getByText(/预览：在 Excel 中会选中 走访记录![A-Z]+\d+/)
          .waitFor({ timeout: 5000 });
        await page.getByLabel("企业").fill("上海测试科技有限公司");
        await page.getByRole("button", { name: "记录", exact: true }).click();
        await page
          .getByText(/预览：在 Excel 中会写入工作表“走访记录”第 \d+ 行/)
          .waitFor({ timeout: 5000 });
      }
    );

    await check(
      "decomposes the sample: a preview as the totals are typed, fitting 350 px",
      async () => {
        await page.getByRole("tab", { name: "目标分解" }).click();
        const totals = { 2025: "1750", 2026: "1900", 2027: "2050" };
        for (const [year, value] of Object.entries(totals))
          await page.getByLabel(`${year}年总量`).fill(value);
        const total = page.getByTestId("decompose-total");
        await total.waitFor({ timeout: 10000 });
        const cells = await total.locator("td").allTextContents();
        assert(
          cells.slice(-3).join(" ") === "1,750 1,900 2,050",
          `合计 row reads ${cells.join(" ")}`
        );
        assert(
          (await page.getByTestId("decompose-row").count()) === UNITS.length,
          "one preview row per unit"
        );
        await assertTableFits(
          page,
          "taskpane-decompose-350.png",
          "[data-testid=decompose-row], [data-testid=decompose-total]"
        );
        // Nothing else in the view (tabs, inputs, selects) pushes the pane sideways at 350 px either.
        await page.setViewportSize({ width: 350, height: 900 });
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.setViewportSize({ width: 420, height: 900 });
        assert(pageWidth <= 350, `the pane is ${pageWidth} px wide at 350 px`);
        await page.getByRole("button", { name: "写入目标表" }).click();
        await page
          .getByText(/预览：在 Excel 中会写入新工作表“目标任务分解 2025-2027”/)
          .waitFor({ timeout: 5000 });
      }
    );

    await check("no script errors", async () => assert(errors.length === 0, errors.join("\n")));
    await context.close();

    const en = await openPane(server.url, { locale: "en-US" });
    await check("follows an English browser language", async () => {
      await en.page
        .getByRole("heading", { name: "HNTE target tracking" })
        .waitFor({ timeout: 5000 });
    });
    await check("the English unit table fits a 350 px pane too", () =>
      assertTableFits(en.page, "taskpane-en-350.png")
    );
    await check("the English forecast columns fit a 350 px pane too", async () => {
      const toggle = en.page.getByRole("switch", { name: "Year-end forecast" });
      await toggle.click();
      await assertTableFits(en.page, "taskpane-en-350-forecast.png");
      await toggle.click();
    });
    await en.page.screenshot({ path: path.join(OUT, "taskpane-en.png"), fullPage: true });
    await en.context.close();

    const dark = await openPane(server.url, { locale: "zh-CN", colorScheme: "dark" });
    await check("follows a dark colour scheme", async () => {
      const bg = await dark.page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor
      );
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      assert(r + g + b < 200, `background ${bg} is not dark`);
    });
    await dark.page.screenshot({ path: path.join(OUT, "taskpane-dark.png"), fullPage: true });
    await dark.context.close();

    // 320 and 350 px, both languages and themes, in the states where the pane broke (paneFit.js).
    await runFitChecks({ url: server.url, openPane, check, assert, out: OUT });
  } finally {
    await server.close();
    removeProfiles();
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
