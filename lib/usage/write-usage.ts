import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { DbClient } from "@/lib/db/client";
import { readThroughClient, type ReadRows } from "@/lib/db/read-rows";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { deleteInPages } from "@/lib/db/in-pages";
import {
  ADDRESSES_PER_TOKEN,
  type AddressSighting,
  type LastUse,
  type UsageBatch,
  type UsageCount,
} from "./recorder";
import { retentionStartHour, USAGE_RETENTION_DAYS, DAY_MS } from "./time";

// Rows per statement: well under SQLite's and PostgreSQL's limits on bound parameters.
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

// Orders compare field by field: a key string built per comparison made a 1,000-token
// flush allocate tens of thousands of strings on the server's thread.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const countOrder = (a: UsageCount, b: UsageCount) =>
  compareText(a.tokenId, b.tokenId) || a.hour - b.hour || compareText(a.outcome, b.outcome);
const addressOrder = (a: AddressSighting, b: AddressSighting) =>
  compareText(a.tokenId, b.tokenId) || compareText(a.address, b.address);

// Tokens deleted since their verification have nothing left to count against. Read before
// the transaction, which then only writes: two SQLite writers that both read first would
// deadlock on upgrading their locks. A token deleted in between fails the batch's foreign
// key; the recorder keeps the batch and the next flush no longer finds it.
async function existingTokenIds(read: ReadRows, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await read<{ id: string }>(Prisma.sql`
      SELECT "id" FROM "ApiToken" WHERE "id" IN (${Prisma.join(part)})`);
    for (const row of rows) found.add(row.id);
  }
  return found;
}

// Counts add to what is stored, in one statement per chunk, so instances that flush the
// same hour at the same time both land: the database adds, nobody reads then writes.
function upsertCounts(counts: UsageCount[]): Prisma.Sql[] {
  return chunks(counts).map(
    (part) => Prisma.sql`
      INSERT INTO "TokenUsageHour" ("tokenId", "hour", "outcome", "count")
      VALUES ${Prisma.join(part.map((c) => Prisma.sql`(${c.tokenId}, ${c.hour}, ${c.outcome}, ${c.count})`))}
      ON CONFLICT ("tokenId", "hour", "outcome")
      DO UPDATE SET "count" = "TokenUsageHour"."count" + excluded."count"`,
  );
}

function upsertAddresses(addresses: AddressSighting[]): Prisma.Sql[] {
  const row = Prisma.raw(`"TokenClientAddress"`);
  return chunks(addresses).map(
    (part) => Prisma.sql`
      INSERT INTO "TokenClientAddress" ("tokenId", "address", "firstSeenAt", "lastSeenAt")
      VALUES ${Prisma.join(part.map((a) => Prisma.sql`(${a.tokenId}, ${a.address}, ${a.firstSeenAt}, ${a.lastSeenAt})`))}
      ON CONFLICT ("tokenId", "address") DO UPDATE SET
        "firstSeenAt" = CASE WHEN excluded."firstSeenAt" < ${row}."firstSeenAt" THEN excluded."firstSeenAt" ELSE ${row}."firstSeenAt" END,
        "lastSeenAt" = CASE WHEN excluded."lastSeenAt" > ${row}."lastSeenAt" THEN excluded."lastSeenAt" ELSE ${row}."lastSeenAt" END`,
  );
}

// Each token touched keeps its ADDRESSES_PER_TOKEN most recently seen addresses.
function trimAddresses(tokenIds: string[]): Prisma.Sql[] {
  return chunks(tokenIds).map(
    (part) => Prisma.sql`
      DELETE FROM "TokenClientAddress" WHERE ("tokenId", "address") IN (
        SELECT "tokenId", "address" FROM (
          SELECT "tokenId", "address",
            ROW_NUMBER() OVER (PARTITION BY "tokenId" ORDER BY "lastSeenAt" DESC, "address") AS "rank"
          FROM "TokenClientAddress" WHERE "tokenId" IN (${Prisma.join(part)})
        ) AS "ranked" WHERE "rank" > ${ADDRESSES_PER_TOKEN})`,
  );
}

// PostgreSQL reads an untyped parameter in VALUES as text, which it will not compare with a
// timestamp column; SQLite stores the ISO text the adapter sends as it is.
function timestampParameter(): (at: Date) => Prisma.Sql {
  return databaseProvider(config().databaseUrl) === "postgresql"
    ? (at) => Prisma.sql`CAST(${at} AS TIMESTAMP(3))`
    : (at) => Prisma.sql`${at}`;
}

// One statement per chunk of tokens, never one per token: a flush of 1,000 busy tokens made
// 1,000 UPDATEs, which held the event loop for half a second on SQLite (synchronous) while
// every verification waited. A time never moves back: a worker or instance that saw an
// older use may flush last.
function updateLastUses(lastUses: LastUse[]): Prisma.Sql[] {
  const timestamp = timestampParameter();
  return chunks(lastUses).map(
    (part) => Prisma.sql`
      WITH "use" ("id", "at", "ip") AS (
        VALUES ${Prisma.join(part.map((u) => Prisma.sql`(${u.tokenId}, ${timestamp(u.at)}, ${u.ip})`))}
      )
      UPDATE "ApiToken" SET "lastUsedAt" = "use"."at", "lastUsedIp" = "use"."ip"
      FROM "use"
      WHERE "ApiToken"."id" = "use"."id"
        AND ("ApiToken"."lastUsedAt" IS NULL OR "ApiToken"."lastUsedAt" < "use"."at")`,
  );
}

// Where a flush part reads which tokens still exist, and runs its statements in one
// transaction (resolving with the rows they changed): through the client, or on SQLite on a
// thread of its own (usage-writer.ts). The retention purge runs there too.
export type RunStatements = (statements: Prisma.Sql[]) => Promise<number>;
export type UsageConnection = { read: ReadRows; run: RunStatements };

export const throughClient = (client: DbClient): UsageConnection => ({
  read: readThroughClient(client),
  run: async (statements) => {
    const changed = await client.$transaction(statements.map((statement) => client.$executeRaw(statement)));
    return changed.reduce((sum, rows) => sum + rows, 0);
  },
});

// One part of a flush (the recorder's TOKENS_PER_WRITE tokens), one transaction: its counts,
// addresses and last-used times land together or not at all. Rows go in key order, so two
// instances' transactions on PostgreSQL take their row locks in the same order and wait for
// each other instead of deadlocking. Raw SQL so the token's updatedAt (when a person last
// changed it) is left alone.
export async function writeUsageBatch(
  client: DbClient,
  batch: UsageBatch,
  { read, run }: UsageConnection = throughClient(client),
): Promise<void> {
  const counted = [...batch.counts, ...batch.addresses].map((item) => item.tokenId);
  const existing = counted.length > 0 ? await existingTokenIds(read, counted) : new Set<string>();
  const counts = batch.counts.filter((c) => existing.has(c.tokenId)).sort(countOrder);
  const addresses = batch.addresses.filter((a) => existing.has(a.tokenId)).sort(addressOrder);
  const lastUses = [...batch.lastUses].sort((a, b) => compareText(a.tokenId, b.tokenId));
  const touched = [...new Set(addresses.map((a) => a.tokenId))].sort();
  await run([
    ...upsertCounts(counts),
    ...upsertAddresses(addresses),
    ...trimAddresses(touched),
    ...updateLastUses(lastUses),
  ]);
}

// Rows per DELETE in the purge.
const PURGE_PAGE = 2_000;

// Usage older than the retention period goes: hourly counts by their hour, addresses not
// seen since. Run by the verification runtime's flush cycle once an hour (and harmless when
// several instances run it), through the flush's own connection (usage-writer.ts: on SQLite
// its thread, as on the server's thread each DELETE held every verification behind it), in
// pages with a turn of the event loop between them: an hour of a busy instance is up to one
// row per token and outcome.
export async function purgeExpiredUsage(
  { run }: Pick<UsageConnection, "run">,
  now: Date,
  pageSize = PURGE_PAGE,
): Promise<void> {
  const cutoff = new Date(now.getTime() - USAGE_RETENTION_DAYS * DAY_MS);
  const startHour = retentionStartHour(now);
  await deleteInPages(
    (size) =>
      run([
        Prisma.sql`
          DELETE FROM "TokenUsageHour" WHERE ("tokenId", "hour", "outcome") IN (
            SELECT "tokenId", "hour", "outcome" FROM "TokenUsageHour" WHERE "hour" < ${startHour} LIMIT ${size})`,
      ]),
    pageSize,
  );
  await deleteInPages(
    (size) =>
      run([
        Prisma.sql`
          DELETE FROM "TokenClientAddress" WHERE ("tokenId", "address") IN (
            SELECT "tokenId", "address" FROM "TokenClientAddress" WHERE "lastSeenAt" < ${cutoff} LIMIT ${size})`,
      ]),
    pageSize,
  );
}
