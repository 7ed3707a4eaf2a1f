/**
 * Lets a child process `require` the project's TypeScript (for tests that must signal or kill a real
 * process): each .ts file is transpiled on load with the project's own typescript, no type checking.
 * Usage: node -r ./test/cli/children/tsRequire.js test/cli/children/someChild.ts
 */
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};
