#!/usr/bin/env node
/**
 * `npm run validate [-- path/to/manifest.xml]`: checks the add-in manifest offline.
 * 1. XML schema: xmllint against the schemas in schemas/addin-manifest (a copy of the workspace's
 *    shared/schemas/addin-manifest, kept in the repository so that a clone anywhere can run the tests),
 *    because Microsoft's own validator needs an online service.
 * 2. Two rules the schema cannot express: every resid names a defined resource, and the shared runtime's
 *    Runtime, custom-functions Page and FunctionFile use one and the same URL resource.
 * Exit codes: 0 valid, 1 invalid, 2 cannot check (xmllint or the schemas missing).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const REPO = path.join(__dirname, "..");
const DEFAULT_SCHEMAS = path.join(REPO, "schemas", "addin-manifest");

/** Thrown when the check cannot run at all (as opposed to a manifest that fails it). */
class CannotValidate extends Error {}

/** Resolves the xmllint binary or throws CannotValidate with the install hint. */
function findXmllint() {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    throw new CannotValidate("xmllint not found: install it (Debian/Ubuntu: apt-get install libxml2-utils; macOS: it ships with the system).");
  }
  return "xmllint";
}

/** Rules beyond the schema; returns human-readable problems (empty when fine). */
function checkReferences(xml) {
  const problems = [];
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(m[1])) problems.push(`resid "${m[1]}" is not defined under <Resources>`);
  }
  const runtime = /<Runtime\s+resid="([^"]+)"/.exec(xml);
  if (runtime) {
    const page = /<Page>\s*<SourceLocation\s+resid="([^"]+)"/.exec(xml);
    const functionFile = /<FunctionFile\s+resid="([^"]+)"/.exec(xml);
    if (page && page[1] !== runtime[1]) problems.push(`shared runtime: custom functions <Page> uses "${page[1]}", the Runtime "${runtime[1]}"`);
    if (functionFile && functionFile[1] !== runtime[1]) problems.push(`shared runtime: <FunctionFile> uses "${functionFile[1]}", the Runtime "${runtime[1]}"`);
  }
  return [...new Set(problems)];
}

/**
 * Validates one manifest file. Returns { ok, output }; throws CannotValidate when xmllint or the
 * schemas are missing.
 */
function validateManifest(file, schemasDir = process.env.GAOQI_MANIFEST_SCHEMAS || DEFAULT_SCHEMAS) {
  const xsd = path.join(schemasDir, "OfficeAppManifestV1_1.xsd");
  if (!fs.existsSync(xsd)) {
    throw new CannotValidate(`manifest schemas not found at ${schemasDir} (they ship in the repository under schemas/addin-manifest; GAOQI_MANIFEST_SCHEMAS names another folder).`);
  }
  const xmllint = findXmllint();
  const run = spawnSync(xmllint, ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`.trim();
  const problems = run.status === 0 ? checkReferences(fs.readFileSync(file, "utf8")) : [];
  return {
    ok: run.status === 0 && problems.length === 0,
    output: [output, ...problems.map((p) => `${file}: ${p}`)].filter(Boolean).join("\n"),
  };
}

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(REPO, "manifest.xml"));
  try {
    const { ok, output } = validateManifest(file);
    console.log(output);
    console.log(ok ? `OK: ${path.relative(process.cwd(), file)} is valid.` : `FAILED: ${path.relative(process.cwd(), file)} is not valid.`);
    process.exit(ok ? 0 : 1);
  } catch (e) {
    if (!(e instanceof CannotValidate)) throw e;
    console.error(`Cannot validate the manifest: ${e.message}`);
    process.exit(2);
  }
}

module.exports = { validateManifest, checkReferences, CannotValidate, DEFAULT_SCHEMAS };
