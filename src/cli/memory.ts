/**
 * A full garbage collection between the CLI's stages (read, JSON, report). Each stage leaves garbage
 * behind (the reader's shared strings and rows are hundreds of MB on a full sheet), and V8 grows its
 * heap for the next stage's objects rather than collect first: Excel's full 1,048,575 rows then peak
 * near 800 MB, against about 450 MB with a collection between stages, at no cost in time.
 *
 * Node offers no gc() without --expose-gc on its command line, which an installed command cannot
 * count on; the flag can be set at run time and gc() taken from a new context (the approach of the
 * `expose-gc` package). Where that is not possible, collecting is skipped: it only saves memory.
 */
import * as v8 from "v8";
import * as vm from "vm";

let gc: (() => void) | null | undefined;

function findGc(): (() => void) | null {
  const global = globalThis as { gc?: () => void };
  if (typeof global.gc === "function") return global.gc;
  try {
    v8.setFlagsFromString("--expose-gc");
    const fn = vm.runInNewContext("gc") as unknown;
    return typeof fn === "function" ? (fn as () => void) : null;
  } catch {
    return null;
  }
}

/**
 * Below this much heap in use a full collection is skipped: it costs 150-300 ms (it marks every object of
 * the workbook), and a heap this small cannot lift the process near its 500 MB goal (200,000 rows hold
 * about 130 MB between stages; the goal is at risk from the full 1,048,575 rows, which hold far more).
 * The full rows leave 190-200 MB in use after the read, garbage included: a limit just under that
 * skipped the collection before the analyses on some runs, and those runs peaked 50-80 MB higher.
 */
const COLLECT_ABOVE_BYTES = 160 * 1024 * 1024;

/** Collects garbage now, where the runtime allows it and the heap is large enough to matter. */
export function collectGarbage(): void {
  if (v8.getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  if (gc === undefined) gc = findGc();
  gc?.();
}
