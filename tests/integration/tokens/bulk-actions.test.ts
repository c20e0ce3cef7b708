import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { NOT_ALLOWED } from "@/lib/auth/messages";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import {
  bulkDeleteTokens,
  bulkDisableTokens,
  bulkEnableTokens,
  bulkRevokeTokens,
} from "@/lib/tokens/bulk/bulk-command";
import { BULK_LIMIT } from "@/lib/tokens/bulk/limit";
import { BULK_MESSAGES } from "@/lib/tokens/bulk/messages";
import { previewBulkSelection } from "@/lib/tokens/bulk/preview";
import { createTestAccount, type TestAccount } from "../support/fixtures";
import {
  accountSnapshot,
  auditActions,
  expectSecretsNowhereInDb,
  issueToken,
  issuedSecrets,
  succeeded,
} from "../support/tokens";

// Bulk actions run each token through its single-token command: checked, changed and
// audited as if done alone, plus one event for the bulk action itself.

afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

// An enabled, a disabled and a revoked token of a fresh account.
async function mixedAccount() {
  const account = await createTestAccount();
  const admin = account.actors.administrator;
  const enabled = (await issueToken(admin, { name: "Enabled one" })).tokenId;
  const disabled = (await issueToken(admin, { name: "Disabled one" })).tokenId;
  const revoked = (await issueToken(admin, { name: "Revoked one" })).tokenId;
  await db().apiToken.update({ where: { id: disabled }, data: { disabledAt: new Date() } });
  await db().apiToken.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
  return { ...account, enabled, disabled, revoked };
}

async function bulkEvent(accountId: string) {
  return db().auditEvent.findFirstOrThrow({
    where: { accountId, action: { startsWith: "token.bulk_" } },
    select: { action: true, targetType: true, targetId: true, changes: true, actorUserId: true },
  });
}

async function auditedTargets(accountId: string, action: string) {
  const rows = await db().auditEvent.findMany({ where: { accountId, action }, select: { targetId: true } });
  return rows.map((row) => row.targetId).sort();
}

describe("bulk revoke", () => {
  it.each<Role>(["administrator", "implementation_specialist"])(
    "revokes what it can as %s, skips what is already revoked, and audits each token",
    async (role) => {
      const account = await mixedAccount();
      const actor = account.actors[role];
      const result = succeeded(
        await bulkRevokeTokens(actor, { ids: [account.enabled, account.disabled, account.revoked] }),
      );
      expect(result.done.map((token) => token.id).sort()).toEqual([account.enabled, account.disabled].sort());
      expect(result.skipped).toEqual([
        { id: account.revoked, name: "Revoked one", reason: "already_revoked" },
      ]);

      const rows = await db().apiToken.findMany({
        where: { accountId: account.accountId, revokedAt: { not: null } },
        select: { id: true, revokedById: true },
      });
      expect(rows).toHaveLength(3);
      expect(await auditedTargets(account.accountId, "token.revoked")).toEqual(
        [account.enabled, account.disabled].sort(),
      );
      const event = await bulkEvent(account.accountId);
      expect(event).toMatchObject({
        action: "token.bulk_revoked",
        targetType: "account",
        targetId: account.accountId,
        actorUserId: actor.userId,
      });
      expect(JSON.parse(event.changes ?? "{}")).toEqual({
        done: { from: null, to: 2 },
        skipped: { from: null, to: 1 },
      });
    },
  );
});

describe("bulk disable and enable", () => {
  it("disables the enabled token and says why the others were skipped", async () => {
    const account = await mixedAccount();
    const result = succeeded(
      await bulkDisableTokens(account.actors.administrator, {
        ids: [account.enabled, account.disabled, account.revoked],
      }),
    );
    expect(result.done).toEqual([{ id: account.enabled, name: "Enabled one" }]);
    expect(result.skipped).toEqual([
      { id: account.disabled, name: "Disabled one", reason: "already_disabled" },
      { id: account.revoked, name: "Revoked one", reason: "revoked" },
    ]);
    expect(await auditActions(account.accountId)).toEqual([
      "token.created",
      "token.created",
      "token.created",
      "token.disabled",
      "token.bulk_disabled",
    ]);
  });

  it("enables the disabled token and says why the others were skipped", async () => {
    const account = await mixedAccount();
    const result = succeeded(
      await bulkEnableTokens(account.actors.implementation_specialist, {
        ids: [account.enabled, account.disabled, account.revoked],
      }),
    );
    expect(result.done).toEqual([{ id: account.disabled, name: "Disabled one" }]);
    expect(result.skipped.map((token) => token.reason)).toEqual(["already_enabled", "revoked"]);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: account.disabled } });
    expect(row.disabledAt).toBeNull();
    expect(await auditedTargets(account.accountId, "token.enabled")).toEqual([account.disabled]);
  });
});

describe("bulk delete", () => {
  it("deletes every token whatever its status, each audited", async () => {
    const account = await mixedAccount();
    const ids = [account.enabled, account.disabled, account.revoked];
    const result = succeeded(await bulkDeleteTokens(account.actors.administrator, { ids }));
    expect(result.done).toHaveLength(3);
    expect(result.skipped).toEqual([]);
    expect(await db().apiToken.count({ where: { accountId: account.accountId } })).toBe(0);
    expect(await auditedTargets(account.accountId, "token.deleted")).toEqual([...ids].sort());
    expect((await bulkEvent(account.accountId)).action).toBe("token.bulk_deleted");
  });
});

describe("who may act in bulk", () => {
  it.each<Role>(["support_staff", "member"])("refuses %s, changing nothing", async (role) => {
    const account = await mixedAccount();
    const before = await accountSnapshot(account.accountId);
    const ids = [account.enabled, account.disabled];
    for (const command of [bulkDisableTokens, bulkEnableTokens, bulkRevokeTokens, bulkDeleteTokens]) {
      expect(await command(account.actors[role], { ids })).toEqual({
        ok: false,
        message: NOT_ALLOWED,
        errors: undefined,
      });
      expect(await command(account.actors[role], { filters: {} })).toMatchObject({
        ok: false,
        message: NOT_ALLOWED,
      });
    }
    expect(await previewBulkSelection(account.actors[role], {})).toMatchObject({
      ok: false,
      message: NOT_ALLOWED,
    });
    expect(await accountSnapshot(account.accountId)).toEqual(before);
  });

  it("skips another account's token as not found and changes nothing there", async () => {
    const victim = await mixedAccount();
    const intruder = await mixedAccount();
    const before = await accountSnapshot(victim.accountId);
    const result = succeeded(
      await bulkRevokeTokens(intruder.actors.administrator, { ids: [victim.enabled, intruder.enabled] }),
    );
    expect(result.done).toEqual([{ id: intruder.enabled, name: "Enabled one" }]);
    expect(result.skipped).toEqual([{ id: victim.enabled, name: null, reason: "not_found" }]);
    expect(await accountSnapshot(victim.accountId)).toEqual(before);
  });
});

describe("the selection", () => {
  it(`refuses more than ${BULK_LIMIT} ids, changing nothing`, async () => {
    const account = await mixedAccount();
    const before = await accountSnapshot(account.accountId);
    const ids = [account.enabled, ...Array.from({ length: BULK_LIMIT }, (_, i) => `missing-${i}`)];
    expect(await bulkRevokeTokens(account.actors.administrator, { ids })).toMatchObject({
      ok: false,
      message: BULK_MESSAGES.tooMany,
    });
    expect(await accountSnapshot(account.accountId)).toEqual(before);
  });

  it.each([{ ids: [] }, { ids: "all" }, { ids: [42] }, null, "everything", { filters: { status: "gone" } }])(
    "refuses the malformed selection %j, changing nothing",
    async (selection) => {
      const account = await mixedAccount();
      const before = await accountSnapshot(account.accountId);
      expect(await bulkRevokeTokens(account.actors.administrator, selection)).toMatchObject({ ok: false });
      expect(await accountSnapshot(account.accountId)).toEqual(before);
    },
  );

  it("acts on the tokens matching the list's filters, found again on the server", async () => {
    const account = await mixedAccount();
    const admin = account.actors.administrator;
    const other = await mixedAccount();
    const retire = [
      (await issueToken(admin, { name: "Legacy CRM sync" })).tokenId,
      (await issueToken(admin, { name: "Legacy CRM export" })).tokenId,
    ];
    const filters = { q: "legacy crm", created: "any", status: "enabled" };
    expect(succeeded(await previewBulkSelection(admin, filters))).toEqual({
      total: 2,
      names: ["Legacy CRM export", "Legacy CRM sync"],
    });

    const result = succeeded(await bulkRevokeTokens(admin, { filters }));
    expect(result.done.map((token) => token.id).sort()).toEqual([...retire].sort());
    expect(result.skipped).toEqual([]);
    const stillEnabled = await db().apiToken.findMany({
      where: { accountId: account.accountId, revokedAt: null },
      select: { id: true },
    });
    expect(stillEnabled.map((row) => row.id).sort()).toEqual([account.enabled, account.disabled].sort());
    expect(await db().apiToken.count({ where: { accountId: other.accountId, revokedAt: null } })).toBe(2);

    const disabledOnly = succeeded(await bulkEnableTokens(admin, { filters: { status: "disabled" } }));
    expect(disabledOnly.done).toEqual([{ id: account.disabled, name: "Disabled one" }]);
  });

  it(`refuses a filter matching more than ${BULK_LIMIT} tokens, changing nothing`, async () => {
    const account: TestAccount = await createTestAccount();
    const admin = account.actors.administrator;
    const template = await db().apiToken.findUniqueOrThrow({
      where: { id: (await issueToken(admin, { name: "Template" })).tokenId },
      select: { scope: true, apiVersionId: true, ownerId: true, createdById: true },
    });
    await db().apiToken.createMany({
      data: Array.from({ length: BULK_LIMIT }, (_, i) => ({
        ...template,
        accountId: account.accountId,
        publicId: randomBytes(12).toString("hex"),
        name: `Bulk ${i}`,
        nameKey: `bulk ${i}`,
        searchKey: `bulk ${i}`,
        hint: "kw_test…0000",
        secretHash: randomBytes(32).toString("hex"),
      })),
    });
    const before = await accountSnapshot(account.accountId);
    expect(await bulkRevokeTokens(admin, { filters: {} })).toMatchObject({
      ok: false,
      message: BULK_MESSAGES.tooManyMatching,
    });
    expect(await accountSnapshot(account.accountId)).toEqual(before);
  });
});
