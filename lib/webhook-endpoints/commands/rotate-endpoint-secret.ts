import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok, type ActionState } from "@/lib/commands/result";
import type { IssuedSigningSecret } from "../dto";
import { newSigningSecret } from "../signing-secret";
import { accountEndpoint, endpointTarget } from "./account-endpoint";

// A new signing secret, returned once; the old one stops signing at once, including the
// retries of deliveries already queued.
export const rotateEndpointSecret = defineCommand({
  capability: "webhooks.manage",
  target: accountEndpoint({}),
  async run(tx, { actor, target: endpoint }): Promise<ActionState<IssuedSigningSecret>> {
    const { secret, secretEncrypted } = newSigningSecret();
    await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secretEncrypted } });
    await recordAuditEvent(tx, actor, "webhook.endpoint_secret_rotated", endpointTarget(endpoint));
    return ok({ endpointId: endpoint.id, secret });
  },
});
