import { describe, expect, it } from "vitest";
import { NOT_ALLOWED } from "@/lib/auth/messages";
import type { Role } from "@/lib/auth/roles";
import { loadSessionContext } from "@/lib/auth/session-context";
import { INVALID_CREDENTIALS, signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/commands/add-member";
import { setInitialPassword } from "@/lib/members/commands/set-initial-password";
import { MEMBER_MESSAGES as M } from "@/lib/members/messages";
import { createTestAccount } from "../support/fixtures";
import {
  addPerson,
  lastAuditEvent,
  MEMBER_PASSWORD,
  membersSnapshot,
  personInput,
  succeeded,
} from "../support/members";

// An administrator's "Set initial password": allowed for a person of their own account only,
// audited without the password, and it ends the member's sessions and forces a change.
const NEW_PASSWORD = "brand-new-initial-99";
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

// The member's sign-in state and the account's memberships and audit trail: a refusal must
// leave all of it equal.
async function snapshot(accountId: string, userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, mustChangePassword: true, sessionVersion: true },
  });
  return { user, account: await membersSnapshot(accountId) };
}

async function expectUnchanged(accountId: string, userId: string, run: () => Promise<unknown>) {
  const before = await snapshot(accountId, userId);
  await run();
  expect(await snapshot(accountId, userId)).toEqual(before);
}

describe("setInitialPassword by an administrator", () => {
  it("replaces the password, forces a change, ends every session and audits without the password", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    const { userId, email } = await addPerson(admin, "support_staff");
    // The member changed the first initial password and is signed in with version 0.
    await db().user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    const session = { userId, sessionVersion: 0 };
    expect(await loadSessionContext(session, accountId)).not.toBeNull();

    expect(await setInitialPassword(admin, userId, { password: NEW_PASSWORD })).toEqual({
      ok: true,
      data: undefined,
      message: M.passwordSet,
    });

    expect(await loadSessionContext(session, accountId)).toBeNull();
    expect(await signInWithPassword({ email, password: MEMBER_PASSWORD }, address())).toEqual({
      ok: false,
      message: INVALID_CREDENTIALS,
    });
    expect(await signInWithPassword({ email, password: NEW_PASSWORD }, address())).toEqual({
      ok: true,
      userId,
    });
    const fresh = await loadSessionContext({ userId, sessionVersion: 1 }, accountId);
    expect(fresh?.passwordChangeRequired).toBe(true);

    const event = await lastAuditEvent(accountId);
    expect(event).toMatchObject({
      action: "member.password_set",
      actorUserId: admin.userId,
      targetType: "user",
      targetId: userId,
      targetLabel: email,
      changes: null,
    });
    const row = await db().auditEvent.findFirstOrThrow({ where: { accountId }, orderBy: { seq: "desc" } });
    const hash = (await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash ?? "";
    expect(JSON.stringify(row)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(row)).not.toContain(hash);
  });

  it("works for a deactivated member, who must still change it once reactivated", async () => {
    const { accountId, actors } = await createTestAccount();
    const target = actors.member.userId;
    await db().membership.update({
      where: { accountId_userId: { accountId, userId: target } },
      data: { deactivatedAt: new Date() },
    });
    succeeded(await setInitialPassword(actors.administrator, target, { password: NEW_PASSWORD }));
    expect((await db().user.findUniqueOrThrow({ where: { id: target } })).mustChangePassword).toBe(true);
  });
});

describe("setInitialPassword refusals change nothing", () => {
  const REFUSED: Role[] = ["implementation_specialist", "support_staff", "member"];

  it.each(REFUSED)("refuses %s", async (role) => {
    const { accountId, actors } = await createTestAccount();
    const target = role === "member" ? actors.support_staff.userId : actors.member.userId;
    await expectUnchanged(accountId, target, async () => {
      expect(await setInitialPassword(actors[role], target, { password: NEW_PASSWORD })).toEqual({
        ok: false,
        message: NOT_ALLOWED,
        errors: undefined,
      });
    });
  });

  it("answers not found to another account's administrator, and for unknown or malformed ids", async () => {
    const home = await createTestAccount();
    const other = await createTestAccount();
    const target = home.actors.member.userId;
    for (const id of [target, "no-such-user", "", 42, null, "x".repeat(65), { id: target }]) {
      await expectUnchanged(home.accountId, target, async () => {
        expect(await setInitialPassword(other.actors.administrator, id, { password: NEW_PASSWORD })).toEqual({
          ok: false,
          message: M.notFound,
          errors: undefined,
        });
      });
    }
  });

  it("refuses a technical user, who has no password", async () => {
    const { accountId, actors, technicalUserId } = await createTestAccount();
    await expectUnchanged(accountId, technicalUserId, async () => {
      const result = await setInitialPassword(actors.administrator, technicalUserId, {
        password: NEW_PASSWORD,
      });
      expect(result).toMatchObject({ ok: false, message: M.passwordSetTechnical });
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: technicalUserId } })).passwordHash).toBeNull();
  });

  it("refuses the administrator's own row: their own password needs the current one", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    await expectUnchanged(accountId, admin.userId, async () => {
      const result = await setInitialPassword(admin, admin.userId, { password: NEW_PASSWORD });
      expect(result).toMatchObject({ ok: false, message: M.passwordSetSelf });
    });
  });

  // The takeover this closes: an administrator adds the email of someone from another
  // account (which makes them a member here), then sets "their" password and signs in as them
  // everywhere, with their roles in the other account.
  it("refuses a member who also belongs to another account, whose sign-in is not this account's", async () => {
    const victimHome = await createTestAccount();
    const attacker = await createTestAccount();
    const victim = victimHome.actors.administrator;
    succeeded(
      await addMember(attacker.actors.administrator, personInput({ email: victim.email, role: "member" })),
    );
    await expectUnchanged(attacker.accountId, victim.userId, async () => {
      const result = await setInitialPassword(attacker.actors.administrator, victim.userId, {
        password: NEW_PASSWORD,
      });
      expect(result).toMatchObject({ ok: false, message: M.passwordSetElsewhere });
    });
  });

  it.each([
    ["a missing password", {}, M.passwordRequired],
    ["an empty password", { password: "" }, M.passwordRequired],
    ["a short password", { password: "short-pass1" }, M.passwordTooShort],
    ["an overlong password", { password: "p".repeat(1025) }, M.passwordTooLong],
    ["a password that is not text", { password: ["a-list-of-words-here"] }, M.passwordRequired],
  ])("refuses %s with a field error", async (_label, input, message) => {
    const { accountId, actors } = await createTestAccount();
    const target = actors.member.userId;
    await expectUnchanged(accountId, target, async () => {
      expect(await setInitialPassword(actors.administrator, target, input)).toMatchObject({
        ok: false,
        errors: { password: [message] },
      });
    });
  });
});
