import { describe, expect, it } from "vitest";
import { delayAfterAttempts, delaySteps, THROTTLE_RULES } from "./login-throttle.policy";

const { pair, ip, email } = THROTTLE_RULES;

describe("delayAfterAttempts", () => {
  it("lets the first attempts through without delay", () => {
    for (let n = 1; n < pair.free; n++) expect(delayAfterAttempts(n, pair)).toBe(0);
  });

  it("doubles the delay with each further attempt", () => {
    const first = delayAfterAttempts(pair.free, pair);
    expect(first).toBe(pair.baseDelayMs);
    expect(delayAfterAttempts(pair.free + 1, pair)).toBe(first * 2);
    expect(delayAfterAttempts(pair.free + 2, pair)).toBe(first * 4);
  });

  it("allows a shared client address more attempts than one email from it", () => {
    expect(delayAfterAttempts(pair.free, ip)).toBe(0);
    expect(delayAfterAttempts(ip.free, ip)).toBeGreaterThan(0);
  });

  it("never waits longer than the cap, and the per-email cap stays short", () => {
    expect(delayAfterAttempts(1_000, pair)).toBe(pair.maxDelayMs);
    expect(delayAfterAttempts(1_000_000, email)).toBe(30_000);
  });
});

describe("delaySteps", () => {
  it("lists every delay below the cap, matching delayAfterAttempts", () => {
    for (const rule of [pair, ip, email]) {
      const steps = delaySteps(rule);
      expect(steps[0]).toEqual({ attempts: rule.free, delayMs: rule.baseDelayMs });
      for (const step of steps) expect(delayAfterAttempts(step.attempts, rule)).toBe(step.delayMs);
      const after = (steps.at(-1)?.attempts ?? rule.free) + 1;
      expect(delayAfterAttempts(after, rule)).toBe(rule.maxDelayMs);
    }
  });
});
