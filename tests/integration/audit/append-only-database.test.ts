import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";
import { placeholder, rawSql, refusal } from "./database-owner";

// The database itself refuses to change or remove audit events: raw SQL through the app's
// connection, raw SQL on a connection of one's own, and nested writes that the data layer's
// own guard (lib/db/client.ts, top-level calls only) never sees. Each attempt names the rule,
// and the event is exactly as it was.
const eventColumns = {
  id: true,
  seq: true,
  hash: true,
  prevHash: true,
  actorLabel: true,
  action: true,
} as const;

async function accountWithEvent() {
  const { actors, accountId } = await createTestAccount();
  await issueToken(actors.administrator);
  const events = await db().auditEvent.findMany({ where: { accountId }, select: eventColumns });
  expect(events).toHaveLength(1);
  return { accountId, events };
}

const unchanged = async (accountId: string, events: unknown[]) =>
  expect(await db().auditEvent.findMany({ where: { accountId }, select: eventColumns })).toEqual(events);

describe("audit events in the database", () => {
  it("refuse a raw SQL UPDATE and DELETE through the app's connection", async () => {
    const { accountId, events } = await accountWithEvent();
    await expect(
      db().$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "actorLabel" = 'innocent@example.com' WHERE "accountId" = ${placeholder()}`,
        accountId,
      ),
    ).rejects.toThrow(/AuditEvent is append-only: UPDATE refused/);
    await expect(
      db().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "accountId" = ${placeholder()}`, accountId),
    ).rejects.toThrow(/AuditEvent is append-only: DELETE refused/);
    await unchanged(accountId, events);
  });

  it("refuse raw SQL on a connection of its own", async () => {
    const { accountId, events } = await accountWithEvent();
    await expect(
      rawSql(`UPDATE "AuditEvent" SET "hash" = $1 WHERE "accountId" = $2`, ["0".repeat(64), accountId]),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(rawSql(`DELETE FROM "AuditEvent" WHERE "accountId" = $1`, [accountId])).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    if (databaseProvider(config().databaseUrl) === "postgresql") {
      await expect(rawSql(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    }
    await unchanged(accountId, events);
  });

  it("refuse nested writes from the account, which the data layer's guard does not see", async () => {
    const { accountId, events } = await accountWithEvent();
    expect(
      await refusal(
        db().account.update({ where: { id: accountId }, data: { auditEvents: { deleteMany: {} } } }),
      ),
    ).toMatch(/append-only: DELETE refused/);
    expect(
      await refusal(
        db().account.update({
          where: { id: accountId },
          data: { auditEvents: { updateMany: { where: {}, data: { actorLabel: "someone else" } } } },
        }),
      ),
    ).toMatch(/append-only: UPDATE refused/);
    await unchanged(accountId, events);
  });
});
