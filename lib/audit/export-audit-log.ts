import "server-only";
import { can, type Role } from "@/lib/auth/roles";
import { AUDIT_CSV_HEADER, auditEventCsvRow, csvRow, type CsvDelimiter } from "./csv";
import type { AuditLogFilters } from "./log-filters";
import { auditEventBatches } from "./queries/audit-event-batches";

export type AuditLogViewer = { accountId: string; role: Role };

// How the reader's spreadsheet wants the file: its field delimiter and the header's words.
export type CsvLayout = { delimiter: CsvDelimiter; header: readonly string[] };

const DEFAULT_LAYOUT: CsvLayout = { delimiter: ",", header: AUDIT_CSV_HEADER };

// Excel reads a UTF-8 file as such only when it starts with a byte order mark.
const BOM = "\uFEFF";

// The filtered view of the viewer's own account as a CSV stream, or null when the role may
// not see the log. Rows are read and written a batch at a time, as the client reads.
export function auditLogCsvStream(
  viewer: AuditLogViewer,
  filters: AuditLogFilters,
  { delimiter, header }: CsvLayout = DEFAULT_LAYOUT,
): ReadableStream<Uint8Array> | null {
  if (!can(viewer.role, "audit.view")) return null;
  const encoder = new TextEncoder();
  const batches = auditEventBatches(viewer.accountId, filters);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvRow(header, delimiter)));
        return;
      }
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(
        encoder.encode(next.value.map((event) => auditEventCsvRow(event, delimiter)).join("")),
      );
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

export function auditExportFileName(now = new Date()): string {
  return `keyward-audit-log-${now.toISOString().slice(0, 10)}.csv`;
}
