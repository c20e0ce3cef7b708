import { describe, expect, it } from "vitest";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { db } from "@/lib/db/client";
import { changeMemberRole } from "@/lib/members/commands/change-member-role";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { MEMBER_MESSAGES as M } from "@/lib/members/messages";
import { createTestAccount } from "../support/fixtures";
import { addPerson, membership, membersSnapshot } from "../support/members";

// An account always keeps at least one active administrator who can sign in: nobody can
// demote or deactivate the last one, themself included.
describe("the last administrator", () => {
  it("cannot demote themself, and nothing changes", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    const before = await membersSnapshot(accountId);
    expect(await changeMemberRole(admin, admin.userId, { role: "implementation_specialist" })).toEqual({
      ok: false,
      message: CHECK_FIELDS,
      errors: { role: [M.lastAdministrator] },
    });
    expect(await membersSnapshot(accountId)).toEqual(before);
  });

  it("cannot deactivate themself, and nothing changes", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    const before = await membersSnapshot(accountId);
    expect(await deactivateMember(admin, admin.userId)).toEqual({
      ok: false,
      message: M.lastAdministrator,
      errors: undefined,
    });
    expect(await membersSnapshot(accountId)).toEqual(before);
  });

  it("may keep their role: choosing administrator again changes and audits nothing", async () => {
    const { accountId, actors } = await createTestAccount();
    const before = await membersSnapshot(accountId);
    expect(
      await changeMemberRole(actors.administrator, actors.administrator.userId, { role: "administrator" }),
    ).toMatchObject({ ok: true });
    expect(await membersSnapshot(accountId)).toEqual(before);
  });

  it("is not replaced by a technical user with the administrator role, who cannot sign in", async () => {
    const { accountId, actors, technicalUserId } = await createTestAccount();
    await db().membership.update({
      where: { accountId_userId: { accountId, userId: technicalUserId } },
      data: { role: "administrator" },
    });
    expect(await deactivateMember(actors.administrator, actors.administrator.userId)).toMatchObject({
      ok: false,
      message: M.lastAdministrator,
    });
    // The technical administrator itself can be demoted or deactivated freely.
    expect(
      await changeMemberRole(actors.administrator, technicalUserId, { role: "support_staff" }),
    ).toMatchObject({ ok: true });
    expect(await deactivateMember(actors.administrator, technicalUserId)).toMatchObject({ ok: true });
  });

  it("is not replaced by a deactivated administrator", async () => {
    const { accountId, actors } = await createTestAccount();
    const second = await addPerson(actors.administrator, "administrator");
    expect(await deactivateMember(actors.administrator, second.userId)).toMatchObject({ ok: true });
    expect(
      await changeMemberRole(actors.administrator, actors.administrator.userId, { role: "member" }),
    ).toMatchObject({
      ok: false,
      errors: { role: [M.lastAdministrator] },
    });
    expect(await membership(accountId, actors.administrator.userId)).toEqual({
      role: "administrator",
      deactivatedAt: null,
    });
  });
});

describe("with another active administrator", () => {
  it("an administrator may demote themself, and then may no longer manage members", async () => {
    const { accountId, actors } = await createTestAccount();
    await addPerson(actors.administrator, "administrator");
    const admin = actors.administrator;
    expect(await changeMemberRole(admin, admin.userId, { role: "support_staff" })).toMatchObject({
      ok: true,
    });
    expect(await membership(accountId, admin.userId)).toEqual({ role: "support_staff", deactivatedAt: null });
  });

  it("an administrator may deactivate themself", async () => {
    const { accountId, actors } = await createTestAccount();
    await addPerson(actors.administrator, "administrator");
    const admin = actors.administrator;
    expect(await deactivateMember(admin, admin.userId)).toMatchObject({ ok: true });
    expect((await membership(accountId, admin.userId)).deactivatedAt).toBeInstanceOf(Date);
  });

  it("two administrators deactivating each other at once leave one of them active", async () => {
    const { accountId, actors } = await createTestAccount();
    const second = await addPerson(actors.administrator, "administrator");
    const secondActor = { ...actors.administrator, userId: second.userId, email: second.email };
    const results = await Promise.all([
      deactivateMember(actors.administrator, second.userId),
      deactivateMember(secondActor, actors.administrator.userId),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: M.lastAdministrator });
    const active = await db().membership.count({
      where: { accountId, role: "administrator", deactivatedAt: null },
    });
    expect(active).toBe(1);
  });

  it("two administrators demoting each other at once leave one administrator", async () => {
    const { accountId, actors } = await createTestAccount();
    const second = await addPerson(actors.administrator, "administrator");
    const secondActor = { ...actors.administrator, userId: second.userId, email: second.email };
    await Promise.all([
      changeMemberRole(actors.administrator, second.userId, { role: "member" }),
      changeMemberRole(secondActor, actors.administrator.userId, { role: "member" }),
    ]);
    expect(
      await db().membership.count({ where: { accountId, role: "administrator", deactivatedAt: null } }),
    ).toBe(1);
  });
});

describe("changeMemberRole input", () => {
  it.each([
    ["an unknown role", { role: "owner" }],
    ["no role", {}],
    ["a role that is not text", { role: 3 }],
    ["no input", null],
    ["text instead of a form", "administrator"],
  ])("refuses %s with a field message, changing nothing", async (_label, input) => {
    const { accountId, actors } = await createTestAccount();
    const before = await membersSnapshot(accountId);
    expect(await changeMemberRole(actors.administrator, actors.member.userId, input)).toEqual({
      ok: false,
      message: CHECK_FIELDS,
      errors: { role: [M.roleRequired] },
    });
    expect(await membersSnapshot(accountId)).toEqual(before);
  });
});
