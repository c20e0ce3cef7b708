import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";

// The audit log is append-only in the data layer itself: every way Prisma offers to change
// or remove an event is refused, outside and inside a transaction, and nothing changes.
const APPEND_ONLY = /append-only/;

async function accountWithEvent() {
  const { actors, accountId } = await createTestAccount();
  await issueToken(actors.administrator);
  const event = await db().auditEvent.findFirstOrThrow({
    where: { accountId },
    select: { id: true, seq: true, hash: true, actorLabel: true },
  });
  return { accountId, event };
}

describe("audit events", () => {
  it("cannot be updated, upserted or deleted through the data layer", async () => {
    const { accountId, event } = await accountWithEvent();
    const where = { id: event.id };
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ["update", () => db().auditEvent.update({ where, data: { actorLabel: "someone else" } })],
      [
        "updateMany",
        () => db().auditEvent.updateMany({ where: { accountId }, data: { actorLabel: "someone else" } }),
      ],
      [
        "upsert",
        () =>
          db().auditEvent.upsert({
            where,
            update: { actorLabel: "someone else" },
            create: {
              accountId,
              seq: 999,
              actorLabel: "x",
              action: "token.created",
              targetType: "token",
              hash: "x",
            },
          }),
      ],
      ["delete", () => db().auditEvent.delete({ where })],
      ["deleteMany", () => db().auditEvent.deleteMany({ where: { accountId } })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toThrow(APPEND_ONLY);
    }
    const after = await db().auditEvent.findMany({
      where: { accountId },
      select: { id: true, seq: true, hash: true, actorLabel: true },
    });
    expect(after).toEqual([event]);
  });

  it("cannot be changed inside a transaction either, and the transaction rolls back", async () => {
    const { accountId, event } = await accountWithEvent();
    await expect(
      db().$transaction(async (tx) => {
        await tx.account.update({
          where: { id: accountId },
          data: { name: "Renamed in the same transaction" },
        });
        await tx.auditEvent.deleteMany({ where: { accountId } });
      }),
    ).rejects.toThrow(APPEND_ONLY);
    expect(await db().auditEvent.count({ where: { accountId } })).toBe(1);
    expect((await db().account.findUniqueOrThrow({ where: { id: accountId } })).name).not.toBe(
      "Renamed in the same transaction",
    );
    expect(await db().auditEvent.findFirst({ where: { id: event.id }, select: { hash: true } })).toEqual({
      hash: event.hash,
    });
  });
});
