import { afterAll, describe, expect, it } from "vitest";
import { setApiAccess } from "@/lib/accounts/set-api-access";
import { db } from "@/lib/db/client";
import { formatToken } from "@/lib/tokens/format";
import { generateToken } from "../../support/generate-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { catalogue, createTestAccount } from "../support/fixtures";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken, succeeded } from "../support/tokens";
import { check, serverForEachTest } from "../support/verification-server";

// GET /api/v1/auth/check over real HTTP, for every answer a gateway can get.
const server = serverForEachTest();
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

async function expectInvalid(response: Response, description: RegExp) {
  expect(response.status).toBe(401);
  const challenge = response.headers.get("www-authenticate") ?? "";
  expect(challenge).toMatch(/^Bearer realm="keyward", error="invalid_token"/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as { error: string; error_description: string };
  expect(body.error).toBe("invalid_token");
  expect(body.error_description).toMatch(description);
  expect(response.headers.get("x-keyward-token-id")).toBeNull();
}

describe("auth/check: a good token", () => {
  it("answers 204 with headers naming the token, account, owner, scopes and API version", async () => {
    const { actors, accountId } = await createTestAccount();
    const c = await catalogue();
    const { tokenId, secret } = await issueToken(actors.administrator, {
      name: "CRM sync é",
      sectionIds: [c.section("leads"), c.section("reports")],
    });
    const response = await check(server(), secret);
    expect(response.status).toBe(204);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-keyward-token-id")).toBe(tokenId);
    expect(decodeURIComponent(response.headers.get("x-keyward-token-name") ?? "")).toBe("CRM sync é");
    expect(response.headers.get("x-keyward-account-id")).toBe(accountId);
    expect(response.headers.get("x-keyward-owner-id")).toBe(actors.administrator.userId);
    expect(response.headers.get("x-keyward-owner-email")).toBe(actors.administrator.email);
    expect(response.headers.get("x-keyward-scopes")?.split(" ").sort()).toEqual([
      "leads:read",
      "leads:write",
      "reports:read",
      "reports:write",
    ]);
    expect(response.headers.get("x-keyward-api-version")).toBe(c.versions[0]?.name);
  });

  it("accepts the scheme in any case, and any method a gateway forwards", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    const lower = await fetch(`${server().url}/api/v1/auth/check`, {
      headers: { authorization: `bearer ${secret}` },
    });
    expect(lower.status).toBe(204);
    const post = await fetch(`${server().url}/api/v1/auth/check`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(post.status).toBe(204);
  });

  it("grants a required permission named in the header or the query, and refuses a missing one with 403", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator, { scope: "read" });
    expect((await check(server(), secret, { permission: "leads:read" })).status).toBe(204);
    expect((await check(server(), secret, { query: "?permission=leads:read" })).status).toBe(204);

    for (const denied of [
      await check(server(), secret, { permission: "leads:write" }),
      await check(server(), secret, { query: "?permission=leads:write" }),
      await check(server(), secret, { permission: "reports:read" }),
      await check(server(), secret, { permission: "leads:read", query: "?permission=leads:write" }),
      await check(server(), secret, { permission: "not a permission" }),
    ]) {
      expect(denied.status).toBe(403);
      expect(denied.headers.get("www-authenticate")).toMatch(
        /^Bearer realm="keyward", error="insufficient_scope"/,
      );
      expect(((await denied.json()) as { error: string }).error).toBe("insufficient_scope");
    }
  });

  it("refuses with 403 a token whose owner's role grants nothing any more, even with no permission named", async () => {
    const { actors, accountId, technicalUserId } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator, { ownerId: technicalUserId });
    await db().membership.update({
      where: { accountId_userId: { accountId, userId: technicalUserId } },
      data: { role: "member" },
    });
    expect((await check(server(), secret)).status).toBe(403);
  });

  it("narrows a read & write token to read when its owner is support staff", async () => {
    const { actors, accountId, technicalUserId } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator, { ownerId: technicalUserId });
    await db().membership.update({
      where: { accountId_userId: { accountId, userId: technicalUserId } },
      data: { role: "support_staff" },
    });
    const response = await check(server(), secret, { permission: "leads:read" });
    expect(response.status).toBe(204);
    expect(response.headers.get("x-keyward-scopes")).toBe("leads:read");
    expect((await check(server(), secret, { permission: "leads:write" })).status).toBe(403);
  });
});

describe("auth/check: 401 invalid_token for every reason", () => {
  it("no Authorization header, an empty one, another scheme, a token in the URL", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    await expectInvalid(await check(server(), null), /No bearer token/);
    await expectInvalid(
      await check(server(), null, { headers: { authorization: "Bearer " } }),
      /No bearer token/,
    );
    await expectInvalid(
      await check(server(), null, { headers: { authorization: `Basic ${secret}` } }),
      /not a well-formed/,
    );
    await expectInvalid(await check(server(), null, { query: `?access_token=${secret}` }), /No bearer token/);
  });

  it("a typo or a random string is malformed and never reaches the database", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    const typo = secret.slice(0, 20) + (secret[20] === "a" ? "b" : "a") + secret.slice(21);
    for (const bad of [typo, secret.slice(0, -1), `${secret}x`, "kw_", "not-a-token", secret.toUpperCase()]) {
      await expectInvalid(await check(server(), bad), /not a well-formed/);
    }
    expect(server().loads).toEqual([]);
  });

  it("an unknown public id and a wrong secret for a known one get the same answer", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    const publicId = secret.slice(3, 15);
    await expectInvalid(await check(server(), generateToken().token), /not recognised/);
    await expectInvalid(
      await check(server(), formatToken(publicId, generateToken().secret)),
      /not recognised/,
    );
  });

  it("expired", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await db().apiToken.update({ where: { id: tokenId }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await expectInvalid(await check(server(), secret), /expired/);
  });

  it("disabled, then enabled again", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    succeeded(await setTokenEnabled(actors.administrator, tokenId, false));
    await expectInvalid(await check(server(), secret), /disabled/);
    succeeded(await setTokenEnabled(actors.administrator, tokenId, true));
    expect((await check(server(), secret)).status).toBe(204);
  });

  it("revoked", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    succeeded(await revokeToken(actors.administrator, tokenId));
    await expectInvalid(await check(server(), secret), /revoked/);
  });

  it("used from an address outside its allowed ranges", async () => {
    const { actors } = await createTestAccount();
    const { secret: elsewhere } = await issueToken(actors.administrator, {
      allowedIpRanges: "203.0.113.0/24",
    });
    const { secret: local } = await issueToken(actors.administrator, {
      allowedIpRanges: "127.0.0.0/8, 203.0.113.0/24",
    });
    await expectInvalid(await check(server(), elsewhere), /this address/);
    expect((await check(server(), local)).status).toBe(204);
  });

  it("the account's API access is off", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    succeeded(await setApiAccess(actors.administrator, false));
    await expectInvalid(await check(server(), secret), /API access is turned off/);
  });

  it("the owner is deactivated", async () => {
    const { actors, accountId, technicalUserId } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator, { ownerId: technicalUserId });
    await db().membership.update({
      where: { accountId_userId: { accountId, userId: technicalUserId } },
      data: { deactivatedAt: new Date() },
    });
    await expectInvalid(await check(server(), secret), /owner is no longer active/);
  });
});

describe("auth/check: failing closed", () => {
  it("answers 503 without details when the database cannot be read, never 204", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    server().failLoads(true);
    const response = await check(server(), secret);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).not.toMatch(/simulated|Error|at /);
    server().failLoads(false);
    expect((await check(server(), secret)).status).toBe(204);
  });
});
