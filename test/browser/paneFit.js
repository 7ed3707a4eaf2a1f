/**
 * The pane as staff see it at 320, 350 and 480 px and in a wide window, in zh-CN and en-US, light and
 * dark, in the shipped fonts and again with DejaVu Sans (pageFonts.js), in the states where it broke: the settings form (with an error shown), the unit table sorted by 完成率 with
 * large awards (首次认定 set to 300万, at the end of 2023), the tab strip, the findings and expiring
 * lists, the first-run help opened (all four kinds of sheet), the pool and a decomposition preview. In
 * each: nothing is wider than the pane, no box hides part of its content (a clipped column, a cut-off
 * bottom), no control is drawn over another, no badge is squeezed or wrapped (the 走访 tab's problem list is opened for that), in dark mode
 * what lies beyond the content is dark too, and every aria-labelledby / aria-describedby names an element
 * that exists.
 * Screenshots at 350 and 320 px go to test-output/ (fit-<lang>-<theme>-<view>.png, ...-<view>-320.png;
 * the DejaVu Sans pass adds -dejavu after the theme).
 * Used by preview.js: runFitChecks({ url, openPane, check, assert, out }).
 */
const path = require("path");
const { fontsReady } = require("./pageFonts");

// A narrow Excel pane, the usual one, the width from which the unit table shows all nine columns, a wide window.
const WIDTHS = [320, 350, 480, 1024];

/**
 * What does not fit at the current viewport width: the page's own overflow, elements reaching past the
 * right edge, boxes that clip or scroll their content sideways, and the background beyond the content.
 */
async function measure(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el) => {
      const id = el.getAttribute("data-testid") || el.getAttribute("aria-label") || el.id || "";
      return `<${el.tagName.toLowerCase()}${id ? ` ${id}` : ""}> "${(el.textContent || "").trim().slice(0, 30)}"`;
    };
    const past = [];
    const clipping = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      if (r.right > width + 1) past.push(`${describe(el)} ends at ${Math.round(r.right)}`);
      if (
        (style.overflowX !== "visible" || el.tagName === "INPUT" || el.tagName === "SELECT") &&
        el.scrollWidth > el.clientWidth + 1
      ) {
        // An input's own text may scroll (a long value); a select's chosen text is cut with its arrow:
        // those count only when the control itself is narrower than its placeholder or label would need.
        if (el.tagName === "INPUT" && el.value && el.value.length > 0) continue;
        clipping.push(`${describe(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);
      }
      // Cut at the bottom: a box that hides or scrolls part of its height (a textarea scrolls by design).
      if (
        style.overflowY !== "visible" &&
        el.tagName !== "TEXTAREA" &&
        el.scrollHeight > el.clientHeight + 1
      ) {
        clipping.push(
          `${describe(el)} shows ${el.clientHeight} of ${el.scrollHeight} px of its height`
        );
      }
    }
    // A badge squeezed by its row (its word spilling out of a 20 px box), or wrapped onto two lines.
    const badges = [];
    for (const el of document.querySelectorAll(".fui-Badge")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        badges.push(
          `${describe(el)} is ${Math.round(r.width)} x ${Math.round(r.height)} px, its text ${el.scrollWidth} x ${el.scrollHeight}`
        );
    }
    // A control drawn over another (a text box wider than its field, over the button beside it). A
    // control in a closed <details> keeps its box but is not rendered (checkVisibility is false), and one
    // in a collapsed panel is cut away by the panel's clipping: only the part left inside every clipping
    // ancestor counts.
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      let { left, top, right, bottom } = r;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ps = getComputedStyle(p);
        if (ps.overflowX === "visible" && ps.overflowY === "visible") continue;
        const c = p.getBoundingClientRect();
        if (ps.overflowX !== "visible") {
          left = Math.max(left, c.left);
          right = Math.min(right, c.right);
        }
        if (ps.overflowY !== "visible") {
          top = Math.max(top, c.top);
          bottom = Math.min(bottom, c.bottom);
        }
      }
      return { left, top, right, bottom, width: right - left, height: bottom - top };
    };
    const overlaps = [];
    const controls = [...document.querySelectorAll("input, button, select, textarea")]
      .map((el) => ({ el, r: shown(el) }))
      .filter(
        ({ el, r }) =>
          r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true })
      );
    for (let i = 0; i < controls.length; i++)
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i];
        const b = controls[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) overlaps.push(`${describe(a.el)} covers ${describe(b.el)}`);
      }
    const bg = getComputedStyle(document.documentElement).backgroundColor;
    // A label or description that points at no element (the preview message bar's aria-labelledby did).
    const dangling = [];
    for (const attr of ["aria-labelledby", "aria-describedby", "aria-controls"]) {
      for (const el of document.querySelectorAll(`[${attr}]`)) {
        for (const id of el.getAttribute(attr).split(/\s+/).filter(Boolean))
          if (!document.getElementById(id)) dangling.push(`${attr}=${id} on ${describe(el)}`);
      }
    }
    return {
      width,
      page: document.documentElement.scrollWidth,
      past: past.slice(0, 8),
      clipping: clipping.slice(0, 8),
      badges: badges.slice(0, 8),
      overlaps: overlaps.slice(0, 8),
      bg,
      dangling,
    };
  });
}

/**
 * Fonts loaded and animations done: an accordion opening (Fluent's collapse motion) is cut at its
 * animated height until it ends, which is not a clipped box.
 */
async function settled(page) {
  await fontsReady(page);
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))).then(
      () => undefined
    )
  );
}

const isDark = (rgb) => {
  const m = rgb.match(/\d+/g);
  if (!m) return false;
  const [r, g, b] = m.map(Number);
  return r + g + b < 200;
};

/** Asserts the current view fits every width; screenshots at 350 px (and 320 px, "-320.png"). */
async function assertFits(page, assert, { dark, shot }) {
  const problems = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await settled(page);
    const m = await measure(page);
    if (shot && width === 350) await page.screenshot({ path: shot, fullPage: true });
    if (shot && width === 320)
      await page.screenshot({ path: shot.replace(/\.png$/, "-320.png"), fullPage: true });
    if (m.page > width) problems.push(`${width} px: the page is ${m.page} px wide`);
    if (m.past.length) problems.push(`${width} px: past the right edge: ${m.past.join("; ")}`);
    if (m.clipping.length) problems.push(`${width} px: clipped: ${m.clipping.join("; ")}`);
    if (m.badges.length) problems.push(`${width} px: shrunk badges: ${m.badges.join("; ")}`);
    if (m.overlaps.length) problems.push(`${width} px: overlapping: ${m.overlaps.join("; ")}`);
    if (dark && !isDark(m.bg))
      problems.push(`${width} px: the page behind the pane is ${m.bg} in dark mode`);
    if (m.dangling.length)
      problems.push(`${width} px: ids that name no element: ${m.dangling.join("; ")}`);
  }
  await page.setViewportSize({ width: 420, height: 900 });
  assert(problems.length === 0, problems.join("\n"));
}

const TEXT = {
  "zh-CN": {
    settings: "设置",
    first: "首次认定",
    save: "保存设置",
    findings: /数据问题/,
    expiring: /到期/,
    completion: "完成率",
    dashboard: "总览",
    saved: /设置已应用/,
    yearEnd2023: "2023 年末",
    pool: "培育库",
    decompose: "目标分解",
    yearTotal: (y) => `${y}年总量`,
    start: /高企读取什么/,
    contacts: /^走访/,
    problems: /^未办结问题/,
  },
  "en-US": {
    settings: "Settings",
    first: "First recognition",
    save: "Save settings",
    findings: /Findings/,
    expiring: /Expiring/,
    completion: "Completion",
    dashboard: "Dashboard",
    saved: /settings applied/,
    yearEnd2023: "End of 2023",
    pool: "Pool",
    decompose: "Targets",
    yearTotal: (y) => `Total ${y}`,
    start: /What Gaoqi reads/,
    contacts: /^Visits/,
    problems: /^Open problems/,
  },
};

/**
 * Each language and theme in the shipped fonts, then each language again with DejaVu Sans for Latin text
 * (the widest common fallback): what fits only by a few pixels in one font fails there.
 */
const PASSES = [
  ...["zh-CN", "en-US"].flatMap((lang) =>
    ["light", "dark"].map((scheme) => ({ lang, scheme, fonts: "shipped" }))
  ),
  ...["zh-CN", "en-US"].map((lang) => ({ lang, scheme: "light", fonts: "dejavu" })),
];

async function runFitChecks({ url, openPane, check, assert, out, passes = PASSES }) {
  for (const { lang, scheme, fonts } of passes) {
    const dark = scheme === "dark";
    const { context, page } = await openPane(url, { locale: lang, colorScheme: scheme, fonts });
    const tx = TEXT[lang];
    const wide = fonts === "dejavu" ? "-dejavu" : "";
    const shot = (view) => path.join(out, `fit-${lang}-${scheme}${wide}-${view}.png`);
    const tag = `${lang} ${scheme}${wide ? " DejaVu Sans" : ""}`;
    try {
      await check(`${tag}: the dashboard and its tab strip fit every width`, async () => {
        await assertFits(page, assert, { dark, shot: shot("dashboard") });
        // Every tab is wholly inside the pane (the strip wraps, it never cuts "Settings").
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll("[role=tab]")]
            .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth)
            .map((t) => t.textContent)
        );
        assert(cut.length === 0, `tabs cut: ${cut.join(", ")}`);
      });

      await check(`${tag}: the first-run help, opened, fits`, async () => {
        await page.getByRole("button", { name: tx.start }).click();
        await page.getByTestId("reads-roster").waitFor({ timeout: 5000 });
        await page.getByTestId("reads-contacts").waitFor({ timeout: 5000 });
        await assertFits(page, assert, { dark, shot: shot("start") });
        await page.getByRole("button", { name: tx.start }).click();
      });

      await check(`${tag}: the settings form fits, with an error shown`, async () => {
        await page.getByRole("tab", { name: tx.settings }).click();
        const first = page.getByLabel(tx.first, { exact: true });
        await first.waitFor({ timeout: 10000 });
        await first.fill("abc");
        await page.getByRole("button", { name: tx.save }).click();
        await page
          .getByTestId("settings-outcome")
          .locator("[role=group], .fui-MessageBar")
          .first()
          .waitFor({ timeout: 5000 });
        await assertFits(page, assert, { dark, shot: shot("settings") });
        // Large awards (3,000,000 a first recognition) for the unit table below.
        await first.fill("300万");
        await page.getByRole("button", { name: tx.save }).click();
        await page.getByTestId("settings-outcome").getByText(tx.saved).waitFor({ timeout: 5000 });
      });

      await check(
        `${tag}: the unit table sorted by completion, with large awards, fits`,
        async () => {
          await page.getByRole("tab", { name: tx.dashboard }).click();
          // 2023: first recognitions inside the policy window, each now 300万.
          await page.getByRole("button", { name: tx.yearEnd2023 }).click();
          const awards = await page.locator("[data-testid=unit-total] td").last().textContent();
          assert(
            Number(awards.replace(/,/g, "")) >= 10000,
            `the total awards read ${awards} (万): the large amount did not take`
          );
          await page.getByRole("button", { name: tx.completion, exact: true }).click();
          await assertFits(page, assert, { dark, shot: shot("sorted") });
          // Where columns gave way at 320 px, a unit's name opens their values under its row, inside the pane.
          await page.setViewportSize({ width: 320, height: 900 });
          await settled(page);
          if (await page.getByTestId("hidden-columns").count()) {
            await page.getByTestId("unit-row").first().getByRole("button").click();
            await page.getByTestId("row-detail").waitFor({ timeout: 5000 });
            const m = await measure(page);
            await page.screenshot({ path: shot("sorted-detail-320"), fullPage: true });
            assert(
              m.page <= 320 && m.past.length === 0 && m.clipping.length === 0,
              `the opened row does not fit 320 px: ${[...m.past, ...m.clipping].join("; ")}`
            );
          }
          await page.setViewportSize({ width: 420, height: 900 });
        }
      );

      await check(`${tag}: the findings list fits`, async () => {
        await page.getByRole("tab", { name: tx.findings }).click();
        await page.getByTestId("finding-group").first().waitFor({ timeout: 10000 });
        await assertFits(page, assert, { dark, shot: shot("findings") });
      });

      await check(`${tag}: the expiring list fits`, async () => {
        await page.getByRole("tab", { name: tx.expiring }).click();
        await page.getByTestId("expiring-item").first().waitFor({ timeout: 10000 });
        await assertFits(page, assert, { dark, shot: null });
      });

      await check(
        `${tag}: the 走访 tab with its problem list open fits, its badges whole`,
        async () => {
          await page.getByRole("tab", { name: tx.contacts }).click();
          await page.getByTestId("contacts-row").first().waitFor({ timeout: 10000 });
          await page.getByRole("heading", { name: tx.problems }).click();
          await page.getByTestId("problem-item").first().waitFor({ timeout: 5000 });
          await assertFits(page, assert, { dark, shot: shot("contacts") });
        }
      );

      await check(`${tag}: the pool and decomposition views fit`, async () => {
        await page.getByRole("tab", { name: tx.pool }).click();
        await page.getByTestId("pool-row").first().waitFor({ timeout: 10000 });
        await assertFits(page, assert, { dark, shot: null });
        await page.getByRole("tab", { name: tx.decompose }).click();
        for (const [year, total] of [
          [2025, "1750"],
          [2026, "1900"],
          [2027, "2050"],
        ])
          await page.getByLabel(tx.yearTotal(year)).fill(total);
        await page.getByTestId("decompose-total").waitFor({ timeout: 10000 });
        await assertFits(page, assert, { dark, shot: null });
      });
    } finally {
      await context.close();
    }
  }
}

module.exports = { runFitChecks, measure };
