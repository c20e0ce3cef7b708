import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "../messages";
import { accountEndpoint, endpointTarget } from "./account-endpoint";

// Disable or enable an endpoint. Enabling one that Keyward disabled for failing clears that
// reason and its failing streak, so it gets a fresh 24 hours, and a later disabling is told
// to its administrators again.
export const setEndpointEnabled = defineCommand({
  capability: "webhooks.manage",
  input: z.boolean({ error: M.enabledInvalid }),
  target: accountEndpoint({ enabled: true }),
  async run(tx, { actor, input: enabled, target: endpoint }) {
    if (enabled === endpoint.enabled) return ok(undefined);
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: enabled ? { enabled, disabledReason: null, failingSince: null, adminsToldAt: null } : { enabled },
    });
    await recordAuditEvent(
      tx,
      actor,
      enabled ? "webhook.endpoint_enabled" : "webhook.endpoint_disabled",
      endpointTarget(endpoint),
      { enabled: { from: endpoint.enabled, to: enabled } },
    );
    return ok(undefined);
  },
});
