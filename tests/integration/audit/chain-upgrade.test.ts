import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { CHAIN_KEYED, CHAIN_UNKEYED, unkeyedEventHash, type ChainedFields } from "@/lib/audit/chain";
import { sealUnkeyedAuditChains } from "@/lib/audit/seal-unkeyed-chains";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { databaseProvider, sqliteFilePath } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { createDbClient, type DbClient } from "@/lib/db/client";
import { migrateDatabase, migrationList } from "@/lib/db/migrate";
import { schemaFilters, withSchemaEngine } from "@/lib/db/schema-engine";
import { createScratchDatabase, type ScratchDatabase } from "../support/test-database";

// A database from before the audit key: its events carry plain SHA-256 hashes. The
// migration must keep every event (ids, hashes, indexes), mark them unkeyed and add the
// triggers; the start command's seal then pins that history under the key.
const provider = databaseProvider(process.env.DATABASE_URL ?? "");
const scratches: ScratchDatabase[] = [];
const clients: DbClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await Promise.all(scratches.map((s) => s.drop()));
});

const KEY_MIGRATION = "20261203073452_audit_integrity";

async function migrateUpTo(url: string, lastFolder: string) {
  const list = migrationList(provider);
  const upTo = list.migrationDirectories.findIndex((d) => d.path === lastFolder);
  expect(upTo).toBeGreaterThan(0);
  await withSchemaEngine(provider, url, (engine) =>
    engine.applyMigrations({
      migrationsList: { ...list, migrationDirectories: list.migrationDirectories.slice(0, upTo) },
      filters: schemaFilters(provider),
    }),
  );
}

async function run(url: string, statements: Array<[string, unknown[]]>) {
  if (provider === "sqlite") {
    const file = new Database(sqliteFilePath(url));
    try {
      for (const [sql, params] of statements) file.prepare(sql.replace(/\$\d+/g, "?")).run(...params);
    } finally {
      file.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [sql, params] of statements) await client.query(sql, params);
  } finally {
    await client.end();
  }
}

// SQLite stores Prisma's DateTime as ISO 8601 with an explicit offset.
const stamp = (date: Date) =>
  provider === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date.toISOString();

function legacyChain(accountId: string, count: number) {
  let prevHash: string | null = null;
  return Array.from({ length: count }, (_, i) => {
    const fields: ChainedFields = {
      accountId,
      seq: i + 1,
      occurredAt: new Date(Date.UTC(2026, 10, 1 + i, 12)),
      actorUserId: null,
      actorTokenId: null,
      actorLabel: "old-admin@example.com",
      action: "token.updated",
      targetType: "token",
      targetId: `tok_${i}`,
      targetLabel: `Token ${i}`,
      targetHint: null,
      ipAddress: "203.0.113.9",
      userAgent: "before the key",
      changes: null,
    };
    const event = { ...fields, prevHash, hash: unkeyedEventHash(prevHash, fields) };
    prevHash = event.hash;
    return event;
  });
}

describe(`upgrading a ${provider} database written before the audit key`, () => {
  it("keeps every event unkeyed, adds the triggers, and the seal pins that history", async () => {
    const scratch = await createScratchDatabase(provider);
    scratches.push(scratch);
    await migrateUpTo(scratch.url, KEY_MIGRATION);
    const accountId = "acc_legacy";
    const events = legacyChain(accountId, 3);
    await run(scratch.url, [
      [
        `INSERT INTO "Account" ("id", "name", "updatedAt") VALUES ($1, $2, $3)`,
        [accountId, "Legacy", stamp(new Date())],
      ],
      ...events.map((e): [string, unknown[]] => [
        `INSERT INTO "AuditEvent" ("id", "accountId", "seq", "occurredAt", "actorLabel", "action", "targetType", "targetId", "targetLabel", "ipAddress", "userAgent", "prevHash", "hash")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          100 + e.seq,
          accountId,
          e.seq,
          stamp(e.occurredAt),
          e.actorLabel,
          e.action,
          e.targetType,
          e.targetId,
          e.targetLabel,
          e.ipAddress,
          e.userAgent,
          e.prevHash,
          e.hash,
        ],
      ]),
    ]);

    expect((await migrateDatabase(scratch.url)).applied).toContain(KEY_MIGRATION);
    const client = createDbClient(scratch.url);
    clients.push(client);
    const key = config().auditKey;

    const kept = await client.auditEvent.findMany({
      where: { accountId },
      orderBy: { seq: "asc" },
      select: { id: true, seq: true, hash: true, chainVersion: true },
    });
    expect(kept).toEqual(
      events.map((e) => ({ id: 100 + e.seq, seq: e.seq, hash: e.hash, chainVersion: CHAIN_UNKEYED })),
    );
    const indexSql =
      provider === "sqlite"
        ? `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'AuditEvent' AND name NOT LIKE 'sqlite_%' ORDER BY name`
        : `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'AuditEvent' AND indexname <> 'AuditEvent_pkey' ORDER BY indexname`;
    expect((await client.$queryRawUnsafe<{ name: string }[]>(indexSql)).map((r) => r.name)).toEqual([
      "AuditEvent_accountId_action_occurredAt_idx",
      "AuditEvent_accountId_actorLabel_occurredAt_idx",
      "AuditEvent_accountId_occurredAt_idx",
      "AuditEvent_accountId_seq_key",
      "AuditEvent_accountId_targetId_occurredAt_idx",
    ]);
    await expect(
      client.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "accountId" = '${accountId}'`),
    ).rejects.toThrow(/append-only: DELETE refused/);

    // Before the seal, unkeyed history is not trusted: it could be a chain rewritten
    // without the key.
    const unsealed = await verifyAuditChain(client, { key, accountId });
    expect(unsealed.breaks).toEqual([expect.objectContaining({ seq: 3, problem: "unkeyed_unsealed" })]);

    expect(await sealUnkeyedAuditChains(client)).toEqual({ sealed: 1 });
    expect(await sealUnkeyedAuditChains(client)).toEqual({ sealed: 0 });
    const seal = await client.auditEvent.findFirstOrThrow({ where: { accountId, seq: 4 } });
    // Ids continue after the copied rows: SQLite's rebuilt table kept its autoincrement.
    // (PostgreSQL's table is altered in place, and this test set the ids by hand.)
    if (provider === "sqlite") expect(seal.id).toBeGreaterThan(103);
    expect(seal).toMatchObject({
      action: "audit.chain_sealed",
      prevHash: events[2]?.hash,
      chainVersion: CHAIN_KEYED,
    });
    expect((await verifyAuditChain(client, { key, accountId })).breaks).toEqual([]);

    // Rewriting the unkeyed history, every SHA-256 recomputed, now breaks the keyed seal.
    const tampered = legacyChain(accountId, 3).map((e) => ({ ...e }));
    const second = tampered[1];
    if (!second) throw new Error("no second event");
    second.actorLabel = "someone-else@example.com";
    let prevHash: string | null = tampered[0]?.hash ?? null;
    const statements: Array<[string, unknown[]]> = [];
    for (const e of tampered.slice(1)) {
      const hash = unkeyedEventHash(prevHash, e);
      statements.push([
        `UPDATE "AuditEvent" SET "actorLabel" = $1, "prevHash" = $2, "hash" = $3 WHERE "id" = $4`,
        [e.actorLabel, prevHash, hash, 100 + e.seq],
      ]);
      prevHash = hash;
    }
    const disable =
      provider === "sqlite"
        ? `DROP TRIGGER "AuditEvent_no_update"`
        : `ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`;
    await run(scratch.url, [[disable, []], ...statements]);
    const report = await verifyAuditChain(client, { key, accountId });
    expect(report.breaks).toEqual([expect.objectContaining({ seq: 4, problem: "prev_hash_mismatch" })]);
  });
});
