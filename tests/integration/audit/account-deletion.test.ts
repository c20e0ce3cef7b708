import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";
import { placeholder, rawSql, refusal } from "./database-owner";

// PostgreSQL names the restricting foreign key; SQLite the trigger that holds even on
// connections with foreign keys off.
const REFUSED = /AuditEvent_accountId_fkey|Account has audit history: DELETE refused/;

// An account's audit history does not go with the account: the foreign key restricts (it
// used to cascade), so an account with history cannot be deleted at all, by raw SQL or by
// the data layer, and nothing of it (events, memberships, tokens) is removed.
async function accountWithHistory() {
  const { actors, accountId } = await createTestAccount();
  await issueToken(actors.administrator);
  const snapshot = async () => ({
    account: await db().account.findUnique({ where: { id: accountId }, select: { id: true, name: true } }),
    events: await db().auditEvent.findMany({ where: { accountId }, select: { id: true, hash: true } }),
    memberships: await db().membership.count({ where: { accountId } }),
    tokens: await db().apiToken.count({ where: { accountId } }),
  });
  const before = await snapshot();
  expect(before.events).toHaveLength(1);
  return { accountId, before, snapshot };
}

describe("deleting an account with audit history", () => {
  it("is refused for raw SQL through the app's connection", async () => {
    const { accountId, before, snapshot } = await accountWithHistory();
    expect(
      await refusal(db().$executeRawUnsafe(`DELETE FROM "Account" WHERE "id" = ${placeholder()}`, accountId)),
    ).toMatch(REFUSED);
    expect(await snapshot()).toEqual(before);
  });

  it("is refused for raw SQL on a connection of its own (SQLite's default: foreign keys off)", async () => {
    const { accountId, before, snapshot } = await accountWithHistory();
    expect(await refusal(rawSql(`DELETE FROM "Account" WHERE "id" = $1`, [accountId]))).toMatch(REFUSED);
    expect(await snapshot()).toEqual(before);
  });

  it("is refused by the data layer", async () => {
    const { accountId, before, snapshot } = await accountWithHistory();
    expect(await refusal(db().account.delete({ where: { id: accountId } }))).toMatch(REFUSED);
    expect(await snapshot()).toEqual(before);
  });
});
