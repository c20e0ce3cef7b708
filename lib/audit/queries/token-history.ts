import "server-only";
import { db } from "@/lib/db/client";
import { auditWords, type AuditWords } from "../display";
import type { AuditEventDto } from "./audit-event-dto";
import { auditEventSelect, toAuditEventDto } from "./audit-event-select";
import { loadChangeLookups } from "./change-lookups";

export const TOKEN_HISTORY_SIZE = 20;

// A token's latest events, newest first, for its page; the (accountId, targetId, occurredAt)
// index serves it however long the account's log.
export async function listTokenHistory(
  accountId: string,
  tokenId: string,
  { limit = TOKEN_HISTORY_SIZE, words = auditWords() }: { limit?: number; words?: AuditWords } = {},
): Promise<AuditEventDto[]> {
  const rows = await db().auditEvent.findMany({
    where: { accountId, targetType: "token", targetId: tokenId },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit,
    select: auditEventSelect,
  });
  const lookups = await loadChangeLookups(accountId, rows);
  return rows.map((row) => toAuditEventDto(row, lookups, words));
}

// Who last disabled the token, as the log recorded them: the email they had then, and
// their name while they are still in the account.
export async function lastDisabledBy(
  accountId: string,
  tokenId: string,
): Promise<{ name: string | null; email: string } | null> {
  const event = await db().auditEvent.findFirst({
    where: { accountId, targetType: "token", targetId: tokenId, action: "token.disabled" },
    orderBy: { seq: "desc" },
    select: { actorLabel: true, actorUserId: true },
  });
  if (!event) return null;
  const user = event.actorUserId
    ? await db().user.findFirst({
        where: { id: event.actorUserId, memberships: { some: { accountId } } },
        select: { name: true },
      })
    : null;
  return { name: user?.name ?? null, email: event.actorLabel };
}
