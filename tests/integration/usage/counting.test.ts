import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadTokenUsage } from "@/lib/usage/queries/token-usage";
import { hourOf } from "@/lib/usage/time";
import { catalogue, createTestAccount } from "../support/fixtures";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken } from "../support/tokens";
import { check, introspect, serverForEachTest } from "../support/verification-server";

// Every verification of a token whose secret matched is counted, per hour and outcome, and
// written at the flush together with last-used; guesses are counted against nothing.
const server = serverForEachTest({ trustProxy: true });
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });

async function storedCounts(tokenId: string): Promise<Record<string, number>> {
  const rows = await db().tokenUsageHour.findMany({ where: { tokenId } });
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.outcome] = (counts[row.outcome] ?? 0) + row.count;
  return counts;
}

async function times(n: number, request: () => Promise<Response>, status: number): Promise<void> {
  for (let i = 0; i < n; i++) expect((await request()).status).toBe(status);
}

describe("usage counting", () => {
  it("counts each outcome exactly, for both endpoints, and nothing for guesses", async () => {
    const { actors, accountId, technicalUserId } = await createTestAccount();
    const admin = actors.administrator;
    const c = await catalogue();
    const good = await issueToken(admin, { scope: "read", sectionIds: [c.section("leads")] });
    const expired = await issueToken(admin);
    const disabled = await issueToken(admin);
    const revoked = await issueToken(admin);
    const fenced = await issueToken(admin, { allowedIpRanges: "203.0.113.0/24" });
    const robots = await issueToken(admin, { ownerId: technicalUserId });
    const caller = await issueToken(admin, { sectionIds: [c.section("introspection")] });
    const past = new Date(Date.now() - 60_000);
    await db().apiToken.update({ where: { id: expired.tokenId }, data: { expiresAt: past } });
    await db().apiToken.update({ where: { id: disabled.tokenId }, data: { disabledAt: past } });
    await db().apiToken.update({ where: { id: revoked.tokenId }, data: { revokedAt: past } });
    await db().membership.updateMany({
      where: { accountId, userId: technicalUserId },
      data: { deactivatedAt: past },
    });

    await times(
      3,
      () => check(server(), good.secret, { ...from("198.51.100.1"), permission: "leads:read" }),
      204,
    );
    await times(
      2,
      () => check(server(), good.secret, { ...from("198.51.100.1"), permission: "leads:write" }),
      403,
    );
    await times(4, () => check(server(), expired.secret, from("198.51.100.2")), 401);
    await times(5, () => check(server(), disabled.secret, from("198.51.100.3")), 401);
    await times(6, () => check(server(), revoked.secret, from("198.51.100.4")), 401);
    await times(7, () => check(server(), fenced.secret, from("198.51.100.5")), 401);
    await times(1, () => check(server(), fenced.secret, from("203.0.113.9")), 204);
    await times(2, () => check(server(), robots.secret, from("198.51.100.6")), 401);
    // A wrong secret behind a real public id, and a malformed token: not this token's doing.
    const wrongSecret =
      good.secret.slice(0, 20) + (good.secret[20] === "A" ? "B" : "A") + good.secret.slice(21);
    await times(3, () => check(server(), wrongSecret, from("198.51.100.66")), 401);
    await times(2, () => check(server(), "kw_not_a_token", from("198.51.100.66")), 401);
    // Introspection: the caller's presentation and the token asked about both count.
    const body = `token=${encodeURIComponent(good.secret)}`;
    await times(2, () => introspect(server(), caller.secret, body, from("198.51.100.7")), 200);

    // Nothing is written per request.
    expect(await db().tokenUsageHour.count({ where: { token: { accountId } } })).toBe(0);
    await server().runtime.usage.flush();
    expect(server().usageBatches).toHaveLength(1);

    expect(await storedCounts(good.tokenId)).toEqual({ ok: 5, insufficient_scope: 2 });
    expect(await storedCounts(expired.tokenId)).toEqual({ expired: 4 });
    expect(await storedCounts(disabled.tokenId)).toEqual({ disabled: 5 });
    expect(await storedCounts(revoked.tokenId)).toEqual({ revoked: 6 });
    expect(await storedCounts(fenced.tokenId)).toEqual({ ip_not_allowed: 7, ok: 1 });
    expect(await storedCounts(robots.tokenId)).toEqual({ owner_inactive: 2 });
    expect(await storedCounts(caller.tokenId)).toEqual({ ok: 2 });
    // Every row is this hour's.
    const hours = await db().tokenUsageHour.findMany({
      where: { token: { accountId } },
      select: { hour: true },
    });
    expect(new Set(hours.map((h) => h.hour))).toEqual(new Set([hourOf(new Date())]));

    // The token page's loader reads the same, by day.
    const usage = await loadTokenUsage(accountId, fenced.tokenId);
    const today = usage?.days.at(-1);
    expect(usage?.days).toHaveLength(30);
    expect(today).toMatchObject({ successes: 1, refusals: 7, byReason: { ip_not_allowed: 7 } });
    expect(usage?.addresses.map((a) => a.address).sort()).toEqual(["198.51.100.5", "203.0.113.9"]);
    // The wrong-secret address never reached the token's addresses.
    expect((await loadTokenUsage(accountId, good.tokenId))?.addresses.map((a) => a.address)).toEqual([
      "198.51.100.7",
      "198.51.100.1",
    ]);
  });

  it("counts a refusal for the account's API access being off", async () => {
    const { actors, accountId } = await createTestAccount();
    const token = await issueToken(actors.administrator);
    await db().account.update({ where: { id: accountId }, data: { apiAccessEnabled: false } });
    await times(3, () => check(server(), token.secret), 401);
    await server().runtime.usage.flush();
    expect(await storedCounts(token.tokenId)).toEqual({ api_access_off: 3 });
  });

  it("adds to what earlier flushes stored", async () => {
    const { actors } = await createTestAccount();
    const token = await issueToken(actors.administrator);
    for (let round = 0; round < 3; round++) {
      await times(4, () => check(server(), token.secret), 204);
      await server().runtime.usage.flush();
    }
    expect(await storedCounts(token.tokenId)).toEqual({ ok: 12 });
  });

  it("drops the counts of a token deleted before the flush, and writes the rest", async () => {
    const { actors } = await createTestAccount();
    const kept = await issueToken(actors.administrator);
    const gone = await issueToken(actors.administrator);
    await times(2, () => check(server(), kept.secret), 204);
    await times(2, () => check(server(), gone.secret), 204);
    await db().apiToken.delete({ where: { id: gone.tokenId } });
    await server().runtime.usage.flush();
    expect(await storedCounts(kept.tokenId)).toEqual({ ok: 2 });
    expect(await db().tokenUsageHour.count({ where: { tokenId: gone.tokenId } })).toBe(0);
  });

  it("another account's token reads as not found", async () => {
    const mine = await createTestAccount();
    const theirs = await createTestAccount();
    const token = await issueToken(theirs.actors.administrator);
    expect(await loadTokenUsage(mine.accountId, token.tokenId)).toBeNull();
    expect(await loadTokenUsage(theirs.accountId, token.tokenId)).not.toBeNull();
  });
});
