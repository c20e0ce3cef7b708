import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { createVerificationRuntime } from "@/lib/verification/runtime";
import { TEST_SETTINGS } from "../support/verification-server";

// Everything the verification runtime reads on its own schedule goes through the reads that
// keep off the event loop (on SQLite, a thread with its own connection): through the
// server's connection, the change watch's poll held every verification for about 2 ms,
// twice a second.
describe("the verification runtime's own reads", () => {
  it("include the change watch's poll", async () => {
    const queries: string[] = [];
    const runtime = createVerificationRuntime({
      hashKey: "runtime-reads-test-key",
      settings: TEST_SETTINGS,
      limiterStore: { kind: "memory" },
      writeUsage: async () => undefined,
      reads: {
        read: async <T>(query: Prisma.Sql) => {
          queries.push(query.sql);
          return [{ max: 41, count: 0 }] as T[];
        },
        close: async () => undefined,
      },
    });
    try {
      await runtime.watch.check();
      expect(queries.length).toBeGreaterThan(0);
      expect(queries.every((sql) => sql.includes('FROM "AuditEvent"'))).toBe(true);
      expect(runtime.cache.isConfirmed(Date.now())).toBe(true);
    } finally {
      await runtime.usage.stop();
      await runtime.limiter.close();
      await runtime.closeReads();
    }
  });
});
