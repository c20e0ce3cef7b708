import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/format";
import type { EndpointDto } from "@/lib/webhook-endpoints/dto";
import { EndpointStatusBadge } from "./endpoint-status-badge";

export async function EndpointsTable({ endpoints }: { endpoints: EndpointDto[] }) {
  const t = await getTranslations("webhooks.page");
  const locale = await getLocale();
  const columns: DataColumn<EndpointDto>[] = [
    {
      id: "url",
      header: t("columns.url"),
      rowHeader: true,
      className: "font-normal",
      cell: (endpoint) => (
        <>
          <Link
            href={`/settings/technical/webhooks/${endpoint.id}`}
            className="text-brand-700 font-medium [overflow-wrap:anywhere] hover:underline"
          >
            {endpoint.url}
          </Link>
          {endpoint.description && <p className="text-gray-600">{endpoint.description}</p>}
        </>
      ),
    },
    {
      id: "events",
      header: t("columns.events"),
      cell: (endpoint) => t("eventCount", { count: endpoint.events.length }),
    },
    {
      id: "status",
      header: t("columns.status"),
      cell: (endpoint) => <EndpointStatusBadge endpoint={endpoint} />,
    },
    {
      id: "added",
      header: t("columns.added"),
      cell: (endpoint) => <time dateTime={endpoint.createdAt}>{formatDate(endpoint.createdAt, locale)}</time>,
    },
  ];
  return (
    <DataTable
      caption={t("tableLabel")}
      columns={columns}
      rows={endpoints}
      rowKey={(endpoint) => endpoint.id}
      empty={t("empty")}
    />
  );
}
