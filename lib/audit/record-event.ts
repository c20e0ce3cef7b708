import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { config } from "@/lib/config/env";
import type { DbTransaction } from "@/lib/db/client";
import { webhookEventOf } from "@/lib/webhooks/events";
import { queueWebhookEvent } from "@/lib/webhooks/outbox";
import type { AuditAction } from "./actions";
import { CHAIN_KEYED, eventHash, type ChainedFields } from "./chain";

// A "user" target is a membership of the actor's account, labelled with the user's email.
export type AuditTarget = {
  type: "token" | "account" | "user" | "webhook";
  id: string;
  label: string;
  hint?: string | null;
};

// Before → after of each changed field. Callers pass only non-secret fields.
export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

// Control characters and line breaks would let a value pose as another log line in an
// export; they are replaced, and long values are cut.
function clean(value: string | null, max = 512): string | null {
  if (value === null) return null;
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").slice(0, max);
}

// Appends one event to the account's chain, inside the caller's transaction so the event
// and the change it describes commit together or not at all. The first keyed event of an
// account links to its last unkeyed one, sealing the history written before the key.
export async function appendChainedEvent(
  tx: DbTransaction,
  fields: Omit<ChainedFields, "seq">,
): Promise<void> {
  const last = await tx.auditEvent.findFirst({
    where: { accountId: fields.accountId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const chained = { ...fields, seq: (last?.seq ?? 0) + 1 };
  const prevHash = last?.hash ?? null;
  const hash = eventHash(config().auditKey, prevHash, chained);
  await tx.auditEvent.create({ data: { ...chained, prevHash, hash, chainVersion: CHAIN_KEYED } });
}

export async function recordAuditEvent(
  tx: DbTransaction,
  actor: Actor,
  action: AuditAction,
  target: AuditTarget,
  changes?: AuditChanges,
): Promise<void> {
  await appendEvent(tx, actor.accountId, action, target, changes, {
    actorUserId: actor.userId,
    actorLabel: clean(actor.email, 254) ?? "",
    ipAddress: clean(actor.ip, 64),
    userAgent: clean(actor.userAgent),
  });
}

// What Keyward does on its own (an expiry notice sent by the scheduler): no person, no
// client address, the product's name as the actor.
export async function recordSystemAuditEvent(
  tx: DbTransaction,
  accountId: string,
  action: AuditAction,
  target: AuditTarget,
  changes?: AuditChanges,
): Promise<void> {
  await appendEvent(tx, accountId, action, target, changes, {
    actorUserId: null,
    actorLabel: SYSTEM_ACTOR_LABEL,
    ipAddress: null,
    userAgent: null,
  });
}

export const SYSTEM_ACTOR_LABEL = "Keyward";

async function appendEvent(
  tx: DbTransaction,
  accountId: string,
  action: AuditAction,
  target: AuditTarget,
  changes: AuditChanges | undefined,
  actor: Pick<ChainedFields, "actorUserId" | "actorLabel" | "ipAddress" | "userAgent">,
): Promise<void> {
  await appendChainedEvent(tx, {
    accountId,
    occurredAt: new Date(),
    actorTokenId: null,
    ...actor,
    action,
    targetType: target.type,
    targetId: target.id,
    targetLabel: clean(target.label, 200),
    targetHint: clean(target.hint ?? null, 64),
    changes: changes && Object.keys(changes).length > 0 ? JSON.stringify(changes) : null,
  });
  // Token and API access changes are also webhook events, queued in the same transaction.
  const type = webhookEventOf(action);
  if (type) await queueWebhookEvent(tx, { accountId, type, data: eventData(actor, target, changes) });
}

function eventData(
  actor: Pick<ChainedFields, "actorUserId" | "actorLabel">,
  target: AuditTarget,
  changes?: AuditChanges,
): Record<string, unknown> {
  const subject =
    target.type === "token"
      ? { token: { id: target.id, name: target.label, hint: target.hint ?? null } }
      : {
          account: { id: target.id, name: target.label },
          apiAccessEnabled: changes?.apiAccessEnabled?.to ?? null,
        };
  // A person's email; null for what Keyward did on its own.
  return { ...subject, actor: actor.actorUserId ? { email: actor.actorLabel } : null };
}
