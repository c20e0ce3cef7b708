import "server-only";
import { config } from "@/lib/config/env";
import { databaseProvider, type DatabaseProvider } from "@/lib/config/database-url";
import { db } from "@/lib/db/client";
import { auditWords, type AuditWords } from "../display";
import type { AuditLogFilters } from "../log-filters";
import type { AuditLogPage } from "./audit-event-dto";
import { auditEventSelect, toAuditEventDto } from "./audit-event-select";
import { loadChangeLookups } from "./change-lookups";
import { auditLogOrderBy, auditLogWhere } from "./audit-where";

export const AUDIT_PAGE_SIZE = 50;

export function currentProvider(): DatabaseProvider {
  return databaseProvider(config().databaseUrl);
}

// One page of the account's audit log, filtered, sorted and paged in the database, its
// words in the reader's language.
export async function listAuditEvents(
  accountId: string,
  filters: AuditLogFilters,
  words: AuditWords = auditWords(),
): Promise<AuditLogPage> {
  const where = auditLogWhere(accountId, filters, currentProvider());
  const [total, historyOf] = await Promise.all([
    db().auditEvent.count({ where }),
    filters.token ? tokenHistorySubject(accountId, filters.token) : Promise.resolve(null),
  ]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: auditLogOrderBy(filters),
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: auditEventSelect,
  });
  const lookups = await loadChangeLookups(accountId, rows);
  return {
    events: rows.map((row) => toAuditEventDto(row, lookups, words)),
    total,
    page,
    pageSize: AUDIT_PAGE_SIZE,
    historyOf,
  };
}

// The token's latest name and hint as the log last recorded them: still there after the
// token itself was deleted. Another account's token id finds nothing.
async function tokenHistorySubject(accountId: string, tokenId: string): Promise<AuditLogPage["historyOf"]> {
  const latest = await db().auditEvent.findFirst({
    where: { accountId, targetType: "token", targetId: tokenId.slice(0, 64) },
    orderBy: { seq: "desc" },
    select: { targetLabel: true, targetHint: true },
  });
  return latest ? { id: tokenId, label: latest.targetLabel, hint: latest.targetHint } : null;
}
