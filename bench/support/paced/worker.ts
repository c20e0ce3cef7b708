// The paced generator's thread: its own event loop, so nothing else in the bench's process
// delays a send or the reading of a response. Requests are sent at their due times by a
// scheduler finer than timers (which fire on whole milliseconds): it sleeps on a timer while
// the next request is far, blocks the thread for the last fraction of a millisecond when no
// response can arrive meanwhile (nothing in flight), and otherwise spins through the event
// loop, reading responses as they land. Posts the run's PacedResult when every request is
// answered or the deadline passes.
import { workerData } from "node:worker_threads";
import { ConnectionPool } from "./connection-pool";
import { requestBytes } from "./request-bytes";
import { PacedRun } from "./run";

export type WorkerOptions = {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  // Request i carries headerSets[i % headerSets.length].
  headerSets: Record<string, string>[];
};

// A response not read within this long after the last due time counts as an error.
const DEADLINE_AFTER_LAST_MS = 10_000;
// Atomics.wait oversleeps by tens of microseconds; the rest is spun.
const WAKE_EARLY_MS = 0.06;

const options = workerData as WorkerOptions;
const target = new URL(options.url);
const requests = requestBytes(target, options.headerSets);
const total = Math.round(options.rate * options.seconds);
const run = new PacedRun({ rate: options.rate, total, start: performance.now() + 200 });
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const finish = () => pool.finish(() => run.result());

const pool = new ConnectionPool(
  target,
  options.connections,
  (index) => requests[index % requests.length] ?? Buffer.alloc(0),
  {
    ready: (c) => run.ready(c, performance.now()),
    answered: (c, index, status) => {
      const now = performance.now();
      run.complete(index, now, status);
      if (run.done) return finish();
      run.ready(c, now);
    },
    failed: (c, index) => {
      run.drop(c);
      if (index >= 0) run.lost(index, performance.now());
      if (run.done) finish();
    },
  },
);

function schedule() {
  run.tick(performance.now());
  // Once every request is due, the connections send the rest as they free up.
  const next = run.nextDueAt();
  if (next === Infinity) return;
  const wait = next - performance.now();
  if (wait > 2) setTimeout(schedule, wait - 1.5);
  else if (wait > WAKE_EARLY_MS && run.inFlight === 0) {
    Atomics.wait(sleeper, 0, 0, wait - WAKE_EARLY_MS);
    setImmediate(schedule);
  } else setImmediate(schedule);
}

setImmediate(schedule);
setTimeout(
  () => {
    run.abandon(performance.now());
    finish();
  },
  200 + options.seconds * 1_000 + DEADLINE_AFTER_LAST_MS,
).unref();
