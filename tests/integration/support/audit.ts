import { nextChainedEvent, type ChainedEventData } from "@/lib/audit/chained-event";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";

export type EventSpec = {
  occurredAt: Date;
  action?: string;
  actorLabel?: string;
  actorTokenId?: string | null;
  targetType?: string;
  targetId?: string | null;
  targetLabel?: string | null;
  targetHint?: string | null;
  ipAddress?: string | null;
  userAgent?: string | null;
  changes?: Record<string, { from: unknown; to: unknown }> | null;
};

// Appends correctly chained events with chosen times and contents (the real commands
// always stamp "now"), continuing the account's chain.
export async function appendEvents(accountId: string, specs: EventSpec[]): Promise<ChainedEventData[]> {
  let previous = await db().auditEvent.findFirst({
    where: { accountId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const rows: ChainedEventData[] = [];
  for (const spec of specs) {
    const row = nextChainedEvent(config().auditKey, previous, {
      accountId,
      occurredAt: spec.occurredAt,
      actorUserId: null,
      actorTokenId: spec.actorTokenId ?? null,
      actorLabel: spec.actorLabel ?? "admin@test.example",
      action: spec.action ?? "token.updated",
      targetType: spec.targetType ?? "token",
      targetId: spec.targetId === undefined ? "tok_1" : spec.targetId,
      targetLabel: spec.targetLabel === undefined ? "Token one" : spec.targetLabel,
      targetHint: spec.targetHint ?? null,
      ipAddress: spec.ipAddress ?? "203.0.113.7",
      userAgent: spec.userAgent ?? "vitest",
      changes: spec.changes ? JSON.stringify(spec.changes) : null,
    });
    rows.push(row);
    previous = row;
  }
  await db().auditEvent.createMany({ data: rows });
  return rows;
}

export const day = (iso: string) => new Date(`${iso}T12:00:00.000Z`);
