import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken } from "../support/tokens";
import { catalogue, createTestAccount } from "../support/fixtures";
import { check, introspect, serverForEachTest } from "../support/verification-server";

// Last used time and address: recorded for every successful check, written in one batch
// per flush, not once per request, and never through the audit chain.
const server = serverForEachTest({ trustProxy: true });
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const lastUse = (id: string) =>
  db().apiToken.findUniqueOrThrow({
    where: { id },
    select: { lastUsedAt: true, lastUsedIp: true, updatedAt: true },
  });

describe("last used", () => {
  it("is written at the flush, once per token, with the latest time and address", async () => {
    const { actors, accountId } = await createTestAccount();
    const a = await issueToken(actors.administrator);
    const b = await issueToken(actors.administrator);
    const before = await lastUse(a.tokenId);
    const auditEventsBefore = await db().auditEvent.count({ where: { accountId } });

    for (let i = 0; i < 10; i++) {
      expect(
        (await check(server(), a.secret, { headers: { "x-forwarded-for": `198.51.100.${i}` } })).status,
      ).toBe(204);
    }
    expect((await check(server(), b.secret, { headers: { "x-forwarded-for": "192.0.2.1" } })).status).toBe(
      204,
    );
    expect((await check(server(), "kw_not_a_token")).status).toBe(401);

    // Nothing is written per request.
    expect(server().usageBatches).toEqual([]);
    expect((await lastUse(a.tokenId)).lastUsedAt).toBeNull();

    const flushStarted = Date.now();
    await server().runtime.usage.flush();
    expect(server().usageBatches).toHaveLength(1);
    expect(
      server()
        .usageBatches[0]?.lastUses.map((u) => u.tokenId)
        .sort(),
    ).toEqual([a.tokenId, b.tokenId].sort());

    const after = await lastUse(a.tokenId);
    expect(after.lastUsedIp).toBe("198.51.100.9");
    expect(after.lastUsedAt?.getTime()).toBeLessThanOrEqual(flushStarted);
    expect(after.lastUsedAt?.getTime()).toBeGreaterThan(flushStarted - 60_000);
    // Bookkeeping, not a change by a person: updatedAt and the audit log are untouched.
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await db().auditEvent.count({ where: { accountId } })).toBe(auditEventsBefore);
    expect((await lastUse(b.tokenId)).lastUsedIp).toBe("192.0.2.1");
  });

  it("a flush with nothing new writes nothing", async () => {
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    await check(server(), secret);
    await server().runtime.usage.flush();
    await server().runtime.usage.flush();
    expect(server().usageBatches).toHaveLength(1);
  });

  it("stopping the service writes what is pending", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await check(server(), secret, { headers: { "x-forwarded-for": "203.0.113.99" } });
    await server().runtime.usage.stop();
    expect((await lastUse(tokenId)).lastUsedIp).toBe("203.0.113.99");
  });

  // decideToken is the one verdict: a token refused for a permission it lacks was not used,
  // exactly like one refused as disabled. Before, the endpoints checked the permission after
  // the verdict and had already recorded the refused request as the token's last use.
  it("is not recorded for a refusal: a 403 for a missing permission, or an introspection caller without the section", async () => {
    const { actors } = await createTestAccount();
    const c = await catalogue();
    const { tokenId, secret } = await issueToken(actors.administrator, {
      scope: "read",
      sectionIds: [c.section("leads")],
    });
    const from = { "x-forwarded-for": "198.51.100.77" };
    expect((await check(server(), secret, { permission: "leads:write", headers: from })).status).toBe(403);
    expect((await check(server(), secret, { query: "?permission=reports:read", headers: from })).status).toBe(
      403,
    );
    const asCaller = await introspect(server(), secret, `token=${encodeURIComponent(secret)}`, {
      headers: from,
    });
    expect(asCaller.status).toBe(403);
    await server().runtime.usage.flush();
    expect(server().usageBatches.flatMap((batch) => batch.lastUses)).toEqual([]);
    expect((await lastUse(tokenId)).lastUsedAt).toBeNull();

    // The same token, asked for what it holds, is a use.
    expect((await check(server(), secret, { permission: "leads:read", headers: from })).status).toBe(204);
    await server().runtime.usage.flush();
    expect((await lastUse(tokenId)).lastUsedIp).toBe("198.51.100.77");
  });
});
