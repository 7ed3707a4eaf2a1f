#!/usr/bin/env node
// The `gaoqi` command: the compiled CLI (built by `npm run build:node`, run by `prepare` on `npm ci`).
// A reader that closes the pipe early (`gaoqi report | head`) is normal use, not a crash.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
  throw e;
});
require("../lib/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
