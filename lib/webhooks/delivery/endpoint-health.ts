import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { appendChainedEvent } from "@/lib/audit/record-event";
import type { DbClient } from "@/lib/db/client";
import { DISABLE_AFTER_FAILING_MS } from "./backoff";

export const FAILING_REASON = "failing";

// After each recorded attempt: a success clears failingSince; the first failure after a
// success sets it; a failure 24 hours or more after it disables the endpoint, with an
// audit event that the account's administrators find in the audit log.
export async function recordEndpointHealth(
  client: DbClient,
  endpointId: string,
  delivered: boolean,
  at: Date,
): Promise<void> {
  if (delivered) {
    await client.webhookEndpoint.updateMany({
      where: { id: endpointId, failingSince: { not: null } },
      data: { failingSince: null },
    });
    return;
  }
  await client.webhookEndpoint.updateMany({
    where: { id: endpointId, failingSince: null },
    data: { failingSince: at },
  });
  const limit = new Date(at.getTime() - DISABLE_AFTER_FAILING_MS);
  await auditedTransaction(async (tx) => {
    const disabled = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, enabled: true, failingSince: { lte: limit } },
      data: { enabled: false, disabledReason: FAILING_REASON },
    });
    if (disabled.count !== 1) return;
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpointId },
      select: { accountId: true, url: true },
    });
    await appendChainedEvent(tx, {
      accountId: endpoint.accountId,
      occurredAt: at,
      actorUserId: null,
      actorTokenId: null,
      actorLabel: "Keyward",
      action: "webhook.endpoint_auto_disabled",
      targetType: "webhook",
      targetId: endpointId,
      targetLabel: endpoint.url.slice(0, 200),
      targetHint: null,
      ipAddress: null,
      userAgent: null,
      changes: JSON.stringify({
        enabled: { from: true, to: false },
        disabledReason: { from: null, to: FAILING_REASON },
      }),
    });
  }, client);
}
