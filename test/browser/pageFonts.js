/**
 * The fonts the browser checks measure with, whatever the machine has installed: the page under test
 * loads fonts shipped by npm packages, ahead of the system ones, so a width measured here is the same on a
 * developer's laptop, on CI and on a fresh machine that has DejaVu alone.
 *
 *   shipped  Roboto (one of the families in Fluent UI's own stack, which Android and ChromeOS users get)
 *            for Latin text, Noto Sans SC for Chinese: the pane's ordinary look.
 *   dejavu   DejaVu Sans for Latin text, the widest of the common fallbacks (a Linux machine without
 *            Segoe UI, Roboto or Noto), Noto Sans SC for Chinese: the pass that proves the slack.
 *
 * How: the test routes /__fonts/<package>/<file> to the package's folder in node_modules and adds to
 * taskpane.html, as it is served, a <link> to each package's @font-face CSS and a rule putting the set's
 * families first in Fluent's font tokens (--fontFamilyBase and the numeric and monospace ones), with
 * the page's own stack kept behind them for any character the shipped fonts lack. The built files in
 * dist/ are not changed.
 *
 * API: useFonts(context, setName) before the first page load; fontsInUse(page) -> which of the set's
 * families have loaded in the page (the proof that the text is drawn in them, not in a system font).
 */
const fs = require("fs");
const path = require("path");

const CJK = {
  pkg: "@fontsource-variable/noto-sans-sc",
  css: ["index.css"],
  family: "Noto Sans SC Variable",
};

const FONT_SETS = {
  shipped: {
    latin: { pkg: "@fontsource-variable/roboto", css: ["index.css"], family: "Roboto Variable" },
    cjk: CJK,
  },
  // Only 400 and 700 exist: Fluent's semibold (600) takes the bold face, the wider one.
  dejavu: {
    latin: { pkg: "@fontsource/dejavu-sans", css: ["400.css", "700.css"], family: "DejaVu Sans" },
    cjk: CJK,
  },
};

const PREFIX = "/__fonts/";
const TYPES = { ".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff" };
// Fluent's own stacks, kept behind the shipped families (a glyph neither has falls back as usual).
const FLUENT_BASE =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

const packageDir = (pkg) => path.dirname(require.resolve(pkg)); // each package's main is its index.css

function fontSet(name) {
  const set = FONT_SETS[name];
  if (!set) throw new Error(`no font set ${name}: one of ${Object.keys(FONT_SETS).join(", ")}`);
  return set;
}

/** The tags added to the page's head: the @font-face sheets, then the rule that puts their families first. */
function headTags(set) {
  const links = [set.latin, set.cjk].flatMap((f) =>
    f.css.map((css) => `<link rel="stylesheet" href="${PREFIX}${f.pkg}/${css}">`)
  );
  const stack = `'${set.latin.family}', '${set.cjk.family}', ${FLUENT_BASE}`;
  const rule = `html, body, .fui-FluentProvider { --fontFamilyBase: ${stack} !important; --fontFamilyNumeric: ${stack} !important; --fontFamilyMonospace: ${stack} !important; font-family: ${stack}; }`;
  return `${links.join("")}<style data-test-fonts>${rule}</style>`;
}

/** Routes the font files and adds the set's fonts to every taskpane.html this context loads. */
async function useFonts(context, name) {
  const set = fontSet(name);
  const roots = new Map([set.latin, set.cjk].map((f) => [f.pkg, packageDir(f.pkg)]));
  await context.route(`**${PREFIX}**`, (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(PREFIX.length));
    const pkg = [...roots.keys()].find((p) => rel.startsWith(`${p}/`));
    const file = pkg && path.resolve(roots.get(pkg), rel.slice(pkg.length + 1));
    if (!file || !file.startsWith(roots.get(pkg)) || !fs.existsSync(file))
      return route.fulfill({ status: 404, body: "not a shipped font file" });
    return route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(file)] || "application/octet-stream",
      body: fs.readFileSync(file),
    });
  });
  await context.route(/\/taskpane\.html(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    if (!html.includes("</head>"))
      throw new Error("taskpane.html has no </head> to add the test fonts before");
    return route.fulfill({ response, body: html.replace("</head>", `${headTags(set)}</head>`) });
  });
}

/**
 * Waits until the fonts the page asked for so far have loaded, then resolves to { loaded, missing }: the
 * set's families that have at least one face loaded, and those that have none.
 */
async function fontsInUse(page, name) {
  const set = fontSet(name);
  const families = [set.latin.family, set.cjk.family];
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.status === "loaded")
      .map((f) => f.family.replace(/^["']|["']$/g, ""));
  });
  return {
    loaded: families.filter((f) => loaded.includes(f)),
    missing: families.filter((f) => !loaded.includes(f)),
  };
}

/** Waits for the fonts the current view needs (a new tab may ask for another slice of Noto Sans SC). */
const fontsReady = (page) => page.evaluate(() => document.fonts.ready.then(() => undefined));

module.exports = { FONT_SETS, useFonts, fontsInUse, fontsReady };
