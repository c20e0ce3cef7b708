// The contract between the scheduler (lib/scheduler) and the work it runs: expiry notices,
// webhook deliveries, expiry events. Each job runs in the server process, at most one run of
// a given job at a time across every instance sharing the database.
export type ScheduledJob = {
  // Unique; names the job in logs and derives its cross-instance lock.
  name: string;
  // Time between the end of one run and the start of the next on the instance holding the lock.
  intervalMs: number;
  // Must be idempotent: a run interrupted by a crash or a stop is simply run again later.
  // The signal is aborted when the server begins to stop; finish or give up promptly.
  run: (signal: AbortSignal) => Promise<void>;
};
