import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { tokenHistoryHref } from "@/lib/audit/log-filters";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { formatDateTime } from "@/lib/messages/format-date";
import { ChangeList } from "../../../audit/_components/change-list";
import { AUDIT_PAGE } from "../../../audit/_components/messages";
import { TOKEN_PAGE } from "./messages";

const H = TOKEN_PAGE.history;
const cell = "px-3 py-2 align-top";

// The token's latest events, read the way the audit log reads them, and the way to the
// whole of its history there.
export function TokenHistory({ tokenId, events }: { tokenId: string; events: AuditEventDto[] }) {
  return (
    <section
      aria-labelledby="token-history-heading"
      className="rounded-lg border border-gray-200 bg-white p-5"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="token-history-heading" className="font-semibold text-gray-900">
          {TOKEN_PAGE.historyHeading}
        </h2>
        <Link
          href={tokenHistoryHref(tokenId)}
          className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium underline"
        >
          {H.fullLog}
          <ArrowRight className="size-4" aria-hidden />
        </Link>
      </div>
      {events.length === 0 ? (
        <p className="mt-3 text-sm text-gray-600">{H.empty}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{H.caption}</caption>
            <thead className="border-b border-gray-200 text-xs text-gray-600">
              <tr>
                <th scope="col" className={cell}>
                  {H.when}
                </th>
                <th scope="col" className={cell}>
                  {H.actor}
                </th>
                <th scope="col" className={cell}>
                  {H.action}
                </th>
                <th scope="col" className={cell}>
                  {H.change}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {events.map((event) => (
                <tr key={event.id}>
                  <td className={`${cell} whitespace-nowrap`}>
                    <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                  </td>
                  <td className={`${cell} [overflow-wrap:anywhere]`}>
                    {event.actor.label}
                    {event.actor.kind === "token" && (
                      <span className="text-gray-600"> ({AUDIT_PAGE.actorIsToken})</span>
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
