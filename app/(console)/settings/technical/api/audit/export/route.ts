import type { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { auditExportFileName, auditLogCsvStream } from "@/lib/audit/export-audit-log";
import { loadAuditLogFilters } from "@/lib/audit/log-filters";
import { currentContext } from "@/lib/auth/session";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { auditCsvLayout } from "@/lib/i18n/csv-layout";
import { requestLocale } from "@/lib/i18n/request-locale";

// GET: the audit log's filtered view (same URL parameters as the page) as a CSV download,
// for the signed-in account only and only for roles that may see the log; headers, cells and
// refusals in the reader's language.
export async function GET(request: NextRequest): Promise<Response> {
  const locale = await requestLocale();
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "audit.export" });
  const ctx = await currentContext();
  if (!ctx) return plain(401, t("signIn"));
  const filters = loadAuditLogFilters(request.nextUrl.searchParams);
  // Delimiter and headers for the reader's spreadsheet (`delimiter` overrides the language's).
  const choice = auditCsvLayout(locale, request.nextUrl.searchParams.getAll("delimiter"));
  const layout = choice.ok ? choice.layout : undefined;
  const stream = auditLogCsvStream({ accountId: ctx.account.id, role: ctx.role }, filters, layout);
  if (!stream) return plain(403, t("forbidden"));
  // Checked after the role, so a refused role learns nothing; the unread stream queried nothing.
  if (!choice.ok) return plain(400, choice.message);
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
