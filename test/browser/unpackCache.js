/**
 * A folder filled once and then reused: the browser and the CJK font that the browser checks unpack
 * from npm packages live in node_modules/.cache/gaoqi-browser/<name>, one folder per package version
 * (so `npm ci` or a version bump starts afresh, and nothing outside the project is written).
 *
 * Safe when several processes (a test run and a bench, two worktrees sharing nothing but the machine) ask
 * for the same folder at once: each fills a private sibling folder and renames it into place; rename is
 * atomic, so a folder under its final name is always complete. The loser of a race drops its copy.
 */
const fs = require("fs");
const path = require("path");

const CACHE_ROOT = path.join(__dirname, "..", "..", "node_modules", ".cache", "gaoqi-browser");
const PARTIAL = ".partial-";

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** Drops half-filled copies that a killed process left behind (a Chromium copy is 200 MB). */
function removeAbandoned(root, name) {
  for (const entry of fs.readdirSync(root)) {
    if (!entry.startsWith(name + PARTIAL)) continue;
    const pid = Number(entry.slice(name.length + PARTIAL.length).split("-")[0]);
    if (!isAlive(pid)) fs.rmSync(path.join(root, entry), { recursive: true, force: true });
  }
}

/**
 * Resolves to the folder `name` under `root` (default: the project's cache), calling `fill(dir)` to
 * populate a fresh copy when it is not there yet. `fill` may be async.
 */
async function unpackOnce(name, fill, root = CACHE_ROOT) {
  const final = path.join(root, name);
  if (fs.existsSync(final)) return final;
  fs.mkdirSync(root, { recursive: true });
  removeAbandoned(root, name);
  const partial = path.join(
    root,
    `${name}${PARTIAL}${process.pid}-${Math.random().toString(36).slice(2)}`
  );
  fs.mkdirSync(partial);
  try {
    await fill(partial);
    fs.renameSync(partial, final);
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    // Another process renamed its complete copy into place first: use that one.
    if (!(["EEXIST", "ENOTEMPTY"].includes(e.code) && fs.existsSync(final))) throw e;
  }
  return final;
}

module.exports = { unpackOnce, CACHE_ROOT };
