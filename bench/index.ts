/**
 * `npm run bench`: runs every suite in bench/suites and prints its figures; `npm run bench -- --json`
 * prints one JSON object of all figures on stdout (human lines go to stderr) for tools to read.
 * `--only name` runs the suites whose name contains it.
 */
import * as fs from "fs";
import * as path from "path";
import type { BenchSuite } from "./suite";

async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const onlyAt = argv.indexOf("--only");
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const log = (line: string): void => {
    (json ? process.stderr : process.stdout).write(line + "\n");
  };
  const dir = path.join(__dirname, "suites");
  const suites: BenchSuite[] = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => (require(path.join(dir, f)) as { suite: BenchSuite }).suite)
    .filter((s) => s && (!only || s.name.includes(only)))
    .sort((a, b) => a.order - b.order);
  const figures: Record<string, number> = {};
  for (const suite of suites) {
    log(`== ${suite.name}`);
    Object.assign(figures, await suite.run(log));
  }
  if (json) process.stdout.write(JSON.stringify(figures) + "\n");
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
