import { describe, expect, it } from "vitest";
import { probeWithNatives, projectModule } from "@/tests/support/v8-natives";

describe("failure counts kept in Redis", () => {
  // ioredis's VerbatimString extends String: loading it slows every string method of the
  // process until the prototype is put back (lib/server/fast-prototypes.ts).
  it("load ioredis only then, and leave String.prototype in V8's fast layout", async () => {
    const seen = await probeWithNatives(`
      const { createRequire } = await import("node:module");
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes("/node_modules/ioredis/"));
      const { createFailureLimiter } = await import(${JSON.stringify(projectModule("lib/verification/failure-store.ts"))});
      const settings = { limit: 20, windowMs: 60_000, ipv6Prefix: 64 };
      const imported = { loaded: loaded(), fast: natives("HasFastProperties", String.prototype) };
      // Loopback only; the limiter is closed before it is used.
      const limiter = createFailureLimiter(settings, { kind: "redis", url: "redis://127.0.0.1:6379", keyPrefix: "probe" });
      const redis = { loaded: loaded(), fast: natives("HasFastProperties", String.prototype) };
      await limiter.close();
      console.log(JSON.stringify({ imported, redis }));
    `);
    expect(seen).toEqual({ imported: { loaded: false, fast: true }, redis: { loaded: true, fast: true } });
  });
});
