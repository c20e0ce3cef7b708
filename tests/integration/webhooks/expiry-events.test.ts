import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueExpiryEvents } from "@/lib/webhooks/expiry-events";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";
import { createEndpoint, deliveriesOf, disableAllEndpoints } from "../support/webhooks";

const DAY = 24 * 60 * 60 * 1000;
beforeEach(disableAllEndpoints);

async function setup() {
  const account = await createTestAccount();
  const admin = account.actors.administrator;
  const { endpoint } = await createEndpoint(account.accountId, admin.userId, "https://hooks.example.com/", {
    events: ["token.expiring", "token.expired"],
  });
  const token = await issueToken(admin);
  return { admin, endpoint, token };
}

const expiresIn = (tokenId: string, ms: number, now: Date) =>
  db().apiToken.update({ where: { id: tokenId }, data: { expiresAt: new Date(now.getTime() + ms) } });

describe("token.expiring and token.expired", () => {
  it("are queued once per token and expiry date, however often the scan runs", async () => {
    const { endpoint, token } = await setup();
    const now = new Date();
    const clock = () => now;
    await expiresIn(token.tokenId, 3 * DAY, now);

    await queueExpiryEvents({ clock });
    await queueExpiryEvents({ clock });
    expect((await deliveriesOf(endpoint.id)).map((d) => d.eventType)).toEqual(["token.expiring"]);
    const [expiring] = await deliveriesOf(endpoint.id);
    expect(JSON.parse(expiring?.payload ?? "{}")).toMatchObject({
      type: "token.expiring",
      data: { token: { id: token.tokenId, name: token.name } },
    });

    // Extended: the new expiry date gets its own notice.
    await expiresIn(token.tokenId, 6 * DAY, now);
    await queueExpiryEvents({ clock });
    expect((await deliveriesOf(endpoint.id)).map((d) => d.eventType)).toEqual([
      "token.expiring",
      "token.expiring",
    ]);

    // Expired: once, then never again.
    const later = new Date(now.getTime() + 6 * DAY + 1);
    await queueExpiryEvents({ clock: () => later });
    await queueExpiryEvents({ clock: () => later });
    expect((await deliveriesOf(endpoint.id)).map((d) => d.eventType)).toEqual([
      "token.expiring",
      "token.expiring",
      "token.expired",
    ]);
  });

  it("are not queued for a revoked token, a token far from expiry, or one that expired long ago", async () => {
    const { admin, endpoint, token } = await setup();
    const now = new Date();
    const clock = () => now;
    await expiresIn(token.tokenId, 30 * DAY, now);
    const revoked = await issueToken(admin);
    await db().apiToken.update({
      where: { id: revoked.tokenId },
      data: { revokedAt: now, expiresAt: new Date(now.getTime() + DAY) },
    });
    const old = await issueToken(admin);
    await expiresIn(old.tokenId, -30 * DAY, now);
    await queueExpiryEvents({ clock });
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
  });

  it("two scans racing queue each event once", async () => {
    const { endpoint, token } = await setup();
    const now = new Date();
    await expiresIn(token.tokenId, DAY, now);
    await Promise.all([queueExpiryEvents({ clock: () => now }), queueExpiryEvents({ clock: () => now })]);
    expect((await deliveriesOf(endpoint.id)).map((d) => d.eventType)).toEqual(["token.expiring"]);
  });
});

describe("the expiry scans (webhook events, notices)", () => {
  // Both scan every account's tokens for an expiry inside a window. Without an index on the
  // expiry alone, SQLite walked every token: 0.3–1.5 s with 100,000 tokens, once a minute,
  // holding every verification of the process behind it.
  const SCAN = `SELECT "id" FROM "ApiToken" WHERE "revokedAt" IS NULL AND "expiresAt" > $1 AND "expiresAt" <= $2
    ORDER BY "id" LIMIT 100`;
  const window = [new Date(), new Date(Date.now() + 7 * DAY)];

  it("find their tokens through the expiry index", async () => {
    if (process.env.DATABASE_URL?.startsWith("file:")) {
      const plan = await db().$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${SCAN.replace(/\$\d/g, "?")}`,
        ...window,
      );
      expect(plan.map((row) => row.detail).join("\n")).toMatch(/USING INDEX ApiToken_expiresAt_idx/);
      return;
    }
    // With sequential scans priced out, the planner shows which index can answer the range.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${SCAN}`, ...window);
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/ApiToken_expiresAt_idx/);
  });
});
