import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TokenCardDto } from "@/lib/tokens/dto";
import { STATUS_BADGE } from "./messages";

const TONE: Record<TokenCardDto["status"], BadgeTone> = {
  enabled: "green",
  disabled: "gray",
  expired: "amber",
  revoked: "red",
};

export function TokenStatusBadge({ status, expiringSoon }: Pick<TokenCardDto, "status" | "expiringSoon">) {
  if (status === "enabled" && expiringSoon) return <Badge tone="amber">{STATUS_BADGE.expiringSoon}</Badge>;
  return <Badge tone={TONE[status]}>{STATUS_BADGE[status]}</Badge>;
}
