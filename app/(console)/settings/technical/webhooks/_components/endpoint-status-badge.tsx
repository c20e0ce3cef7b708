import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { EndpointDto } from "@/lib/webhook-endpoints/dto";

export async function EndpointStatusBadge({
  endpoint,
}: {
  endpoint: Pick<EndpointDto, "enabled" | "disabledForFailing">;
}) {
  const t = await getTranslations("webhooks.status");
  if (endpoint.enabled) return <Badge tone="green">{t("enabled")}</Badge>;
  if (endpoint.disabledForFailing) return <Badge tone="red">{t("disabledFailing")}</Badge>;
  return <Badge tone="gray">{t("disabled")}</Badge>;
}
