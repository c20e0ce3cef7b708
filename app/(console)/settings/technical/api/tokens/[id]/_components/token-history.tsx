import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { tokenHistoryHref } from "@/lib/audit/log-filters";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import { ChangeList } from "../../../audit/_components/change-list";

const cell = "px-3 py-2 align-top";

// The token's latest events, read the way the audit log reads them, and the way to the
// whole of its history there.
export function TokenHistory({ tokenId, events }: { tokenId: string; events: AuditEventDto[] }) {
  const t = useTranslations("tokenPage.history");
  const locale = useLocale();
  return (
    <section
      aria-labelledby="token-history-heading"
      className="rounded-lg border border-gray-200 bg-white p-5"
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
      {events.length === 0 ? (
        <p className="mt-3 text-sm text-gray-600">{t("empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="border-b border-gray-200 text-xs text-gray-600">
              <tr>
                <th scope="col" className={cell}>
                  {t("when")}
                </th>
                <th scope="col" className={cell}>
                  {t("actor")}
                </th>
                <th scope="col" className={cell}>
                  {t("action")}
                </th>
                <th scope="col" className={cell}>
                  {t("change")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {events.map((event) => (
                <tr key={event.id}>
                  <td className={`${cell} whitespace-nowrap`}>
                    <time dateTime={event.occurredAt}>
                      {formatDateTime(event.occurredAt, locale, { withZone: true })}
                    </time>
                  </td>
                  <td className={`${cell} [overflow-wrap:anywhere]`}>
                    {event.actor.label}
                    {event.actor.kind === "token" && (
                      <span className="text-gray-600"> {t("actorIsToken")}</span>
                    )}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>{event.actionLabel}</td>
                  <td className={cell}>
                    <ChangeList lines={event.changes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
