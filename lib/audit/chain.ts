import { createHash } from "node:crypto";

// The fields an audit event's hash covers, in a fixed order. Changing any of them, or
// removing an event, breaks every later link of the account's chain.
export type ChainedFields = {
  accountId: string;
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string | null;
  targetHint: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  changes: string | null;
};

export function eventHash(prevHash: string | null, fields: ChainedFields): string {
  const canonical = JSON.stringify([
    prevHash ?? "",
    fields.accountId,
    fields.seq,
    fields.occurredAt.toISOString(),
    fields.actorUserId,
    fields.actorTokenId,
    fields.actorLabel,
    fields.action,
    fields.targetType,
    fields.targetId,
    fields.targetLabel,
    fields.targetHint,
    fields.ipAddress,
    fields.userAgent,
    fields.changes,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
