import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { createSerializer, type SearchParams } from "nuqs/server";
import { Download, ScrollText } from "lucide-react";
import { auditWords } from "@/lib/audit/display";
import { auditLogParsers, hasAuditFilters, loadAuditLogFilters } from "@/lib/audit/log-filters";
import { listAuditEvents } from "@/lib/audit/queries/list-audit-events";
import { buttonClass } from "@/components/ui/button";
import { requirePageCapability } from "@/lib/auth/authorize";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";
import { HistoryBanner } from "./_components/history-banner";
import { ApiSubpageHeader } from "../_components/api-subpage-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit.page"))("title") };
}

const AUDIT_PATH = "/settings/technical/api/audit";
const exportHref = createSerializer(auditLogParsers);

// Read-only for every role that may see it; nothing on this page changes anything.
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePageCapability("audit.view");
  const [filters, t, locale] = await Promise.all([
    loadAuditLogFilters(searchParams),
    getTranslations("audit.page"),
    getLocale(),
  ]);
  const log = await listAuditEvents(ctx.account.id, filters, auditWords(locale));
  const filtered = hasAuditFilters(filters);

  return (
    <div className="space-y-6">
      <ApiSubpageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <a
            href={exportHref(`${AUDIT_PATH}/export`, { ...filters, page: null })}
            download
            title={t("exportHint")}
            className={buttonClass("secondary")}
          >
            <Download className="size-4" aria-hidden />
            {t("export")}
          </a>
        }
      />

      {log.historyOf && <HistoryBanner label={log.historyOf.label ?? t("none")} hint={log.historyOf.hint} />}
      <AuditFilters />

      {log.events.length > 0 ? (
        <AuditTable events={log.events} total={log.total} page={log.page} pageSize={log.pageSize} />
      ) : (
        <div className="rounded-lg border border-dashed border-gray-300 bg-white p-10 text-center">
          <ScrollText className="mx-auto size-8 text-gray-500" aria-hidden />
          <h2 className="mt-3 font-semibold text-gray-900">
            {filtered ? t("noMatchesTitle") : t("emptyTitle")}
          </h2>
          <p className="mt-1 text-sm text-gray-600">{filtered ? t("noMatchesBody") : t("emptyBody")}</p>
        </div>
      )}
    </div>
  );
}
