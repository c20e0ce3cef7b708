import { afterAll, describe, expect, it } from "vitest";
import { NOT_FOUND_MESSAGE } from "@/lib/commands/result";
import { setApiAccess } from "@/lib/accounts/set-api-access";
import { db } from "@/lib/db/client";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { REVOKED_IS_FINAL, setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { updateTokenVersion } from "@/lib/tokens/commands/update-token-version";
import { catalogue, createTestAccount, tokenInput } from "../support/fixtures";
import {
  expectSecretsNowhereInDb,
  issued,
  issueToken,
  issuedSecrets,
  succeeded,
  verdict,
  verify,
} from "../support/tokens";

// What verification answers for old and new secrets after each lifecycle action: every
// action is seen by the very next verification.
const HOUR = 60 * 60 * 1000;
const later = (ms: number) => new Date(Date.now() + ms);

afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

describe("verification after lifecycle actions", () => {
  it("accepts a new token with the rights it was given", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator, { scope: "read" });
    const decision = await verify(secret);
    expect(decision).toMatchObject({ ok: true, permissions: ["leads:read"], token: { scope: "read" } });
    expect(await verdict(secret, { required: "leads:write" })).toBe("insufficient_scope");
  });

  it("reset without grace: the old secret fails at once, the new one works", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret: old } = await issueToken(actors.implementation_specialist);
    const { secret: fresh } = issued(
      await resetToken(actors.implementation_specialist, tokenId, { grace: "none" }),
    );
    expect(fresh).not.toBe(old);
    expect(fresh.slice(0, 16)).toBe(old.slice(0, 16));
    expect(await verdict(old)).toBe("unknown");
    expect(await verdict(fresh)).toBe("ok");
  });

  it.each([
    ["1h", 1 * HOUR],
    ["24h", 24 * HOUR],
    ["7d", 7 * 24 * HOUR],
  ] as const)(
    "reset with %s grace: the old secret works until the grace time, then fails",
    async (grace, ms) => {
      const { actors } = await createTestAccount();
      const { tokenId, secret: old } = await issueToken(actors.administrator);
      const { secret: fresh } = issued(await resetToken(actors.administrator, tokenId, { grace }));
      expect(await verdict(old)).toBe("ok");
      expect(await verdict(old, { now: later(ms - 60_000) })).toBe("ok");
      expect(await verdict(old, { now: later(ms + 60_000) })).toBe("unknown");
      expect(await verdict(fresh, { now: later(ms + 60_000) })).toBe("ok");
    },
  );

  it("a second reset ends the first grace period's secret", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret: first } = await issueToken(actors.administrator);
    const { secret: second } = issued(await resetToken(actors.administrator, tokenId, { grace: "24h" }));
    const { secret: third } = issued(await resetToken(actors.administrator, tokenId, { grace: "24h" }));
    expect(await verdict(first)).toBe("unknown");
    expect(await verdict(second)).toBe("ok");
    expect(await verdict(third)).toBe("ok");
  });

  it("disable fails verification until enabled again", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    succeeded(await setTokenEnabled(actors.implementation_specialist, tokenId, false));
    expect(await verdict(secret)).toBe("disabled");
    succeeded(await setTokenEnabled(actors.implementation_specialist, tokenId, true));
    expect(await verdict(secret)).toBe("ok");
  });

  it("revoke is final: it fails forever and cannot be enabled, reset, edited or re-versioned", async () => {
    const { actors } = await createTestAccount();
    const admin = actors.administrator;
    const { tokenId, secret } = await issueToken(admin);
    const { secret: fresh } = issued(await resetToken(admin, tokenId, { grace: "7d" }));
    succeeded(await revokeToken(admin, tokenId));
    expect(await verdict(secret)).toBe("unknown");
    expect(await verdict(fresh)).toBe("revoked");
    const before = await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(before.revokedById).toBe(admin.userId);

    const { versions } = await catalogue();
    const older = versions.at(-1)?.id;
    const final = { ok: false, message: REVOKED_IS_FINAL, errors: undefined };
    expect(await setTokenEnabled(admin, tokenId, true)).toEqual(final);
    expect(await setTokenEnabled(admin, tokenId, false)).toEqual(final);
    expect(await resetToken(admin, tokenId, { grace: "none" })).toEqual(final);
    expect(await updateToken(admin, tokenId, { ...(await tokenInput(admin)), expiration: "keep" })).toEqual(
      final,
    );
    expect(await updateTokenVersion(admin, tokenId, { apiVersionId: older })).toEqual(final);
    expect(await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).toEqual(before);
    expect(await verdict(fresh, { now: later(365 * 24 * HOUR) })).toBe("revoked");
    expect(await db().auditEvent.count({ where: { targetId: tokenId, action: "token.revoked" } })).toBe(1);
  });

  it("delete removes the token: its secret is unknown and it is gone for every command", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    succeeded(await deleteToken(actors.implementation_specialist, tokenId));
    expect(await verdict(secret)).toBe("unknown");
    expect(await db().apiToken.count({ where: { id: tokenId } })).toBe(0);
    expect(await deleteToken(actors.administrator, tokenId)).toEqual({
      ok: false,
      message: NOT_FOUND_MESSAGE,
      errors: undefined,
    });
    expect(await resetToken(actors.administrator, tokenId, {})).toMatchObject({
      ok: false,
      message: NOT_FOUND_MESSAGE,
    });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { targetId: tokenId, action: "token.deleted" },
    });
    expect(event.targetHint).toMatch(/^kw_[0-9A-Za-z]{12}_…[0-9A-Za-z]{4}$/);
  });

  it("duplicate keeps rights, owner and settings, with a new secret; both secrets work", async () => {
    const { actors, technicalUserId } = await createTestAccount();
    const c = await catalogue();
    const admin = actors.administrator;
    const sections = [c.section("leads"), c.section("reports"), c.section("users")];
    const original = await issueToken(admin, {
      name: "Billing sync",
      scope: "read",
      sectionIds: sections,
      ownerId: technicalUserId,
      allowedIpRanges: "203.0.113.0/24",
      technicalContact: "ops@example.com",
      description: "Nightly billing export",
    });
    const copy = issued(
      await duplicateToken(actors.implementation_specialist, original.tokenId, {
        name: "Billing sync (copy)",
      }),
    );
    expect(copy.secret).not.toBe(original.secret);

    const pick = {
      scope: true,
      ownerId: true,
      apiVersionId: true,
      expiresAt: true,
      allowedIpRanges: true,
      technicalContact: true,
      description: true,
    } as const;
    const [a, b] = await Promise.all([
      db().apiToken.findUniqueOrThrow({ where: { id: original.tokenId }, select: pick }),
      db().apiToken.findUniqueOrThrow({
        where: { id: copy.tokenId },
        select: { ...pick, name: true, duplicatedFromId: true, createdById: true },
      }),
    ]);
    expect(b).toEqual({
      ...a,
      name: "Billing sync (copy)",
      duplicatedFromId: original.tokenId,
      createdById: actors.implementation_specialist.userId,
    });
    const sectionsOf = async (tokenId: string) =>
      (await db().apiTokenSection.findMany({ where: { tokenId }, select: { sectionId: true } }))
        .map((s) => s.sectionId)
        .sort();
    expect(await sectionsOf(copy.tokenId)).toEqual([...sections].sort());

    const [first, second] = await Promise.all([verify(original.secret), verify(copy.secret)]);
    expect(first).toMatchObject({ ok: true, token: { id: original.tokenId, ownerId: technicalUserId } });
    expect(second).toMatchObject({ ok: true, token: { id: copy.tokenId, ownerId: technicalUserId } });
    if (!first.ok || !second.ok) throw new Error("both secrets should verify");
    expect(second.permissions).toEqual(first.permissions);
    expect(await verdict(copy.secret, { required: "leads:write" })).toBe("insufficient_scope");
  });

  it("update version changes the version verification reports", async () => {
    const { actors } = await createTestAccount();
    const { versions } = await catalogue();
    const older = versions.at(-1);
    if (!older) throw new Error("no API version");
    const { tokenId, secret } = await issueToken(actors.administrator);
    succeeded(
      await updateTokenVersion(actors.implementation_specialist, tokenId, { apiVersionId: older.id }),
    );
    expect(await verify(secret)).toMatchObject({ ok: true, token: { apiVersion: older.name } });
  });

  it("edit changes what the token may do, from the very next verification", async () => {
    const { actors } = await createTestAccount();
    const c = await catalogue();
    const admin = actors.administrator;
    const { tokenId, secret } = await issueToken(admin, { scope: "read_write" });
    expect(await verdict(secret, { required: "leads:write" })).toBe("ok");
    succeeded(
      await updateToken(admin, tokenId, {
        ...(await tokenInput(admin, { name: "Renamed", scope: "read", sectionIds: [c.section("reports")] })),
        expiration: "keep",
      }),
    );
    expect(await verify(secret)).toMatchObject({
      ok: true,
      token: { name: "Renamed" },
      permissions: ["reports:read"],
    });
    expect(await verdict(secret, { required: "leads:read" })).toBe("insufficient_scope");

    succeeded(
      await updateToken(admin, tokenId, {
        ...(await tokenInput(admin, { name: "Renamed", allowedIpRanges: "198.51.100.0/24" })),
        expiration: "keep",
      }),
    );
    expect(await verdict(secret)).toBe("ip_not_allowed");
    expect(await verdict(secret, { required: "leads:write" })).toBe("ip_not_allowed");
  });

  it("an edited expiry in the past of `now` expires the token", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator, { expiration: "7d" });
    expect(await verdict(secret, { now: later(6 * 24 * HOUR) })).toBe("ok");
    expect(await verdict(secret, { now: later(8 * 24 * HOUR) })).toBe("expired");
  });

  it("turning API access off fails every token of the account, and only that account", async () => {
    const mine = await createTestAccount();
    const theirs = await createTestAccount();
    const { secret } = await issueToken(mine.actors.administrator);
    const { secret: other } = await issueToken(theirs.actors.administrator);
    succeeded(await setApiAccess(mine.actors.implementation_specialist, false));
    expect(await verdict(secret)).toBe("api_access_off");
    expect(await verdict(other)).toBe("ok");
    succeeded(await setApiAccess(mine.actors.implementation_specialist, true));
    expect(await verdict(secret)).toBe("ok");
  });
});
