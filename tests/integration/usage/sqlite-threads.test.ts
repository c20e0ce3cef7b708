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
import { usageWriter, type UsageWriter } from "@/lib/usage/usage-writer";
import { createTestAccount } from "../support/fixtures";
import { tokenWithExpiredUsage } from "../support/usage";
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

// Starts the writer's work, then blocks this thread until another connection sees it done
// (`done`, a query of one row and column, bound to tokenId): on the server's own connection
// the work could not even start while this thread is held.
async function expectDoneWhileBlocked(
  work: (writer: UsageWriter) => Promise<void>,
  done: string,
  tokenId: string,
): Promise<void> {
  const observer = new Database(file(), { readonly: true });
  const writer = usageWriter(config().databaseUrl);
  try {
    const working = work(writer);
    expect(blockUntil(() => Object.values(observer.prepare(done).get(tokenId) as object)[0] === 1)).toBe(
      true,
    );
    await working;
  } finally {
    observer.close();
    await writer.close();
  }
}

describe.runIf(sqlite)("the SQLite threads (usage writes, verification reads)", () => {
  it("writes while the server's thread is busy", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    // A last use needs no read first (a count does: which tokens still exist, also on the
    // thread), so the write is handed over before the first await.
    await expectDoneWhileBlocked(
      (writer) =>
        writer.write({
          lastUses: [{ tokenId, at: new Date(), ip: "203.0.113.7" }],
          counts: [],
          addresses: [],
        }),
      `SELECT "lastUsedIp" = '203.0.113.7' AS "done" FROM "ApiToken" WHERE "id" = ?`,
      tokenId,
    );
  });

  // The hourly retention purge rides on the flush cycle, on the same thread: on the server's
  // thread its two DELETEs held verification for about 6 ms, and over 30 ms the first time.
  it("purges old usage while the server's thread is busy", async () => {
    const now = new Date();
    const tokenId = await tokenWithExpiredUsage(now);
    await expectDoneWhileBlocked(
      (writer) => writer.purge(now),
      `SELECT COUNT(*) = 0 AS "done" FROM "TokenUsageHour" WHERE "tokenId" = ?`,
      tokenId,
    );
  });

  it("counts the rows a transaction changed", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const thread = sqliteThread(file(), { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, cacheKib: 1_000 });
    try {
      const setIp = Prisma.sql`UPDATE "ApiToken" SET "lastUsedIp" = '203.0.113.9' WHERE "id" = ${tokenId}`;
      const none = Prisma.sql`UPDATE "ApiToken" SET "lastUsedIp" = NULL WHERE "id" = 'no such token'`;
      expect(await thread.run([setIp, none, setIp])).toBe(2);
    } finally {
      await thread.close();
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
