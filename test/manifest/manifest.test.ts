/**
 * manifest.xml: schema validation offline with xmllint-wasm (and that the check really fails on broken
 * manifests, and says so when it cannot run), the icons it names, and the production rewrite of
 * https://localhost:3000 to ADDIN_URL.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pickLang } from "../../src/domain/core/i18n";

const { validateManifest, CannotValidate, DEFAULT_SCHEMAS } =
  require("../../scripts/validateManifest") as {
    validateManifest: (
      file: string,
      schemasDir?: string
    ) => Promise<{ ok: boolean; output: string }>;
    CannotValidate: new (message: string) => Error;
    DEFAULT_SCHEMAS: string;
  };
const { DEV_ORIGIN, productionOrigin, rewriteUrls, pointFunctionsScript } =
  require("../../scripts/manifestUrls") as {
    DEV_ORIGIN: string;
    productionOrigin: (v: string | undefined) => string;
    rewriteUrls: (text: string, origin: string) => string;
    pointFunctionsScript: (manifest: string, file: string) => string;
  };

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-manifest-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTemp(text: string): string {
  const file = path.join(tmp, `m${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, text);
  return file;
}

function validate(text: string): Promise<{ ok: boolean; output: string }> {
  return validateManifest(writeTemp(text));
}

function runValidate(file: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", "validateManifest.js"), file], {
    encoding: "utf8",
    env,
  });
}

/** Swaps two whole elements (first occurrence of each), keeping everything else in place. */
function swap(text: string, a: RegExp, b: RegExp): string {
  const ma = a.exec(text)!;
  const mb = b.exec(text)!;
  const [first, second] = ma.index < mb.index ? [ma, mb] : [mb, ma];
  return (
    text.slice(0, first.index) +
    second[0] +
    text.slice(first.index + first[0].length, second.index) +
    first[0] +
    text.slice(second.index + second[0].length)
  );
}

describe("manifest validation (npm run validate)", () => {
  it("accepts manifest.xml", async () => {
    const r = await validate(MANIFEST);
    expect(r.output).toMatch(/\.xml validates$/);
    expect(r.ok).toBe(true);
  });

  it.each<[string, (m: string) => string]>([
    [
      "DisplayName and Description swapped",
      (m) =>
        swap(
          m,
          /<DisplayName[\s\S]*?<\/DisplayName>/,
          /<Description DefaultValue[\s\S]*?<\/Description>/
        ),
    ],
    [
      "Runtimes after AllFormFactors",
      (m) =>
        swap(m, /<Runtimes>[\s\S]*?<\/Runtimes>/, /<AllFormFactors>[\s\S]*?<\/AllFormFactors>/),
    ],
    [
      "an unknown element in Host",
      (m) => m.replace("<DesktopFormFactor>", "<Ribbon/>\n<DesktopFormFactor>"),
    ],
    [
      "a bad permission",
      (m) =>
        m.replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>Everything</Permissions>"
        ),
    ],
    [
      "a resid that names no resource",
      (m) => m.replace('<Label resid="Report.Label"/>', '<Label resid="Report.Title"/>'),
    ],
    [
      "the functions Page on another URL than the Runtime",
      (m) => m.replace(/(<Page>\s*<SourceLocation resid=")Taskpane.Url/, "$1Help.Url"),
    ],
    ["XML that is not well-formed", (m) => m.replace("</Permissions>", "")],
  ])("rejects a manifest with %s", async (_name, breakIt) => {
    const broken = breakIt(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    expect((await validate(broken)).ok).toBe(false);
  });

  it("npm run validate exits 0 on manifest.xml", () => {
    const run = runValidate(path.join(ROOT, "manifest.xml"));
    expect(run.stdout).toMatch(/OK: .*manifest\.xml is valid/);
    expect(run.status).toBe(0);
  });

  it("npm run validate exits 1 on a broken manifest and names the problem with its file and line", () => {
    const file = path.join(tmp, "broken.xml");
    fs.writeFileSync(
      file,
      MANIFEST.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>Everything</Permissions>"
      )
    );
    const run = runValidate(file);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      `${file}:${MANIFEST.split("\n").findIndex((l) => l.includes("<Permissions>")) + 1}:`
    );
    expect(run.stdout + run.stderr).toMatch(/Permissions.*Everything/);
  });

  it("npm run validate exits 2 when the schemas are missing", () => {
    const run = runValidate(path.join(ROOT, "manifest.xml"), {
      ...process.env,
      GAOQI_MANIFEST_SCHEMAS: tmp,
    });
    expect(run.stderr).toMatch(/Cannot validate the manifest: manifest schemas not found/);
    expect(run.status).toBe(2);
  });

  it("says it cannot check, rather than that the manifest is wrong, when a schema does not compile", async () => {
    const schemas = path.join(tmp, "broken-schemas");
    fs.cpSync(DEFAULT_SCHEMAS, schemas, { recursive: true });
    const basic = path.join(schemas, "OfficeAppBasicTypesV1_0.xsd");
    fs.writeFileSync(basic, fs.readFileSync(basic, "utf8").replace("</xs:schema>", ""));
    await expect(validateManifest(path.join(ROOT, "manifest.xml"), schemas)).rejects.toBeInstanceOf(
      CannotValidate
    );
  });
});

describe("manifest content", () => {
  it("declares the shared runtime, the GAOQI namespace and the four ribbon actions", () => {
    expect(MANIFEST).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(MANIFEST).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(MANIFEST).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="GAOQI">/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const fn of ["generateReport", "formatSelection", "markExpiring"])
      expect(MANIFEST).toContain(`<FunctionName>${fn}</FunctionName>`);
    for (const label of ["打开面板", "生成通报", "格式化为报表", "标记到期", 'Value="高企"'])
      expect(MANIFEST).toContain(label);
    for (const set of ["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"])
      expect(MANIFEST).toMatch(new RegExp(`<Set Name="${set}" MinVersion="1\\.\\d+"/>`));
  });

  it("declares CustomFunctionsRuntime 1.2, which CustomFunctions.Error (src/functions/errors.ts) needs", () => {
    expect(MANIFEST).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\/>/);
  });

  it("names its one task pane: every ShowTaskpane action of the shared runtime carries the same TaskpaneId", () => {
    const host = /<Host xsi:type="Workbook">[\s\S]*?<\/Host>/.exec(MANIFEST)![0];
    expect(host).toContain('lifetime="long"');
    const actions = [...host.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map(
      (m) => m[1]
    );
    expect(actions.length).toBeGreaterThan(0);
    const ids = actions.map((a) => /<TaskpaneId>([^<]+)<\/TaskpaneId>/.exec(a)?.[1]);
    expect(ids.every((id) => id === "GaoqiTaskpane")).toBe(true);
  });

  // One language rule for ribbon, function help and pane: what Office resolves from the manifest for a
  // display language (the Override of exactly that locale, else the DefaultValue) is Chinese exactly when
  // the pane's pickLang says zh-CN.
  const localised = [
    ...MANIFEST.matchAll(
      /<(DisplayName|Description|bt:String|bt:Url)( id="[^"]+")? DefaultValue="([^"]*)">([\s\S]*?)<\/\1>/g
    ),
  ].map((m) => ({
    what: `${m[1]}${m[2] ?? ""}`,
    byDefault: m[3],
    overrides: new Map(
      [...m[4].matchAll(/Override Locale="([^"]+)" Value="([^"]*)"/g)].map((o) => [o[1], o[2]])
    ),
  }));
  const chinese = (value: string): boolean =>
    /[\u4e00-\u9fff]/.test(value) || value.endsWith("functions.zh-CN.json");

  it.each([
    "zh-CN",
    "zh-TW",
    "zh-HK",
    "zh-SG",
    "zh-MO",
    "en-US",
    "en-GB",
    "de-DE",
    "fr-FR",
    "ja-JP",
  ])(
    "a %s display language gets the ribbon and function metadata in the pane's language",
    (display) => {
      const paneChinese = pickLang(display) === "zh-CN";
      expect(localised.length).toBeGreaterThan(15);
      for (const item of localised) {
        const value = item.overrides.get(display) ?? item.byDefault;
        // The namespace is GAOQI in every language.
        if (item.what.includes("Functions.Namespace")) expect(value).toBe("GAOQI");
        else expect([item.what, chinese(value)]).toEqual([item.what, paneChinese]);
      }
    }
  );

  it.each(
    [...MANIFEST.matchAll(/https:\/\/localhost:3000\/assets\/([a-z]+)-(\d+)\.png/g)].map(
      (m) => [m[0], m[1], Number(m[2])] as const
    )
  )("%s exists in assets/ as a %s PNG of %d px", (_url, name, size) => {
    const png = fs.readFileSync(path.join(ROOT, "assets", `${name}-${size}.png`));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});

describe("production URL rewrite", () => {
  it.each<[string, string]>([
    ["https://addins.example.gov.cn/gaoqi", "https://addins.example.gov.cn/gaoqi"],
    ["https://addins.example.gov.cn/gaoqi/", "https://addins.example.gov.cn/gaoqi"],
    [" https://cdn.example.com:8443 ", "https://cdn.example.com:8443"],
  ])("ADDIN_URL %s -> %s", (value, expected) => {
    expect(productionOrigin(value)).toBe(expected);
  });

  it.each<[string | undefined, RegExp]>([
    [undefined, /ADDIN_URL is not set/],
    ["", /ADDIN_URL is not set/],
    ["http://addins.example.com", /https/],
    ["addins.example.com", /not a URL/],
    ["https://addins.example.com/?v=1", /query/],
  ])("refuses ADDIN_URL %s", (value, message) => {
    expect(() => productionOrigin(value)).toThrow(message);
  });

  it("rewrites every localhost occurrence in the manifest, and the result still validates", async () => {
    const count = MANIFEST.split(DEV_ORIGIN).length - 1;
    expect(count).toBeGreaterThan(20);
    const out = rewriteUrls(MANIFEST, "https://addins.example.gov.cn/gaoqi");
    expect(out).not.toContain("localhost");
    expect(out.split("https://addins.example.gov.cn/gaoqi/").length - 1).toBe(count);
    expect(out.replace(/https:\/\/addins\.example\.gov\.cn\/gaoqi/g, DEV_ORIGIN)).toBe(MANIFEST);
    expect((await validate(out)).ok).toBe(true);
  });
});

describe("pointFunctionsScript (the build's hashed functions file in the manifest)", () => {
  it("replaces only the file name of Functions.Script.Url", () => {
    const out = pointFunctionsScript(MANIFEST, "functions.0123456789abcdef.js");
    expect(out).toContain(
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.0123456789abcdef.js"/>'
    );
    expect(out.replace("functions.0123456789abcdef.js", "functions.js")).toBe(MANIFEST);
  });

  it("refuses a manifest without that resource", () => {
    expect(() =>
      pointFunctionsScript(
        MANIFEST.replace('<bt:Url id="Functions.Script.Url"', '<bt:Url id="Other"'),
        "f.js"
      )
    ).toThrow(/Functions.Script.Url/);
  });
});

describe("webpack.config.js", () => {
  const config = require("../../webpack.config.js") as (
    env: object,
    argv: { mode: string }
  ) => Promise<Record<string, unknown>>;
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it("refuses a production build without ADDIN_URL", async () => {
    delete process.env.ADDIN_URL;
    await expect(config({}, { mode: "production" })).rejects.toThrow(/ADDIN_URL is not set/);
  });

  it("refuses a production build with a plain-http ADDIN_URL", async () => {
    process.env.ADDIN_URL = "http://addins.example.com";
    await expect(config({}, { mode: "production" })).rejects.toThrow(/https/);
  });

  it("builds for production with ADDIN_URL, and for development without it; functions load first", async () => {
    process.env.ADDIN_URL = "https://addins.example.gov.cn/gaoqi";
    const prod = await config({}, { mode: "production" });
    expect(Object.keys(prod.entry as object)[0]).toBe("functions");
    // Content hashes in production script names (test/deploy/build.test.ts checks the files themselves).
    expect(prod.output).toMatchObject({
      filename: "[name].[contenthash:16].js",
      chunkFilename: "[name].[contenthash:16].js",
    });
    delete process.env.ADDIN_URL;
    const dev = await config({}, { mode: "development" });
    expect((dev.devServer as { port: number }).port).toBe(3000);
    expect((dev.optimization as { runtimeChunk: string }).runtimeChunk).toBe("single");
  });
});
