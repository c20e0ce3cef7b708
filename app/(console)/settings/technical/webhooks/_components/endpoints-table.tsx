import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { EndpointDto } from "@/lib/webhook-endpoints/dto";
import { EndpointStatusBadge } from "./endpoint-status-badge";

export async function EndpointsTable({ endpoints }: { endpoints: EndpointDto[] }) {
  const t = await getTranslations("webhooks.page");
  const locale = await getLocale();
  if (endpoints.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-gray-300 p-6 text-sm text-gray-600">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table aria-label={t("tableLabel")} className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50 text-left text-gray-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.url")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.events")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.status")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.added")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id}>
              <th scope="row" className="px-4 py-2 text-left font-normal">
                <Link
                  href={`/settings/technical/webhooks/${endpoint.id}`}
                  className="text-brand-700 font-medium [overflow-wrap:anywhere] hover:underline"
                >
                  {endpoint.url}
                </Link>
                {endpoint.description && <p className="text-gray-600">{endpoint.description}</p>}
              </th>
              <td className="px-4 py-2">{t("eventCount", { count: endpoint.events.length })}</td>
              <td className="px-4 py-2">
                <EndpointStatusBadge endpoint={endpoint} />
              </td>
              <td className="px-4 py-2">
                <time dateTime={endpoint.createdAt}>{formatDate(endpoint.createdAt, locale)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
