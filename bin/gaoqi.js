#!/usr/bin/env node
// The `gaoqi` command: the compiled CLI (built by `npm run build:node`, run by `prepare` on `npm ci`).
require("../lib/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
