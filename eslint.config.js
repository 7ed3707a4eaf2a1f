// Flat config: eslint-plugin-office-addins (which checks, among others, no context.sync() in loops).
const officeAddins = require("eslint-plugin-office-addins");

module.exports = [
  { ignores: ["node_modules/", "lib/", "dist/", "coverage/", "**/*.js"] },
  ...(officeAddins.configs.react ?? officeAddins.configs.recommended ?? []),
];
