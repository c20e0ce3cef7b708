import { afterAll, describe, expect, it } from "vitest";
import { setApiAccess } from "@/lib/accounts/set-api-access";
import { createToken } from "@/lib/tokens/commands/create-token";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { updateTokenVersion } from "@/lib/tokens/commands/update-token-version";
import { generateToken } from "../../support/generate-token";
import { catalogue, createTestAccount, tokenInput } from "../support/fixtures";
import { expectSecretsNowhereInDb, issued, issuedSecrets, issueToken, succeeded } from "../support/tokens";
import { check, startVerificationServer, serverForEachTest } from "../support/verification-server";

// The cache serves repeated checks without the database, and every lifecycle command,
// through the real command functions, is seen by the very next request on this instance.
const server = serverForEachTest();
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

// Checks twice, proving the second answer came from the cache (no new load).
async function cachedOk(secret: string): Promise<void> {
  expect((await check(server(), secret)).status).toBe(204);
  const loadsBefore = server().loads.length;
  expect((await check(server(), secret)).status).toBe(204);
  expect(server().loads.length).toBe(loadsBefore);
}

async function denial(secret: string, options: { permission?: string } = {}): Promise<string> {
  const response = await check(server(), secret, options);
  if (response.status === 204) return "ok";
  return `${response.status} ${((await response.json()) as { error_description: string }).error_description}`;
}

describe("cache: served from memory, dropped by every command", () => {
  it("revoke", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await cachedOk(secret);
    succeeded(await revokeToken(actors.administrator, tokenId));
    expect(await denial(secret)).toBe("401 The token has been revoked.");
  });

  it("disable", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await cachedOk(secret);
    succeeded(await setTokenEnabled(actors.implementation_specialist, tokenId, false));
    expect(await denial(secret)).toBe("401 The token is disabled.");
  });

  it("reset without grace: the cached old secret fails, the new one passes", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await cachedOk(secret);
    const { secret: fresh } = issued(await resetToken(actors.administrator, tokenId, { grace: "none" }));
    expect(await denial(secret)).toBe("401 The token is not recognised.");
    expect(await denial(fresh)).toBe("ok");
  });

  it("delete", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await cachedOk(secret);
    succeeded(await deleteToken(actors.administrator, tokenId));
    expect(await denial(secret)).toBe("401 The token is not recognised.");
  });

  it("update version: the next 204 names the new version", async () => {
    const { actors } = await createTestAccount();
    const c = await catalogue();
    const older = c.versions.at(-1);
    if (!older) throw new Error("no versions");
    const { tokenId, secret } = await issueToken(actors.administrator);
    await cachedOk(secret);
    succeeded(await updateTokenVersion(actors.administrator, tokenId, { apiVersionId: older.id }));
    expect((await check(server(), secret)).headers.get("x-keyward-api-version")).toBe(older.name);
  });

  it("edit: narrowed sections are refused at once", async () => {
    const { actors } = await createTestAccount();
    const c = await catalogue();
    const admin = actors.administrator;
    const { tokenId, secret } = await issueToken(admin);
    expect(await denial(secret, { permission: "leads:write" })).toBe("ok");
    succeeded(
      await updateToken(admin, tokenId, {
        ...(await tokenInput(admin, { scope: "read", sectionIds: [c.section("reports")] })),
        expiration: "keep",
      }),
    );
    expect(await denial(secret, { permission: "leads:write" })).toMatch(/^403/);
  });

  it("API access off, then on", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    await cachedOk(secret);
    succeeded(await setApiAccess(actors.administrator, false));
    expect(await denial(secret)).toBe("401 API access is turned off for this account.");
    succeeded(await setApiAccess(actors.administrator, true));
    expect(await denial(secret)).toBe("ok");
  });

  it("create and duplicate: the new tokens verify at once; invented ids never load or fill the cache", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const guess = generateToken().token;
    const loadsBefore = server().loads.length;
    expect(await denial(guess)).toBe("401 The token is not recognised.");
    expect(await denial(guess)).toBe("401 The token is not recognised.");
    expect(server().loads.length).toBe(loadsBefore);
    expect(server().runtime.cache.size).toBe(0);

    const { secret: created } = issued(
      await createToken(actors.administrator, await tokenInput(actors.administrator)),
    );
    expect(await denial(created)).toBe("ok");
    const { secret: copy } = issued(
      await duplicateToken(actors.administrator, tokenId, { name: "The copy" }),
    );
    expect(await denial(copy)).toBe("ok");
    expect(await denial(guess)).toBe("401 The token is not recognised.");
  });

  it("a refused command leaves the answer as it was", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await cachedOk(secret);
    expect((await revokeToken(actors.support_staff, tokenId)).ok).toBe(false);
    expect(await denial(secret)).toBe("ok");
  });
});

describe("cache: changes made by another instance", () => {
  it("are seen by the next change check, without any local command", async () => {
    // Two instances: `server` is the one the command runs on; `other` only sees the database.
    const other = await startVerificationServer({ install: false });
    try {
      const { actors } = await createTestAccount();
      const { tokenId, secret } = await issueToken(actors.administrator);
      await other.runtime.watch.check();
      expect((await check(other, secret)).status).toBe(204);
      succeeded(await revokeToken(actors.administrator, tokenId));
      // Until its change check runs, the other instance may still answer from memory…
      expect((await check(other, secret)).status).toBe(204);
      // …and the check, due every KEYWARD_VERIFY_STALENESS_MS, drops it.
      await other.runtime.watch.check();
      expect((await check(other, secret)).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  // Under load the periodic check's timer runs late; the cache must then neither serve an
  // unconfirmed answer nor send every request to the database.
  it("without a recent change check, the next request checks first, once for all that wait", async () => {
    const other = await startVerificationServer({ install: false, settings: { stalenessMs: 50 } });
    const confirmationLate = () => new Promise((resolve) => setTimeout(resolve, 150));
    try {
      const { actors } = await createTestAccount();
      const kept = await issueToken(actors.administrator);
      const revoked = await issueToken(actors.administrator);
      await other.runtime.watch.check();
      expect((await check(other, kept.secret)).status).toBe(204);
      expect((await check(other, revoked.secret)).status).toBe(204);
      succeeded(await revokeToken(actors.administrator, revoked.tokenId));
      await confirmationLate();
      expect((await check(other, revoked.secret)).status).toBe(401);
      expect((await check(other, kept.secret)).status).toBe(204);

      await confirmationLate();
      const loadsBefore = other.loads.length;
      const statuses = await Promise.all(
        Array.from({ length: 20 }, async () => (await check(other, kept.secret)).status),
      );
      expect(statuses).toEqual(Array.from({ length: 20 }, () => 204));
      expect(other.loads.length).toBe(loadsBefore);
    } finally {
      await other.close();
    }
  });
});
