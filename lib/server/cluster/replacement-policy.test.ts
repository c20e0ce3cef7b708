import { describe, expect, it } from "vitest";
import { ReplacementPolicy, STEADY_MS, startingRoles } from "./replacement-policy";

const DAY_MS = 24 * 60 * 60_000;

// One worker after another in a single slot, each forked when the policy said and dying
// `lifetimesMs[i]` after its fork: the waits the policy asked for, in seconds.
function waitsInSeconds(lifetimesMs: number[]): number[] {
  let now = 0;
  const policy = new ReplacementPolicy<number>(() => now);
  policy.forked(0, true);
  return lifetimesMs.map((lifetime, index) => {
    now += lifetime;
    const { delayMs } = policy.exited(index);
    now += delayMs;
    policy.forked(index + 1, true);
    return delayMs / 1000;
  });
}

describe("the wait before a dead worker is replaced", () => {
  it("doubles from 1 s for each exit in a row and stays at the 30 s cap", () => {
    expect(waitsInSeconds(Array<number>(9).fill(2_000))).toEqual([1, 2, 4, 8, 16, 30, 30, 30, 30]);
  });

  it("starts again at 1 s when the worker that died had served for a minute", () => {
    const crashLoop = Array<number>(6).fill(2_000);
    expect(waitsInSeconds([...crashLoop, STEADY_MS, 2_000])).toEqual([1, 2, 4, 8, 16, 30, 1, 2]);
  });

  it("counts the worker's own service, not the time since the last exit, wait included", () => {
    // 30 s of waiting and 40 s of service make 70 s between exits, yet no worker served a minute.
    const crashLoop = Array<number>(6).fill(2_000);
    expect(waitsInSeconds([...crashLoop, 40_000, 40_000])).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });

  it("waits 1 s each time for a worker that dies once a day", () => {
    expect(waitsInSeconds([DAY_MS, DAY_MS, DAY_MS])).toEqual([1, 1, 1]);
  });
});

describe("the worker that runs the background jobs", () => {
  it("is exactly one of the workers forked at start", () => {
    expect(startingRoles(1)).toEqual([true]);
    expect(startingRoles(3)).toEqual([true, false, false]);
  });

  it("hands the jobs to the replacement of the worker that ran them, and to no other", () => {
    const policy = new ReplacementPolicy<string>(() => 0);
    policy.forked("jobs", true);
    policy.forked("web", false);
    expect(policy.exited("web").runsJobs).toBe(false);
    expect(policy.exited("jobs").runsJobs).toBe(true);
    // The same death heard twice does not make a second jobs worker.
    expect(policy.exited("jobs").runsJobs).toBe(false);
    policy.forked("jobs replacement", true);
    policy.forked("web replacement", false);
    expect(policy.exited("web replacement").runsJobs).toBe(false);
    expect(policy.exited("jobs replacement").runsJobs).toBe(true);
  });
});
