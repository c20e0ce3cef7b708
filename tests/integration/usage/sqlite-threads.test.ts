import { readdirSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseProvider, sqliteFilePath } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/adapter";
import { readsOffTheEventLoop } from "@/lib/db/read-rows";
import { BACKGROUND_NICE, sqliteThread } from "@/lib/db/sqlite-thread";
import { usageWriter } from "@/lib/usage/usage-writer";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";

// On SQLite the usage flush runs on a thread of its own, so that its synchronous writes
// never hold the server's event loop, where every verification is answered.
const sqlite = databaseProvider(config().databaseUrl) === "sqlite";
const file = () => sqliteFilePath(config().databaseUrl);

// Blocks this thread, as a long synchronous task would, until `seen` holds or 15 s pass
// (the thread starts on the first write, which takes a few seconds on a loaded machine).
function blockUntil(seen: () => boolean): boolean {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (seen()) return true;
    Atomics.wait(pause, 0, 0, 10);
  }
  return false;
}

describe.runIf(sqlite)("the SQLite threads (usage writes, verification reads)", () => {
  it("writes while the server's thread is busy", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const observer = new Database(file(), { readonly: true });
    const lastUsedIp = () =>
      (
        observer.prepare(`SELECT "lastUsedIp" FROM "ApiToken" WHERE "id" = ?`).get(tokenId) as {
          lastUsedIp: string | null;
        }
      ).lastUsedIp;
    const writer = usageWriter(config().databaseUrl);
    try {
      // A last use needs no read first (a count does: which tokens still exist, also on the
      // thread), so the write is handed over before the first await.
      const writing = writer.write({
        lastUses: [{ tokenId, at: new Date(), ip: "203.0.113.7" }],
        counts: [],
        addresses: [],
      });
      // On the server's own connection the write could not even start while this runs.
      expect(blockUntil(() => lastUsedIp() === "203.0.113.7")).toBe(true);
      await writing;
    } finally {
      observer.close();
      await writer.close();
    }
  });

  it("commits a part whole or not at all, and keeps serving after a failure", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const thread = sqliteThread(file(), { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, cacheKib: 1_000 });
    const setIp = (ip: string) =>
      Prisma.sql`UPDATE "ApiToken" SET "lastUsedIp" = ${ip} WHERE "id" = ${tokenId}`;
    const ipNow = async () => (await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedIp;
    try {
      await expect(
        thread.run([setIp("203.0.113.1"), Prisma.sql`INSERT INTO "NoSuchTable" VALUES (1)`]),
      ).rejects.toThrow(/NoSuchTable/);
      expect(await ipNow()).toBeNull();
      await thread.run([setIp("203.0.113.2")]);
      expect(await ipNow()).toBe("203.0.113.2");
    } finally {
      await thread.close();
    }
  });

  // Cache misses and the known-id index are read the same way (lib/verification/runtime.ts).
  it("reads while the server's thread is busy", async () => {
    const reads = readsOffTheEventLoop(config().databaseUrl, 1_024);
    try {
      // The time at which SQLite ran the query, in milliseconds since the epoch.
      const ranAt = () =>
        reads.read<{ at: number }>(Prisma.sql`SELECT (julianday('now') - 2440587.5) * 86400000.0 AS "at"`);
      await ranAt(); // the thread is started
      const before = Date.now();
      const reading = ranAt();
      blockUntil(() => Date.now() - before >= 300);
      const [row] = await reading;
      // Through the server's own connection the query would only run once this thread is free.
      expect(row?.at).toBeLessThan(before + 250);
    } finally {
      await reads.close();
    }
  });

  // Linux gives each thread its own nice value (/proc/self/task/<id>/stat, field 19).
  it.runIf(process.platform === "linux")("runs behind the server's thread, at a lower priority", async () => {
    const niceOf = (task: string) =>
      Number(readFileSync(`/proc/self/task/${task}/stat`, "utf8").split(") ")[1]?.split(" ")[16]);
    const tasks = () => readdirSync("/proc/self/task");
    const before = new Set(tasks());
    const serverNice = niceOf(String(process.pid));
    const reads = readsOffTheEventLoop(config().databaseUrl, 1_024);
    try {
      await reads.read(Prisma.sql`SELECT 1 AS "one"`);
      const started = tasks().filter((task) => !before.has(task));
      expect(started.map(niceOf)).toContain(BACKGROUND_NICE);
      expect(niceOf(String(process.pid))).toBe(serverNice);
    } finally {
      await reads.close();
    }
  });
});
