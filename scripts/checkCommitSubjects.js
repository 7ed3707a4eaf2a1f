/**
 * The commit-subject check of `npm test`: every commit after the one named in .commit-subjects-base has a
 * subject of at most 72 characters that names its area first ("pool: ...", "cli, docs: ...") or is a
 * merge ("Merge ..."). Earlier history is left as it is; a clone without that commit (a shallow one) has
 * nothing to check and says so.
 *
 * Usage: node scripts/checkCommitSubjects.js; exit 0 when every subject holds, 1 with one line per subject.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const MAX = 72;
const AREA = /^(Merge |[a-z0-9][\w ./-]*(, [\w ./-]+)*: \S)/i;

/** The problems of `subjects`, one line each ("" subjects are git's own and not checked). */
function subjectProblems(subjects) {
  const out = [];
  for (const s of subjects) {
    const chars = [...s].length;
    if (chars > MAX) out.push(`${chars} characters (at most ${MAX}): ${s}`);
    if (!AREA.test(s)) out.push(`no area first ("area: ..."): ${s}`);
  }
  return out;
}

function main() {
  const root = path.join(__dirname, "..");
  const base = fs.readFileSync(path.join(root, ".commit-subjects-base"), "utf8").trim();
  const git = (...args) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  try {
    git("rev-parse", "--verify", `${base}^{commit}`);
  } catch {
    console.log(`commit subjects: ${base.slice(0, 12)} is not in this clone; nothing to check`);
    return 0;
  }
  const subjects = git("log", "--format=%s", `${base}..HEAD`)
    .split("\n")
    .filter((s) => s !== "");
  const problems = subjectProblems(subjects);
  for (const p of problems) console.error(p);
  console.log(
    problems.length
      ? `${problems.length} commit subject problem(s)`
      : `commit subjects: ok (${subjects.length} checked)`
  );
  return problems.length ? 1 : 0;
}

module.exports = { subjectProblems, MAX };
if (require.main === module) process.exitCode = main();
