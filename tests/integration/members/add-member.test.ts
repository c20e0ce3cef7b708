import { describe, expect, it } from "vitest";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/commands/add-member";
import { MEMBER_MESSAGES as M } from "@/lib/members/messages";
import { createTestAccount } from "../support/fixtures";
import {
  lastAuditEvent,
  MEMBER_PASSWORD,
  membersSnapshot,
  personInput,
  succeeded,
  uniqueEmail,
} from "../support/members";

// Adding people and technical users: what is stored, what is refused, and what happens
// when the email already has a Keyward user elsewhere.
describe("addMember", () => {
  it("adds a person with an argon2id-hashed password and audits it without the password", async () => {
    const { accountId, actors } = await createTestAccount();
    const email = uniqueEmail("pat");
    const { userId } = succeeded(
      await addMember(
        actors.administrator,
        personInput({ email: ` ${email.toUpperCase()} `, role: "support_staff" }),
      ),
    );
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email, name: "Pat Person", isTechnical: false });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash ?? "", MEMBER_PASSWORD)).toBe(true);
    const event = await lastAuditEvent(accountId);
    expect(event).toEqual({
      action: "member.added",
      actorUserId: actors.administrator.userId,
      targetType: "user",
      targetId: userId,
      targetLabel: email,
      ipAddress: "203.0.113.7",
      changes: {
        role: { from: null, to: "support_staff" },
        status: { from: null, to: "active" },
        technicalUser: { from: null, to: false },
      },
    });
    const rows = JSON.stringify(await db().auditEvent.findMany({ where: { accountId } }));
    expect(rows).not.toContain(MEMBER_PASSWORD);
  });

  it("adds a technical user with no password", async () => {
    const { accountId, actors } = await createTestAccount();
    const { userId } = succeeded(
      await addMember(
        actors.administrator,
        personInput({
          name: "Billing robot",
          role: "implementation_specialist",
          isTechnical: "on",
          password: "",
        }),
      ),
    );
    expect(
      await db().user.findUniqueOrThrow({
        where: { id: userId },
        select: { isTechnical: true, passwordHash: true },
      }),
    ).toEqual({
      isTechnical: true,
      passwordHash: null,
    });
    expect((await lastAuditEvent(accountId)).changes).toMatchObject({
      technicalUser: { from: null, to: true },
    });
  });

  it.each([
    ["an empty name", { name: "" }, { name: [M.nameRequired] }],
    ["a 101-character name", { name: "n".repeat(101) }, { name: [M.nameTooLong] }],
    ["an empty email", { email: "" }, { email: [M.emailRequired] }],
    ["an invalid email", { email: "pat at example" }, { email: [M.emailInvalid] }],
    ["an overlong email", { email: `${"a".repeat(250)}@example.com` }, { email: [M.emailTooLong] }],
    ["an unknown role", { role: "owner" }, { role: [M.roleRequired] }],
    ["a person without a password", { password: "" }, { password: [M.passwordRequired] }],
    ["a too-short password", { password: "short-pass" }, { password: [M.passwordTooShort] }],
    ["a password for a technical user", { isTechnical: true }, { password: [M.passwordForTechnical] }],
  ])("refuses %s with a field message, storing nothing", async (_label, override, errors) => {
    const { accountId, actors } = await createTestAccount();
    const before = await membersSnapshot(accountId);
    const input = personInput(override);
    expect(await addMember(actors.administrator, input)).toEqual({
      ok: false,
      message: CHECK_FIELDS,
      errors,
    });
    expect(await membersSnapshot(accountId)).toEqual(before);
    if (typeof input.email === "string" && input.email.includes("@")) {
      expect(await db().user.count({ where: { email: input.email.toLowerCase() } })).toBe(0);
    }
  });

  it("refuses an email that is already a member of the account, active or not, in any case", async () => {
    const { accountId, actors } = await createTestAccount();
    await db().membership.update({
      where: { accountId_userId: { accountId, userId: actors.member.userId } },
      data: { deactivatedAt: new Date() },
    });
    const before = await membersSnapshot(accountId);
    for (const email of [actors.support_staff.email.toUpperCase(), actors.member.email]) {
      expect(await addMember(actors.administrator, personInput({ email }))).toEqual({
        ok: false,
        message: CHECK_FIELDS,
        errors: { email: [M.emailTaken] },
      });
    }
    expect(await membersSnapshot(accountId)).toEqual(before);
  });

  it("adds a user of another account as a new membership, leaving their name, password and other account untouched", async () => {
    const home = await createTestAccount();
    const other = await createTestAccount();
    const person = home.actors.support_staff;
    const homeBefore = await membersSnapshot(home.accountId);
    const userBefore = await db().user.findUniqueOrThrow({ where: { id: person.userId } });

    const result = await addMember(
      other.actors.administrator,
      personInput({
        email: person.email,
        name: "Someone Else",
        password: "attacker-chosen-pw",
        role: "member",
      }),
    );
    expect(result).toEqual({ ok: true, data: { userId: person.userId }, message: M.addedExisting });
    expect(JSON.stringify(result)).not.toContain(home.accountId);
    expect(await db().user.findUniqueOrThrow({ where: { id: person.userId } })).toEqual(userBefore);
    expect(await membersSnapshot(home.accountId)).toEqual(homeBefore);
    expect(
      await db().membership.findUniqueOrThrow({
        where: { accountId_userId: { accountId: other.accountId, userId: person.userId } },
        select: { role: true, deactivatedAt: true },
      }),
    ).toEqual({ role: "member", deactivatedAt: null });
    expect(await verifyPassword(userBefore.passwordHash ?? "", "attacker-chosen-pw")).toBe(false);
  });

  it("settles two administrators adding the same new email at once: one membership, one user", async () => {
    const { accountId, actors } = await createTestAccount();
    const email = uniqueEmail("race");
    const results = await Promise.all([
      addMember(actors.administrator, personInput({ email })),
      addMember(actors.administrator, personInput({ email })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      message: CHECK_FIELDS,
      errors: { email: [M.emailTaken] },
    });
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect(await db().auditEvent.count({ where: { accountId, action: "member.added" } })).toBe(1);
  });
});
