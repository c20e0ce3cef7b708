import type { Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/config/database-url";
import type { AuditLogFilters } from "../log-filters";

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_TEXT = 254;

// SQLite's LIKE already ignores case (ASCII); PostgreSQL needs ILIKE, which Prisma spells
// `mode: "insensitive"` and its SQLite types do not know.
function containsIgnoringCase(value: string, provider: DatabaseProvider): Prisma.StringFilter {
  const filter = { contains: value };
  return (provider === "postgresql" ? { ...filter, mode: "insensitive" } : filter) as Prisma.StringFilter;
}

// Every condition carries the account id first, so another account's events can never
// match, and the (accountId, …) indexes serve each filter.
export function auditLogWhere(
  accountId: string,
  filters: Pick<AuditLogFilters, "action" | "actor" | "token" | "tokenName" | "from" | "to">,
  provider: DatabaseProvider,
): Prisma.AuditEventWhereInput {
  const actor = filters.actor.trim().slice(0, MAX_TEXT);
  const tokenName = filters.tokenName.trim().slice(0, MAX_TEXT);
  const tokenId = filters.token.trim().slice(0, 64);
  const conditions: Prisma.AuditEventWhereInput[] = [{ accountId }];
  if (filters.action) conditions.push({ action: filters.action });
  if (actor) conditions.push({ actorLabel: containsIgnoringCase(actor, provider) });
  if (tokenId) conditions.push({ targetType: "token", targetId: tokenId });
  if (tokenName) {
    conditions.push({
      targetType: "token",
      OR: [
        { targetLabel: containsIgnoringCase(tokenName, provider) },
        { targetHint: containsIgnoringCase(tokenName, provider) },
      ],
    });
  }
  if (filters.from) conditions.push({ occurredAt: { gte: filters.from } });
  if (filters.to) conditions.push({ occurredAt: { lt: new Date(filters.to.getTime() + DAY_MS) } });
  return { AND: conditions };
}

// The id ends every order so that pages and export cursors are stable; every key runs in
// the same direction so one (accountId, key, occurredAt) index serves it.
export function auditLogOrderBy(
  filters: Pick<AuditLogFilters, "sort" | "dir">,
): Prisma.AuditEventOrderByWithRelationInput[] {
  const dir = filters.dir;
  const tail: Prisma.AuditEventOrderByWithRelationInput[] = [{ occurredAt: dir }, { id: dir }];
  switch (filters.sort) {
    case "action":
      return [{ action: dir }, ...tail];
    case "actor":
      return [{ actorLabel: dir }, ...tail];
    case "when":
      return tail;
  }
}
