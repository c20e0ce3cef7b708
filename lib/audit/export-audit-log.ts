import "server-only";
import { can, type Role } from "@/lib/auth/roles";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { AUDIT_CSV_HEADER, auditEventCsvRow, csvRow, type CsvDelimiter } from "./csv";
import { auditWords } from "./display";
import type { AuditLogFilters } from "./log-filters";
import { auditEventBatches } from "./queries/audit-event-batches";

export type AuditLogViewer = { accountId: string; role: Role };

// How the reader's spreadsheet wants the file: its field delimiter, the header's words and
// the language of the cells (action labels, actor and target types, changes).
export type CsvLayout = { delimiter: CsvDelimiter; header: readonly string[]; locale: Locale };

const DEFAULT_LAYOUT: CsvLayout = { delimiter: ",", header: AUDIT_CSV_HEADER, locale: DEFAULT_LOCALE };

// Excel reads a UTF-8 file as such only when it starts with a byte order mark.
const BOM = "\uFEFF";

// The filtered view of the viewer's own account as a CSV stream, or null when the role may
// not see the log. Rows are read and written a batch at a time, as the client reads.
export function auditLogCsvStream(
  viewer: AuditLogViewer,
  filters: AuditLogFilters,
  { delimiter, header, locale }: CsvLayout = DEFAULT_LAYOUT,
): ReadableStream<Uint8Array> | null {
  if (!can(viewer.role, "audit.view")) return null;
  const encoder = new TextEncoder();
  const words = auditWords(locale);
  const batches = auditEventBatches(viewer.accountId, filters, { words });
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
        encoder.encode(next.value.map((event) => auditEventCsvRow(event, delimiter, words)).join("")),
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
