import { describe, expect, it } from "vitest";
import type { ScheduledJob } from "./job";
import { inProcessLock } from "./job-lock";
import { startScheduler } from "./scheduler";

describe("the scheduler", () => {
  it("runs each job again after a failure, and stop() waits for the run under way", async () => {
    const logged: string[] = [];
    let runs = 0;
    let stopSeen = false;
    let third!: () => void;
    const reachedThird = new Promise<void>((resolve) => (third = resolve));
    const job: ScheduledJob = {
      name: "flaky",
      intervalMs: 1,
      run: async (signal) => {
        runs++;
        if (runs === 1) throw new Error("database unavailable\n    at stack line");
        if (runs === 3) {
          third();
          await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve()));
          stopSeen = signal.aborted;
        }
      },
    };
    const scheduler = startScheduler([job], { lock: inProcessLock(), log: (line) => logged.push(line) });
    await reachedThird;
    await scheduler.stop();
    expect(stopSeen).toBe(true);
    expect(runs).toBe(3);
    expect(logged).toEqual(["keyward: scheduled job flaky failed: database unavailable"]);
  });

  it("never overlaps two runs of one job in a process", async () => {
    const lock = inProcessLock();
    let release!: () => void;
    const first = lock.tryRun("job", () => new Promise<void>((resolve) => (release = resolve)));
    expect(await lock.tryRun("job", async () => {})).toBe(false);
    expect(await lock.tryRun("another job", async () => {})).toBe(true);
    release();
    expect(await first).toBe(true);
    expect(await lock.tryRun("job", async () => {})).toBe(true);
  });
});
