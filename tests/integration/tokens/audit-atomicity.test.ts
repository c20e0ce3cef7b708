import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { setApiAccess } from "@/lib/accounts/set-api-access";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { updateTokenVersion } from "@/lib/tokens/commands/update-token-version";
import { catalogue, createTestAccount, tokenInput } from "../support/fixtures";
import {
  accountSnapshot,
  expectSecretsNowhereInDb,
  issuedSecrets,
  issueToken,
  verdict,
} from "../support/tokens";

// The change and its audit event commit together: when the audit insert fails (here a
// database trigger refuses it for one account), the change is rolled back too.
const sqlite = () => config().databaseUrl.startsWith("file:");
let triggers: string[] = [];

async function breakAuditFor(accountId: string): Promise<void> {
  if (!/^[a-z0-9]+$/.test(accountId)) throw new Error("unexpected account id");
  const name = `keyward_test_fail_audit_${accountId}`;
  if (sqlite()) {
    await db().$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "AuditEvent" WHEN NEW."accountId" = '${accountId}' BEGIN SELECT RAISE(ABORT, 'audit is down'); END`,
    );
  } else {
    await db().$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION keyward_test_fail_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit is down'; END $$ LANGUAGE plpgsql`,
    );
    await db().$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW."accountId" = '${accountId}') EXECUTE FUNCTION keyward_test_fail_audit()`,
    );
  }
  triggers.push(name);
}

afterEach(async () => {
  for (const name of triggers) {
    await db().$executeRawUnsafe(
      sqlite() ? `DROP TRIGGER IF EXISTS ${name}` : `DROP TRIGGER IF EXISTS ${name} ON "AuditEvent"`,
    );
  }
  triggers = [];
});

afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const olderVersion = async () => (await catalogue()).versions.at(-1)?.id;

const ACTIONS: Array<[string, (actor: Actor, tokenId: string) => Promise<unknown>]> = [
  ["create", async (actor) => createToken(actor, await tokenInput(actor))],
  [
    "edit",
    async (actor, id) =>
      updateToken(actor, id, await tokenInput(actor, { name: "Changed", expiration: "keep" })),
  ],
  ["duplicate", (actor, id) => duplicateToken(actor, id, { name: "Copy" })],
  ["reset", (actor, id) => resetToken(actor, id, { grace: "none" })],
  [
    "update version",
    async (actor, id) => updateTokenVersion(actor, id, { apiVersionId: await olderVersion() }),
  ],
  ["disable", (actor, id) => setTokenEnabled(actor, id, false)],
  ["revoke", (actor, id) => revokeToken(actor, id)],
  ["delete", (actor, id) => deleteToken(actor, id)],
  ["API access off", (actor) => setApiAccess(actor, false)],
];

describe("a failed audit write", () => {
  it.each(ACTIONS)("rolls back %s", async (_name, run) => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await breakAuditFor(accountId);
    const before = await accountSnapshot(accountId);
    await expect(run(actors.implementation_specialist, tokenId)).rejects.toThrow();
    expect(await accountSnapshot(accountId)).toEqual(before);
    expect(await verdict(secret)).toBe("ok");
  });
});
