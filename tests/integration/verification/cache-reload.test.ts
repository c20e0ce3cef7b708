import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestAccount } from "../support/fixtures";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken } from "../support/tokens";
import { check, serverForEachTest } from "../support/verification-server";

// A row in use is reloaded in the background when its time to live runs out, and served
// meanwhile: the requests that resume traffic after a quiet minute do not wait for the
// database. A row edited outside Keyward (no audit event, so no invalidation) is what only
// this reload brings in.
const TTL_MS = 1_000;
const server = serverForEachTest({ settings: { cacheTtlMs: TTL_MS } });
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nameSent = async (secret: string) => {
  const response = await check(server(), secret);
  expect(response.status).toBe(204);
  return response.headers.get("x-keyward-token-name");
};

describe("cache: rows past their time to live", () => {
  it("serve the cached row while one background reload runs, then the reloaded row", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret, name } = await issueToken(actors.administrator);
    expect(await nameSent(secret)).toBe(encodeURIComponent(name));
    expect(server().loads).toHaveLength(1);
    await db().$executeRaw`UPDATE "ApiToken" SET "name" = 'edited outside' WHERE "id" = ${tokenId}`;
    await pause(TTL_MS + 20);
    // Past the TTL, by less than another: answered from the cache, the reload under way.
    expect(await nameSent(secret)).toBe(encodeURIComponent(name));
    // However many requests come meanwhile, the row is read once, then served as read.
    const deadline = Date.now() + 5_000;
    let sent = await nameSent(secret);
    while (sent !== "edited%20outside" && Date.now() < deadline) {
      await pause(10);
      sent = await nameSent(secret);
    }
    expect(sent).toBe("edited%20outside");
    expect(server().loads).toHaveLength(2);
  });

  it("past twice the time to live, a request waits for the database", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await nameSent(secret);
    await db().$executeRaw`UPDATE "ApiToken" SET "name" = 'edited outside' WHERE "id" = ${tokenId}`;
    await pause(2 * TTL_MS + 20);
    expect(await nameSent(secret)).toBe("edited%20outside");
  });
});
