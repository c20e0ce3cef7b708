import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { accountEndpoint, endpointTarget } from "./account-endpoint";

// Removes the endpoint and, with it, its queued and past deliveries: nothing more is sent.
export const deleteEndpoint = defineCommand({
  capability: "webhooks.manage",
  target: accountEndpoint({}),
  async run(tx, { actor, target: endpoint }) {
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordAuditEvent(tx, actor, "webhook.endpoint_deleted", endpointTarget(endpoint));
    return ok(undefined);
  },
});
