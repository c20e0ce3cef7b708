import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { changeOwnPassword } from "@/lib/auth/commands/change-password";
import { endAllSessions } from "@/lib/auth/commands/end-sessions";
import { ACCOUNT_MESSAGES as M } from "@/lib/auth/commands/messages";
import { hashPassword } from "@/lib/auth/password";
import { loadSessionContext, sessionVersionForEmail } from "@/lib/auth/session-context";
import { INVALID_CREDENTIALS, signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/commands/add-member";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { reactivateMember } from "@/lib/members/commands/reactivate-member";
import { createTestAccount } from "../support/fixtures";
import { lastAuditEvent, personInput, succeeded } from "../support/members";

// A person's own password and sessions: changing the password needs the current one and is
// throttled like sign-in; a session carries the user's session version, and a password
// change, "Sign out everywhere" or losing every membership ends every session at once.
const CURRENT = "current-password-1";
const NEXT = "next-password-2!";

// Each test gets its own client address, so sign-in counters never leak between tests.
let lastOctet = 0;
const freshAddress = () => `192.0.2.${(lastOctet = (lastOctet % 250) + 1)}`;

async function personWithPassword(role: "administrator" | "support_staff" = "support_staff") {
  const { accountId, actors } = await createTestAccount();
  const actor: Actor = { ...actors[role], ip: freshAddress() };
  await db().user.update({
    where: { id: actor.userId },
    data: { passwordHash: await hashPassword(CURRENT), mustChangePassword: true },
  });
  return { accountId, actor, actors };
}

async function signInState(userId: string) {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, mustChangePassword: true, sessionVersion: true },
  });
}

const change = (overrides: Record<string, unknown> = {}) => ({
  currentPassword: CURRENT,
  newPassword: NEXT,
  confirmPassword: NEXT,
  ...overrides,
});

describe("changeOwnPassword", () => {
  it("sets the new password, clears the must-change flag, ends every session and is audited", async () => {
    const { accountId, actor } = await personWithPassword();
    const session = { userId: actor.userId, sessionVersion: 0 };
    expect(await loadSessionContext(session, accountId)).toMatchObject({ passwordChangeRequired: true });

    expect(await changeOwnPassword(actor, change())).toEqual({
      ok: true,
      data: undefined,
      message: M.passwordChanged,
    });

    expect(await loadSessionContext(session, accountId)).toBeNull();
    expect(await signInState(actor.userId)).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    expect(await signInWithPassword({ email: actor.email, password: CURRENT }, freshAddress())).toEqual({
      ok: false,
      message: INVALID_CREDENTIALS,
    });
    expect(await signInWithPassword({ email: actor.email, password: NEXT }, freshAddress())).toEqual({
      ok: true,
      userId: actor.userId,
    });
    expect(await loadSessionContext({ userId: actor.userId, sessionVersion: 1 }, accountId)).toMatchObject({
      passwordChangeRequired: false,
    });
    const event = await lastAuditEvent(accountId);
    expect(event).toMatchObject({ action: "user.password_changed", targetId: actor.userId, changes: null });
    expect(JSON.stringify(event)).not.toContain(NEXT);
  });

  it.each([
    [
      "a wrong current password",
      { currentPassword: "not-my-password" },
      { currentPassword: [M.currentPasswordWrong] },
    ],
    [
      "a missing current password",
      { currentPassword: undefined },
      { currentPassword: [M.currentPasswordRequired] },
    ],
    [
      "a short new password",
      { newPassword: "short-pass1", confirmPassword: "short-pass1" },
      { newPassword: [M.newPasswordTooShort] },
    ],
    [
      "an overlong new password",
      { newPassword: "n".repeat(1025), confirmPassword: "n".repeat(1025) },
      { newPassword: [M.newPasswordTooLong] },
    ],
    [
      "the current password as the new one",
      { newPassword: CURRENT, confirmPassword: CURRENT },
      { newPassword: [M.newPasswordSame] },
    ],
    [
      "a confirmation that differs",
      { confirmPassword: `${NEXT}?` },
      { confirmPassword: [M.confirmationMismatch] },
    ],
  ])("refuses %s with a message next to the field, changing nothing", async (_label, overrides, errors) => {
    const { accountId, actor } = await personWithPassword();
    const before = await signInState(actor.userId);
    const events = await db().auditEvent.count({ where: { accountId } });
    expect(await changeOwnPassword(actor, change(overrides))).toMatchObject({ ok: false, errors });
    expect(await signInState(actor.userId)).toEqual(before);
    expect(await db().auditEvent.count({ where: { accountId } })).toBe(events);
  });

  // Without this, a stolen session (or an unlocked laptop) could try passwords here with no
  // delay at all, and learn the one that also opens the person's other accounts.
  it("is not a password oracle: wrong current passwords meet the sign-in throttle", async () => {
    const { actor } = await personWithPassword();
    const messages: string[] = [];
    for (let attempt = 0; attempt < 25; attempt++) {
      const result = await changeOwnPassword(actor, change({ currentPassword: `guess-number-${attempt}` }));
      const message = result.ok ? "changed" : (result.errors?.currentPassword?.[0] ?? "");
      messages.push(message);
      if (message !== M.currentPasswordWrong) break;
    }
    const last = messages.at(-1) ?? "";
    expect(messages.length).toBeLessThan(25);
    expect(last).toMatch(/too many/i);
    // Even the right password waits now, as it would at /login; nothing changed.
    const right = await changeOwnPassword(actor, change());
    expect(right).toMatchObject({
      ok: false,
      errors: { currentPassword: [expect.stringMatching(/too many/i)] },
    });
    expect(await signInState(actor.userId)).toMatchObject({ sessionVersion: 0, mustChangePassword: true });
  });
});

describe("session versions", () => {
  it("refuses a session of an older version, or of none, and accepts the current one", async () => {
    const { accountId, actor } = await personWithPassword();
    await db().user.update({ where: { id: actor.userId }, data: { sessionVersion: 3 } });
    for (const sessionVersion of [undefined, 0, 2, 4]) {
      expect(await loadSessionContext({ userId: actor.userId, sessionVersion }, accountId)).toBeNull();
    }
    expect(await loadSessionContext({ userId: actor.userId, sessionVersion: 3 }, accountId)).not.toBeNull();
  });

  it("Sign out everywhere ends every session of the user, and only theirs", async () => {
    const { accountId, actor, actors } = await personWithPassword("administrator");
    const colleague = { userId: actors.member.userId, sessionVersion: 0 };
    succeeded(await endAllSessions(actor));
    expect(await loadSessionContext({ userId: actor.userId, sessionVersion: 0 }, accountId)).toBeNull();
    expect(await loadSessionContext({ userId: actor.userId, sessionVersion: 1 }, accountId)).not.toBeNull();
    expect(await loadSessionContext(colleague, accountId)).not.toBeNull();
    expect(await lastAuditEvent(accountId)).toMatchObject({
      action: "user.sessions_ended",
      targetId: actor.userId,
    });
  });

  it("a sign-in reads the version before the password check, so a change in between ends it", async () => {
    const { accountId, actor } = await personWithPassword();
    const versionAtSignIn = await sessionVersionForEmail(` ${actor.email.toUpperCase()} `);
    expect(versionAtSignIn).toBe(0);
    succeeded(await changeOwnPassword(actor, change()));
    expect(
      await loadSessionContext({ userId: actor.userId, sessionVersion: versionAtSignIn }, accountId),
    ).toBeNull();
    expect(await sessionVersionForEmail("nobody@test.example")).toBeUndefined();
    expect(await sessionVersionForEmail(["not", "an", "email"])).toBeUndefined();
  });

  it("deactivation from the last account ends every session for good: reactivation does not revive it", async () => {
    const { accountId, actor, actors } = await personWithPassword();
    const session = { userId: actor.userId, sessionVersion: 0 };
    succeeded(await deactivateMember(actors.administrator, actor.userId));
    succeeded(await reactivateMember(actors.administrator, actor.userId));
    expect(await loadSessionContext(session, accountId)).toBeNull();
    expect(await signInState(actor.userId)).toMatchObject({ sessionVersion: 1 });
  });

  it("deactivation in one account leaves the person's session working in their other account", async () => {
    const home = await createTestAccount();
    const other = await createTestAccount();
    const person = home.actors.support_staff;
    succeeded(
      await addMember(other.actors.administrator, personInput({ email: person.email, role: "member" })),
    );
    succeeded(await deactivateMember(home.actors.administrator, person.userId));
    const ctx = await loadSessionContext({ userId: person.userId, sessionVersion: 0 }, home.accountId);
    expect(ctx?.account.id).toBe(other.accountId);
  });
});
