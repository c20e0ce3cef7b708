import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import { parseEndpointEvents, TEST_EVENT_TYPE, type WebhookEventType } from "./events";
import { newEventId, webhookBody } from "./payload";

export type QueuedEvent = {
  accountId: string;
  type: WebhookEventType;
  data: Record<string, unknown>;
  at?: Date;
};

// The outbox: one pending delivery per enabled endpoint of the account subscribed to the
// event, written in the caller's transaction, so a change that rolls back queues nothing
// and a committed one is never lost. The delivery job (lib/webhooks/delivery) posts them.
export async function queueWebhookEvent(tx: DbTransaction, event: QueuedEvent): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { accountId: event.accountId, enabled: true },
    select: { id: true, events: true },
  });
  const subscribed = endpoints.filter((endpoint) =>
    parseEndpointEvents(endpoint.events).includes(event.type),
  );
  if (subscribed.length === 0) return 0;
  const at = event.at ?? new Date();
  const eventId = newEventId();
  const payload = webhookBody(event.type, at, event.data);
  await tx.webhookDelivery.createMany({
    data: subscribed.map((endpoint) => ({
      endpointId: endpoint.id,
      accountId: event.accountId,
      eventId,
      eventType: event.type,
      payload,
      nextAttemptAt: at,
      createdAt: at,
    })),
  });
  return subscribed.length;
}

// "Send test event": one delivery to this enabled endpoint of the account, whatever it
// subscribes to. Null when the account has no such endpoint or it is disabled (the delivery
// job does not post to disabled endpoints).
export async function queueTestEvent(
  tx: DbTransaction,
  endpointId: string,
  accountId: string,
  at = new Date(),
): Promise<{ deliveryId: string; eventId: string } | null> {
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { id: endpointId, accountId, enabled: true },
    select: { id: true },
  });
  if (!endpoint) return null;
  const eventId = newEventId();
  const delivery = await tx.webhookDelivery.create({
    data: {
      endpointId: endpoint.id,
      accountId,
      eventId,
      eventType: TEST_EVENT_TYPE,
      payload: webhookBody(TEST_EVENT_TYPE, at, { endpoint: { id: endpoint.id }, test: true }),
      nextAttemptAt: at,
      createdAt: at,
    },
    select: { id: true },
  });
  return { deliveryId: delivery.id, eventId };
}
