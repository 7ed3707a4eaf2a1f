/**
 * The layer check of `npm test` (docs/architecture.md, "Layers"):
 * - src/domain imports nothing outside itself: no package, no Node built-in, no other folder of src;
 *   it uses no host global (Office.js, the DOM, Node); and inside it a capability folder imports only
 *   the folders below it in DOMAIN_ORDER;
 * - only src/excel uses Office.js (the Office, Excel and OfficeExtension globals);
 * - the task pane reaches the host only through the workbook port (src/excel/workbookSource.ts); its entry
 *   point, which picks the port's implementation, is the one exception;
 * - no import cycles anywhere in src (type-only imports included: a cycle of types is a knot too).
 *
 * Our own script on the TypeScript compiler API rather than a dependency checker: Office.js is reached
 * through globals, not imports, so an import graph alone cannot see who touches it; the parser is the one
 * the build already uses, so the check adds no dependency and reads the code exactly as tsc does.
 *
 * Usage: node scripts/checkLayers.js [root]; exit 0 when every rule holds, 1 with one line per violation.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

/** Capability folders of src/domain, lowest first: a folder may import its own files and folders before it. */
const DOMAIN_ORDER = [
  ["core"],
  ["sheets"],
  ["enterprise"],
  ["settings"],
  ["decompose"],
  ["targets"],
  ["roster", "pool"],
  ["contacts"],
  ["analysis"],
  ["report"],
];
const OFFICE_GLOBALS = new Set(["Office", "Excel", "OfficeExtension", "OfficeRuntime"]);
const HOST_GLOBALS = new Set([
  ...OFFICE_GLOBALS,
  "CustomFunctions",
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "XMLHttpRequest",
  "process",
  "Buffer",
  "require",
  "__dirname",
  "__filename",
]);
const PORT = "src/excel/workbookSource.ts";
const PANE_ENTRY = "src/taskpane/index.tsx";
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function listSources(root, dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(path.join(root, d), { withFileTypes: true })) {
      const rel = `${d}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(rel);
    }
  };
  if (fs.existsSync(path.join(root, dir))) walk(dir);
  return out.sort();
}

/** Every module specifier of a file: imports, re-exports, import("..."), require("..."), with its line. */
function specifiers(sf) {
  const found = [];
  const add = (node, text) =>
    found.push({ text, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node, node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node, node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const callee = node.expression;
      if (
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === "require")
      )
        add(node, node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node, node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Names the file declares itself (variables, destructured bindings, parameters, functions, classes, imports). */
function declaredNames(sf) {
  const names = new Set();
  const visit = (node) => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

/**
 * Identifiers used as values (not types, not property names) that name one of `names` and that the file
 * does not declare itself (`const { window } = settings` is no DOM window).
 */
function globalUses(sf, names) {
  const local = declaredNames(sf);
  names = new Set([...names].filter((n) => !local.has(n)));
  const found = [];
  const visit = (node) => {
    if (ts.isTypeNode(node) && !ts.isTypeQueryNode(node) && !ts.isExpressionWithTypeArguments(node))
      return;
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const p = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        (ts.isQualifiedName(p) && p.right === node) ||
        ((ts.isVariableDeclaration(p) ||
          ts.isParameter(p) ||
          ts.isFunctionDeclaration(p) ||
          ts.isBindingElement(p) ||
          ts.isPropertySignature(p) ||
          ts.isPropertyDeclaration(p) ||
          ts.isMethodDeclaration(p)) &&
          p.name === node) ||
        ts.isImportSpecifier(p) ||
        ts.isImportClause(p) ||
        ts.isNamespaceImport(p);
      if (!isName)
        found.push({
          name: node.text,
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function resolveRelative(root, from, text) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), text));
  for (const ext of ["", ...EXTENSIONS]) {
    const candidate = base + ext;
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return null;
}

/** A domain file's capability folder and its place in DOMAIN_ORDER (-1: a file outside any known folder). */
function domainRank(file) {
  const parts = file.split("/");
  const folder = parts.length > 3 ? parts[2] : "";
  return { folder, rank: DOMAIN_ORDER.findIndex((group) => group.includes(folder)) };
}

/** The strongly connected components of the import graph with more than one file (or a file importing itself). */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const out = [];
  const strong = (v) => {
    const s = { index, low: index, onStack: true };
    index++;
    state.set(v, s);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      const t = state.get(w);
      if (!t) {
        strong(w);
        s.low = Math.min(s.low, state.get(w).low);
      } else if (t.onStack) s.low = Math.min(s.low, t.index);
    }
    if (s.low === s.index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        state.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!state.has(v)) strong(v);
  return out;
}

/** The violations of the layer rules under `root` (a repository with src/), one readable line each. */
function checkLayers(root) {
  const violations = [];
  const graph = new Map();
  for (const file of listSources(root, "src")) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const sf = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS
    );
    const inDomain = file.startsWith("src/domain/");
    if (inDomain && file !== "src/domain/index.ts" && domainRank(file).rank < 0) {
      violations.push(
        `${file}: not in a capability folder of src/domain (${DOMAIN_ORDER.flat().join(", ")})`
      );
    }
    const edges = [];
    for (const spec of specifiers(sf)) {
      const where = `${file}:${spec.line}`;
      if (!spec.text.startsWith(".")) {
        if (inDomain)
          violations.push(
            `${where}: src/domain imports "${spec.text}" (the engine imports nothing outside src/domain)`
          );
        else if (
          !file.startsWith("src/excel/") &&
          /^@microsoft\/office-js|^office-addin-/.test(spec.text)
        ) {
          violations.push(`${where}: imports "${spec.text}" (only src/excel uses Office.js)`);
        }
        continue;
      }
      const target = resolveRelative(root, file, spec.text);
      if (!target) continue; // assets (json, css) and generated files are not layers
      edges.push(target);
      if (inDomain) {
        if (!target.startsWith("src/domain/")) {
          violations.push(
            `${where}: src/domain imports ${target} (the engine imports nothing outside src/domain)`
          );
        } else {
          const a = domainRank(file);
          const b = domainRank(target);
          // src/domain/index.ts, the public surface, sits above every folder; a misplaced file is reported once below.
          if (
            file !== "src/domain/index.ts" &&
            a.rank >= 0 &&
            b.rank >= 0 &&
            a.folder !== b.folder &&
            b.rank >= a.rank
          ) {
            violations.push(
              `${where}: domain/${a.folder} imports domain/${b.folder} (a capability folder imports only the folders below it)`
            );
          }
        }
      }
      if (
        file.startsWith("src/taskpane/") &&
        file !== PANE_ENTRY &&
        target.startsWith("src/excel/") &&
        target !== PORT
      ) {
        violations.push(
          `${where}: the task pane imports ${target} (it reaches the host only through ${PORT})`
        );
      }
    }
    graph.set(file, edges);
    const globals = globalUses(sf, inDomain ? HOST_GLOBALS : OFFICE_GLOBALS);
    for (const use of globals) {
      const where = `${file}:${use.line}`;
      if (inDomain) violations.push(`${where}: src/domain uses the host global ${use.name}`);
      else if (!file.startsWith("src/excel/"))
        violations.push(`${where}: uses ${use.name} (only src/excel touches Office.js)`);
    }
  }
  for (const component of cycles(graph))
    violations.push(`import cycle among ${component.join(", ")}`);
  return [...new Set(violations)];
}

module.exports = { checkLayers, DOMAIN_ORDER };

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
  const violations = checkLayers(root);
  for (const v of violations) console.error(v);
  if (violations.length > 0) {
    console.error(`${violations.length} layer violation(s)`);
    process.exit(1);
  }
  console.log("layers: ok");
}
