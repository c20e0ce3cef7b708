import { afterEach, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import type { ChangeNotifications } from "@/lib/verification/change-notifications";
import { listenForChanges } from "@/lib/verification/runtime";
import { createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";
import { check, startVerificationServer, type VerificationServer } from "../support/verification-server";

// Issue 14.3: on PostgreSQL a change committed by one instance reaches the others through
// LISTEN/NOTIFY, sent in the committing transaction; the poll stays as the fallback. The
// instance under test is `other`: this process's commits reach it only through the database.
const onPostgres = databaseProvider(config().databaseUrl) === "postgresql";

let other: VerificationServer | undefined;
let notifications: ChangeNotifications | undefined;

afterEach(async () => {
  await notifications?.stop();
  notifications = undefined;
  await other?.close();
  other = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}

async function listeningOther(settings: { stalenessMs: number }, poll: boolean) {
  const instance = await startVerificationServer({ install: false, settings });
  other = instance;
  if (poll) instance.runtime.watch.start(() => undefined);
  const listener = listenForChanges(instance.runtime, config().databaseUrl);
  notifications = listener;
  await until(() => listener.listening, "the LISTEN is in place");
  return { instance, listener };
}

// Kills the listening connection from the server side, as a restart of PostgreSQL or a
// proxy dropping idle connections would.
async function killListenerConnection(): Promise<number> {
  const rows = await db().$queryRawUnsafe<{ killed: boolean }[]>(
    `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
     WHERE application_name = 'keyward-change-notifications' AND datname = current_database()`,
  );
  return rows.filter((row) => row.killed).length;
}

describe.runIf(onPostgres)("change notifications (PostgreSQL)", () => {
  it("another instance refuses a revoked token without waiting for its poll", async () => {
    // No poll at all here, and a minute of staleness allowed: only the notification can
    // make the cached token fail.
    const { instance } = await listeningOther({ stalenessMs: 60_000 }, false);
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    await until(async () => (await check(instance, secret)).status === 204, "the new token verifies");
    const loads = instance.loads.length;
    expect((await check(instance, secret)).status).toBe(204);
    expect(instance.loads.length).toBe(loads);

    succeeded(await revokeToken(actors.administrator, tokenId));
    await until(async () => (await check(instance, secret)).status === 401, "the revocation is heard");
  });

  it("stays within the staleness bound while the notify connection is killed, then listens again", async () => {
    const stalenessMs = 300;
    // The cache is trusted only while the poll confirmed it within 2 × stalenessMs
    // (lib/verification/runtime.ts): no 204 may be decided later than that after a commit.
    const bound = 2 * stalenessMs;
    const { instance, listener } = await listeningOther({ stalenessMs }, true);
    const { actors } = await createTestAccount();
    const violations: string[] = [];
    let killed = 0;

    for (let round = 0; round < 6; round++) {
      const { tokenId, secret } = await issueToken(actors.administrator);
      await until(async () => (await check(instance, secret)).status === 204, "the new token verifies");
      if (round === 2) {
        killed = await killListenerConnection();
        await until(() => !listener.listening, "the listener notices the loss");
      }
      succeeded(await revokeToken(actors.administrator, tokenId));
      const committedAt = Date.now();
      for (;;) {
        const sentAt = Date.now();
        const status = (await check(instance, secret)).status;
        if (status === 401) break;
        expect(status).toBe(204);
        if (sentAt - committedAt > bound)
          violations.push(`round ${round}: 204 ${sentAt - committedAt} ms after`);
        if (sentAt - committedAt > 30_000) throw new Error(`round ${round}: never refused`);
      }
    }
    expect(killed).toBe(1);
    expect(violations).toEqual([]);

    // Reconnected: with the poll stopped, only a notification can empty the cache now.
    await until(() => listener.listening, "the listener reconnects");
    instance.runtime.watch.stop();
    const { cache } = instance.runtime;
    const invalidate = cache.invalidateAll.bind(cache);
    let heard = 0;
    cache.invalidateAll = () => {
      heard++;
      invalidate();
    };
    const { tokenId } = await issueToken(actors.administrator);
    await until(() => heard > 0, "the creation is heard");
    heard = 0;
    succeeded(await revokeToken(actors.administrator, tokenId));
    await until(() => heard > 0, "the revocation is heard");
  });
});
