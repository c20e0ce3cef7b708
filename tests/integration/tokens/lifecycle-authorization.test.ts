import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NOT_FOUND_MESSAGE, type ActionState } from "@/lib/commands/result";
import { setApiAccess } from "@/lib/accounts/set-api-access";
import type { AuditAction } from "@/lib/audit/actions";
import { NOT_ALLOWED } from "@/lib/auth/messages";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { updateTokenVersion } from "@/lib/tokens/commands/update-token-version";
import { catalogue, createTestAccount, tokenInput, type TestAccount } from "../support/fixtures";
import {
  accountSnapshot,
  auditActions,
  expectSecretsNowhereInDb,
  issueToken,
  issuedSecrets,
} from "../support/tokens";

// Every lifecycle command, as every role and as someone of another account. Allowed roles
// change the token and write exactly one audit event; refused ones change nothing at all.
type Command = {
  name: string;
  audit: AuditAction;
  // Puts the token in the state the command acts on (enable needs a disabled token).
  prepare?: (tokenId: string) => Promise<void>;
  run: (actor: Actor, tokenId: string) => Promise<ActionState<unknown>>;
};

const olderVersionId = async () => {
  const { versions } = await catalogue();
  const older = versions.at(-1);
  if (!older) throw new Error("no API version");
  return older.id;
};

const COMMANDS: Command[] = [
  {
    name: "edit",
    audit: "token.updated",
    run: async (actor, tokenId) =>
      updateToken(actor, tokenId, {
        ...(await tokenInput(actor, { name: "Renamed", description: "now described" })),
        expiration: "keep",
      }),
  },
  {
    name: "duplicate",
    audit: "token.duplicated",
    run: (actor, tokenId) => duplicateToken(actor, tokenId, { name: "The copy" }),
  },
  {
    name: "reset now",
    audit: "token.reset",
    run: (actor, tokenId) => resetToken(actor, tokenId, { grace: "none" }),
  },
  {
    name: "reset with grace",
    audit: "token.reset",
    run: (actor, tokenId) => resetToken(actor, tokenId, { grace: "24h" }),
  },
  {
    name: "update version",
    audit: "token.version_updated",
    run: async (actor, tokenId) =>
      updateTokenVersion(actor, tokenId, { apiVersionId: await olderVersionId() }),
  },
  {
    name: "disable",
    audit: "token.disabled",
    run: (actor, tokenId) => setTokenEnabled(actor, tokenId, false),
  },
  {
    name: "enable",
    audit: "token.enabled",
    prepare: async (tokenId) =>
      void (await db().apiToken.update({ where: { id: tokenId }, data: { disabledAt: new Date() } })),
    run: (actor, tokenId) => setTokenEnabled(actor, tokenId, true),
  },
  { name: "revoke", audit: "token.revoked", run: (actor, tokenId) => revokeToken(actor, tokenId) },
  { name: "delete", audit: "token.deleted", run: (actor, tokenId) => deleteToken(actor, tokenId) },
];

const ALLOWED: Role[] = ["administrator", "implementation_specialist"];
const REFUSED: Role[] = ["support_staff", "member"];

async function accountWithToken(): Promise<TestAccount & { tokenId: string }> {
  const account = await createTestAccount();
  const { tokenId } = await issueToken(account.actors.administrator, { name: "Original" });
  return { ...account, tokenId };
}

afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

describe.each(COMMANDS)("$name", (command) => {
  it.each(ALLOWED)("is allowed to %s, with one audit event", async (role) => {
    const account = await accountWithToken();
    await command.prepare?.(account.tokenId);
    const before = await accountSnapshot(account.accountId);
    const result = await command.run(account.actors[role], account.tokenId);
    expect(result).toMatchObject({ ok: true });
    const after = await accountSnapshot(account.accountId);
    expect(after.tokens).not.toEqual(before.tokens);
    expect((await auditActions(account.accountId)).slice(before.auditEvents)).toEqual([command.audit]);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { accountId: account.accountId, action: command.audit },
      select: { actorUserId: true, ipAddress: true, userAgent: true, targetId: true },
    });
    expect(event).toMatchObject({
      actorUserId: account.actors[role].userId,
      ipAddress: "203.0.113.7",
      userAgent: "vitest",
    });
    if ("data" in result && result.data && typeof result.data === "object" && "secret" in result.data) {
      issuedSecrets.push(String(result.data.secret));
    }
  });

  it.each(REFUSED)("is refused to %s, changing nothing", async (role) => {
    const account = await accountWithToken();
    await command.prepare?.(account.tokenId);
    const before = await accountSnapshot(account.accountId);
    const result = await command.run(account.actors[role], account.tokenId);
    expect(result).toEqual({ ok: false, message: NOT_ALLOWED, errors: undefined });
    expect(await accountSnapshot(account.accountId)).toEqual(before);
  });

  it("answers not found to an administrator of another account, changing nothing", async () => {
    const victim = await accountWithToken();
    const intruder = await createTestAccount();
    await command.prepare?.(victim.tokenId);
    const before = await accountSnapshot(victim.accountId);
    const result = await command.run(intruder.actors.administrator, victim.tokenId);
    expect(result).toEqual({ ok: false, message: NOT_FOUND_MESSAGE, errors: undefined });
    expect(await accountSnapshot(victim.accountId)).toEqual(before);
    expect(await accountSnapshot(intruder.accountId)).toEqual({
      account: { apiAccessEnabled: true },
      tokens: [],
      auditEvents: 0,
    });
  });
});

describe("create", () => {
  it.each(ALLOWED)("is allowed to %s, with one audit event", async (role) => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors[role], { name: "Created" });
    const row = await db().apiToken.findUniqueOrThrow({
      where: { id: tokenId },
      select: { accountId: true, createdById: true },
    });
    expect(row).toEqual({ accountId, createdById: actors[role].userId });
    expect(await auditActions(accountId)).toEqual(["token.created"]);
  });

  it.each(REFUSED)("is refused to %s, storing nothing", async (role) => {
    const { actors, accountId } = await createTestAccount();
    const result = await createToken(actors[role], await tokenInput(actors[role]));
    expect(result).toEqual({ ok: false, message: NOT_ALLOWED, errors: undefined });
    expect(await accountSnapshot(accountId)).toEqual({
      account: { apiAccessEnabled: true },
      tokens: [],
      auditEvents: 0,
    });
  });
});

describe("API access switch", () => {
  it.each(ALLOWED)("is allowed to %s, with one audit event each way", async (role) => {
    const { actors, accountId } = await createTestAccount();
    expect(await setApiAccess(actors[role], false)).toMatchObject({ ok: true });
    expect((await accountSnapshot(accountId)).account.apiAccessEnabled).toBe(false);
    expect(await setApiAccess(actors[role], true)).toMatchObject({ ok: true });
    expect((await accountSnapshot(accountId)).account.apiAccessEnabled).toBe(true);
    expect(await auditActions(accountId)).toEqual([
      "account.api_access_disabled",
      "account.api_access_enabled",
    ]);
  });

  it.each(REFUSED)("is refused to %s, changing nothing", async (role) => {
    const { actors, accountId } = await createTestAccount();
    const result = await setApiAccess(actors[role], false);
    expect(result).toEqual({ ok: false, message: NOT_ALLOWED, errors: undefined });
    expect(await accountSnapshot(accountId)).toEqual({
      account: { apiAccessEnabled: true },
      tokens: [],
      auditEvents: 0,
    });
  });

  it("only ever acts on the actor's own account", async () => {
    const victim = await createTestAccount();
    const intruder = await createTestAccount();
    expect(await setApiAccess(intruder.actors.administrator, false)).toMatchObject({ ok: true });
    expect((await accountSnapshot(victim.accountId)).account.apiAccessEnabled).toBe(true);
    expect((await accountSnapshot(intruder.accountId)).account.apiAccessEnabled).toBe(false);
  });
});
