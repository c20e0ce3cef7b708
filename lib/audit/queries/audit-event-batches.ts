import "server-only";
import { db } from "@/lib/db/client";
import { auditWords, type AuditWords } from "../display";
import type { AuditLogFilters } from "../log-filters";
import type { AuditEventDto } from "./audit-event-dto";
import { auditEventSelect, toAuditEventDto } from "./audit-event-select";
import { loadChangeLookups, loadSectionLabels } from "./change-lookups";
import { auditLogOrderBy, auditLogWhere } from "./audit-where";
import { currentProvider } from "./list-audit-events";

export const EXPORT_BATCH_SIZE = 500;

// Every event of the filtered view, in the view's order, a batch at a time: Prisma's cursor
// continues after the last row's sort key (keyset paging), so memory stays flat and late
// batches cost what early ones do, however long the log.
export async function* auditEventBatches(
  accountId: string,
  filters: AuditLogFilters,
  { batchSize = EXPORT_BATCH_SIZE, words = auditWords() }: { batchSize?: number; words?: AuditWords } = {},
): AsyncGenerator<AuditEventDto[]> {
  const where = auditLogWhere(accountId, filters, currentProvider());
  const orderBy = auditLogOrderBy(filters);
  const sectionLabels = await loadSectionLabels();
  let cursor: number | undefined;
  for (;;) {
    const rows = await db().auditEvent.findMany({
      where,
      orderBy,
      take: batchSize,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
      select: auditEventSelect,
    });
    if (rows.length === 0) return;
    const lookups = await loadChangeLookups(accountId, rows, sectionLabels);
    yield rows.map((row) => toAuditEventDto(row, lookups, words));
    const last = rows.at(-1);
    if (rows.length < batchSize || !last) return;
    cursor = last.id;
  }
}
