// Flat config: eslint-plugin-office-addins' rules (among them: no context.sync() inside a loop, load
// before read) applied to TypeScript and TSX with the TypeScript parser, which the plugin's own
// preset leaves out.
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const preset = officeAddins.configs.react;
const officeRules = Object.assign({}, ...preset.map((c) => c.rules ?? {}));
// Formatting is prettier's job (npm run format); stylistic rules of the preset would fight it.
for (const name of Object.keys(officeRules)) {
  if (
    name.startsWith("prettier/") ||
    name.startsWith("@typescript-eslint/") ||
    name.startsWith("react/")
  ) {
    delete officeRules[name];
  }
}
// TypeScript checks names and unused variables better than these core rules, which know no Office/jest globals.
delete officeRules["no-undef"];
delete officeRules["no-unused-vars"];

module.exports = [
  { ignores: ["node_modules/", "lib/", "dist/", "coverage/", "out/", "**/*.js"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 2022, sourceType: "module", ecmaFeatures: { jsx: true } },
    },
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tseslint.plugin },
    rules: {
      "no-undef": "off", // TypeScript checks names; the rule does not know Office/jest globals.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The Office.js rules read any `.load`/`.value` as Office.js proxies: only where Office.js is used
    // (exceljs code in src/cli would be flagged falsely).
    files: ["src/excel/**", "src/commands/**", "src/functions/**", "src/taskpane/**"],
    rules: { ...officeRules, "office-addins/no-context-sync-in-loop": "error" },
  },
];
