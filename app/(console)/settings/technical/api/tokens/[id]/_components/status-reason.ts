import { formatDateTime } from "@/lib/messages/format-date";
import type { TokenDetailsDto } from "@/lib/tokens/dto";
import { TOKEN_PAGE } from "./messages";

const S = TOKEN_PAGE.status;

const person = (p: { name: string | null; email: string } | null) =>
  p ? TOKEN_PAGE.person(p.name, p.email) : null;

// Why the token has its status, and what else stops it from verifying, in sentences.
export function statusReasons(token: TokenDetailsDto): string[] {
  switch (token.status) {
    case "revoked":
      return [S.revoked(formatDateTime(token.revokedAt ?? token.updatedAt), person(token.revokedBy))];
    case "expired":
      return [S.expired(formatDateTime(token.expiresAt ?? token.updatedAt)), ...blockers(token)];
    case "disabled": {
      const when = token.disabledAt ? formatDateTime(token.disabledAt) : null;
      return [S.disabled(when, person(token.disabledBy)), ...blockers(token)];
    }
    case "enabled": {
      const expiring =
        token.expiringSoon && token.expiresAt ? [S.expiringSoon(formatDateTime(token.expiresAt))] : [];
      const blocked = blockers(token);
      return [...expiring, ...(blocked.length > 0 ? blocked : [S.enabled])];
    }
  }
}

// What makes even an enabled token fail verification, beyond its own status.
function blockers(token: TokenDetailsDto): string[] {
  return [
    ...(token.accountApiAccess ? [] : [S.apiAccessOff]),
    ...(token.owner.active ? [] : [S.ownerInactive]),
  ];
}
