/** Two projects: pure/Node code in node, React components in jsdom. */
const tsJest = ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" }, diagnostics: { warnOnly: false } }];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/test/taskpane/", "/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
  collectCoverage: true,
  collectCoverageFrom: ["src/domain/**/*.ts"],
  coverageReporters: ["text-summary"],
  coverageThreshold: { "./src/domain/": { lines: 95 } },
};
