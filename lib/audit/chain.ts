import { createHash, createHmac } from "node:crypto";

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

// Events written before KEYWARD_AUDIT_KEY existed carry a plain SHA-256, which anyone who
// can write to the database can recompute after altering an event. Every event written
// since carries an HMAC-SHA-256 under that key. The migration that introduced the key
// marked the existing events as version 1; lib/audit/verify-chain.ts refuses a version 1
// event after a version 2 one, so unkeyed events cannot be appended after the switch.
export const CHAIN_UNKEYED = 1;
export const CHAIN_KEYED = 2;
export type ChainVersion = typeof CHAIN_UNKEYED | typeof CHAIN_KEYED;

function canonical(prevHash: string | null, fields: ChainedFields): string {
  return JSON.stringify([
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
}

// The hash of a version 2 event. The version is inside the MAC, so a keyed hash can never
// be passed off as another scheme's.
export function eventHash(key: string, prevHash: string | null, fields: ChainedFields): string {
  return createHmac("sha256", key)
    .update(`keyward-audit-v${CHAIN_KEYED}\n`)
    .update(canonical(prevHash, fields))
    .digest("hex");
}

// The hash of a version 1 event, only ever computed to verify history written before the
// audit key existed.
export function unkeyedEventHash(prevHash: string | null, fields: ChainedFields): string {
  return createHash("sha256").update(canonical(prevHash, fields)).digest("hex");
}
