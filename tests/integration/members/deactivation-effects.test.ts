import { afterAll, describe, expect, it } from "vitest";
import { INVALID_CREDENTIALS, signInWithPassword } from "@/lib/auth/sign-in";
import { loadSessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/commands/add-member";
import { changeMemberRole } from "@/lib/members/commands/change-member-role";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { reactivateMember } from "@/lib/members/commands/reactivate-member";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { createTestAccount } from "../support/fixtures";
import { addPerson, lastAuditEvent, MEMBER_PASSWORD, personInput, succeeded } from "../support/members";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken, verdict } from "../support/tokens";

// What deactivation and reactivation do beyond the membership row: tokens, sign-in,
// open sessions, and the audit trail.
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

describe("a deactivated token owner", () => {
  it("has tokens that fail with owner_inactive, and verify again once reactivated", async () => {
    const { actors, technicalUserId } = await createTestAccount();
    const admin = actors.administrator;
    const { secret } = await issueToken(admin, { ownerId: technicalUserId });
    expect(await verdict(secret)).toBe("ok");
    succeeded(await deactivateMember(admin, technicalUserId));
    expect(await verdict(secret)).toBe("owner_inactive");
    succeeded(await reactivateMember(admin, technicalUserId));
    expect(await verdict(secret)).toBe("ok");
  });

  it("gets back tokens that were not revoked; a revoked one stays revoked", async () => {
    const { actors } = await createTestAccount();
    const admin = actors.administrator;
    const specialist = actors.implementation_specialist;
    const kept = await issueToken(specialist);
    const revoked = await issueToken(specialist);
    succeeded(await deactivateMember(admin, specialist.userId));
    expect([await verdict(kept.secret), await verdict(revoked.secret)]).toEqual([
      "owner_inactive",
      "owner_inactive",
    ]);
    succeeded(await revokeToken(admin, revoked.tokenId));
    succeeded(await reactivateMember(admin, specialist.userId));
    expect([await verdict(kept.secret), await verdict(revoked.secret)]).toEqual(["ok", "revoked"]);
  });

  it("a role change narrows the owner's tokens at once", async () => {
    const { actors } = await createTestAccount();
    const specialist = actors.implementation_specialist;
    const { secret } = await issueToken(specialist, { scope: "read_write" });
    expect(await verdict(secret, { required: "leads:write" })).toBe("ok");
    succeeded(await changeMemberRole(actors.administrator, specialist.userId, { role: "support_staff" }));
    expect(await verdict(secret, { required: "leads:write" })).toBe("insufficient_scope");
    expect(await verdict(secret, { required: "leads:read" })).toBe("ok");
    succeeded(await changeMemberRole(actors.administrator, specialist.userId, { role: "member" }));
    expect(await verdict(secret)).toBe("insufficient_scope");
  });
});

describe("a deactivated person", () => {
  it("can no longer sign in, and can again once reactivated", async () => {
    const { actors } = await createTestAccount();
    const { userId, email } = await addPerson(actors.administrator, "support_staff");
    expect(await signInWithPassword({ email, password: MEMBER_PASSWORD }, address())).toEqual({
      ok: true,
      userId,
    });
    succeeded(await deactivateMember(actors.administrator, userId));
    expect(await signInWithPassword({ email, password: MEMBER_PASSWORD }, address())).toEqual({
      ok: false,
      message: INVALID_CREDENTIALS,
    });
    succeeded(await reactivateMember(actors.administrator, userId));
    expect(await signInWithPassword({ email, password: MEMBER_PASSWORD }, address())).toEqual({
      ok: true,
      userId,
    });
  });

  it("loses an open session on its next request; in several accounts, only the deactivating one", async () => {
    const home = await createTestAccount();
    const other = await createTestAccount();
    const { userId, email } = await addPerson(home.actors.administrator, "support_staff");
    succeeded(
      await addMember(other.actors.administrator, personInput({ email, role: "implementation_specialist" })),
    );
    expect(await loadSessionContext({ userId, sessionVersion: 0 }, home.accountId)).toMatchObject({
      account: { id: home.accountId },
      role: "support_staff",
    });

    succeeded(await deactivateMember(home.actors.administrator, userId));
    const fallback = await loadSessionContext({ userId, sessionVersion: 0 }, home.accountId);
    expect(fallback).toMatchObject({ account: { id: other.accountId }, role: "implementation_specialist" });
    expect(fallback?.accounts.map((a) => a.id)).toEqual([other.accountId]);

    succeeded(await deactivateMember(other.actors.administrator, userId));
    expect(await loadSessionContext({ userId, sessionVersion: 0 }, other.accountId)).toBeNull();
  });

  it("a technical user never has a session, whatever its memberships", async () => {
    const { technicalUserId, accountId } = await createTestAccount();
    expect(await loadSessionContext({ userId: technicalUserId, sessionVersion: 0 }, accountId)).toBeNull();
  });
});

describe("the audit trail of members actions", () => {
  it("records each action with the role or status before and after", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    const { userId, email } = await addPerson(admin, "member");
    const target = { targetType: "user", targetId: userId, targetLabel: email, actorUserId: admin.userId };

    succeeded(await changeMemberRole(admin, userId, { role: "implementation_specialist" }));
    expect(await lastAuditEvent(accountId)).toMatchObject({
      ...target,
      action: "member.role_changed",
      changes: { role: { from: "member", to: "implementation_specialist" } },
    });
    succeeded(await deactivateMember(admin, userId));
    expect(await lastAuditEvent(accountId)).toMatchObject({
      ...target,
      action: "member.deactivated",
      changes: { status: { from: "active", to: "deactivated" } },
    });
    succeeded(await reactivateMember(admin, userId));
    expect(await lastAuditEvent(accountId)).toMatchObject({
      ...target,
      action: "member.reactivated",
      changes: { status: { from: "deactivated", to: "active" } },
    });
  });

  it("writes nothing for an action that changes nothing", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    const before = await db().auditEvent.count({ where: { accountId } });
    succeeded(await reactivateMember(admin, actors.member.userId));
    succeeded(await changeMemberRole(admin, actors.member.userId, { role: "member" }));
    succeeded(await deactivateMember(admin, actors.member.userId));
    succeeded(await deactivateMember(admin, actors.member.userId));
    expect(await db().auditEvent.count({ where: { accountId } })).toBe(before + 1);
  });
});
