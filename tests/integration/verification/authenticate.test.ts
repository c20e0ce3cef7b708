import { describe, expect, it, vi } from "vitest";
import { formatToken, generatePublicId, generateSecret } from "@/lib/tokens/format";
import { authenticate } from "@/lib/verification/authenticate";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";
import { check, serverForEachTest } from "../support/verification-server";

// The hot path: a token whose record is cached, or one that cannot be a token, is decided at
// once, with no promise for the request to await (each costs allocations, and the garbage
// collector's pauses are what a gateway feels at the tail).
const server = serverForEachTest();

describe("authenticate", () => {
  it("decides a cached token at once, and a token it must load through a promise", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    const { runtime } = server();
    const present = () => authenticate(runtime, secret, [], "203.0.113.5", new Date());
    const first = present();
    expect(first).toBeInstanceOf(Promise);
    expect((await first).decision.ok).toBe(true);
    const second = present();
    expect(second).not.toBeInstanceOf(Promise);
    expect(second).toMatchObject({ decision: { ok: true } });
    expect(server().loads).toHaveLength(1);
  });

  it("decides a missing or malformed token at once, without a lookup", () => {
    const { runtime } = server();
    expect(authenticate(runtime, null, [], "203.0.113.5", new Date())).toEqual({
      decision: { ok: false, reason: "missing" },
      record: null,
    });
    expect(authenticate(runtime, "kw_not-a-token", [], "203.0.113.5", new Date())).toEqual({
      decision: { ok: false, reason: "malformed" },
      record: null,
    });
    expect(server().loads).toEqual([]);
  });

  it("refuses a public id no token has at once while the known-id index is current", async () => {
    const { runtime } = server();
    const unknown = formatToken(generatePublicId(), generateSecret());
    const present = () => authenticate(runtime, unknown, [], "203.0.113.5", new Date());
    // The first miss waits for the index (or the change watch) to catch up.
    const first = present();
    expect(await first).toMatchObject({ decision: { ok: false, reason: "unknown" }, record: null });
    const second = present();
    expect(second).not.toBeInstanceOf(Promise);
    expect(second).toEqual({ decision: { ok: false, reason: "unknown" }, record: null });
    // A change empties the cache and makes the index stale: the next miss waits again.
    runtime.cache.invalidateAll();
    const afterChange = present();
    expect(afterChange).toBeInstanceOf(Promise);
    expect((await afterChange).decision).toEqual({ ok: false, reason: "unknown" });
    expect(server().loads).toEqual([]);
  });

  it("answers 503, not a crash or a verdict, when deciding at once throws", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    expect((await check(server(), secret)).status).toBe(204);
    vi.spyOn(server().runtime.cache, "lookup").mockImplementation(() => {
      throw new Error("cache broken (simulated)");
    });
    const refused = await check(server(), secret);
    expect(refused.status).toBe(503);
    expect(await refused.text()).not.toContain("simulated");
  });
});
