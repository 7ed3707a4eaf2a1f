/**
 * How much of a measurement the machine was not running us. These VMs share their host: a tight loop
 * that takes 50 ms one time takes 400 ms the next, and the guest sees no steal time (process CPU time
 * grows through the stall too). A worker thread sleeps 1 ms at a time; whenever it wakes more than
 * 3 ms late, the lateness is counted. That counts host stalls, but also any time both cores are busy
 * (the engine and V8's garbage-collector threads), so it is printed beside the raw wall time as a hint,
 * never subtracted from it.
 */
import { Worker } from "worker_threads";

export interface StallMonitor {
  /** Stalled milliseconds counted since the monitor started. */
  stalledMs(): number;
  stop(): Promise<void>;
}

// The worker's own code, run from a string so the bench needs no second compiled file.
const WORKER = `
const { workerData } = require("worker_threads");
const total = new Float64Array(workerData);
const sleeper = new Int32Array(new SharedArrayBuffer(4));
let last = process.hrtime.bigint();
for (;;) {
  Atomics.wait(sleeper, 0, 0, 1);
  const now = process.hrtime.bigint();
  const late = Number(now - last) / 1e6 - 1;
  if (late > 2) total[0] += late;
  last = now;
}
`;

export function startStallMonitor(): StallMonitor {
  const shared = new SharedArrayBuffer(8);
  const total = new Float64Array(shared);
  const worker = new Worker(WORKER, { eval: true, workerData: shared });
  worker.unref();
  return {
    stalledMs: () => total[0],
    stop: async () => {
      await worker.terminate();
    },
  };
}

/**
 * The machine's speed right now: the best and the median time of a fixed pure-CPU loop (no memory
 * traffic). On an idle, unshared core the two agree; their gap shows how much the host is holding back.
 */
export function cpuCalibration(repeats = 7): { bestMs: number; medianMs: number } {
  const times: number[] = [];
  let sink = 0;
  for (let k = 0; k < repeats; k++) {
    const t0 = process.hrtime.bigint();
    let h = k;
    for (let i = 0; i < 20_000_000; i++) h = Math.imul(h ^ i, 16777619);
    sink ^= h;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  if (sink === 0.5) times.push(0); // keeps the loop from being optimised away
  times.sort((a, b) => a - b);
  return { bestMs: times[0], medianMs: times[Math.floor(times.length / 2)] };
}
