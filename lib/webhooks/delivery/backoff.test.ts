import { describe, expect, it } from "vitest";
import { nextAttemptAt, retryDelayMs, RETRY_WINDOW_MS } from "./backoff";

const middle = () => 0.5;

describe("retry backoff", () => {
  it("doubles from 30 seconds and stops growing at one hour", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, middle))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000,
    ]);
    expect(retryDelayMs(20, middle)).toBe(3_600_000);
  });

  it("spreads retries by ±20 %", () => {
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 1)).toBe(36_000);
  });

  it("makes the last attempt at the end of the 24-hour window, then gives up", () => {
    const created = new Date("2026-01-01T00:00:00Z");
    const late = new Date(created.getTime() + RETRY_WINDOW_MS - 60_000);
    expect(nextAttemptAt(created, 12, late, middle)).toEqual(new Date(created.getTime() + RETRY_WINDOW_MS));
    expect(nextAttemptAt(created, 13, new Date(created.getTime() + RETRY_WINDOW_MS), middle)).toBeNull();
  });
});
