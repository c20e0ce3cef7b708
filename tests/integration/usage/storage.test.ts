import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "@/lib/config/env";
import { db, type DbClient } from "@/lib/db/client";
import { loadCardUsage } from "@/lib/usage/queries/card-usage";
import { UsageRecorder } from "@/lib/usage/recorder";
import { usageWriter } from "@/lib/usage/usage-writer";
import { DAY_MS, HOUR_MS, hourOf, retentionStartHour } from "@/lib/usage/time";
import { purgeExpiredUsage, throughClient, writeUsageBatch } from "@/lib/usage/write-usage";
import { createTestAccount } from "../support/fixtures";
import { tokenWithExpiredUsage } from "../support/usage";
import { issueToken } from "../support/tokens";
import { noteRound, PER_ROUND } from "./rounds";

// The storage under the recorder: upserts that add (two instances lose nothing), the 10
// latest addresses, the 90-day purge, and the cards' one-query trend.
const OTHER_INSTANCE = path.join(import.meta.dirname, "other-instance.ts");

// The writer the server uses: through the client on PostgreSQL, on its own thread on SQLite.
function productionRecorder() {
  const writer = usageWriter(config().databaseUrl);
  return new UsageRecorder(writer.write, { intervalMs: 60_000, counting: true, onStop: writer.close });
}

async function total(tokenIds: string[]): Promise<number> {
  const sum = await db().tokenUsageHour.aggregate({
    where: { tokenId: { in: tokenIds } },
    _sum: { count: true },
  });
  return sum._sum.count ?? 0;
}

describe("usage storage", () => {
  it("two instances flushing the same tokens and hours at the same time lose nothing", async () => {
    const { actors } = await createTestAccount();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await issueToken(actors.administrator)).tokenId);
    const rounds = 20;
    const other = spawn(
      process.execPath,
      ["--import", "./scripts/hooks/register.mjs", "--import", "tsx", OTHER_INSTANCE, String(rounds), ...ids],
      { env: process.env, stdio: ["ignore", "pipe", "inherit"] },
    );
    const exited = new Promise<number | null>((resolve) => other.on("exit", resolve));
    await new Promise<void>((resolve) => other.stdout.once("data", () => resolve()));
    const usage = productionRecorder();
    for (let round = 0; round < rounds; round++) {
      noteRound(usage, ids, new Date());
      await usage.flush();
    }
    await usage.stop();
    expect(await exited).toBe(0);
    const perRound = PER_ROUND.ok + PER_ROUND.expired;
    expect(await total(ids)).toBe(2 * rounds * ids.length * perRound);
    const rows = await db().tokenUsageHour.groupBy({
      by: ["outcome"],
      where: { tokenId: ids[0] },
      _sum: { count: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.outcome, r._sum.count]))).toEqual({
      ok: 2 * rounds * PER_ROUND.ok,
      expired: 2 * rounds * PER_ROUND.expired,
    });
  });

  it("never moves a token's last use back when another process flushes an older one later", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    // Two workers (or instances) each hold a use of the token; the one that saw it earlier
    // flushes last.
    const later = new Date(Date.now() - 60_000);
    const earlier = new Date(later.getTime() - 30_000);
    const batch = (at: Date, ip: string) => ({ lastUses: [{ tokenId, at, ip }], counts: [], addresses: [] });
    await writeUsageBatch(db(), batch(later, "203.0.113.20"));
    await writeUsageBatch(db(), batch(earlier, "203.0.113.10"));
    const token = await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(token).toMatchObject({ lastUsedAt: later, lastUsedIp: "203.0.113.20" });
  });

  it("writes the last uses of many tokens in a statement per chunk, not one per token", async () => {
    const { actors } = await createTestAccount();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await issueToken(actors.administrator)).tokenId);
    const statements: string[] = [];
    const counting = db().$extends({
      query: {
        async $executeRaw({ args, query }) {
          statements.push(args.strings.join("?"));
          return query(args);
        },
      },
    }) as unknown as DbClient;
    const at = new Date(Date.now() - 1_000);
    await writeUsageBatch(counting, {
      lastUses: ids.map((tokenId, i) => ({ tokenId, at, ip: `203.0.113.${i}` })),
      counts: [],
      addresses: [],
    });
    // A flush of 1,000 busy tokens made 1,000 UPDATEs, holding SQLite's synchronous
    // connection (and every verification) for half a second.
    expect(statements.filter((sql) => sql.includes('UPDATE "ApiToken"'))).toHaveLength(1);
    const rows = await db().apiToken.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => [row.lastUsedAt, row.lastUsedIp]).sort()).toEqual(
      ids.map((_, i) => [at, `203.0.113.${i}`]).sort(),
    );
  });

  it("keeps the 10 latest distinct addresses of a token, with when each was first seen", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const usage = productionRecorder();
    const start = Date.now() - 3_600_000;
    const at = (minute: number) => new Date(start + minute * 60_000);
    usage.note(tokenId, "ok", "203.0.113.1", at(0));
    usage.note(tokenId, "ok", "203.0.113.2", at(1));
    await usage.flush();
    for (let i = 2; i <= 13; i++) {
      usage.note(tokenId, "ok", `198.51.100.${i}`, at(i));
      if (i % 4 === 0) await usage.flush();
      // Seen again while still among the latest: it stays, with its first sighting kept.
      if (i === 5) usage.note(tokenId, "ip_not_allowed", "203.0.113.2", at(5.5));
    }
    await usage.stop();
    const stored = await db().tokenClientAddress.findMany({
      where: { tokenId },
      orderBy: [{ lastSeenAt: "desc" }, { address: "asc" }],
    });
    expect(stored.map((s) => s.address)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `198.51.100.${13 - i}`),
      "203.0.113.2",
      "198.51.100.5",
    ]);
    expect(stored[8]).toMatchObject({ firstSeenAt: at(1), lastSeenAt: at(5.5) });
    expect(await db().tokenClientAddress.count({ where: { tokenId } })).toBe(10);
  });

  it("purges counts and addresses older than 90 days, a page at a time, and keeps the rest", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const now = new Date();
    const oldest = retentionStartHour(now);
    await db().tokenUsageHour.createMany({
      data: [
        { tokenId, hour: oldest - 1, outcome: "ok", count: 5 },
        { tokenId, hour: oldest - 500, outcome: "expired", count: 2 },
        { tokenId, hour: oldest, outcome: "ok", count: 3 },
        { tokenId, hour: hourOf(now), outcome: "ok", count: 1 },
      ],
    });
    const old = new Date(now.getTime() - 91 * DAY_MS);
    const recent = new Date(now.getTime() - 89 * DAY_MS);
    await db().tokenClientAddress.createMany({
      data: [
        { tokenId, address: "192.0.2.1", firstSeenAt: old, lastSeenAt: old },
        { tokenId, address: "192.0.2.2", firstSeenAt: old, lastSeenAt: recent },
        { tokenId, address: "192.0.2.3", firstSeenAt: old, lastSeenAt: old },
      ],
    });
    // Pages of one row: every expired row takes its own statement.
    await purgeExpiredUsage(throughClient(db()), now, 1);
    const hours = await db().tokenUsageHour.findMany({ where: { tokenId }, orderBy: { hour: "asc" } });
    expect(hours.map((h) => h.hour)).toEqual([oldest, hourOf(now)]);
    const addresses = await db().tokenClientAddress.findMany({ where: { tokenId } });
    expect(addresses.map((a) => a.address)).toEqual(["192.0.2.2"]);
  });

  it("the runtime's flush cycle runs the purge", async () => {
    const now = new Date();
    const tokenId = await tokenWithExpiredUsage(now);
    const usage = new UsageRecorder(async () => undefined, {
      intervalMs: 60_000,
      counting: true,
      maintain: (at) => purgeExpiredUsage(throughClient(db()), at),
      maintainEveryMs: HOUR_MS,
    });
    await usage.flush(now);
    expect(await db().tokenUsageHour.count({ where: { tokenId } })).toBe(0);
  });

  it("loads the cards' 7-day trends of a page in one query, only for the account's tokens", async () => {
    const mine = await createTestAccount();
    const theirs = await createTestAccount();
    const a = await issueToken(mine.actors.administrator);
    const b = await issueToken(mine.actors.administrator);
    const other = await issueToken(theirs.actors.administrator);
    const now = new Date();
    const today = hourOf(now);
    await db().tokenUsageHour.createMany({
      data: [
        { tokenId: a.tokenId, hour: today, outcome: "ok", count: 4 },
        { tokenId: a.tokenId, hour: today, outcome: "revoked", count: 1 },
        { tokenId: a.tokenId, hour: today - 24, outcome: "ok", count: 2 },
        { tokenId: a.tokenId, hour: today - 24 * 8, outcome: "ok", count: 99 },
        { tokenId: other.tokenId, hour: today, outcome: "ok", count: 7 },
      ],
    });
    const queries: string[] = [];
    const counting = new Proxy(db(), {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          queries.push(String(property));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const card = (id: string) => ({ id, createdAt: now.toISOString(), lastUsedAt: null, revokedAt: null });
    const usage = await loadCardUsage(
      mine.accountId,
      [card(a.tokenId), card(b.tokenId), card(other.tokenId)],
      now,
      counting,
    );
    expect(queries).toEqual(["$queryRaw"]);
    expect(usage[a.tokenId]?.trend).toHaveLength(7);
    expect(usage[a.tokenId]?.trend.at(-1)).toMatchObject({ successes: 4, refusals: 1 });
    expect(usage[a.tokenId]?.trend.at(-2)).toMatchObject({ successes: 2, refusals: 0 });
    expect(usage[a.tokenId]?.trend.reduce((sum, d) => sum + d.successes, 0)).toBe(6);
    expect(usage[b.tokenId]?.trend.every((d) => d.successes === 0 && d.refusals === 0)).toBe(true);
    // Another account's token, slipped into the list, contributes nothing.
    expect(usage[other.tokenId]?.trend.every((d) => d.successes === 0)).toBe(true);
  });
});
