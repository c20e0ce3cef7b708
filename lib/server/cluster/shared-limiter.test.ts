import { RateLimiterRes } from "rate-limiter-flexible";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BoundedMemoryLimiter, FailureLimiter } from "@/lib/verification/failure-limiter";
import { channelPair } from "./fake-channel";
import { answerLimits, consumeThroughPrimary } from "./shared-limiter";

afterEach(() => {
  vi.useRealTimers();
});

function sharedCounts(limit: number, maxKeys = 100) {
  return new BoundedMemoryLimiter({ points: limit, durationSeconds: 60, maxKeys });
}

describe("the failure limiter shared through the primary", () => {
  it("counts the failures of every worker together: the limit+1th is refused whichever worker", async () => {
    const memory = sharedCounts(3);
    const links = [channelPair(), channelPair()];
    for (const link of links) answerLimits(link.primary, memory.consume);
    const [first, second] = links.map(
      (link) => new FailureLimiter({ consume: consumeThroughPrimary(link.worker, 1_000), ipv6Prefix: 56 }),
    );
    if (!first || !second) throw new Error("two workers");
    const waits: number[] = [];
    for (const limiter of [first, second, first, second]) waits.push(await limiter.charge("198.51.100.7"));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThanOrEqual(1);
    // Another group is counted apart.
    expect(await first.charge("203.0.113.9")).toBe(0);
  });

  it("rejects with a RateLimiterRes carrying the wait, as the other stores do", async () => {
    const memory = sharedCounts(1);
    const link = channelPair();
    answerLimits(link.primary, memory.consume);
    const consume = consumeThroughPrimary(link.worker, 1_000);
    await consume("group");
    const outcome = await consume("group").catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(RateLimiterRes);
    expect((outcome as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
  });

  it("sends the charges of a few milliseconds in one message, and answers each of them in order", async () => {
    const memory = sharedCounts(2);
    const link = channelPair();
    answerLimits(link.primary, memory.consume);
    const consume = consumeThroughPrimary(link.worker, 1_000);
    const settled = await Promise.allSettled([
      consume("group"),
      consume("group"),
      consume("group"),
      consume("other"),
    ]);
    expect(settled.map((one) => one.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect((settled[2] as PromiseRejectedResult).reason).toBeInstanceOf(RateLimiterRes);
    const asked = link.sent.filter((message) => message.keyward === "limit");
    expect(asked).toEqual([{ keyward: "limit", id: 0, keys: ["group", "group", "group", "other"] }]);
    expect(link.sent.filter((message) => message.keyward === "limited")).toHaveLength(1);
    // A later charge is a message of its own, counted on top.
    await expect(consume("group")).rejects.toBeInstanceOf(RateLimiterRes);
    expect(link.sent.filter((message) => message.keyward === "limit")).toHaveLength(2);
  });

  it("keeps the primary's bound on the number of groups", async () => {
    const memory = sharedCounts(5, 2);
    const link = channelPair();
    answerLimits(link.primary, memory.consume);
    const consume = consumeThroughPrimary(link.worker, 1_000);
    for (const key of ["a", "b", "c", "d"]) await consume(key);
    expect(memory.size).toBe(2);
  });

  it("fails open when the primary does not answer in time: the failure stays a 401", async () => {
    vi.useFakeTimers();
    const link = channelPair();
    link.cut();
    const logged: string[] = [];
    const limiter = new FailureLimiter({
      consume: consumeThroughPrimary(link.worker, 1_000),
      ipv6Prefix: 56,
      log: (message) => logged.push(message),
    });
    const charged = [limiter.charge("198.51.100.7"), limiter.charge("203.0.113.9")];
    await vi.advanceTimersByTimeAsync(1_010);
    expect(await Promise.all(charged)).toEqual([0, 0]);
    expect(logged.join("\n")).toMatch(/did not answer within 1000 ms/);
  });

  it("treats a failing store in the primary as unavailable, not as a refusal", async () => {
    const link = channelPair();
    answerLimits(link.primary, () => Promise.reject(new Error("broken")));
    await expect(consumeThroughPrimary(link.worker, 1_000)("group")).resolves.toBeUndefined();
  });
});
