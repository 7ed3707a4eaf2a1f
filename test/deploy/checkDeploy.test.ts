/**
 * npm run check-deploy against a local server started here, hosting a small copy of the add-in the way
 * an administrator might: right, and wrong in each way the check must name.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type Hosting, type Site, serveSite } from "./site";

const { checkDeployment } = require("../../scripts/checkDeploy") as {
  checkDeployment: (
    base: string,
    o?: { allowHttp?: boolean }
  ) => Promise<{ problems: string[]; warnings: string[]; checked: string[] }>;
};

const ROOT = path.join(__dirname, "..", "..");
const DEV = "https://localhost:3000";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-deploy-"));
let site: Site;

beforeAll(async () => {
  // What a build for the server's address holds: the repository's manifest and metadata, hashed scripts.
  fs.copyFileSync(path.join(ROOT, "manifest.xml"), path.join(dir, "manifest.xml"));
  fs.copyFileSync(
    path.join(ROOT, "src", "functions", "functions.zh-CN.json"),
    path.join(dir, "functions.zh-CN.json")
  );
  fs.copyFileSync(
    path.join(ROOT, "src", "functions", "functions.zh-CN.json"),
    path.join(dir, "functions.json")
  );
  fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dir, "functions-help.html"), "<!doctype html><title>help</title>");
  fs.writeFileSync(path.join(dir, "functions.js"), "/* functions */");
  fs.writeFileSync(
    path.join(dir, "taskpane.html"),
    '<!doctype html><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="runtime.0a1b2c3d.js"></script><script defer src=taskpane.4e5f6a7b.js></script>'
  );
  fs.writeFileSync(path.join(dir, "runtime.0a1b2c3d.js"), "/* runtime */");
  fs.writeFileSync(path.join(dir, "taskpane.4e5f6a7b.js"), "/* pane */");
  site = await serveSite(dir, DEV);
});
afterAll(async () => {
  await site.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function check(hosting: Hosting, base = site.base, allowHttp = true) {
  site.hosting = hosting;
  return checkDeployment(base, { allowHttp });
}

describe("checkDeployment", () => {
  it("finds nothing wrong with a right deployment, and fetches what Office will", async () => {
    const r = await check({});
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    const names = r.checked.map((u) => u.slice(site.base.length));
    expect(names).toEqual(
      expect.arrayContaining([
        "/manifest.xml",
        "/functions.json",
        "/functions.zh-CN.json",
        "/taskpane.html",
        "/functions.js",
        "/functions-help.html",
        "/assets/icon-80.png",
        "/runtime.0a1b2c3d.js",
        "/taskpane.4e5f6a7b.js",
      ])
    );
  });

  it.each<[string, Hosting, RegExp]>([
    [
      "no CORS header on the metadata",
      { cors: null },
      /functions\.json has no Access-Control-Allow-Origin header: Excel on the web cannot read it/,
    ],
    [
      "CORS for another origin only",
      { cors: "https://intranet.example.gov.cn" },
      /functions\.zh-CN\.json allows only the origin "https:\/\/intranet\.example\.gov\.cn"/,
    ],
    [
      "JSON served as text",
      { jsonType: "text/plain" },
      /functions\.json is served as "text\/plain", not application\/json/,
    ],
    [
      "JSON served without a type",
      { jsonType: "application/octet-stream" },
      /functions\.zh-CN\.json is served as "application\/octet-stream"/,
    ],
    [
      "a manifest built for another address",
      { builtFor: () => "https://addins.example.gov.cn/gaoqi" },
      /manifest\.xml points at \d+ URL\(s\) outside .*rebuild with ADDIN_URL=/,
    ],
    [
      "a manifest still built for localhost",
      { builtFor: () => DEV },
      /outside .* e\.g\. https:\/\/localhost:3000\//,
    ],
    [
      "an icon the manifest names is missing",
      { missing: ["/assets/icon-80.png"] },
      /assets\/icon-80\.png answers 404, not 200/,
    ],
    [
      "a script of the page is missing",
      { missing: ["/taskpane.4e5f6a7b.js"] },
      /taskpane\.4e5f6a7b\.js answers 404/,
    ],
    ["the manifest is missing", { missing: ["/manifest.xml"] }, /manifest\.xml answers 404/],
  ])("names the problem: %s", async (_name, hosting, problem) => {
    const r = await check(hosting);
    expect(r.problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it("the help links inside the metadata must be on the address too", async () => {
    const r = await check({ builtFor: () => "https://old.example.gov.cn/gaoqi" });
    expect(r.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/functions\.json has help links outside/)])
    );
  });

  it("a long cache on the files with fixed names is a warning, not a problem", async () => {
    const r = await check({ cacheControl: "public, max-age=86400" });
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/functions\.json may be cached for 86400 s/)])
    );
  });

  it("refuses a plain-http address unless told it is a local test", async () => {
    const r = await check({}, site.base, false);
    expect(r.problems).toEqual([expect.stringMatching(/not an https:\/\/ address/)]);
  });

  it("says when nothing answers", async () => {
    const r = await check({}, "http://127.0.0.1:9/gaoqi");
    expect(r.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/manifest\.xml could not be fetched/)])
    );
  });
});

describe("npm run check-deploy", () => {
  const run = (args: string[]): Promise<{ code: number | null; out: string }> =>
    new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(ROOT, "scripts", "checkDeploy.js"), ...args],
        { stdio: ["ignore", "pipe", "pipe"] }
      );
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", (code) => resolve({ code, out }));
    });

  it("exits 0 on a right deployment, 1 with each problem printed, 2 without an address", async () => {
    site.hosting = {};
    const good = await run(["--allow-http", site.base]);
    expect(good).toEqual({ code: 0, out: expect.stringContaining("no problem found") });
    site.hosting = { cors: null };
    const bad = await run(["--allow-http", site.base]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/problem: .*functions\.json has no Access-Control-Allow-Origin/);
    expect((await run([])).code).toBe(2);
  });
});
