import { describe, expect, it } from "vitest";
import { delayAfterFailures, FREE_FAILURES, MAX_DELAY_MS } from "./login-throttle.policy";

describe("delayAfterFailures", () => {
  it("lets the first failures for an email through without delay", () => {
    for (let n = 0; n < FREE_FAILURES.email; n++) expect(delayAfterFailures(n, "email")).toBe(0);
  });

  it("doubles the delay with each further failure", () => {
    const first = delayAfterFailures(FREE_FAILURES.email, "email");
    expect(first).toBeGreaterThan(0);
    expect(delayAfterFailures(FREE_FAILURES.email + 1, "email")).toBe(first * 2);
    expect(delayAfterFailures(FREE_FAILURES.email + 2, "email")).toBe(first * 4);
  });

  it("allows a shared client address more failures than one email", () => {
    expect(delayAfterFailures(FREE_FAILURES.email, "ip")).toBe(0);
    expect(delayAfterFailures(FREE_FAILURES.ip, "ip")).toBeGreaterThan(0);
  });

  it("never waits longer than the cap", () => {
    expect(delayAfterFailures(100, "email")).toBe(MAX_DELAY_MS);
  });
});
