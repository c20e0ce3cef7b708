import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/roles";
import { formatDate } from "@/lib/i18n/format";
import { loadDeliveryPage } from "@/lib/webhook-endpoints/delivery-page";
import { findEndpoint } from "@/lib/webhook-endpoints/queries/list-endpoints";
import { listDeliveries } from "@/lib/webhook-endpoints/queries/list-deliveries";
import { EndpointStatusBadge } from "../_components/endpoint-status-badge";
import { eventKey } from "../_components/event-key";
import { DeliveriesTable } from "./_components/deliveries-table";
import { EndpointActions } from "./_components/endpoint-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks.endpoint"))("title") };
}

export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePageCapability("webhooks.view");
  const canManage = can(ctx.role, "webhooks.manage");
  const endpoint = await findEndpoint(ctx.account.id, (await params).id);
  if (!endpoint) notFound();
  const { page } = await loadDeliveryPage(searchParams);
  const deliveries = await listDeliveries(ctx.account.id, endpoint.id, page);
  const t = await getTranslations("webhooks");
  const locale = await getLocale();

  return (
    <div className="space-y-6">
      <PageHeader
        title={endpoint.url}
        intro={endpoint.description || t("endpoint.noDescription")}
        headingId="endpoint-heading"
        back={{ href: "/settings/technical/webhooks", label: t("endpoint.back") }}
      />
      <dl className="grid gap-4 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-medium text-gray-600">{t("endpoint.status")}</dt>
          <dd className="mt-1">
            <EndpointStatusBadge endpoint={endpoint} />
          </dd>
        </div>
        <div>
          <dt className="font-medium text-gray-600">{t("endpoint.added")}</dt>
          <dd className="mt-1">
            <time dateTime={endpoint.createdAt}>{formatDate(endpoint.createdAt, locale)}</time>
          </dd>
        </div>
        <div className="sm:col-span-3">
          <dt className="font-medium text-gray-600">{t("endpoint.events")}</dt>
          <dd className="mt-1">
            <ul className="space-y-1">
              {endpoint.events.map((type) => (
                <li key={type}>
                  <span className="font-mono">{type}</span>
                  <span className="ml-2 text-gray-600">{t(`events.${eventKey(type)}`)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {canManage && <EndpointActions endpoint={endpoint} />}
      <section aria-labelledby="deliveries-heading" className="space-y-3">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          {t("deliveries.title")}
        </h2>
        <DeliveriesTable page={deliveries} />
      </section>
    </div>
  );
}
