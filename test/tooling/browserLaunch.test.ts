/**
 * test/browser/launch.js decides which Chromium the browser checks start (CHROMIUM_PATH, a system browser,
 * the npm one on x64 Linux, else one line saying what to install), and unpackCache.js fills its cache
 * folders once even when several processes ask at the same time. The browser test itself exercises the
 * launch; these check the decisions and the race without starting a browser.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface Facts {
  env: Record<string, string | undefined>;
  platform: string;
  arch: string;
  isExecutable: (file: string) => boolean;
  hasSparticuz: boolean;
}
const { chooseBrowser, BrowserUnavailable } = require("../browser/launch") as {
  chooseBrowser: (facts: Facts) => { source: string; executablePath?: string };
  BrowserUnavailable: new (message: string) => Error;
};
const UNPACK_CACHE = path.join(__dirname, "..", "browser", "unpackCache.js");
const { unpackOnce } = require(UNPACK_CACHE) as {
  unpackOnce: (
    name: string,
    fill: (dir: string) => Promise<void> | void,
    root?: string
  ) => Promise<string>;
};

const linux = (installed: string[], more: Partial<Facts> = {}): Facts => ({
  env: {},
  platform: "linux",
  arch: "x64",
  isExecutable: (file) => installed.includes(file),
  hasSparticuz: true,
  ...more,
});

describe("chooseBrowser", () => {
  it("takes CHROMIUM_PATH first, even when a system browser exists", () => {
    expect(
      chooseBrowser(
        linux(["/opt/c/chrome", "/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/opt/c/chrome" } })
      )
    ).toEqual({ source: "CHROMIUM_PATH", executablePath: "/opt/c/chrome" });
  });

  it("refuses a CHROMIUM_PATH that names no executable instead of quietly using another browser", () => {
    const facts = linux(["/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/opt/typo/chrome" } });
    expect(() => chooseBrowser(facts)).toThrow(BrowserUnavailable);
    expect(() => chooseBrowser(facts)).toThrow(
      "CHROMIUM_PATH is /opt/typo/chrome, which is not an executable file."
    );
  });

  it.each([
    [["/usr/bin/chromium", "/usr/bin/google-chrome"], "/usr/bin/chromium"],
    [["/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable"], "/usr/bin/chromium-browser"],
    [["/usr/bin/google-chrome-stable"], "/usr/bin/google-chrome-stable"],
  ])("uses a system browser before the npm one (%j -> %s)", (installed, expected) => {
    expect(chooseBrowser(linux(installed))).toEqual({ source: "system", executablePath: expected });
  });

  it("uses @sparticuz/chromium on x64 Linux with no system browser", () => {
    expect(chooseBrowser(linux([]))).toEqual({ source: "@sparticuz/chromium" });
  });

  it("says to run npm ci when the npm Chromium is not installed", () => {
    expect(() => chooseBrowser(linux([], { hasSparticuz: false }))).toThrow(/run npm ci/);
  });

  it.each<[string, string, RegExp]>([
    ["linux", "arm64", /linux-arm64.*apt-get install chromium/],
    ["darwin", "arm64", /darwin-arm64.*install Google Chrome or Chromium/],
    ["win32", "x64", /win32-x64.*install Google Chrome/],
  ])("on %s-%s with no browser, one line says what to install", (platform, arch, message) => {
    const facts = linux([], { platform, arch, env: { PROGRAMFILES: "C:\\Program Files" } });
    expect(() => chooseBrowser(facts)).toThrow(BrowserUnavailable);
    expect(() => chooseBrowser(facts)).toThrow(message);
    try {
      chooseBrowser(facts);
    } catch (e) {
      expect((e as Error).message).not.toContain("\n");
    }
  });

  it("finds Chrome in its usual place on macOS", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(chooseBrowser(linux([chrome], { platform: "darwin", arch: "arm64" }))).toEqual({
      source: "system",
      executablePath: chrome,
    });
  });
});

describe("unpackOnce", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-unpack-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("fills a folder once and reuses it", async () => {
    let fills = 0;
    const fill = (dir: string) => {
      fills++;
      fs.writeFileSync(path.join(dir, "a.txt"), "a");
    };
    const first = await unpackOnce("thing-1.0.0", fill, root);
    const second = await unpackOnce("thing-1.0.0", fill, root);
    expect(second).toBe(first);
    expect(fills).toBe(1);
    expect(fs.readdirSync(root)).toEqual(["thing-1.0.0"]);
  });

  it("leaves no half-filled folder under the final name when filling fails", async () => {
    await expect(
      unpackOnce(
        "broken-1.0.0",
        (dir) => {
          fs.writeFileSync(path.join(dir, "half.txt"), "x");
          throw new Error("disk full");
        },
        root
      )
    ).rejects.toThrow("disk full");
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it("gives four processes filling the same folder at once one complete copy, and leaves no partial copies", async () => {
    // Each process writes a file, waits, then writes a second: a reader of a half-filled folder would miss it.
    const script = `
      const fs = require("fs"), path = require("path");
      const { unpackOnce } = require(${JSON.stringify(UNPACK_CACHE)});
      unpackOnce("race-1.0.0", async (dir) => {
        fs.writeFileSync(path.join(dir, "first"), String(process.pid));
        await new Promise((r) => setTimeout(r, 300));
        fs.writeFileSync(path.join(dir, "second"), String(process.pid));
      }, process.argv[1]).then((dir) => console.log(JSON.stringify({ dir, files: fs.readdirSync(dir).sort() })));`;
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ["-e", script, root], {
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
    const outputs = (await Promise.all([run(), run(), run(), run()])).map((o) => JSON.parse(o));
    for (const o of outputs)
      expect(o).toEqual({ dir: path.join(root, "race-1.0.0"), files: ["first", "second"] });
    expect(fs.readdirSync(root)).toEqual(["race-1.0.0"]);
    const final = path.join(root, "race-1.0.0");
    expect(fs.readFileSync(path.join(final, "first"), "utf8")).toBe(
      fs.readFileSync(path.join(final, "second"), "utf8")
    );
  });

  it("removes the partial copy a killed process left behind", async () => {
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], {
      encoding: "utf8",
    });
    const leftover = path.join(root, `big-2.0.0.partial-${dead.stdout.trim()}-abc`);
    fs.mkdirSync(leftover);
    await unpackOnce("big-2.0.0", (dir) => fs.writeFileSync(path.join(dir, "x"), "x"), root);
    expect(fs.readdirSync(root)).toEqual(["big-2.0.0"]);
  });
});
