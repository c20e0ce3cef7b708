import { describe, expect, it } from "vitest";
import { DAY_MS } from "./time";
import { isUnused } from "./unused";

const now = new Date(Date.UTC(2026, 11, 3, 12));
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

describe("isUnused", () => {
  it("flags a token last used 90 days ago or more", () => {
    expect(isUnused({ createdAt: daysAgo(400), lastUsedAt: daysAgo(90), revokedAt: null }, now)).toBe(true);
    expect(isUnused({ createdAt: daysAgo(400), lastUsedAt: daysAgo(89), revokedAt: null }, now)).toBe(false);
  });

  it("counts a never used token from its creation", () => {
    expect(isUnused({ createdAt: daysAgo(91), lastUsedAt: null, revokedAt: null }, now)).toBe(true);
    expect(isUnused({ createdAt: daysAgo(10), lastUsedAt: null, revokedAt: null }, now)).toBe(false);
  });

  it("never flags a revoked token", () => {
    expect(isUnused({ createdAt: daysAgo(400), lastUsedAt: null, revokedAt: daysAgo(200) }, now)).toBe(false);
  });
});
