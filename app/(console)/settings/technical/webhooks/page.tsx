import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/roles";
import { MAX_ENDPOINTS } from "@/lib/webhook-endpoints/limits";
import { listEndpoints } from "@/lib/webhook-endpoints/queries/list-endpoints";
import { AddEndpointDialog } from "./_components/add-endpoint-dialog";
import { EndpointsTable } from "./_components/endpoints-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks.page"))("title") };
}

export default async function WebhooksPage() {
  const ctx = await requirePageCapability("webhooks.view");
  const canManage = can(ctx.role, "webhooks.manage");
  const t = await getTranslations("webhooks.page");
  const endpoints = await listEndpoints(ctx.account.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        headingId="webhooks-heading"
        actions={canManage && endpoints.length < MAX_ENDPOINTS ? <AddEndpointDialog /> : undefined}
      />
      {!canManage && <p className="text-sm text-gray-600">{t("readOnly")}</p>}
      {canManage && endpoints.length >= MAX_ENDPOINTS && (
        <p className="text-sm text-gray-600">{t("limitReached", { max: MAX_ENDPOINTS })}</p>
      )}
      <EndpointsTable endpoints={endpoints} />
    </div>
  );
}
