#!/usr/bin/env node
/**
 * `npm run validate [-- path/to/manifest.xml]`: checks the add-in manifest offline.
 * 1. XML schema: libxml2's xmllint compiled to WebAssembly (the npm package xmllint-wasm, so nothing
 *    beyond `npm ci` is needed) against the schemas in schemas/addin-manifest (kept in the repository so
 *    that a clone anywhere can run the tests), because Microsoft's own validator needs an online service. Every .xsd of that folder is handed to
 *    xmllint as a preloaded file, so the xs:import/xs:include between them resolve as they do on disk.
 * 2. Two rules the schema cannot express: every resid names a defined resource, and the shared runtime's
 *    Runtime, custom-functions Page and FunctionFile use one and the same URL resource.
 * Exit codes: 0 valid, 1 invalid, 2 cannot check (the schemas missing or not compilable).
 */
const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const REPO = path.join(__dirname, "..");
const DEFAULT_SCHEMAS = path.join(REPO, "schemas", "addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
// The manifest's name inside xmllint's in-memory file system; messages name the real path instead.
const INNER_NAME = "manifest-under-test.xml";
// xmllint's exit codes: 1 unclassified (a manifest that is not well-formed XML lands here), 3 and 4
// validation errors (resolved by xmllint-wasm as { valid: false }), 5 the schema does not compile.
const SCHEMA_DOES_NOT_COMPILE = 5;

/** Thrown when the check cannot run at all (as opposed to a manifest that fails it). */
class CannotValidate extends Error {}

/** Rules beyond the schema; returns human-readable problems (empty when fine). */
function checkReferences(xml) {
  const problems = [];
  const defined = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1])
  );
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(m[1])) problems.push(`resid "${m[1]}" is not defined under <Resources>`);
  }
  const runtime = /<Runtime\s+resid="([^"]+)"/.exec(xml);
  if (runtime) {
    const page = /<Page>\s*<SourceLocation\s+resid="([^"]+)"/.exec(xml);
    const functionFile = /<FunctionFile\s+resid="([^"]+)"/.exec(xml);
    if (page && page[1] !== runtime[1])
      problems.push(
        `shared runtime: custom functions <Page> uses "${page[1]}", the Runtime "${runtime[1]}"`
      );
    if (functionFile && functionFile[1] !== runtime[1])
      problems.push(
        `shared runtime: <FunctionFile> uses "${functionFile[1]}", the Runtime "${runtime[1]}"`
      );
  }
  return [...new Set(problems)];
}

/** The schema folder's .xsd files, the main one first, as xmllint-wasm wants them. */
function readSchemas(schemasDir) {
  if (!fs.existsSync(path.join(schemasDir, MAIN_SCHEMA))) {
    throw new CannotValidate(
      `manifest schemas not found at ${schemasDir} (they ship in the repository under schemas/addin-manifest; GAOQI_MANIFEST_SCHEMAS names another folder).`
    );
  }
  const read = (fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemasDir, fileName), "utf8"),
  });
  const others = fs
    .readdirSync(schemasDir)
    .filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA)
    .sort();
  return { main: read(MAIN_SCHEMA), preload: others.map(read) };
}

/** xmllint's own report (as the command-line tool prints it), with the in-memory name replaced by `file`. */
function xmllintReport(text, file) {
  return text.split(INNER_NAME).join(file).trim();
}

/**
 * Validates one manifest file. Resolves to { ok, output } (output: xmllint's messages, "FILE validates"
 * when the schema accepts it, then the reference problems); rejects with CannotValidate when the schemas
 * are missing or do not compile.
 */
async function validateManifest(
  file,
  schemasDir = process.env.GAOQI_MANIFEST_SCHEMAS || DEFAULT_SCHEMAS
) {
  const { main, preload } = readSchemas(schemasDir);
  const xml = fs.readFileSync(file, "utf8");
  let schemaOk;
  let report;
  try {
    const result = await validateXML({
      xml: [{ fileName: INNER_NAME, contents: xml }],
      schema: [main],
      preload,
    });
    schemaOk = result.valid;
    report = xmllintReport(result.rawOutput, file);
  } catch (e) {
    // xmllint-wasm rejects on exit codes other than 0, 3 and 4, with xmllint's messages as the error.
    if (e && e.code === SCHEMA_DOES_NOT_COMPILE)
      throw new CannotValidate(`the schemas in ${schemasDir} do not compile:\n${e.message}`);
    if (!e || typeof e.code !== "number") throw e;
    schemaOk = false;
    report = xmllintReport(e.message, file);
  }
  const problems = schemaOk ? checkReferences(xml) : [];
  return {
    ok: schemaOk && problems.length === 0,
    output: [report, ...problems.map((p) => `${file}: ${p}`)].filter(Boolean).join("\n"),
  };
}

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(REPO, "manifest.xml"));
  validateManifest(file).then(
    ({ ok, output }) => {
      console.log(output);
      console.log(
        ok
          ? `OK: ${path.relative(process.cwd(), file)} is valid.`
          : `FAILED: ${path.relative(process.cwd(), file)} is not valid.`
      );
      process.exitCode = ok ? 0 : 1;
    },
    (e) => {
      if (!(e instanceof CannotValidate)) throw e;
      console.error(`Cannot validate the manifest: ${e.message}`);
      process.exitCode = 2;
    }
  );
}

module.exports = { validateManifest, checkReferences, CannotValidate, DEFAULT_SCHEMAS };
