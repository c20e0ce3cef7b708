import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changeMemberRole } from "@/lib/members/commands/change-member-role";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { MEMBER_MESSAGES as M } from "@/lib/members/messages";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { createTestAccount } from "../support/fixtures";

// A refused member command leaves every row as it was, the account's included: the lock it
// takes to count administrators safely used to stamp the account's updatedAt even when the
// command then refused (found by the security suite, tests/security/).
describe("refused member commands", () => {
  const accountRow = (id: string) => db().account.findUniqueOrThrow({ where: { id } });

  it("leave the account row untouched when the last administrator is kept", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    const before = await accountRow(accountId);
    expect(await changeMemberRole(admin, admin.userId, { role: "member" })).toMatchObject({ ok: false });
    expect(await deactivateMember(admin, admin.userId)).toMatchObject({
      ok: false,
      message: M.lastAdministrator,
    });
    expect(await accountRow(accountId)).toEqual(before);
  });

  it("leave the account row untouched for a member of another account", async () => {
    const mine = await createTestAccount();
    const other = await createTestAccount();
    const before = await accountRow(mine.accountId);
    const stranger = other.actors.administrator.userId;
    expect(await changeMemberRole(mine.actors.administrator, stranger, { role: "member" })).toMatchObject({
      ok: false,
      message: M.notFound,
    });
    expect(await deactivateMember(mine.actors.administrator, stranger)).toMatchObject({
      ok: false,
      message: M.notFound,
    });
    expect(await accountRow(mine.accountId)).toEqual(before);
  });

  it("still serialise: a permitted change after the lock is stored", async () => {
    const { accountId, actors } = await createTestAccount();
    const userId = actors.member.userId;
    expect(await changeMemberRole(actors.administrator, userId, { role: "support_staff" })).toMatchObject({
      ok: true,
    });
    const row = await db().membership.findUniqueOrThrow({
      where: { accountId_userId: { accountId, userId } },
    });
    expect(row.role).toBe("support_staff");
  });

  // Every command validates before it looks anything up or locks: a bad form is answered
  // from the form alone, whoever it names. Change role used to take the account's lock and
  // look the member up first, so this same post answered "not found".
  it("check the form before the member: a bad role for an unknown member is a field error", async () => {
    const { accountId, actors } = await createTestAccount();
    const before = await accountRow(accountId);

    const result = await changeMemberRole(actors.administrator, "no-such-member", { role: "superuser" });

    expect(result).toMatchObject({ ok: false, message: CHECK_FIELDS, errors: { role: [M.roleRequired] } });
    expect(await accountRow(accountId)).toEqual(before);
  });
});
