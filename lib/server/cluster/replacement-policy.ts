// When the primary replaces a worker that died, and in which role. Kept apart from the
// forking so that it can be tested with a clock and plain values standing for workers.

// A replacement waits FIRST_BACKOFF_MS, doubled for each exit in a row, up to the cap;
// a worker that served for STEADY_MS since its fork resets the count. The time since the
// previous exit would count the wait as service, and free a crash loop from the cap.
export const FIRST_BACKOFF_MS = 1_000;
export const MAX_BACKOFF_MS = 30_000;
export const STEADY_MS = 60_000;

export type Replacement = { delayMs: number; runsJobs: boolean };

// The roles of the workers forked at start: exactly one runs the background jobs.
export function startingRoles(processes: number): boolean[] {
  return Array.from({ length: processes }, (_, index) => index === 0);
}

export class ReplacementPolicy<Worker> {
  private readonly workers = new Map<Worker, { forkedAt: number; runsJobs: boolean }>();
  private exitsInARow = 0;

  constructor(private readonly now: () => number = Date.now) {}

  forked(worker: Worker, runsJobs: boolean): void {
    this.workers.set(worker, { forkedAt: this.now(), runsJobs });
  }

  // An unexpected exit: how long to wait before forking the replacement, and whether the
  // replacement takes over the background jobs (it does when the dead worker ran them).
  exited(worker: Worker): Replacement {
    const dead = this.workers.get(worker);
    this.workers.delete(worker);
    if (dead && this.now() - dead.forkedAt >= STEADY_MS) this.exitsInARow = 0;
    const delayMs = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** this.exitsInARow);
    this.exitsInARow += 1;
    return { delayMs, runsJobs: dead?.runsJobs ?? false };
  }
}
