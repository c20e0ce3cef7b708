import { describe, expect, it } from "vitest";
import { readVerificationSettings, verificationSettingsSchema } from "./verification-settings";

const read = (env: Record<string, string | undefined>) =>
  readVerificationSettings.output(verificationSettingsSchema.parse(readVerificationSettings.input(env)));

describe("verification settings", () => {
  it("defaults bound cross-instance staleness to one second, write last-used and usage every 30 s, and count usage", () => {
    expect(read({})).toEqual({
      stalenessMs: 500,
      cacheTtlMs: 60_000,
      cacheMaxEntries: 200_000,
      lastUsedFlushMs: 30_000,
      usageCounting: true,
      failureLimit: 20,
      failureWindowMs: 60_000,
      ipv6Prefix: 64,
      redisUrl: undefined,
    });
  });

  it("reads every variable, treating empty as unset", () => {
    expect(
      read({
        KEYWARD_VERIFY_STALENESS_MS: "200",
        KEYWARD_LAST_USED_FLUSH_SECONDS: "5",
        KEYWARD_USAGE_COUNTING: "false",
        KEYWARD_VERIFY_FAILURE_LIMIT: "",
        KEYWARD_VERIFY_IPV6_PREFIX: "56",
        REDIS_URL: "redis://127.0.0.1:6379/2",
      }),
    ).toMatchObject({
      stalenessMs: 200,
      lastUsedFlushMs: 5_000,
      usageCounting: false,
      failureLimit: 20,
      ipv6Prefix: 56,
      redisUrl: "redis://127.0.0.1:6379/2",
    });
  });

  it.each([
    ["KEYWARD_VERIFY_STALENESS_MS", "0"],
    ["KEYWARD_VERIFY_FAILURE_LIMIT", "-1"],
    ["KEYWARD_LAST_USED_FLUSH_SECONDS", "soon"],
    ["KEYWARD_USAGE_COUNTING", "maybe"],
    ["KEYWARD_VERIFY_CACHE_TTL_SECONDS", "1.5"],
    ["KEYWARD_VERIFY_IPV6_PREFIX", "0"],
    ["KEYWARD_VERIFY_IPV6_PREFIX", "8"],
    ["KEYWARD_VERIFY_IPV6_PREFIX", "129"],
    ["KEYWARD_VERIFY_IPV6_PREFIX", "64.5"],
    ["REDIS_URL", "http://127.0.0.1:6379"],
    ["REDIS_URL", "not a url"],
  ])("refuses %s=%s", (name, value) => {
    expect(() => read({ [name]: value })).toThrow();
  });
});
