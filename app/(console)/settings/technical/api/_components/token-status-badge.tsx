import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TokenCardDto } from "@/lib/tokens/dto";
import { TOKEN_STATUS_LABELS } from "@/lib/messages/labels";

const TONE: Record<TokenCardDto["status"], BadgeTone> = {
  enabled: "green",
  disabled: "gray",
  expired: "amber",
  revoked: "red",
};

export function TokenStatusBadge({ status, expiringSoon }: Pick<TokenCardDto, "status" | "expiringSoon">) {
  if (status === "enabled" && expiringSoon)
    return <Badge tone="amber">{TOKEN_STATUS_LABELS.expiring_soon}</Badge>;
  return <Badge tone={TONE[status]}>{TOKEN_STATUS_LABELS[status]}</Badge>;
}
