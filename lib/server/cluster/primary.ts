import cluster, { type Worker } from "node:cluster";
import type { Consume } from "@/lib/verification/failure-limiter";
import type { Channel } from "./channel";
import { ReplacementPolicy, startingRoles } from "./replacement-policy";
import { answerLimits } from "./shared-limiter";
import { forwardChanges } from "./sibling-changes";

export type PrimaryOptions = {
  processes: number;
  // The failure counts the workers share, or undefined when they share a store already.
  limits?: Consume;
  log?: (message: string) => void;
};

// The environment that tells a worker it is one (lib/server/cluster/channel.ts) and whether
// it runs the background jobs: exactly one worker does, and its replacement takes the role.
export const WORKER_ENV = "KEYWARD_CLUSTER_WORKER";
export const JOBS_ENV = "KEYWARD_RUNS_JOBS";

const asChannel = (worker: Worker): Channel => ({
  send: (message) => worker.isConnected() && worker.send(message),
  on: (event, listener) => worker.on(event, listener),
  off: (event, listener) => worker.off(event, listener),
});

// The primary of `npm start` with several processes: forks the workers, which share the
// port (round-robin), relays commits and failure charges between them, replaces a worker
// that dies, and on SIGTERM or SIGINT drains them all, then exits 0 (1 if one failed to
// write what it held). It serves nothing itself. Resolves once every worker listens; rejects
// if one exits before, after stopping the others.
export function runPrimary(options: PrimaryOptions): Promise<void> {
  const log = options.log ?? ((message: string) => console.log(message));
  const channels = new Map<Worker, Channel>();
  const replacements = new ReplacementPolicy<Worker>();
  let started = false;
  let draining = false;

  const fork = (runsJobs: boolean) => {
    const worker = cluster.fork({ [WORKER_ENV]: "1", [JOBS_ENV]: runsJobs ? "1" : "0" });
    const channel = asChannel(worker);
    channels.set(worker, channel);
    replacements.forked(worker, runsJobs);
    forwardChanges(channel, () => channels.values());
    if (options.limits) answerLimits(channel, options.limits);
    return worker;
  };

  return new Promise<void>((resolve, reject) => {
    let listening = 0;
    cluster.on("listening", () => {
      listening += 1;
      if (!started && listening === options.processes) {
        started = true;
        resolve();
      }
    });
    cluster.on("exit", (worker, code, signal) => {
      channels.delete(worker);
      if (draining) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!started) {
        draining = true;
        for (const other of channels.keys()) other.process.kill("SIGKILL");
        reject(new Error(`a worker process exited with ${how} before serving`));
        return;
      }
      const { delayMs, runsJobs } = replacements.exited(worker);
      log(`keyward: worker ${worker.process.pid} exited with ${how}; replacing it in ${delayMs / 1000} s`);
      setTimeout(() => {
        if (!draining) fork(runsJobs);
      }, delayMs).unref();
    });
    for (const runsJobs of startingRoles(options.processes)) fork(runsJobs);

    const stop = (signal: NodeJS.Signals) => {
      if (draining) {
        for (const worker of channels.keys()) worker.process.kill("SIGKILL");
        process.exit(1);
      }
      draining = true;
      log(`keyward: ${signal}: draining ${channels.size} worker processes`);
      let failed = false;
      let left = channels.size;
      if (left === 0) process.exit(0);
      for (const [worker, channel] of channels) {
        worker.once("exit", (code) => {
          if (code !== 0) failed = true;
          left -= 1;
          if (left > 0) return;
          log("keyward: stopped");
          process.exit(failed ? 1 : 0);
        });
        channel.send({ keyward: "drain" });
      }
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}
