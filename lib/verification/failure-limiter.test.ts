import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./failure-limiter";

describe("FailureLimiter", () => {
  it("limits an address after `limit` failures until its window ends", () => {
    const limiter = new FailureLimiter({ limit: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds("a", 1_000)).toBe(0);
      limiter.recordFailure("a", 1_000);
    }
    expect(limiter.retryAfterSeconds("a", 1_000)).toBe(60);
    expect(limiter.retryAfterSeconds("a", 30_500)).toBe(31);
    expect(limiter.retryAfterSeconds("b", 30_500)).toBe(0);
    expect(limiter.retryAfterSeconds("a", 61_000)).toBe(0);
  });

  it("starts a new window after the old one ended", () => {
    const limiter = new FailureLimiter({ limit: 2, windowMs: 1_000 });
    limiter.recordFailure("a", 0);
    limiter.recordFailure("a", 1_500);
    expect(limiter.retryAfterSeconds("a", 1_600)).toBe(0);
  });

  it("keeps memory bounded under a flood from many addresses", () => {
    const limiter = new FailureLimiter({ limit: 1, windowMs: 60_000, maxAddresses: 100 });
    for (let i = 0; i < 1_000; i++) limiter.recordFailure(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(limiter.retryAfterSeconds("10.0.3.231", 0)).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds("10.0.0.0", 0)).toBe(0);
  });
});
