#!/usr/bin/env node
/**
 * The offline page dist/gaoqi.html in headless Chromium, opened from disk (file://): it makes no network
 * request at all (every request is recorded; only file:, blob: and data: are allowed), says 数据不出本机,
 * opens the bundled sample and the office-shaped fixture through its file input, and its downloads equal
 * the CLI's output for the same file and date: the JSON text, and the bulletin workbook's parts (the
 * creation time aside). Two files at once give the figures of one workbook holding both. A truncated
 * file, a zip bomb and a file that is no workbook each give one line naming the file, and the page goes
 * on working. At 320, 800 and 1280 px in both languages nothing is clipped (paneFit.js's measure).
 * Run by `npm run test:browser` after the build.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const zlib = require("zlib");
const { check, assert, report } = require("./checks");
const { launch, resolveBrowser, BrowserUnavailable } = require("./launch");
const { measure } = require("./paneFit");

const ROOT = path.join(__dirname, "..", "..");
const PAGE = path.join(ROOT, "dist", "gaoqi.html");
const CLI = path.join(ROOT, "bin", "gaoqi.js");
const SAMPLE = path.join(ROOT, "samples", "jinshan-sample.xlsx");
const OFFICE = path.join(ROOT, "test", "fixtures", "office-workbook.xlsx");
const AS_OF = "2024-06-30";
const JSZip = require("jszip");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gaoqi-page-"));

function cli(args) {
  return execFileSync(process.execPath, [CLI, "report", ...args, "--as-of", AS_OF], {
    cwd: ROOT,
    maxBuffer: 1 << 28,
  }).toString("utf8");
}

async function parts(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map();
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir) out.set(name, await f.async("string"));
  return out;
}

async function openPage(browser, locale, width = 1280) {
  const context = await browser.newContext({
    locale,
    acceptDownloads: true,
    viewport: { width, height: 900 },
  });
  const network = [];
  context.on("request", (r) => {
    if (!/^(file|blob|data):/.test(r.url())) network.push(r.url());
  });
  // Nothing may leave the machine: a request that got this far is recorded above and refused here.
  await context.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`file://${PAGE}#asof=${AS_OF}`);
  return { context, page, network, errors };
}

async function openFiles(page, files) {
  await page.getByTestId("open-files").setInputFiles(files);
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  const file = path.join(tmp, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

/** The page's analysis as the CLI's JSON, downloaded. */
async function pageJson(page) {
  await page.getByTestId("download-json").waitFor({ timeout: 60_000 });
  return fs.readFileSync(
    await download(page, () => page.getByTestId("download-json").click()),
    "utf8"
  );
}

function hostileFiles() {
  const whole = fs.readFileSync(OFFICE);
  const truncated = path.join(tmp, "truncated.xlsx");
  fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  const text = path.join(tmp, "notes.xlsx");
  fs.writeFileSync(text, "名称,代码\n甲,1\n".repeat(100));
  return { truncated, text };
}

/** A workbook whose one sheet inflates a thousand times over: the reader must stop at its ratio limit. */
async function zipBomb() {
  const zip = new JSZip();
  const rels = (body) =>
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  );
  zip.file(
    "_rels/.rels",
    rels(`<Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>`)
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels(`<Relationship Id="r1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>`)
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet><sheetData>${" ".repeat(64 << 20)}</sheetData></worksheet>`
  );
  const file = path.join(tmp, "bomb.xlsx");
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  void zlib;
  return file;
}

/**
 * `file`'s first sheet in one workbook, its other sheets in another, and all of them in a third, each
 * written the same way (exceljs), so the two read together can be compared with the one.
 */
async function splitWorkbook(file) {
  const ExcelJS = require("exceljs");
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(file);
  const write = async (name, sheets) => {
    const wb = new ExcelJS.Workbook();
    for (const ws of sheets) {
      const copy = wb.addWorksheet(ws.name);
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const to = copy.getCell(n, c);
          to.value = cell.value;
          to.numFmt = cell.numFmt;
        });
      });
      for (const range of ws.model.merges ?? []) copy.mergeCells(range);
    }
    const out = path.join(tmp, name);
    await wb.xlsx.writeFile(out);
    return out;
  };
  const sheets = source.worksheets;
  return {
    first: await write("town-a.xlsx", sheets.slice(0, 1)),
    rest: await write("town-b.xlsx", sheets.slice(1)),
    both: await write("towns.xlsx", sheets),
  };
}

async function main() {
  if (!fs.existsSync(PAGE)) throw new Error("dist/gaoqi.html is missing: run npm run build first");
  const resolved = await resolveBrowser();
  console.log(`Chromium: ${resolved.executablePath} (${resolved.source})`);
  const browser = await launch();
  try {
    const html = fs.readFileSync(PAGE, "utf8");
    await check("the page is one file naming no place on the network", async () => {
      const hosts = new Set(
        [...html.matchAll(/\b(?:https?|wss?|ftp):\/\/([^/"'\s)<>\\]+)/g)].map((m) => m[1])
      );
      // XML namespace names identify vocabularies; nothing is fetched from them.
      const namespaces = [
        "www.w3.org",
        "schemas.openxmlformats.org",
        "purl.org",
        "schemas.microsoft.com",
      ];
      const other = [...hosts].filter((h) => !namespaces.includes(h));
      assert(other.length === 0, `web addresses in the page: ${other.join(", ")}`);
      assert(/http-equiv="?Content-Security-Policy"?[^>]*connect-src 'none'/.test(html), "no CSP");
      assert(!/<script[^>]+src=|<link[^>]+href=/.test(html), "the page loads another file");
    });

    const { context, page, network, errors } = await openPage(browser, "zh-CN");
    await check("says 数据不出本机", async () => {
      const badge = await page.getByTestId("local-only").textContent();
      assert(badge === "数据不出本机", `badge reads ${JSON.stringify(badge)}`);
    });

    await check("opens the sample through the file input; its JSON is the CLI's", async () => {
      await openFiles(page, [SAMPLE]);
      await page.locator("[data-testid=unit-total]").waitFor({ timeout: 120_000 });
      const got = await pageJson(page);
      const want = cli([SAMPLE, "--json", "-"]);
      assert(
        got === want,
        `the page's JSON differs from the CLI's (${got.length} vs ${want.length} chars)`
      );
    });

    await check("the dashboard's 合计 row shows the CLI's figures", async () => {
      const want = JSON.parse(cli([SAMPLE, "--json", "-"])).total;
      const cells = (await page.locator("[data-testid=unit-total] td").allTextContents()).map((c) =>
        c.replace(/[,\s]/g, "")
      );
      for (const key of ["target", "valid"])
        assert(
          cells.includes(String(want[key])),
          `合计 ${cells.join("|")} lacks ${key} ${want[key]}`
        );
    });

    await check("the bulletin workbook holds the CLI's parts", async () => {
      const file = await download(page, () =>
        page.getByRole("button", { name: "生成通报" }).first().click()
      );
      const cliFile = path.join(tmp, "cli-report.xlsx");
      cli([SAMPLE, "--out", cliFile]);
      const [a, b] = [await parts(file), await parts(cliFile)];
      assert(
        [...a.keys()].sort().join() === [...b.keys()].sort().join(),
        `parts ${[...a.keys()]} vs ${[...b.keys()]}`
      );
      const differ = [...b.keys()].filter(
        (k) => k !== "docProps/core.xml" && a.get(k) !== b.get(k)
      );
      assert(differ.length === 0, `parts that differ: ${differ.join(", ")}`);
    });

    await check("opens the office-shaped fixture; its JSON is the CLI's", async () => {
      await openFiles(page, [OFFICE]);
      await page.getByTestId("opened").filter({ hasText: "office-workbook.xlsx" }).waitFor();
      const got = await pageJson(page);
      const want = cli([OFFICE, "--json", "-"]);
      assert(
        got === want,
        `the page's JSON differs from the CLI's (${got.length} vs ${want.length} chars)`
      );
    });

    await check("opens an Excel 97-2003 workbook (.xls); its JSON is the CLI's", async () => {
      const xls = OFFICE.replace(/\.xlsx$/, ".xls");
      await openFiles(page, [xls]);
      await page.getByTestId("opened").filter({ hasText: "office-workbook.xls" }).waitFor();
      const got = await pageJson(page);
      const want = cli([xls, "--json", "-"]);
      assert(
        got === want,
        `the page's JSON differs from the CLI's (${got.length} vs ${want.length} chars)`
      );
    });

    await check("two files at once give the figures of one workbook holding both", async () => {
      const { first, rest, both } = await splitWorkbook(OFFICE);
      await openFiles(page, [first, rest]);
      await page
        .getByTestId("opened")
        .filter({ hasText: path.basename(rest) })
        .waitFor();
      // Rows read from several files name their file; the one workbook's do not. All else is equal.
      const got = JSON.parse(await pageJson(page), (k, v) => (k === "file" ? undefined : v));
      const want = JSON.parse(cli([both, "--json", "-"]));
      for (const key of ["units", "total", "expiring", "pool", "toVisit"])
        assert(
          JSON.stringify(got[key]) === JSON.stringify(want[key]),
          `${key}: ${JSON.stringify(got[key]).slice(0, 200)} vs ${JSON.stringify(want[key]).slice(0, 200)}`
        );
      assert(
        got.units.length > 2 && want.total.valid > 0,
        "the workbook has no figures to compare"
      );
    });

    const hostile = hostileFiles();
    const bomb = await zipBomb();
    for (const [what, file] of [
      ["a truncated file", hostile.truncated],
      ["a zip bomb", bomb],
      ["a file that is no workbook", hostile.text],
    ])
      await check(`${what} gives one line naming it, and the page goes on`, async () => {
        await openFiles(page, [file]);
        const alert = page.getByText(/读取工作簿失败/);
        await alert.waitFor({ timeout: 60_000 });
        const line = await alert.textContent();
        assert(line.includes(path.basename(file)), `the error does not name the file: ${line}`);
        assert(!line.includes("\n"), `more than one line: ${line}`);
        await openFiles(page, [SAMPLE]);
        await page.locator("[data-testid=unit-total]").waitFor({ timeout: 120_000 });
      });

    await check("a file saved since it was chosen: 重新读取 asks to choose it again", async () => {
      const saved = path.join(tmp, "saved-since.xlsx");
      fs.copyFileSync(OFFICE, saved);
      await openFiles(page, [saved]);
      await page.getByTestId("opened").filter({ hasText: "saved-since.xlsx" }).waitFor();
      await page.locator("[data-testid=unit-total]").waitFor({ timeout: 120_000 });
      // Saved again with other content: Chromium refuses the File it handed over (its snapshot).
      fs.copyFileSync(SAMPLE, saved);
      await page.getByRole("button", { name: "重新读取" }).click();
      const alert = page.getByText(/读取工作簿失败/);
      await alert.waitFor({ timeout: 60_000 });
      const line = await alert.textContent();
      assert(
        line.includes("saved-since.xlsx：选择后在磁盘上已被修改") &&
          line.includes("请重新选择该文件"),
        `the error does not say to open it again: ${line}`
      );
    });

    await check(
      "through the browser's file handles, 重新读取 reads the file as saved",
      async () => {
        // The native chooser cannot be driven headless: a stand-in hands over a handle whose file is
        // what the test last put on its "disk", as a FileSystemFileHandle's getFile() does.
        const put = (file) =>
          page.evaluate((b64) => {
            window.__disk = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          }, fs.readFileSync(file).toString("base64"));
        await put(OFFICE);
        await page.evaluate(() => {
          const handle = {
            kind: "file",
            name: "镇.xlsx",
            getFile: async () => new File([window.__disk], "镇.xlsx"),
          };
          window.showOpenFilePicker = async () => [handle];
        });
        await page.getByRole("button", { name: "打开工作簿…" }).click();
        await page.getByTestId("opened").filter({ hasText: "镇.xlsx" }).waitFor();
        const first = JSON.parse(await pageJson(page)).total;
        const office = JSON.parse(cli([OFFICE, "--json", "-"])).total;
        assert(
          JSON.stringify(first) === JSON.stringify(office),
          `first read: ${JSON.stringify(first)}`
        );
        await put(SAMPLE);
        await page.getByRole("button", { name: "重新读取" }).click();
        // The pane reads in a worker: its figures change once the read is done.
        const sample = JSON.stringify(JSON.parse(cli([SAMPLE, "--json", "-"])).total);
        let again = "";
        for (let tries = 0; tries < 60 && again !== sample; tries++) {
          if (tries > 0) await page.waitForTimeout(1000);
          again = JSON.stringify(JSON.parse(await pageJson(page)).total);
        }
        assert(again === sample, `read again: ${again}`);
        await page.evaluate(() => delete window.showOpenFilePicker);
      }
    );

    await check("a workbook dropped on the page opens; a drop of no workbook says so", async () => {
      // A drop made in the page: Chromium's own DataTransfer, its items asked for handles and entries.
      const drop = (name, b64) =>
        page.evaluate(
          ({ name, b64 }) => {
            const data = new DataTransfer();
            data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
            const target = document.querySelector("[data-testid=drop]") ?? document.body;
            target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true }));
          },
          { name, b64 }
        );
      await page.reload();
      await drop("照片.png", Buffer.from("not a workbook").toString("base64"));
      await page.getByText("拖入的内容中没有工作簿").waitFor({ timeout: 30_000 });
      await drop("拖入.xlsx", fs.readFileSync(OFFICE).toString("base64"));
      await page.getByTestId("opened").filter({ hasText: "拖入.xlsx" }).waitFor();
      const got = JSON.parse(await pageJson(page)).total;
      const want = JSON.parse(cli([OFFICE, "--json", "-"])).total;
      assert(JSON.stringify(got) === JSON.stringify(want), `dropped: ${JSON.stringify(got)}`);
    });

    await check("no request left the machine, and no script error", async () => {
      assert(network.length === 0, `requests: ${network.join(", ")}`);
      assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
    });
    await context.close();

    for (const locale of ["zh-CN", "en-US"])
      for (const width of [320, 800, 1280])
        await check(`${locale} at ${width} px: nothing clipped or covered`, async () => {
          const p = await openPage(browser, locale, width);
          await openFiles(p.page, [SAMPLE]);
          await p.page.locator("[data-testid=unit-total]").waitFor({ timeout: 120_000 });
          await p.page.waitForTimeout(300);
          const m = await measure(p.page);
          const problems = [
            ...(m.page > width ? [`the page is ${m.page} px wide`] : []),
            ...m.past,
            ...m.clipping,
            ...m.overlaps,
          ];
          await p.context.close();
          assert(problems.length === 0, problems.join("\n"));
          assert(p.network.length === 0, `requests: ${p.network.join(", ")}`);
        });
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
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
