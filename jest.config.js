/** Two projects: pure/Node code in node, React components in jsdom. */
const tsJest = [
  "ts-jest",
  {
    tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" },
    diagnostics: { warnOnly: false },
  },
];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/test/taskpane/", "/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
      // office-addin-mock -> office-addin-manifest requires uuid@14 and (via @microsoft/app-manifest)
      // strip-bom@5, both ESM-only, which jest's CommonJS runtime cannot load. The hoisted CJS majors with
      // the same API stand in: strip-bom@4 (jest-runtime's own dependency), uuid@8 (exceljs's).
      moduleNameMapper: {
        "^strip-bom$": "<rootDir>/node_modules/strip-bom/index.js",
        "^uuid$": "<rootDir>/node_modules/uuid/dist/index.js",
      },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
  // 5 s (jest's default) is too short on a 2-core machine shared with other work: reader and settings
  // tests timed out there while passing in a second on an idle one.
  testTimeout: 30_000,
  collectCoverage: true,
  collectCoverageFrom: ["src/domain/**/*.ts"],
  coverageReporters: ["text-summary"],
  coverageThreshold: { "./src/domain/": { lines: 95 } },
};
