import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { setApiAccess } from "@/lib/accounts/set-api-access";
import { db } from "@/lib/db/client";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { LEASE_MS, runDueDeliveries } from "@/lib/webhooks/delivery/worker";
import { RETRY_WINDOW_MS } from "@/lib/webhooks/delivery/backoff";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { queueTestEvent } from "@/lib/webhooks/outbox";
import { createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";
import {
  connected,
  createEndpoint,
  deliveriesOf,
  disableAllEndpoints,
  fakeResolver,
  startReceiver,
  workerOptions,
  type Receiver,
} from "../support/webhooks";

const receivers: Receiver[] = [];
beforeEach(disableAllEndpoints);
afterEach(async () => {
  vi.useRealTimers();
  for (const receiver of receivers) expect(receiver.unverified).toBe(0);
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function setup(events?: readonly WebhookEventType[]) {
  const account = await createTestAccount();
  const admin = account.actors.administrator;
  const { endpoint, secret } = await createEndpoint(account.accountId, admin.userId, "", { events });
  const receiver = await startReceiver(secret);
  receivers.push(receiver);
  await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: receiver.url } });
  return { account, admin, endpoint, receiver };
}

// A clock the test moves by hand. The worker is given it; Date is moved along with it (and
// nothing else faked: timers and I/O run for real) because the receiver's Standard Webhooks
// library refuses signatures stamped more than five minutes from its own Date.now().
function manualClock() {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
  return {
    clock: () => new Date(),
    advance: (ms: number) => vi.setSystemTime(Date.now() + ms),
  };
}

describe("webhook deliveries", () => {
  it("posts every token and API access event, signed so a Standard Webhooks library verifies it", async () => {
    const { admin, endpoint, receiver } = await setup();
    const created = await issueToken(admin);
    succeeded(await resetToken(admin, created.tokenId, { grace: "none" }));
    succeeded(await setTokenEnabled(admin, created.tokenId, false));
    succeeded(await setTokenEnabled(admin, created.tokenId, true));
    succeeded(await revokeToken(admin, created.tokenId));
    succeeded(await deleteToken(admin, created.tokenId));
    succeeded(await setApiAccess(admin, false));

    expect(await runDueDeliveries(workerOptions())).toEqual({ attempted: 7, delivered: 7 });
    expect(receiver.received.map((r) => r.type).sort()).toEqual(
      [
        "api_access.changed",
        "token.created",
        "token.deleted",
        "token.disabled",
        "token.enabled",
        "token.reset",
        "token.revoked",
      ].sort(),
    );
    const revoked = receiver.received.find((r) => r.type === "token.revoked");
    expect(revoked?.data).toMatchObject({
      token: { id: created.tokenId, name: created.name },
      actor: { email: admin.email },
    });
    expect(receiver.received.find((r) => r.type === "api_access.changed")?.data).toMatchObject({
      apiAccessEnabled: false,
    });
    const rows = await deliveriesOf(endpoint.id);
    expect(rows.map((r) => [r.status, r.attempts, r.lastResponseCode])).toEqual(
      rows.map(() => ["delivered", 1, 204]),
    );
    // Acknowledged deliveries are never sent again.
    expect(await runDueDeliveries(workerOptions())).toEqual({ attempted: 0, delivered: 0 });
    expect(receiver.received).toHaveLength(7);
  });

  it("queues only the events an endpoint subscribed to, and nothing for a disabled endpoint", async () => {
    const { account, admin, endpoint } = await setup(["token.revoked"]);
    const other = await createEndpoint(account.accountId, admin.userId, "https://hooks.example.com/");
    await db().webhookEndpoint.update({ where: { id: other.endpoint.id }, data: { enabled: false } });
    const token = await issueToken(admin);
    succeeded(await revokeToken(admin, token.tokenId));
    expect((await deliveriesOf(endpoint.id)).map((d) => d.eventType)).toEqual(["token.revoked"]);
    expect(await deliveriesOf(other.endpoint.id)).toEqual([]);
  });

  it("queues nothing when the change rolls back, in the same transaction as the change", async () => {
    const { account, admin, endpoint } = await setup();
    const token = await issueToken(admin);
    const before = (await deliveriesOf(endpoint.id)).length;
    const revokeThenFail = auditedTransaction(async (tx) => {
      await tx.apiToken.update({ where: { id: token.tokenId }, data: { revokedAt: new Date() } });
      await recordAuditEvent(tx, admin, "token.revoked", {
        type: "token",
        id: token.tokenId,
        label: token.name,
      });
      expect(await tx.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(before + 1);
      throw new Error("the change fails after its event was queued");
    });
    await expect(revokeThenFail).rejects.toThrow("the change fails");
    expect(await deliveriesOf(endpoint.id)).toHaveLength(before);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.tokenId } })).revokedAt).toBeNull();
    // Another account's endpoint hears nothing of this account's changes.
    const stranger = await createTestAccount();
    expect(await db().webhookDelivery.count({ where: { accountId: stranger.accountId } })).toBe(0);
    expect(account.accountId).not.toBe(stranger.accountId);
  });

  it("retries a receiver that fails three times, then records one acknowledgement", async () => {
    const { admin, endpoint, receiver } = await setup(["token.revoked"]);
    const { clock, advance } = manualClock();
    const token = await issueToken(admin);
    succeeded(await revokeToken(admin, token.tokenId));
    receiver.script = [500, 503, 429];
    const options = workerOptions({ clock });

    for (const [failures, delay] of [
      [1, 30_000],
      [2, 60_000],
      [3, 120_000],
    ] as const) {
      expect(await runDueDeliveries(options)).toEqual({ attempted: 1, delivered: 0 });
      const [row] = await deliveriesOf(endpoint.id);
      expect(row).toMatchObject({ status: "failed", attempts: failures });
      // Not due before its backoff is over.
      advance(delay - 1_000);
      expect(await runDueDeliveries(options)).toEqual({ attempted: 0, delivered: 0 });
      advance(1_000);
    }
    expect(await runDueDeliveries(options)).toEqual({ attempted: 1, delivered: 1 });
    advance(RETRY_WINDOW_MS);
    expect(await runDueDeliveries(options)).toEqual({ attempted: 0, delivered: 0 });

    expect(receiver.received.map((r) => r.acknowledged)).toEqual([false, false, false, true]);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    const [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 4, lastResponseCode: 204, lastError: null });
    expect(
      (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince,
    ).toBeNull();
  });

  it("loses nothing when a worker stops between claiming a delivery and recording it", async () => {
    const { admin, endpoint, receiver } = await setup(["token.revoked"]);
    const { clock, advance } = manualClock();
    const token = await issueToken(admin);
    succeeded(await revokeToken(admin, token.tokenId));

    // The first worker is cut off while the receiver holds its request: the attempt's
    // outcome is never recorded, as if the process had died.
    const stop = new AbortController();
    let release = () => {};
    receiver.hold = () => {
      stop.abort();
      return new Promise<void>((resolve) => (release = resolve));
    };
    expect(await runDueDeliveries(workerOptions({ clock, signal: stop.signal }))).toEqual({
      attempted: 0,
      delivered: 0,
    });
    release();
    receiver.hold = undefined;
    const [claimed] = await deliveriesOf(endpoint.id);
    expect(claimed).toMatchObject({ status: "pending", attempts: 0 });
    expect(claimed?.leaseId).not.toBeNull();

    // A new worker leaves it alone while the lease lasts, then delivers it.
    expect(await runDueDeliveries(workerOptions({ clock }))).toEqual({ attempted: 0, delivered: 0 });
    advance(LEASE_MS);
    expect(await runDueDeliveries(workerOptions({ clock }))).toEqual({ attempted: 1, delivered: 1 });
    const [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 1, leaseId: null });
    // The cut-off attempt reached the receiver, so it sees the event twice under one
    // webhook-id (at least once; it deduplicates by id), and Keyward recorded one delivery.
    expect(receiver.received.map((r) => r.id)).toEqual([row?.eventId, row?.eventId]);
  });

  it("abandons a delivery after 24 hours of failures and disables the endpoint, with an audit event", async () => {
    const { account, admin, endpoint, receiver } = await setup(["token.revoked"]);
    const { clock, advance } = manualClock();
    const token = await issueToken(admin);
    succeeded(await revokeToken(admin, token.tokenId));
    receiver.script = Array.from({ length: 100 }, () => 500);
    const options = workerOptions({ clock });
    const started = clock().getTime();
    let attempts = 0;
    while (clock().getTime() - started <= RETRY_WINDOW_MS && attempts < 100) {
      attempts += (await runDueDeliveries(options)).attempted;
      advance(60 * 60 * 1000);
    }
    const [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "abandoned", lastResponseCode: 500, lastError: "HTTP 500" });
    expect(row?.attempts).toBe(attempts);
    const after = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(after).toMatchObject({ enabled: false, disabledReason: "failing" });
    const events = await db().auditEvent.findMany({
      where: { accountId: account.accountId, action: "webhook.endpoint_auto_disabled" },
    });
    expect(events.map((e) => [e.targetType, e.targetId, e.actorLabel])).toEqual([
      ["webhook", endpoint.id, "Keyward"],
    ]);
    // A disabled endpoint is sent nothing more.
    const sent = receiver.received.length;
    succeeded(await revokeToken(admin, (await issueToken(admin)).tokenId));
    advance(60_000);
    expect(await runDueDeliveries(options)).toEqual({ attempted: 0, delivered: 0 });
    expect(receiver.received).toHaveLength(sent);
  });

  it("sends a test event to one endpoint of the account only", async () => {
    const { account, admin, endpoint, receiver } = await setup(["token.revoked"]);
    const stranger = await createTestAccount();
    expect(await auditedTransaction((tx) => queueTestEvent(tx, endpoint.id, stranger.accountId))).toBeNull();
    const queued = await auditedTransaction((tx) => queueTestEvent(tx, endpoint.id, account.accountId));
    expect(queued).not.toBeNull();
    expect(await runDueDeliveries(workerOptions())).toMatchObject({ delivered: 1 });
    expect(receiver.received.map((r) => [r.id, r.type])).toEqual([[queued?.eventId, "webhook.test"]]);
    expect(admin.accountId).toBe(account.accountId);
  });

  it("checks the address again at delivery and never connects to a refused one", async () => {
    const { admin, endpoint } = await setup(["token.revoked"]);
    // Saved when it pointed elsewhere; its name now resolves to a private address.
    await db().webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { url: "https://rebound.example.com/hook" },
    });
    const token = await issueToken(admin);
    succeeded(await revokeToken(admin, token.tokenId));
    const before = connected.length;
    const resolver = fakeResolver({ "rebound.example.com": ["10.0.0.8"] });
    expect(await runDueDeliveries(workerOptions({ resolver }))).toEqual({ attempted: 1, delivered: 0 });
    expect(connected).toHaveLength(before);
    const [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({
      status: "failed",
      lastError: "refused: urlPrivateAddress",
      lastResponseCode: null,
    });
  });
});
