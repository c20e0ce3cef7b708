import "server-only";
import { randomUUID } from "node:crypto";
import { config } from "@/lib/config/env";
import { db as defaultDb, type DbClient } from "@/lib/db/client";
import { decryptWebhookSecret } from "../secret-box";
import { signatureHeaders } from "../signature";
import type { WebhookAllowList } from "../ssrf/allow-list";
import type { Resolver } from "../ssrf/resolver";
import { validateWebhookUrl } from "../ssrf/validate-url";
import { nextAttemptAt, RETRY_WINDOW_MS } from "./backoff";
import { recordEndpointHealth } from "./endpoint-health";
import { describeTransportError, httpTransport, type Transport } from "./transport";

// Every dependency is injectable so tests drive time, the network and the database.
export type DeliveryWorkerOptions = {
  db?: DbClient;
  clock?: () => Date;
  transport?: Transport;
  resolver?: Resolver;
  allowList?: WebhookAllowList;
  timeoutMs?: number;
  random?: () => number;
  // Aborting stops new attempts and cuts the ones under way without recording them: like a
  // crash, their lease runs out and another run sends them again.
  signal?: AbortSignal;
  batchSize?: number;
  concurrency?: number;
};

// A claimed delivery is left to its worker this long; longer than an attempt can take.
export const LEASE_MS = 60_000;
export const DELIVERY_BATCH_SIZE = 100;
const DUE_STATUSES = ["pending", "failed"];

type Due = { id: string; nextAttemptAt: Date };
type Outcome = { status: number | null; error: string | null };

export type DeliveryRunSummary = { attempted: number; delivered: number };

// One pass of the delivery job: claims due deliveries one by one (a conditional update
// that moves nextAttemptAt forward by a lease, so two workers never hold the same row, and
// a worker that dies lets the row come due again when the lease ends), posts each signed
// body, and records the outcome under the claim. A 2xx is delivered and never sent again;
// anything else is retried with backoff until 24 hours after the event, then abandoned.
// A crash after the receiver answered and before the outcome is recorded sends it again:
// delivery is at least once, and receivers deduplicate by webhook-id.
export async function runDueDeliveries(options: DeliveryWorkerOptions = {}): Promise<DeliveryRunSummary> {
  const client = options.db ?? defaultDb();
  const clock = options.clock ?? (() => new Date());
  const now = clock();
  await abandonForDisabledEndpoints(client, now);
  const due = await client.webhookDelivery.findMany({
    where: { status: { in: DUE_STATUSES }, nextAttemptAt: { lte: now }, endpoint: { enabled: true } },
    orderBy: { nextAttemptAt: "asc" },
    take: options.batchSize ?? DELIVERY_BATCH_SIZE,
    select: { id: true, nextAttemptAt: true },
  });
  const summary: DeliveryRunSummary = { attempted: 0, delivered: 0 };
  const queue = [...due];
  const concurrency = Math.max(1, options.concurrency ?? 4);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next && !options.signal?.aborted; next = queue.shift()) {
        const outcome = await deliverOne(client, next, clock, options);
        if (outcome === "skipped") continue;
        summary.attempted++;
        if (outcome === "delivered") summary.delivered++;
      }
    }),
  );
  return summary;
}

async function deliverOne(
  client: DbClient,
  due: Due,
  clock: () => Date,
  options: DeliveryWorkerOptions,
): Promise<"delivered" | "failed" | "skipped"> {
  const leaseId = randomUUID();
  const claimedAt = clock();
  const claim = await client.webhookDelivery.updateMany({
    where: { id: due.id, status: { in: DUE_STATUSES }, nextAttemptAt: due.nextAttemptAt },
    data: { nextAttemptAt: new Date(claimedAt.getTime() + LEASE_MS), leaseId },
  });
  if (claim.count !== 1) return "skipped";
  const delivery = await client.webhookDelivery.findUniqueOrThrow({
    where: { id: due.id },
    select: {
      id: true,
      eventId: true,
      payload: true,
      attempts: true,
      createdAt: true,
      endpoint: { select: { id: true, url: true, secretEncrypted: true } },
    },
  });

  const outcome = await attempt(delivery, clock(), options);
  if (outcome === null) return "skipped";

  const finishedAt = clock();
  const attempts = delivery.attempts + 1;
  const delivered = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const retryAt = delivered ? null : nextAttemptAt(delivery.createdAt, attempts, finishedAt, options.random);
  const recorded = await client.webhookDelivery.updateMany({
    where: { id: delivery.id, leaseId },
    data: {
      attempts,
      lastAttemptAt: finishedAt,
      lastResponseCode: outcome.status,
      lastError: outcome.error,
      leaseId: null,
      ...(delivered
        ? { status: "delivered", deliveredAt: finishedAt }
        : retryAt
          ? { status: "failed", nextAttemptAt: retryAt }
          : { status: "abandoned" }),
    },
  });
  if (recorded.count === 1) await recordEndpointHealth(client, delivery.endpoint.id, delivered, finishedAt);
  return delivered ? "delivered" : "failed";
}

// Null when the worker was stopped mid-attempt: nothing is recorded, the lease decides.
async function attempt(
  delivery: { eventId: string; payload: string; endpoint: { url: string; secretEncrypted: string } },
  at: Date,
  options: DeliveryWorkerOptions,
): Promise<Outcome | null> {
  // Checked again at every attempt, and the connection pinned to the address checked here.
  const check = await validateWebhookUrl(delivery.endpoint.url, {
    resolver: options.resolver,
    allowList: options.allowList,
  });
  if (!check.ok) return { status: null, error: `refused: ${check.error}` };
  let secret: string;
  try {
    secret = decryptWebhookSecret(delivery.endpoint.secretEncrypted);
  } catch {
    return { status: null, error: "signing secret unreadable" };
  }
  const [address] = check.addresses;
  if (!address) return { status: null, error: "refused: urlUnresolvable" };
  try {
    const response = await (options.transport ?? httpTransport)({
      url: check.url,
      address,
      headers: signatureHeaders(secret, delivery.eventId, at, delivery.payload),
      body: delivery.payload,
      timeoutMs: options.timeoutMs ?? config().webhooks.timeoutMs,
      signal: options.signal,
    });
    const ok = response.status >= 200 && response.status < 300;
    return { status: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    if (options.signal?.aborted) return null;
    return { status: null, error: describeTransportError(error) };
  }
}

// Deliveries of an endpoint someone disabled wait for it to be enabled again, but no longer
// than the retry window.
// A read first: on SQLite even an update that matches nothing takes the write lock.
async function abandonForDisabledEndpoints(client: DbClient, now: Date): Promise<void> {
  const where = {
    status: { in: DUE_STATUSES },
    createdAt: { lte: new Date(now.getTime() - RETRY_WINDOW_MS) },
    endpoint: { enabled: false },
  };
  if (!(await client.webhookDelivery.findFirst({ where, select: { id: true } }))) return;
  await client.webhookDelivery.updateMany({
    where,
    data: { status: "abandoned", lastError: "endpoint disabled" },
  });
}
