/**
 * The production build as it is deployed: script names carry content hashes, the page and the manifest
 * name exactly the files built, the files Office asks for by a fixed URL keep their names, and
 * check-deploy finds nothing wrong with it on a server that sends the headers the README asks for.
 * Builds once into a temporary directory (dist/ stays as it is), about half a minute.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type Site, serveSite } from "./site";

const { checkDeployment, manifestUrls, pageScripts } = require("../../scripts/checkDeploy") as {
  checkDeployment: (
    base: string,
    o?: { allowHttp?: boolean }
  ) => Promise<{ problems: string[]; warnings: string[] }>;
  manifestUrls: (xml: string) => string[];
  pageScripts: (html: string, url: string) => string[];
};

const ROOT = path.join(__dirname, "..", "..");
const ADDIN_URL = "https://addins.example.gov.cn/gaoqi";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-build-"));
const out = path.join(tmp, "dist");
let stats: { entrypoints: Record<string, { assets: { name: string }[] }> };
let site: Site;

beforeAll(async () => {
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const statsFile = path.join(tmp, "stats.json");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [webpack, "--mode", "production", "--output-path", out, "--json", statsFile],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL },
        stdio: ["ignore", "ignore", "pipe"],
      }
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack exited ${code}: ${stderr.slice(0, 800)}`))
    );
  });
  stats = JSON.parse(fs.readFileSync(statsFile, "utf8"));
  site = await serveSite(out, ADDIN_URL);
}, 600_000);

afterAll(async () => {
  await site?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const read = (name: string): string => fs.readFileSync(path.join(out, name), "utf8");

describe("the production build", () => {
  it("names every script by its content hash; the files Office fetches by a fixed URL keep their names", () => {
    const scripts = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(5);
    for (const f of scripts) expect(f).toMatch(/^[\w-]+\.[0-9a-f]{16}\.js$/);
    for (const f of [
      "manifest.xml",
      "taskpane.html",
      "functions.json",
      "functions.zh-CN.json",
      "functions-help.html",
      "assets/icon-32.png",
    ]) {
      expect(fs.existsSync(path.join(out, f))).toBe(true);
    }
  });

  it("taskpane.html loads the entries' files as built, in order: the functions first", () => {
    const scripts = pageScripts(read("taskpane.html"), `${ADDIN_URL}/taskpane.html`).map((u) =>
      u.slice(ADDIN_URL.length + 1)
    );
    for (const s of scripts) expect(fs.existsSync(path.join(out, s))).toBe(true);
    const functions = stats.entrypoints.functions.assets
      .map((a) => a.name)
      .filter((n) => n.endsWith(".js"));
    const functionsFile = functions[functions.length - 1];
    expect(functionsFile).toMatch(/^functions\.[0-9a-f]{16}\.js$/);
    expect(scripts.indexOf(functionsFile)).toBeLessThan(
      scripts.findIndex((s) => s.startsWith("taskpane."))
    );
  });

  it("the manifest points Functions.Script.Url at the functions file as built, and every URL at ADDIN_URL", () => {
    const manifest = read("manifest.xml");
    const functions = stats.entrypoints.functions.assets
      .map((a) => a.name)
      .filter((n) => n.endsWith(".js"))
      .pop();
    expect(manifest).toContain(
      `<bt:Url id="Functions.Script.Url" DefaultValue="${ADDIN_URL}/${functions}"/>`
    );
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) {
      expect(u.startsWith(`${ADDIN_URL}/`)).toBe(true);
      expect(fs.existsSync(path.join(out, new URL(u).pathname.slice("/gaoqi/".length)))).toBe(true);
    }
  });

  it("passes check-deploy where the JSON is served with CORS, and fails it where it is not", async () => {
    site.hosting = {};
    expect(await checkDeployment(site.base, { allowHttp: true })).toMatchObject({
      problems: [],
      warnings: [],
    });
    site.hosting = { cors: null };
    const r = await checkDeployment(site.base, { allowHttp: true });
    expect(r.problems).toEqual([
      expect.stringMatching(/functions\.json has no Access-Control-Allow-Origin/),
      expect.stringMatching(/functions\.zh-CN\.json has no Access-Control-Allow-Origin/),
    ]);
  });
});
