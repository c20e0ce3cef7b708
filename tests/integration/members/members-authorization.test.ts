import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/commands/result";
import type { AuditAction } from "@/lib/audit/actions";
import { NOT_ALLOWED } from "@/lib/auth/messages";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/commands/add-member";
import { changeMemberRole } from "@/lib/members/commands/change-member-role";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { reactivateMember } from "@/lib/members/commands/reactivate-member";
import { MEMBER_MESSAGES as M } from "@/lib/members/messages";
import { createTestAccount, type TestAccount } from "../support/fixtures";
import { membersSnapshot, personInput } from "../support/members";

// Every members command, as every role and as an administrator of another account.
// Administrators change the membership and write one audit event; everyone else is
// refused, and another account's member answers "not found"; neither changes anything.
type Command = {
  name: string;
  audit: AuditAction;
  // Puts the target member in the state the command acts on.
  prepare?: (account: TestAccount, userId: string) => Promise<void>;
  run: (actor: Actor, userId: string) => Promise<ActionState<unknown>>;
};

const COMMANDS: Command[] = [
  {
    name: "change role",
    audit: "member.role_changed",
    run: (actor, userId) => changeMemberRole(actor, userId, { role: "member" }),
  },
  {
    name: "deactivate",
    audit: "member.deactivated",
    run: (actor, userId) => deactivateMember(actor, userId),
  },
  {
    name: "reactivate",
    audit: "member.reactivated",
    prepare: async (account, userId) =>
      void (await db().membership.update({
        where: { accountId_userId: { accountId: account.accountId, userId } },
        data: { deactivatedAt: new Date() },
      })),
    run: (actor, userId) => reactivateMember(actor, userId),
  },
];

const REFUSED: Role[] = ["implementation_specialist", "support_staff", "member"];

// The target is the account's support staff person: every role but theirs acts on them.
async function accountWithTarget() {
  const account = await createTestAccount();
  return { account, targetId: account.actors.support_staff.userId };
}

describe.each(COMMANDS)("$name", (command) => {
  it("is allowed to an administrator, with one audit event", async () => {
    const { account, targetId } = await accountWithTarget();
    await command.prepare?.(account, targetId);
    const before = await membersSnapshot(account.accountId);
    expect(await command.run(account.actors.administrator, targetId)).toMatchObject({ ok: true });
    const after = await membersSnapshot(account.accountId);
    expect(after.memberships).not.toEqual(before.memberships);
    expect(after.auditEvents).toBe(before.auditEvents + 1);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { accountId: account.accountId },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({
      action: command.audit,
      actorUserId: account.actors.administrator.userId,
      targetType: "user",
      targetId,
    });
  });

  it.each(REFUSED)("is refused to %s, changing nothing", async (role) => {
    const { account, targetId } = await accountWithTarget();
    await command.prepare?.(account, targetId);
    const before = await membersSnapshot(account.accountId);
    expect(await command.run(account.actors[role], targetId)).toEqual({
      ok: false,
      message: NOT_ALLOWED,
      errors: undefined,
    });
    expect(await membersSnapshot(account.accountId)).toEqual(before);
  });

  it("answers not found to an administrator of another account, changing nothing", async () => {
    const victim = await accountWithTarget();
    const intruder = await createTestAccount();
    await command.prepare?.(victim.account, victim.targetId);
    const before = await membersSnapshot(victim.account.accountId);
    const intruderBefore = await membersSnapshot(intruder.accountId);
    expect(await command.run(intruder.actors.administrator, victim.targetId)).toEqual({
      ok: false,
      message: M.notFound,
      errors: undefined,
    });
    expect(await membersSnapshot(victim.account.accountId)).toEqual(before);
    expect(await membersSnapshot(intruder.accountId)).toEqual(intruderBefore);
  });

  it.each([
    ["an unknown id", "no-such-user"],
    ["an empty id", ""],
    ["a number", 42],
    ["an overlong id", "x".repeat(500)],
  ])("answers not found for %s", async (_label, userId) => {
    const { account } = await accountWithTarget();
    const before = await membersSnapshot(account.accountId);
    expect(await command.run(account.actors.administrator, userId as string)).toEqual({
      ok: false,
      message: M.notFound,
      errors: undefined,
    });
    expect(await membersSnapshot(account.accountId)).toEqual(before);
  });
});

describe("add member", () => {
  it("is allowed to an administrator, with one audit event", async () => {
    const account = await createTestAccount();
    const before = await membersSnapshot(account.accountId);
    expect(await addMember(account.actors.administrator, personInput())).toMatchObject({
      ok: true,
      message: M.added,
    });
    const after = await membersSnapshot(account.accountId);
    expect(after.memberships).toHaveLength(before.memberships.length + 1);
    expect(after.auditEvents).toBe(before.auditEvents + 1);
  });

  it.each(REFUSED)("is refused to %s, storing nothing", async (role) => {
    const account = await createTestAccount();
    const before = await membersSnapshot(account.accountId);
    const input = personInput();
    expect(await addMember(account.actors[role], input)).toEqual({
      ok: false,
      message: NOT_ALLOWED,
      errors: undefined,
    });
    expect(await membersSnapshot(account.accountId)).toEqual(before);
    expect(await db().user.count({ where: { email: input.email } })).toBe(0);
  });
});
