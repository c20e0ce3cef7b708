import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { AuditTarget } from "@/lib/audit/record-event";
import type { DbTransaction } from "@/lib/db/client";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "../messages";

// What every command needs of its endpoint to write the audit event.
const AUDITED = { id: true, url: true } as const;

// The endpoint a command acts on: one of another account is indistinguishable from one that
// does not exist, since the lookup carries the account id.
export function accountEndpoint<S extends Record<string, true>>(select: S) {
  return {
    find: (tx: DbTransaction, actor: Actor, id: string) =>
      tx.webhookEndpoint.findFirst({
        where: { id, accountId: actor.accountId },
        select: { ...AUDITED, ...select },
      }),
    missing: M.notFound,
  };
}

export function endpointTarget(endpoint: { id: string; url: string }): AuditTarget {
  return { type: "webhook", id: endpoint.id, label: endpoint.url };
}
