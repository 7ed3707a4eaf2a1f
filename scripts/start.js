#!/usr/bin/env node
/**
 * `npm start`: builds the add-in and serves it on https://localhost:3000 (webpack-dev-server, which
 * rebuilds on change). Once the page answers: where office-addin-debugging is installed and a desktop
 * Excel exists, it sideloads the manifest there; everywhere else it prints how to sideload by hand.
 * Ctrl+C stops the server.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");

const REPO = path.join(__dirname, "..");
const MANIFEST = path.join(REPO, "manifest.xml");
const PAGE = "https://localhost:3000/taskpane.html";
// The first build of the whole page can take minutes on a small, busy machine.
const WAIT_MS = 15 * 60_000;

/** Resolves a binary of this repo's node_modules/.bin, or null. */
function localBin(name) {
  const file = path.join(
    REPO,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${name}.cmd` : name
  );
  return fs.existsSync(file) ? file : null;
}

/** Whether a desktop Excel is installed where office-addin-debugging can sideload into it. */
function hasDesktopExcel() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((r) =>
      fs.existsSync(path.join(r, "Microsoft Office", "root", "Office16", "EXCEL.EXE"))
    );
  }
  return false; // there is no desktop Excel for Linux
}

/** Polls the page until it answers 200 (the dev server's certificate need not be trusted for this). */
function waitForPage(child) {
  const deadline = Date.now() + WAIT_MS;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null)
        return reject(new Error(`the dev server exited (code ${child.exitCode})`));
      const req = https.get(PAGE, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
    };
    const retry = () =>
      Date.now() > deadline
        ? reject(new Error(`no answer from ${PAGE} after ${WAIT_MS / 1000} s`))
        : setTimeout(attempt, 1000);
    attempt();
  });
}

function printSideloadHelp(reason) {
  const certDir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  console.log(`
Gaoqi (高企) is being served at ${PAGE}
${reason}
Sideload it by hand:
  Excel on the web: open a workbook, Insert > Add-ins > Upload My Add-in (or Home > Add-ins > More Add-ins >
  Upload My Add-in), and choose
      ${MANIFEST}
  Excel on Windows/Mac: see https://learn.microsoft.com/office/dev/add-ins/testing/test-debug-office-add-ins
  (or install office-addin-debugging and run npm start again).
The page uses office-addin-dev-certs' certificate; if the browser refuses https://localhost:3000, trust
  ${path.join(certDir, "ca.crt")}
on the machine that runs Excel, or open ${PAGE} once and accept the certificate.
Stop with Ctrl+C.
`);
}

let server = null;

async function main() {
  const webpackBin = localBin("webpack");
  if (!webpackBin) throw new Error("webpack is not installed: run npm ci first.");
  server = spawn(webpackBin, ["serve", "--mode", "development"], { cwd: REPO, stdio: "inherit" });
  const stop = () => server.kill("SIGINT");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  console.log(`Waiting for the first build to answer at ${PAGE} ...`);
  await waitForPage(server);
  const debuggingBin = localBin("office-addin-debugging");
  if (debuggingBin && hasDesktopExcel()) {
    console.log("Sideloading into Excel desktop with office-addin-debugging ...");
    const sideload = spawn(
      debuggingBin,
      ["start", MANIFEST, "desktop", "--app", "excel", "--no-debug", "--dev-server-port", "3000"],
      { cwd: REPO, stdio: "inherit" }
    );
    sideload.on("exit", (code) => {
      if (code !== 0)
        printSideloadHelp(`office-addin-debugging could not sideload (exit ${code}).`);
    });
  } else {
    printSideloadHelp(
      debuggingBin
        ? "No desktop Excel found on this machine."
        : "office-addin-debugging is not installed (it is optional), so nothing was sideloaded."
    );
  }
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message}`);
  // Do not leave the dev server running without this script to stop it.
  if (server && server.exitCode === null) server.kill("SIGKILL");
  process.exit(1);
});
