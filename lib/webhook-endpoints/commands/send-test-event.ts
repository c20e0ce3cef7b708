import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { queueTestEvent } from "@/lib/webhooks/outbox";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "../messages";
import { accountEndpoint, endpointTarget } from "./account-endpoint";

// Queues a signed test event for this endpoint alone, delivered like any other; the
// deliveries list then shows how it went.
export const sendTestEvent = defineCommand({
  capability: "webhooks.manage",
  target: {
    ...accountEndpoint({ enabled: true }),
    refuse: (endpoint) => (endpoint.enabled ? null : M.disabledNoTest),
  },
  async run(tx, { actor, target: endpoint }) {
    await queueTestEvent(tx, endpoint.id, actor.accountId);
    await recordAuditEvent(tx, actor, "webhook.endpoint_test_sent", endpointTarget(endpoint));
    return ok(undefined);
  },
});
