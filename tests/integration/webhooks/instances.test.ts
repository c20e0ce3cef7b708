import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { config } from "@/lib/config/env";
import { createDbClient, db } from "@/lib/db/client";
import { advisoryKey, postgresAdvisoryLock } from "@/lib/scheduler/job-lock";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { runDueDeliveries } from "@/lib/webhooks/delivery/worker";
import { createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";
import {
  createEndpoint,
  deliveriesOf,
  disableAllEndpoints,
  startReceiver,
  workerOptions,
  type Receiver,
} from "../support/webhooks";

// Several instances share one PostgreSQL database; SQLite serves a single instance.
const postgres = config().databaseUrl.startsWith("postgres");
const receivers: Receiver[] = [];
const second = postgres ? createDbClient(config().databaseUrl) : null;

beforeEach(disableAllEndpoints);
afterEach(async () => {
  for (const receiver of receivers) expect(receiver.unverified).toBe(0);
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(async () => {
  await second?.$disconnect();
});

describe.runIf(postgres)("two instances on PostgreSQL", () => {
  it("deliver each event exactly once when their workers race", async () => {
    const account = await createTestAccount();
    const admin = account.actors.administrator;
    const { endpoint, secret } = await createEndpoint(account.accountId, admin.userId, "", {
      events: ["token.revoked"],
    });
    const receiver = await startReceiver(secret);
    receivers.push(receiver);
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: receiver.url } });
    for (let i = 0; i < 12; i++) succeeded(await revokeToken(admin, (await issueToken(admin)).tokenId));

    // Two Prisma clients (two connection pools, as two processes would have), each with
    // several attempts in flight, claim from the same due rows at the same moment.
    const [first, other] = await Promise.all([
      runDueDeliveries(workerOptions({ db: db(), concurrency: 3 })),
      runDueDeliveries(workerOptions({ db: second ?? undefined, concurrency: 3 })),
    ]);
    expect(first.delivered + other.delivered).toBe(12);
    const rows = await deliveriesOf(endpoint.id);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(rows.map(() => ["delivered", 1]));
    const ids = receiver.received.map((r) => r.id).sort();
    expect(ids).toEqual(rows.map((r) => r.eventId).sort());
    expect(new Set(ids).size).toBe(12);
  });

  it("run a scheduled job on one instance at a time", async () => {
    const a = postgresAdvisoryLock(config().databaseUrl);
    const b = postgresAdvisoryLock(config().databaseUrl);
    try {
      let release = () => {};
      const holding = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const running = new Promise<void>((resolve) => (entered = resolve));
      const aRun = a.tryRun("test-job", async () => {
        entered();
        await holding;
      });
      await running;
      expect(await b.tryRun("test-job", async () => {})).toBe(false);
      // Another job's lock is independent.
      expect(await b.tryRun("other-test-job", async () => {})).toBe(true);
      release();
      expect(await aRun).toBe(true);
      expect(await b.tryRun("test-job", async () => {})).toBe(true);
      expect(advisoryKey("test-job")).not.toBe(advisoryKey("other-test-job"));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
