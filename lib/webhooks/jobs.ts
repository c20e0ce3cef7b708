import "server-only";
import { config } from "@/lib/config/env";
import type { ScheduledJob } from "@/lib/scheduler/job";
import { DELIVERY_BATCH_SIZE, runDueDeliveries } from "./delivery/worker";
import { queueExpiryEvents } from "./expiry-events";

// Posts due deliveries every KEYWARD_WEBHOOK_POLL_SECONDS.
export function webhookDeliveryJob(): ScheduledJob {
  return {
    name: "webhook-deliveries",
    intervalMs: config().webhooks.pollMs,
    run: async (signal) => {
      // A full batch means more are due: go on at once rather than wait a turn.
      while (!signal.aborted && (await runDueDeliveries({ signal })).attempted >= DELIVERY_BATCH_SIZE);
    },
  };
}

// Queues token.expiring / token.expired; each token's events are keyed, so once a minute is
// plenty and cheap.
export function webhookExpiryEventsJob(): ScheduledJob {
  return {
    name: "webhook-expiry-events",
    intervalMs: 60_000,
    run: async (signal) => void (await queueExpiryEvents({ signal })),
  };
}
