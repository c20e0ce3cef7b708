// The closed-loop generator's thread: `connections` bare-socket HTTP/1.1 connections
// (../paced/connection.ts), each sending a request drawn at random from `headerSets` as
// soon as its last one is answered, for `seconds`. Posts the run's ClosedLoopResult.
import { workerData } from "node:worker_threads";
import { ConnectionPool } from "../paced/connection-pool";
import { requestBytes } from "../paced/request-bytes";
import { ClosedLoopRun } from "./run";

export type ClosedLoopOptions = {
  url: string;
  seconds: number;
  connections: number;
  headerSets: Record<string, string>[];
};

// Requests still unanswered this long after the end are given up on (counted as errors).
const GRACE_MS = 10_000;

const options = workerData as ClosedLoopOptions;
const target = new URL(options.url);
const requests = requestBytes(target, options.headerSets);
const start = performance.now();
const run = new ClosedLoopRun({ start, endsAt: start + options.seconds * 1_000 });
const finish = () => pool.finish(() => run.result());

const pool = new ConnectionPool(
  target,
  options.connections,
  () => requests[Math.floor(Math.random() * requests.length)] ?? Buffer.alloc(0),
  {
    ready: (c) => run.ready(c, performance.now()),
    answered: (c, index, status) => {
      const now = performance.now();
      run.complete(index, now, status);
      if (run.done(now)) return finish();
      run.ready(c, now);
    },
    failed: (_c, index) => {
      const now = performance.now();
      if (index >= 0) run.lost(now);
      if (run.done(now)) finish();
    },
  },
);

setTimeout(finish, options.seconds * 1_000 + GRACE_MS);
// With every connection lost at the end, no answer is left to notice it: check then.
setTimeout(
  () => {
    if (run.done(performance.now())) finish();
  },
  options.seconds * 1_000 + 1,
);
