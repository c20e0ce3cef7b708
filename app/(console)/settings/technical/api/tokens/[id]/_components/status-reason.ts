import type { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TokenDetailsDto } from "@/lib/tokens/dto";

type Person = { name: string | null; email: string } | null;
type TokenPageWords = ReturnType<typeof useTranslations<"tokenPage">>;

// "Ada (ada@example.com)", or the email alone when the person has no name.
export function personText(t: TokenPageWords, person: Person): string | null {
  if (!person) return null;
  return person.name ? t("person", { name: person.name, email: person.email }) : person.email;
}

// Why the token has its status, and what else stops it from verifying, in sentences.
export function statusReasons(token: TokenDetailsDto, t: TokenPageWords, locale: Locale): string[] {
  const date = (iso: string) => formatDateTime(iso, locale, { withZone: true });
  const by = (person: Person) => {
    const text = personText(t, person);
    return { hasPerson: text ? "yes" : "no", person: text ?? "" };
  };
  switch (token.status) {
    case "revoked":
      return [
        t("status.revoked", { date: date(token.revokedAt ?? token.updatedAt), ...by(token.revokedBy) }),
      ];
    case "expired":
      return [t("status.expired", { date: date(token.expiresAt ?? token.updatedAt) }), ...blockers(token, t)];
    case "disabled": {
      const when = token.disabledAt
        ? { hasDate: "yes", date: date(token.disabledAt) }
        : { hasDate: "no", date: "" };
      return [t("status.disabled", { ...when, ...by(token.disabledBy) }), ...blockers(token, t)];
    }
    case "enabled": {
      const expiring =
        token.expiringSoon && token.expiresAt
          ? [t("status.expiringSoon", { date: date(token.expiresAt) })]
          : [];
      const blocked = blockers(token, t);
      return [...expiring, ...(blocked.length > 0 ? blocked : [t("status.enabled")])];
    }
  }
}

// What makes even an enabled token fail verification, beyond its own status.
function blockers(token: TokenDetailsDto, t: TokenPageWords): string[] {
  return [
    ...(token.accountApiAccess ? [] : [t("status.apiAccessOff")]),
    ...(token.owner.active ? [] : [t("status.ownerInactive")]),
  ];
}
