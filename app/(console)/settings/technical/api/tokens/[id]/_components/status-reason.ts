import { formatDateTime } from "@/lib/messages/format-date";
import type { TokenDetailsDto } from "@/lib/tokens/dto";
import { TOKEN_PAGE } from "./messages";

const S = TOKEN_PAGE.status;

const person = (p: { name: string | null; email: string } | null) =>
  p ? TOKEN_PAGE.person(p.name, p.email) : null;

// Why the token has its status, and what else stops it from verifying, in sentences.
export function statusReasons(token: TokenDetailsDto): string[] {
  const reasons: string[] = [];
  switch (token.status) {
    case "revoked":
      reasons.push(S.revoked(formatDateTime(token.revokedAt ?? token.updatedAt), person(token.revokedBy)));
      break;
    case "expired":
      reasons.push(S.expired(formatDateTime(token.expiresAt ?? token.updatedAt)));
      break;
    case "disabled":
      reasons.push(
        S.disabled(token.disabledAt ? formatDateTime(token.disabledAt) : null, person(token.disabledBy)),
      );
      break;
    case "enabled":
      reasons.push(
        token.expiringSoon && token.expiresAt ? S.expiringSoon(formatDateTime(token.expiresAt)) : S.enabled,
      );
      break;
  }
  if (token.status === "revoked") return reasons;
  if (!token.accountApiAccess) reasons.push(S.apiAccessOff);
  if (!token.owner.active) reasons.push(S.ownerInactive);
  return reasons;
}
