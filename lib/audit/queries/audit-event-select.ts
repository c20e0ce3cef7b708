import "server-only";
import type { ChainedFields } from "../chain";
import { parseChanges, type ChangeLookups } from "../changes";
import { actionLabel, actorKind, auditWords, targetTypeLabel, type AuditWords } from "../display";
import type { AuditEventDto } from "./audit-event-dto";

// What the log shows of an event; the chain columns (prevHash, hash) are not needed here.
export const auditEventSelect = {
  id: true,
  occurredAt: true,
  actorTokenId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  targetHint: true,
  ipAddress: true,
  userAgent: true,
  changes: true,
} as const;

export type AuditEventRow = { id: number } & Omit<ChainedFields, "accountId" | "seq" | "actorUserId">;

// Labels and changes in the reader's language (English when none is given).
export function toAuditEventDto(
  row: AuditEventRow,
  lookups: ChangeLookups,
  words: AuditWords = auditWords(),
): AuditEventDto {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: { label: row.actorLabel, kind: actorKind(row) },
    action: row.action,
    actionLabel: actionLabel(row.action, words),
    target: {
      type: row.targetType,
      typeLabel: targetTypeLabel(row.targetType, words),
      id: row.targetId,
      label: row.targetLabel,
      hint: row.targetHint,
    },
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    changes: parseChanges(row.changes, lookups, words),
  };
}
