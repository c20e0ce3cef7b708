import "server-only";
import { recordAuditEvent, type AuditChanges } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { endpointFieldsSchema } from "../endpoint-fields.schema";
import { parseEndpointEvents, serializeEndpointEvents } from "@/lib/webhooks/events";
import { accountEndpoint, endpointTarget } from "./account-endpoint";
import { checkEndpointUrl } from "./check-url";

// Changes an endpoint's URL, description and events; its secret and deliveries stay. The
// audit event lists only what changed, and an edit that changes nothing writes none.
export const updateEndpoint = defineCommand({
  capability: "webhooks.manage",
  input: endpointFieldsSchema,
  prepare: checkEndpointUrl,
  target: accountEndpoint({ description: true, events: true }),
  async run(tx, { actor, input: fields, target: endpoint }) {
    const before = {
      url: endpoint.url,
      description: endpoint.description,
      events: parseEndpointEvents(endpoint.events),
    };
    const after = { url: fields.url, description: fields.description || null, events: fields.events };
    const changes: AuditChanges = {};
    if (before.url !== after.url) changes.url = { from: before.url, to: after.url };
    if (before.description !== after.description)
      changes.description = { from: before.description, to: after.description };
    if (before.events.join() !== after.events.join())
      changes.events = { from: before.events, to: after.events };
    if (Object.keys(changes).length === 0) return ok(undefined);

    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { url: after.url, description: after.description, events: serializeEndpointEvents(after.events) },
    });
    await recordAuditEvent(
      tx,
      actor,
      "webhook.endpoint_updated",
      endpointTarget({ id: endpoint.id, url: after.url }),
      changes,
    );
    return ok(undefined);
  },
});
