import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { tokenHistoryHref } from "@/lib/audit/log-filters";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { useLocale, useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/i18n/format";
import { ChangeList } from "../../../audit/_components/change-list";

// The token's latest events, read the way the audit log reads them, and the way to the
// whole of its history there.
export function TokenHistory({ tokenId, events }: { tokenId: string; events: AuditEventDto[] }) {
  const t = useTranslations("tokenPage.history");
  const locale = useLocale();
  const columns: DataColumn<AuditEventDto>[] = [
    {
      id: "when",
      header: t("when"),
      className: "whitespace-nowrap",
      cell: (event) => (
        <time dateTime={event.occurredAt}>
          {formatDateTime(event.occurredAt, locale, { withZone: true })}
        </time>
      ),
    },
    {
      id: "actor",
      header: t("actor"),
      className: "[overflow-wrap:anywhere]",
      cell: (event) => (
        <>
          {event.actor.label}
          {event.actor.kind === "token" && <span className="text-gray-600"> {t("actorIsToken")}</span>}
        </>
      ),
    },
    { id: "action", header: t("action"), className: "whitespace-nowrap", cell: (event) => event.actionLabel },
    { id: "change", header: t("change"), cell: (event) => <ChangeList lines={event.changes} /> },
  ];
  return (
    <section
      aria-labelledby="token-history-heading"
      className="space-y-3 rounded-lg border border-gray-200 bg-white p-5"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="token-history-heading" className="font-semibold text-gray-900">
          {t("heading")}
        </h2>
        <Link
          href={tokenHistoryHref(tokenId)}
          className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium underline"
        >
          {t("fullLog")}
          <ArrowRight className="size-4" aria-hidden />
        </Link>
      </div>
      <DataTable
        look="plain"
        caption={t("caption")}
        columns={columns}
        rows={events}
        rowKey={(event) => String(event.id)}
        empty={t("empty")}
      />
    </section>
  );
}
