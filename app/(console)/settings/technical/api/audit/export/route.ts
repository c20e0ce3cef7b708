import type { NextRequest } from "next/server";
import { auditExportFileName, auditLogCsvStream } from "@/lib/audit/export-audit-log";
import { loadAuditLogFilters } from "@/lib/audit/log-filters";
import { currentContext } from "@/lib/auth/session";

// GET: the audit log's filtered view (same URL parameters as the page) as a CSV download,
// for the signed-in account only and only for roles that may see the log.
export async function GET(request: NextRequest): Promise<Response> {
  const ctx = await currentContext();
  if (!ctx) return plain(401, "Sign in to export the audit log.");
  const filters = loadAuditLogFilters(request.nextUrl.searchParams);
  const stream = auditLogCsvStream({ accountId: ctx.account.id, role: ctx.role }, filters);
  if (!stream) return plain(403, "Your role cannot see the audit log.");
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditExportFileName()}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
