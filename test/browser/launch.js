#!/usr/bin/env node
/**
 * The one way the browser checks and the bench start Chromium (through playwright-core), so that
 * `npm ci && npm test` works on a machine where nothing was installed by hand.
 *
 * Which browser, first match wins:
 *   1. CHROMIUM_PATH, when set (an error if it names no executable file: a typo must not fall through);
 *   2. a system Chromium or Chrome (/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome,
 *      /usr/bin/google-chrome-stable; the usual install paths on macOS and Windows);
 *   3. on x64 Linux, the Chromium inside the npm package @sparticuz/chromium, unpacked once with its NSS
 *      libraries into node_modules/.cache/gaoqi-browser and started with those libraries on
 *      LD_LIBRARY_PATH (sparticuzChromium.js);
 *   4. otherwise BrowserUnavailable, whose message is one line saying what to install.
 * On Linux every launch also gets FONTCONFIG_FILE pointing at a configuration that adds Noto Sans SC from
 * npm to the system's fonts (cjkFont.js), so Chinese text has real glyphs with any of the browsers above.
 * Nothing is ever downloaded: all of it comes from packages `npm ci` installed.
 *
 * API (CommonJS; TypeScript callers declare the part they use, as bench/suites/taskpane.ts does):
 *   launch(options?)              -> Promise<Browser>         chromium.launch with the resolved browser; the
 *                                                             options are playwright's, `args` are added to
 *                                                             CHROMIUM_ARGS, `env` entries to the launch env.
 *   launchPersistent(dir, options?) -> Promise<BrowserContext> the same through launchPersistentContext
 *                                                             (a profile folder of the caller's).
 *   resolveBrowser()              -> Promise<{ executablePath, source, version?, env, fontconfigFile? }>
 *                                    source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium"; env: the
 *                                    environment to start it with. Resolved once per process.
 *   chooseBrowser(facts)          -> the decision alone, from { env, platform, arch, isExecutable,
 *                                    hasSparticuz } (no side effects; tested in test/tooling).
 *   cjkGlyphs(page, selector?)    -> Promise<{ realGlyphs, reason, widthEm, fontFamily }>: whether 高 and 企
 *                                    render as real glyphs in that element's font stack (cjkFont.js).
 *   CHROMIUM_ARGS                 the flags of every launch (headless, no sandbox, no GPU, offline, quiet).
 *   BrowserUnavailable            the Error thrown when no browser can be had; print its message and exit 1.
 * `node test/browser/launch.js` prints which browser and font it resolves and starts it once.
 */
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { sparticuzChromium, sparticuzPackage } = require("./sparticuzChromium");
const { cjkFontConfig, cjkGlyphs } = require("./cjkFont");

/** Chromium flags for a quiet, offline, throwaway headless run. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

const SYSTEM_BROWSERS = {
  linux: () => [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ],
  darwin: () => [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: (env) =>
    [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA]
      .filter(Boolean)
      .map((root) => path.join(root, "Google", "Chrome", "Application", "chrome.exe")),
};

const INSTALL_HINT = {
  linux: "install Chromium (Debian/Ubuntu: apt-get install chromium)",
  darwin: "install Google Chrome or Chromium",
  win32: "install Google Chrome",
};

/** No browser can be had on this machine; the message is one line saying what to do. */
class BrowserUnavailable extends Error {}

/**
 * Which browser to use, from facts about the machine: { env, platform, arch, isExecutable(path),
 * hasSparticuz }. Returns { source, executablePath } or { source: "@sparticuz/chromium" }.
 */
function chooseBrowser({ env, platform, arch, isExecutable, hasSparticuz }) {
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH))
      throw new BrowserUnavailable(
        `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file.`
      );
    return { source: "CHROMIUM_PATH", executablePath: env.CHROMIUM_PATH };
  }
  const system = (SYSTEM_BROWSERS[platform] || (() => []))(env).find(isExecutable);
  if (system) return { source: "system", executablePath: system };
  if (platform === "linux" && arch === "x64") {
    if (hasSparticuz) return { source: "@sparticuz/chromium" };
    throw new BrowserUnavailable(
      "No Chromium found and @sparticuz/chromium is not installed: run npm ci (it is a devDependency), or set CHROMIUM_PATH."
    );
  }
  const hint = INSTALL_HINT[platform] || "install Chromium or Chrome";
  throw new BrowserUnavailable(
    `No Chromium or Chrome found on ${platform}-${arch} (the npm Chromium is x64 Linux only): ${hint}, or set CHROMIUM_PATH to its binary.`
  );
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function prependPath(dir, list) {
  return [dir, ...(list || "").split(path.delimiter).filter((p) => p && p !== dir)].join(
    path.delimiter
  );
}

async function resolveUncached() {
  const choice = chooseBrowser({
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    isExecutable,
    hasSparticuz: sparticuzPackage() !== null,
  });
  const resolved = { ...choice, env: { ...process.env } };
  if (choice.source === "@sparticuz/chromium") {
    const unpacked = await sparticuzChromium();
    resolved.executablePath = unpacked.executablePath;
    resolved.version = unpacked.version;
    resolved.env.LD_LIBRARY_PATH = prependPath(unpacked.libraryDir, process.env.LD_LIBRARY_PATH);
  }
  if (process.platform === "linux") {
    resolved.fontconfigFile = (await cjkFontConfig(process.env)).fontconfigFile;
    resolved.env.FONTCONFIG_FILE = resolved.fontconfigFile;
  }
  return resolved;
}

let resolving = null;
/** Which Chromium to start and with what environment; resolved (and unpacked) once per process. */
function resolveBrowser() {
  resolving ??= resolveUncached();
  return resolving;
}

async function launchOptions(options = {}) {
  const browser = await resolveBrowser();
  return {
    ...options,
    executablePath: browser.executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args || [])],
    env: { ...browser.env, ...(options.env || {}) },
  };
}

async function launch(options) {
  return chromium.launch(await launchOptions(options));
}

async function launchPersistent(userDataDir, options) {
  return chromium.launchPersistentContext(userDataDir, await launchOptions(options));
}

module.exports = {
  launch,
  launchPersistent,
  resolveBrowser,
  chooseBrowser,
  cjkGlyphs,
  CHROMIUM_ARGS,
  BrowserUnavailable,
};

if (require.main === module) {
  (async () => {
    const resolved = await resolveBrowser();
    const browser = await launch();
    try {
      const from =
        resolved.source === "@sparticuz/chromium"
          ? `@sparticuz/chromium ${resolved.version}`
          : resolved.source;
      console.log(`Chromium ${browser.version()} at ${resolved.executablePath} (from ${from})`);
      if (resolved.fontconfigFile) console.log(`fonts: ${resolved.fontconfigFile}`);
      const page = await browser.newPage();
      await page.setContent('<p style="font-family: sans-serif">高企</p>');
      const glyphs = await cjkGlyphs(page, "p");
      console.log(
        glyphs.realGlyphs
          ? `CJK text: real glyphs (高 is ${glyphs.widthEm.toFixed(2)} em wide)`
          : `CJK text: NO real glyphs: ${glyphs.reason}`
      );
      process.exitCode = glyphs.realGlyphs ? 0 : 1;
    } finally {
      await browser.close();
    }
  })().catch((e) => {
    console.error(e instanceof BrowserUnavailable ? e.message : (e && e.stack) || e);
    process.exitCode = 1;
  });
}
