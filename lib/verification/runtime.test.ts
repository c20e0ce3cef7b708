import { describe, expect, it } from "vitest";
import { verificationRuntime, type VerificationRuntime } from "./runtime";

describe("verificationRuntime", () => {
  it("finds the process's runtime in the global slot once, not at every verification", () => {
    const runtime = { hashKey: "key" } as VerificationRuntime;
    let reads = 0;
    Object.defineProperty(globalThis, Symbol.for("keyward.verification.runtime"), {
      configurable: true,
      get: () => {
        reads += 1;
        return { runtime };
      },
    });
    try {
      const found = [verificationRuntime(), verificationRuntime(), verificationRuntime()];
      expect(found).toEqual([runtime, runtime, runtime]);
      expect(reads).toBeLessThanOrEqual(2);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("keyward.verification.runtime")];
    }
  });
});
