#!/usr/bin/env node
/**
 * `npm run check-deploy -- https://addins.example.gov.cn/gaoqi`: fetches a deployed copy of dist/ the way
 * Office will, and reports what would stop the add-in from working there:
 * - manifest.xml: served, as XML, and every URL in it on this same address (a build made for another
 *   ADDIN_URL, or still for localhost, points elsewhere) and answering 200;
 * - functions.json and functions.zh-CN.json: served as application/json with Access-Control-Allow-Origin
 *   for Office's origin. Excel on the web fetches the custom functions' metadata from its own origin, so
 *   without that header the functions never register there ("Deploy custom functions for Excel",
 *   docs/publish/publish-add-in-vs-code.md, OfficeDev/office-js-docs-pr). Their helpUrl must be on this
 *   address too;
 * - taskpane.html: served as HTML, and every script it names served as JavaScript.
 * Long cache lifetimes on the files with fixed names are warnings: an update then reaches users late.
 * Exit codes: 0 no problem, 1 problems (each printed), 2 wrong usage.
 */

/** An origin Excel on the web runs in; the check asks for CORS as a request from there would. */
const OFFICE_ORIGIN = "https://excel.officeapps.live.com";
/** The files Office or the browser asks for by a fixed URL: a long cache delays updates of them. */
const FIXED_NAMES = ["manifest.xml", "taskpane.html", "functions.json", "functions.zh-CN.json"];
const MAX_FIXED_AGE_S = 3600;

const TYPE_RULES = [
  [/\.json$/, /^application\/json\b/, "application/json"],
  [/\.xml$/, /^(application|text)\/xml\b/, "application/xml"],
  [/\.html$/, /^text\/html\b/, "text/html"],
  [/\.js$/, /^(text|application)\/(javascript|ecmascript|x-javascript)\b/, "text/javascript"],
  [/\.png$/, /^image\/png\b/, "image/png"],
];

/** The content type a file needs, as [pattern, name], or null when any will do. */
function expectedType(url) {
  const path = new URL(url).pathname;
  const rule = TYPE_RULES.find(([file]) => file.test(path));
  return rule ? [rule[1], rule[2]] : null;
}

/** Every URL the manifest points Office at (DefaultValue / Value attributes; not namespaces), without duplicates, in order. */
function manifestUrls(xml) {
  return [
    ...new Set(
      [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) =>
        m[1].replace(/&amp;/g, "&")
      )
    ),
  ];
}

/** The local script URLs a page loads (not the Office.js CDN). */
function pageScripts(html, pageUrl) {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)]
    .map((m) => new URL(m[1], pageUrl).href)
    .filter((u) => new URL(u).origin === new URL(pageUrl).origin);
}

/** max-age in seconds from Cache-Control, or null (no-cache / no-store / none given count as short). */
function cacheAge(header) {
  if (!header || /no-cache|no-store/i.test(header)) return null;
  const m = /max-age=(\d+)/i.exec(header);
  return m ? Number(m[1]) : null;
}

/**
 * Checks the deployment at `base` (no trailing slash needed). `fetchImpl` is fetch (tests may pass
 * another); `allowHttp` accepts a plain-http address (local tests only: Office loads add-ins over HTTPS).
 * Resolves to { problems, warnings, checked } (lists of sentences).
 */
async function checkDeployment(base, { fetchImpl = fetch, allowHttp = false } = {}) {
  const root = base.replace(/\/+$/, "");
  const problems = [];
  const warnings = [];
  const checked = [];
  let url;
  try {
    url = new URL(root);
  } catch {
    return { problems: [`"${base}" is not a URL.`], warnings, checked };
  }
  if (url.protocol !== "https:" && !(allowHttp && url.protocol === "http:"))
    problems.push(`${root} is not an https:// address: Office loads add-ins only over HTTPS.`);

  const get = async (target, headers = {}) => {
    try {
      const res = await fetchImpl(target, { headers, redirect: "follow" });
      const body = await res.text();
      return { status: res.status, headers: res.headers, body };
    } catch (e) {
      return {
        status: 0,
        headers: new Headers(),
        body: "",
        error: String((e && e.cause && e.cause.message) || (e && e.message) || e),
      };
    }
  };
  const fetched = new Map();
  const fetchOnce = (target, headers) => {
    if (!fetched.has(target)) fetched.set(target, get(target, headers));
    return fetched.get(target);
  };

  /** Status 200 and the right content type; returns the response, or null after noting the problem. */
  const expectFile = async (target, headers) => {
    const res = await fetchOnce(target, headers);
    if (res.status !== 200) {
      problems.push(
        res.status === 0
          ? `${target} could not be fetched: ${res.error}.`
          : `${target} answers ${res.status}, not 200.`
      );
      return null;
    }
    const type = expectedType(target);
    const got = res.headers.get("content-type") || "";
    if (type && !type[0].test(got.trim().toLowerCase()))
      problems.push(`${target} is served as "${got || "no content type"}", not ${type[1]}.`);
    const name = new URL(target).pathname.split("/").pop();
    const age = cacheAge(res.headers.get("cache-control"));
    if (FIXED_NAMES.includes(name) && age !== null && age > MAX_FIXED_AGE_S) {
      warnings.push(
        `${target} may be cached for ${age} s (Cache-Control): an update reaches users only after that. Prefer "no-cache" for the files with fixed names.`
      );
    }
    checked.push(target);
    return res;
  };

  const onThisAddress = (u) => u === root || u.startsWith(`${root}/`);

  // The manifest: on this address, every URL it names on this address too, and there.
  const manifest = await expectFile(`${root}/manifest.xml`);
  const urls = manifest ? manifestUrls(manifest.body) : [];
  if (manifest && urls.length === 0)
    problems.push(`${root}/manifest.xml names no URL: is it the add-in's manifest?`);
  const elsewhere = urls.filter((u) => !onThisAddress(u));
  if (elsewhere.length > 0) {
    problems.push(
      `manifest.xml points at ${elsewhere.length} URL(s) outside ${root}, e.g. ${elsewhere[0]}: rebuild with ADDIN_URL=${root} npm run build.`
    );
  }

  // The custom functions' metadata: JSON, CORS for Office's origin, help on this address.
  const metadata = [`${root}/functions.json`, `${root}/functions.zh-CN.json`];
  for (const target of metadata) {
    const res = await expectFile(target, { Origin: OFFICE_ORIGIN });
    if (!res) continue;
    const allow = res.headers.get("access-control-allow-origin");
    if (!allow)
      problems.push(
        `${target} has no Access-Control-Allow-Origin header: Excel on the web cannot read it, and the GAOQI functions will not register there.`
      );
    else if (allow.trim() !== "*" && allow.trim() !== OFFICE_ORIGIN)
      problems.push(
        `${target} allows only the origin "${allow}", not Office's (${OFFICE_ORIGIN}): use "*".`
      );
    let json = null;
    try {
      json = JSON.parse(res.body);
    } catch {
      problems.push(`${target} is not valid JSON.`);
    }
    if (json && !Array.isArray(json.functions)) problems.push(`${target} has no "functions" list.`);
    const foreignHelp = (json && Array.isArray(json.functions) ? json.functions : [])
      .map((f) => f.helpUrl)
      .filter((u) => u && !onThisAddress(u));
    if (foreignHelp.length > 0)
      problems.push(`${target} has help links outside ${root}, e.g. ${foreignHelp[0]}.`);
  }

  // Every other URL of the manifest answers (the task pane, icons, the help page, the functions script).
  for (const u of urls.filter(onThisAddress))
    if (!metadata.includes(u.split("#")[0])) await expectFile(u.split("#")[0]);

  // The task pane's scripts: present and served as JavaScript.
  const pageUrl = `${root}/taskpane.html`;
  const page = checked.includes(pageUrl) ? await fetchOnce(pageUrl) : await expectFile(pageUrl);
  if (page) for (const script of pageScripts(page.body, pageUrl)) await expectFile(script);
  return { problems: [...new Set(problems)], warnings, checked };
}

async function main(argv) {
  const args = argv.filter((a) => a !== "--allow-http");
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error("usage: npm run check-deploy -- https://addins.example.gov.cn/gaoqi");
    return 2;
  }
  const { problems, warnings, checked } = await checkDeployment(args[0], {
    allowHttp: argv.includes("--allow-http"),
  });
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const p of problems) console.log(`problem: ${p}`);
  console.log(
    problems.length === 0
      ? `check-deploy: ${checked.length} files checked, no problem found.`
      : `check-deploy: ${problems.length} problem(s), ${checked.length} files checked.`
  );
  return problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(`check-deploy failed: ${(e && e.stack) || e}`);
      process.exitCode = 2;
    }
  );
}

module.exports = { checkDeployment, manifestUrls, pageScripts, OFFICE_ORIGIN };
