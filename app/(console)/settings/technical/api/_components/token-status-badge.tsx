import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TokenCardDto } from "@/lib/tokens/dto";

const TONE: Record<TokenCardDto["status"], BadgeTone> = {
  enabled: "green",
  disabled: "gray",
  expired: "amber",
  revoked: "red",
};

export function TokenStatusBadge({ status, expiringSoon }: Pick<TokenCardDto, "status" | "expiringSoon">) {
  const t = useTranslations("labels.statuses");
  if (status === "enabled" && expiringSoon) return <Badge tone="amber">{t("expiring_soon")}</Badge>;
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
