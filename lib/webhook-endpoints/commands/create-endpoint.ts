import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { fail, ok, type ActionState } from "@/lib/commands/result";
import { serializeEndpointEvents } from "@/lib/webhooks/events";
import { endpointFieldsSchema } from "../endpoint-fields.schema";
import { newSigningSecret } from "../signing-secret";
import type { IssuedSigningSecret } from "../dto";
import { MAX_ENDPOINTS } from "../limits";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "../messages";
import { endpointTarget } from "./account-endpoint";
import { checkEndpointUrl } from "./check-url";

// A new endpoint, enabled. Its signing secret is returned once, to be shown in the dialog;
// only its encrypted form is stored. Two creations racing past the limit collide on the
// account's audit chain, and the retried one counts again.
export const createEndpoint = defineCommand({
  capability: "webhooks.manage",
  input: endpointFieldsSchema,
  prepare: checkEndpointUrl,
  async run(tx, { actor, input: fields }): Promise<ActionState<IssuedSigningSecret>> {
    const count = await tx.webhookEndpoint.count({ where: { accountId: actor.accountId } });
    if (count >= MAX_ENDPOINTS) return fail(M.limitReached);
    const { secret, secretEncrypted } = newSigningSecret();
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        accountId: actor.accountId,
        url: fields.url,
        description: fields.description || null,
        events: serializeEndpointEvents(fields.events),
        secretEncrypted,
        createdById: actor.userId,
      },
      select: { id: true, url: true },
    });
    await recordAuditEvent(tx, actor, "webhook.endpoint_created", endpointTarget(endpoint), {
      url: { from: null, to: fields.url },
      description: { from: null, to: fields.description || null },
      events: { from: null, to: fields.events },
    });
    return ok({ endpointId: endpoint.id, secret });
  },
});
