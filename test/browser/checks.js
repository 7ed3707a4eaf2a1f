/**
 * The browser scripts' own tiny test runner: each check prints ok or FAIL with its message and the run goes
 * on, so one broken view does not hide the others; `report` prints the count and sets the exit code.
 */
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push([name, null]);
    console.log(`ok   ${name}`);
  } catch (e) {
    results.push([name, e]);
    console.log(
      `FAIL ${name}\n     ${String((e && e.message) || e)
        .split("\n")
        .join("\n     ")}`
    );
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Prints "n passed, m failed" and fails the process when any check failed. */
function report() {
  const failed = results.filter(([, e]) => e).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

module.exports = { check, assert, report };
