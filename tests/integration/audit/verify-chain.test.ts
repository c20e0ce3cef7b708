import { describe, expect, it } from "vitest";
import { CHAIN_UNKEYED, unkeyedEventHash } from "@/lib/audit/chain";
import { describeChainReport, verifyAuditChain } from "@/lib/audit/verify-chain";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";
import { asDatabaseOwner, rawSql } from "./database-owner";

// Every tampering here is done as the database's owner would: the append-only triggers
// dropped, plain SQL on a connection of its own, around the app's data layer.
const key = () => config().auditKey;

const chainColumns = {
  id: true,
  accountId: true,
  seq: true,
  occurredAt: true,
  actorUserId: true,
  actorTokenId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  targetHint: true,
  ipAddress: true,
  userAgent: true,
  changes: true,
  prevHash: true,
  hash: true,
  chainVersion: true,
} as const;

// Five real events: create, disable, enable, disable, enable.
async function accountWithHistory() {
  const { actors, accountId } = await createTestAccount();
  const admin = actors.administrator;
  const { tokenId } = await issueToken(admin);
  for (const enabled of [false, true, false, true]) succeeded(await setTokenEnabled(admin, tokenId, enabled));
  const events = await db().auditEvent.findMany({
    where: { accountId },
    orderBy: { seq: "asc" },
    select: chainColumns,
  });
  expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  return { accountId, events };
}

// What someone with write access but without the key does after altering an event: every
// hash from there on recomputed the only way they can, as plain SHA-256 (optionally also
// claiming the events are the old, unkeyed kind).
async function rehashUnkeyed(
  events: Awaited<ReturnType<typeof accountWithHistory>>["events"],
  fromSeq: number,
  options: { claimUnkeyed: boolean },
) {
  let prevHash = events.find((e) => e.seq === fromSeq - 1)?.hash ?? null;
  for (const event of events.filter((e) => e.seq >= fromSeq)) {
    const hash = unkeyedEventHash(prevHash, event);
    const version = options.claimUnkeyed ? CHAIN_UNKEYED : event.chainVersion;
    await rawSql(
      `UPDATE "AuditEvent" SET "prevHash" = $1, "hash" = $2, "chainVersion" = $3 WHERE "id" = $4`,
      [prevHash, hash, version, event.id],
    );
    prevHash = hash;
  }
}

describe("verifyAuditChain", () => {
  it("reports an untouched chain as intact, in small batches too", async () => {
    const { accountId } = await accountWithHistory();
    const report = await verifyAuditChain(db(), { key: key(), accountId, batchSize: 2 });
    expect(report.breaks).toEqual([]);
    expect(report).toMatchObject({ accounts: 1, events: 5 });
    expect(describeChainReport(report)).toEqual(["chain intact: 5 events in 1 account(s)"]);
  });

  it("writes every event keyed, and the key appears in none of them", async () => {
    const { accountId, events } = await accountWithHistory();
    expect(events.every((e) => e.chainVersion === 2)).toBe(true);
    const everything = JSON.stringify(await db().auditEvent.findMany({ where: { accountId } }));
    expect(everything).not.toContain(key());
    // A hash computed without the key does not match: the stored one is an HMAC.
    const first = events[0];
    if (!first) throw new Error("no event");
    expect(unkeyedEventHash(null, first)).not.toBe(first.hash);
  });

  it("finds an event altered and re-hashed with plain SHA-256, with every later link recomputed", async () => {
    const { accountId, events } = await accountWithHistory();
    const third = events[2];
    if (!third) throw new Error("no third event");
    await asDatabaseOwner(async () => {
      await rawSql(`UPDATE "AuditEvent" SET "actorLabel" = $1 WHERE "id" = $2`, [
        "innocent@example.com",
        third.id,
      ]);
      await rehashUnkeyed(
        events.map((e) => (e.id === third.id ? { ...e, actorLabel: "innocent@example.com" } : e)),
        3,
        { claimUnkeyed: false },
      );
    });
    const report = await verifyAuditChain(db(), { key: key(), accountId });
    expect(report.breaks).toEqual([
      {
        accountId,
        seq: 3,
        eventId: third.id,
        problem: "hash_mismatch",
        expected: expect.stringMatching(/^[0-9a-f]{64}$/),
        stored: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(describeChainReport(report)[0]).toContain(`account ${accountId}, seq 3, event id ${third.id}`);
  });

  it("finds a whole chain passed off as unkeyed, old-style history", async () => {
    const { accountId, events } = await accountWithHistory();
    await asDatabaseOwner(() => rehashUnkeyed(events, 1, { claimUnkeyed: true }));
    const report = await verifyAuditChain(db(), { key: key(), accountId });
    expect(report.breaks).toEqual([
      expect.objectContaining({ accountId, seq: 5, problem: "unkeyed_unsealed" }),
    ]);
  });

  it("finds unkeyed events appended after keyed ones", async () => {
    const { accountId, events } = await accountWithHistory();
    const last = events.at(-1);
    if (!last) throw new Error("no event");
    const forged = { ...last, seq: 6, actorLabel: "forger@example.com", prevHash: last.hash };
    await rawSql(
      `INSERT INTO "AuditEvent" ("accountId", "seq", "occurredAt", "actorLabel", "action", "targetType", "prevHash", "hash", "chainVersion")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        accountId,
        6,
        last.occurredAt.toISOString(),
        forged.actorLabel,
        "token.revoked",
        "token",
        last.hash,
        unkeyedEventHash(last.hash, {
          ...forged,
          actorUserId: null,
          actorTokenId: null,
          targetId: null,
          targetLabel: null,
          targetHint: null,
          ipAddress: null,
          userAgent: null,
          changes: null,
          action: "token.revoked",
          targetType: "token",
        }),
        CHAIN_UNKEYED,
      ],
    );
    const report = await verifyAuditChain(db(), { key: key(), accountId });
    expect(report.breaks).toEqual([expect.objectContaining({ seq: 6, problem: "unkeyed_after_keyed" })]);
  });

  it("finds an event whose stored hash was replaced", async () => {
    const { accountId, events } = await accountWithHistory();
    const second = events[1];
    if (!second) throw new Error("missing events");
    await asDatabaseOwner(() =>
      rawSql(`UPDATE "AuditEvent" SET "hash" = $1 WHERE "id" = $2`, ["f".repeat(64), second.id]),
    );
    const report = await verifyAuditChain(db(), { key: key(), accountId });
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
    await asDatabaseOwner(() => rawSql(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [third.id]));
    const report = await verifyAuditChain(db(), { key: key(), accountId });
    expect(report.breaks).toEqual([
      { accountId, seq: 4, eventId: fourth.id, problem: "missing_event", expected: "seq 3", stored: "seq 4" },
    ]);
  });

  it("finds a deleted event even when the later ones were renumbered", async () => {
    const { accountId, events } = await accountWithHistory();
    const [first, second, third] = events;
    if (!first || !second || !third) throw new Error("missing events");
    await asDatabaseOwner(async () => {
      await rawSql(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [second.id]);
      await rawSql(`UPDATE "AuditEvent" SET "seq" = "seq" - 1 WHERE "accountId" = $1 AND "seq" > 2`, [
        accountId,
      ]);
    });
    const report = await verifyAuditChain(db(), { key: key(), accountId });
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
    await asDatabaseOwner(() =>
      rawSql(`UPDATE "AuditEvent" SET "changes" = NULL WHERE "id" = $1`, [first.id]),
    );
    const healthy = await accountWithHistory();
    expect((await verifyAuditChain(db(), { key: key(), accountId: healthy.accountId })).breaks).toEqual([]);
    expect((await verifyAuditChain(db(), { key: key(), accountId: broken.accountId })).breaks).toHaveLength(
      1,
    );
  });

  it("does not verify under another key", async () => {
    const { accountId } = await accountWithHistory();
    const report = await verifyAuditChain(db(), {
      key: "another-key-of-at-least-32-characters!!",
      accountId,
    });
    expect(report.breaks).toEqual([expect.objectContaining({ seq: 1, problem: "hash_mismatch" })]);
  });
});
