import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { describeChainReport, verifyAuditChain } from "@/lib/audit/verify-chain";
import { databaseProvider, sqliteFilePath } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";

// Tampering happens the way an intruder would do it: plain SQL on a connection of its own,
// around the app's append-only data layer.
async function rawSql(sql: string, params: unknown[]): Promise<void> {
  const url = config().databaseUrl;
  if (databaseProvider(url) === "sqlite") {
    const file = new Database(sqliteFilePath(url));
    try {
      file.prepare(sql.replace(/\$\d+/g, "?")).run(...params);
    } finally {
      file.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

// Five real events: create, disable, enable, disable, enable.
async function accountWithHistory() {
  const { actors, accountId } = await createTestAccount();
  const admin = actors.administrator;
  const { tokenId } = await issueToken(admin);
  for (const enabled of [false, true, false, true]) succeeded(await setTokenEnabled(admin, tokenId, enabled));
  const events = await db().auditEvent.findMany({
    where: { accountId },
    orderBy: { seq: "asc" },
    select: { id: true, seq: true, hash: true },
  });
  expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  return { accountId, events };
}

describe("verifyAuditChain", () => {
  it("reports an untouched chain as intact, in small batches too", async () => {
    const { accountId } = await accountWithHistory();
    const report = await verifyAuditChain(db(), { accountId, batchSize: 2 });
    expect(report).toEqual({ accounts: 1, events: 5, breaks: [] });
    expect(describeChainReport(report)).toEqual(["chain intact: 5 events in 1 account(s)"]);
  });

  it("finds an event altered directly in the database", async () => {
    const { accountId, events } = await accountWithHistory();
    const third = events[2];
    if (!third) throw new Error("no third event");
    await rawSql(`UPDATE "AuditEvent" SET "actorLabel" = $1 WHERE "id" = $2`, [
      "innocent@example.com",
      third.id,
    ]);
    const report = await verifyAuditChain(db(), { accountId, batchSize: 2 });
    expect(report.breaks).toEqual([
      {
        accountId,
        seq: 3,
        eventId: third.id,
        problem: "hash_mismatch",
        expected: expect.stringMatching(/^[0-9a-f]{64}$/),
        stored: third.hash,
      },
    ]);
    expect(report.breaks[0]?.expected).not.toBe(third.hash);
    expect(describeChainReport(report)[0]).toContain(`account ${accountId}, seq 3, event id ${third.id}`);
  });

  it("finds an event whose stored hash was replaced", async () => {
    const { accountId, events } = await accountWithHistory();
    const [, second, third] = events;
    if (!second || !third) throw new Error("missing events");
    await rawSql(`UPDATE "AuditEvent" SET "hash" = $1 WHERE "id" = $2`, ["f".repeat(64), second.id]);
    const report = await verifyAuditChain(db(), { accountId });
    expect(report.breaks[0]).toMatchObject({
      seq: 2,
      eventId: second.id,
      problem: "hash_mismatch",
      stored: "f".repeat(64),
    });
  });

  it("finds a deleted event", async () => {
    const { accountId, events } = await accountWithHistory();
    const [, , third, fourth] = events;
    if (!third || !fourth) throw new Error("missing events");
    await rawSql(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [third.id]);
    const report = await verifyAuditChain(db(), { accountId });
    expect(report.breaks).toEqual([
      { accountId, seq: 4, eventId: fourth.id, problem: "missing_event", expected: "seq 3", stored: "seq 4" },
    ]);
  });

  it("finds a deleted event even when the later ones were renumbered", async () => {
    const { accountId, events } = await accountWithHistory();
    const [first, second, third] = events;
    if (!first || !second || !third) throw new Error("missing events");
    await rawSql(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [second.id]);
    await rawSql(`UPDATE "AuditEvent" SET "seq" = "seq" - 1 WHERE "accountId" = $1 AND "seq" > 2`, [
      accountId,
    ]);
    const report = await verifyAuditChain(db(), { accountId });
    expect(report.breaks).toEqual([
      {
        accountId,
        seq: 2,
        eventId: third.id,
        problem: "prev_hash_mismatch",
        expected: first.hash,
        stored: second.hash,
      },
    ]);
  });

  it("checks one account without reading another's broken chain", async () => {
    const broken = await accountWithHistory();
    const first = broken.events[0];
    if (!first) throw new Error("no event");
    await rawSql(`UPDATE "AuditEvent" SET "changes" = NULL WHERE "id" = $1`, [first.id]);
    const healthy = await accountWithHistory();
    expect((await verifyAuditChain(db(), { accountId: healthy.accountId })).breaks).toEqual([]);
    expect((await verifyAuditChain(db(), { accountId: broken.accountId })).breaks).toHaveLength(1);
  });
});
