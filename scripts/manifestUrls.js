/**
 * The one place that knows the development origin and how a production build replaces it. Used by
 * webpack.config.js (manifest and function metadata copied to dist/) and by the tests.
 */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Checks ADDIN_URL for a production build and returns it without a trailing slash. Office loads
 * add-ins only over HTTPS, so anything else is refused with a message saying what to set.
 */
function productionOrigin(value) {
  const example = "ADDIN_URL=https://addins.example.gov.cn/gaoqi npm run build";
  if (!value || !value.trim()) {
    throw new Error(
      `ADDIN_URL is not set: a production build needs the HTTPS address where dist/ will be hosted, e.g. ${example} (for local testing use npm run build:dev).`
    );
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_URL "${value}" is not a URL; e.g. ${example}`);
  }
  if (url.protocol !== "https:")
    throw new Error(
      `ADDIN_URL must use https:// (Office loads add-ins only over HTTPS), got "${value}".`
    );
  if (url.search || url.hash)
    throw new Error(
      `ADDIN_URL must be a plain base address without ?query or #fragment, got "${value}".`
    );
  return url.href.replace(/\/+$/, "");
}

/** Replaces every occurrence of the development origin in `text` with `origin`. */
function rewriteUrls(text, origin) {
  return text.split(DEV_ORIGIN).join(origin);
}

/**
 * Points the manifest's Functions.Script.Url (the custom functions' script, which the schema requires;
 * with the shared runtime the functions actually load through taskpane.html) at `file`, a name beside
 * the manifest such as functions.0123abcd.js. Throws if the manifest has no such resource.
 */
function pointFunctionsScript(manifest, file) {
  const pattern = /(<bt:Url id="Functions\.Script\.Url" DefaultValue="[^"]*\/)[^"/]*(")/;
  if (!pattern.test(manifest))
    throw new Error(
      "manifest.xml has no Functions.Script.Url resource to point at the functions script"
    );
  return manifest.replace(pattern, `$1${file}$2`);
}

module.exports = { DEV_ORIGIN, productionOrigin, rewriteUrls, pointFunctionsScript };
