/** What every bench suite exports: a name, and a run that reports its figures. */
export interface BenchSuite {
  /** Short name, printed as the section heading. */
  name: string;
  /** Order among suites (lower first). */
  order: number;
  /**
   * Measures and returns the figures (JSON keys as named by the issues, e.g. engineRowsPerSec).
   * `log` prints a human line (to stdout, or to stderr under --json so stdout stays one JSON object).
   */
  run(log: (line: string) => void): Promise<Record<string, number>>;
}
