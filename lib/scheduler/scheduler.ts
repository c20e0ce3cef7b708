import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { config } from "@/lib/config/env";
import { databaseProvider } from "@/lib/config/database-url";
import type { ScheduledJob } from "./job";
import { inProcessLock, postgresAdvisoryLock, type JobLock } from "./job-lock";

export type Scheduler = { stop: () => Promise<void> };

export type SchedulerOptions = {
  lock?: JobLock;
  log?: (message: string) => void;
};

// The lock that fits the configured database: an advisory lock on PostgreSQL, where
// instances share the database, an in-process one on SQLite, which serves one instance.
export function defaultJobLock(): JobLock {
  const url = config().databaseUrl;
  return databaseProvider(url) === "postgresql" ? postgresAdvisoryLock(url) : inProcessLock();
}

// Runs each job in a loop in this process: take the job's lock (skip the turn when another
// instance holds it), run, wait intervalMs, again. A failed run is logged in one line (no
// stack, no data) and retried next turn. stop() aborts the signal the runs were given,
// waits for them to return, and releases the locks.
export function startScheduler(jobs: readonly ScheduledJob[], options: SchedulerOptions = {}): Scheduler {
  const lock = options.lock ?? defaultJobLock();
  const log = options.log ?? ((message: string) => console.error(message));
  const controller = new AbortController();
  const { signal } = controller;

  const loop = async (job: ScheduledJob) => {
    while (!signal.aborted) {
      try {
        await lock.tryRun(job.name, () => job.run(signal));
      } catch (error) {
        if (!signal.aborted) {
          log(
            `keyward: scheduled job ${job.name} failed: ${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}`,
          );
        }
      }
      await sleep(job.intervalMs, undefined, { signal }).catch(() => {});
    }
  };
  const loops = jobs.map(loop);

  return {
    async stop() {
      controller.abort();
      await Promise.all(loops);
      await lock.close();
    },
  };
}
